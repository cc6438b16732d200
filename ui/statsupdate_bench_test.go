package ui

import (
	"fmt"
	"testing"

	"podium/model"
	"podium/storage/hub"
)

// BenchmarkStatsQuestionCommit is BenchmarkSnapshotPerScreen's Statistics
// case with a commit that changes a question (call next: its status, its
// clock, the floor) instead of a queue move, and its undo: one op is the
// two snapshots and their frames.
//
//	go test ./ui -run '^$' -bench StatsQuestionCommit -benchtime 5x
func BenchmarkStatsQuestionCommit(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			m, h := hugeScreen(b, n)
			m.switchTo(screenStats)
			_ = m.View()
			s0 := h.Snapshot()
			if err := h.Do(model.CallNext{}, hub.As(hub.RoleModerator)); err != nil {
				b.Fatal(err)
			}
			s1 := h.Snapshot()
			seq := s1.Seq
			for b.Loop() {
				for _, s := range []hub.Snapshot{s1, s0} {
					seq++
					s.Seq = seq
					m.Update(snapshotMsg(s))
					_ = m.View()
				}
			}
		})
	}
}
