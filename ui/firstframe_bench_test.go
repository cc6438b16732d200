package ui_test

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"podium/model/demo"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui"
	"podium/ui/i18n"
)

// BenchmarkOpenToFirstFrame is what the moderator waits for: from opening a
// file with 10,000 questions and 100,000 log entries to the first Moderate
// frame at 120x35 (open, load, the writer, the screen, one View). It lives
// beside the screens: storage never imports ui, not even in its tests.
func BenchmarkOpenToFirstFrame(b *testing.B) {
	now := func() time.Time { return time.Date(2023, 3, 23, 9, 0, 0, 0, time.UTC) }
	m, err := demo.Meeting(now())
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "big.podium")
	if err := storage.WriteBigFile(path, m, now(), 10_000, 100_000); err != nil {
		b.Fatal(err)
	}
	var ts []time.Duration
	for b.Loop() {
		start := time.Now()
		s, err := storage.Open(path, nil)
		if err != nil {
			b.Fatal(err)
		}
		h := hub.New(s, now)
		m := ui.New(ui.NewContext(i18n.VI, "moderator"), h, now)
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 35})
		if v := m.View(); len(v.Content) == 0 {
			b.Fatal("empty frame")
		}
		ts = append(ts, time.Since(start))
		m.Close()
		h.Close()
	}
	slices.Sort(ts)
	b.ReportMetric(float64(ts[len(ts)/2])/float64(time.Millisecond), "p50-ms")
	b.ReportMetric(float64(ts[len(ts)*99/100])/float64(time.Millisecond), "p99-ms")
}
