package ui

import (
	"fmt"
	"testing"

	"podium/model"
	"podium/storage/hub"
)

// BenchmarkStatsAnswerCommit is BenchmarkStatsQuestionCommit with the
// commits of an answer: starting it (a new answer, the floor), ending it
// (its clock, outcome and questions' status), each with its undo, and a
// question added from the form, with its undo. One op is two snapshots
// and their frames, Statistics showing.
//
//	go test ./ui -run '^$' -bench StatsAnswerCommit -benchtime 5x
func BenchmarkStatsAnswerCommit(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		for _, c := range []string{"start", "end", "add"} {
			b.Run(fmt.Sprint(c, "/", n), func(b *testing.B) { benchStatsCommit(b, n, c) })
		}
	}
}

func benchStatsCommit(b *testing.B, n int, what string) {
	m, h := hugeScreen(b, n)
	m.switchTo(screenStats)
	do := func(cmd model.Command) {
		if err := h.Do(cmd, hub.As(hub.RoleModerator)); err != nil {
			b.Fatal(err)
		}
	}
	do(model.CallNext{})
	mt := h.Snapshot().Meeting
	dept := mt.Question(mt.Floor.Questions[0]).Departments[0]
	var cmd model.Command
	switch what {
	case "start":
		cmd = model.StartAnswer{Department: dept}
	case "end":
		do(model.StartAnswer{Department: dept})
		cmd = model.EndAnswer{}
	default:
		cmd = model.AddQuestion{Asker: model.Person{Name: "Người mới", Unit: "Xã A"}, Kind: model.KindQuestion,
			Theme: "Chủ đề mới", Text: "Câu hỏi mới", Departments: []string{dept}, Channel: model.ChannelHall}
	}
	s0 := h.Snapshot()
	m.Update(snapshotMsg(s0))
	_ = m.View()
	do(cmd)
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
}
