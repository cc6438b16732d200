package storage

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkUndoImport undoes and redoes an import of 10,000 questions on
// top of a queue of 10,000 and of 100,000: the undo takes 10,000 questions
// out of the queue, the redo puts them back at their stored places.
//
//	go test ./storage -run XXX -bench UndoImport -benchtime 3x
func BenchmarkUndoImport(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "big.podium")
			if err := WriteBigFile(path, demoMeeting(b), t0, n, 0); err != nil {
				b.Fatal(err)
			}
			s, err := Open(path, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			if _, err := s.Apply(importOf(10_000), "office", t0.Add(time.Hour)); err != nil {
				b.Fatal(err)
			}
			var undo, redo time.Duration
			sec := 3600
			for b.Loop() {
				sec += 2
				start := time.Now()
				if _, _, err := s.Undo("office", t0.Add(time.Duration(sec)*time.Second)); err != nil {
					b.Fatal(err)
				}
				undo += time.Since(start)
				start = time.Now()
				if _, _, err := s.Redo("office", t0.Add(time.Duration(sec+1)*time.Second)); err != nil {
					b.Fatal(err)
				}
				redo += time.Since(start)
			}
			b.ReportMetric(float64(undo.Milliseconds())/float64(b.N), "undo-ms")
			b.ReportMetric(float64(redo.Milliseconds())/float64(b.N), "redo-ms")
		})
	}
}
