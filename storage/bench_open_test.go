package storage

import (
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkOpen opens a meeting of N waiting questions and N log entries
// (WriteBigFile, as tools/ptybench writes its meetings) for writing: what
// podium does before its first frame. The file is written once per size
// and opened again each round (the page cache warm after the first).
//
//	go test ./storage -run '^$' -bench '^BenchmarkOpen$' -benchtime 5x -cpuprofile /tmp/open.cpu
func BenchmarkOpen(b *testing.B) {
	for _, size := range benchSizes[1:] {
		b.Run(size.name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "big.podium")
			if err := WriteBigFile(path, demoMeeting(b), t0, size.n, size.n); err != nil {
				b.Fatal(err)
			}
			var ts timings
			for b.Loop() {
				start := time.Now()
				s, err := Open(path, nil)
				if err != nil {
					b.Fatal(err)
				}
				ts = append(ts, time.Since(start))
				if n := s.Meeting().Questions.Len(); n != size.n {
					b.Fatalf("%d questions", n)
				}
				s.Close()
			}
			ts.report(b)
		})
	}
}
