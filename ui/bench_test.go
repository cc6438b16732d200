package ui

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// bigMeeting is the demo with its questions repeated up to n.
func bigMeeting(b *testing.B, n int) *model.Meeting {
	b.Helper()
	m, err := demo.Meeting(start)
	if err != nil {
		b.Fatal(err)
	}
	base := m.Questions.Len()
	for i := base; i < n; i++ {
		q := m.Question(1 + i%base)
		cmd := model.AddQuestion{Asker: q.Asker, Kind: q.Kind, Theme: q.Theme, Text: q.Text, Departments: q.Departments}
		if m, _, err = model.Apply(m, cmd, start); err != nil {
			b.Fatal(err)
		}
	}
	return m
}

// BenchmarkModerateFrame is one frame of the Moderate screen at 120x35 with
// 10,000 questions and someone speaking: it must cost what is visible.
func BenchmarkModerateFrame(b *testing.B) {
	mt := bigMeeting(b, 10000)
	store, err := storage.Create(filepath.Join(b.TempDir(), "big.podium"), mt, "bench", start, nil)
	if err != nil {
		b.Fatal(err)
	}
	h := hub.New(store, func() time.Time { return start.Add(time.Minute) })
	defer h.Close()
	if err := h.Do(model.CallNext{}, hub.As(hub.RoleModerator)); err != nil {
		b.Fatal(err)
	}
	m := New(NewContext(i18n.VI, "moderator"), h, func() time.Time { return start.Add(2 * time.Minute) })
	defer m.Close()
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 35})
	m.Update(snapshotMsg(h.Snapshot()))
	m.moderate.queue.move(5000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

type listItem struct{ title, desc string }

func (i listItem) Title() string       { return i.title }
func (i listItem) Description() string { return i.desc }
func (i listItem) FilterValue() string { return i.title }

// BenchmarkStockListFrame is the stock bubbles/list drawing the same 10,000
// questions at the same size, for comparison.
func BenchmarkStockListFrame(b *testing.B) {
	mt := bigMeeting(b, 10000)
	items := make([]list.Item, 0, mt.Questions.Len())
	for _, q := range mt.Questions.All() {
		items = append(items, listItem{title: fmt.Sprintf("%d %s", q.ID, q.Asker.Name), desc: q.Theme})
	}
	l := list.New(items, list.NewDefaultDelegate(), 120, 35)
	l.Select(5000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = l.View()
	}
}
