package export

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"podium/model/demo"
	"podium/storage"
)

// BenchmarkExportSizes is podium export at 1,000, 10,000 and 100,000
// questions (storage.WriteBigFile: N waiting questions, N log entries):
// ReadMeeting, then the JSON, the minutes (docx) and the questions' CSV,
// each timed alone. It reports each step's p50 and its cost per question,
// which stays flat if the step is linear (issue 14).
//
//	go test ./ui/export -run '^$' -bench ExportSizes -benchtime 5x
func BenchmarkExportSizes(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprint(n/1000, "k"), func(b *testing.B) {
			m, err := demo.Meeting(demo.Date)
			if err != nil {
				b.Fatal(err)
			}
			path := filepath.Join(b.TempDir(), "big.podium")
			if err := storage.WriteBigFile(path, m, demo.Date, n, n); err != nil {
				b.Fatal(err)
			}
			steps := []string{"read", "json", "minutes", "csv"}
			ts := make([][]time.Duration, len(steps))
			for b.Loop() {
				start := time.Now()
				m, _, err := storage.ReadMeeting(path)
				if err != nil {
					b.Fatal(err)
				}
				ts[0] = append(ts[0], time.Since(start))
				for i, f := range []func() error{
					func() error { _, err := JSON(m); return err },
					func() error { MinutesDocx(m); return nil },
					func() error { QuestionsCSV(m, demo.AsOf); return nil },
				} {
					start := time.Now()
					if err := f(); err != nil {
						b.Fatal(err)
					}
					ts[i+1] = append(ts[i+1], time.Since(start))
				}
			}
			for i, step := range steps {
				slices.Sort(ts[i])
				p50 := ts[i][len(ts[i])/2]
				b.ReportMetric(float64(p50)/float64(time.Millisecond), step+"-ms")
				b.ReportMetric(float64(p50)/float64(time.Microsecond)/float64(n), step+"-µs/q")
			}
		})
	}
}
