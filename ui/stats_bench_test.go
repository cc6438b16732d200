package ui

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// bigPlayedMeeting is the demo grown to n questions from n different
// askers, the first half answered in threes (every fifth answer in
// writing), the next one on the floor with its clock running since at.
func bigPlayedMeeting(b *testing.B, n int, at time.Time) *model.Meeting {
	b.Helper()
	base, err := demo.Meeting(demo.Registered)
	if err != nil {
		b.Fatal(err)
	}
	m := *base
	m.Questions, m.Queue = model.List[model.Question]{}, model.Queue{}
	questions := model.EditList(&m.Questions)
	half := n/2 - n/2%3
	for i := range n {
		q := *base.Question(1 + i%base.Questions.Len())
		q.ID = i + 1
		q.Asker.Name = fmt.Sprintf("%s %d", q.Asker.Name, i)
		questions.Set(i+1, &q)
		if i >= half {
			m.Queue = m.Queue.Plus(q.ID)
			continue
		}
		q.CalledAt, q.Status = at, model.StatusAnswered
		q.Speaking = model.Clock{Accumulated: time.Duration(100+i%150) * time.Second}
	}
	for i := 0; i < half; i += 3 {
		id := len(m.Answers) + 1
		a := &model.Answer{ID: id, Questions: []int{i + 1, i + 2, i + 3}, Department: m.Question(i + 1).Departments[0],
			Clock: model.Clock{Accumulated: time.Duration(200+i%200) * time.Second}, Start: at, End: at, Outcome: model.OutcomeAnswered}
		if id%5 == 0 {
			a.Outcome = model.OutcomeInWriting
			m.FollowUps = append(m.FollowUps, &model.FollowUp{ID: len(m.FollowUps) + 1, Department: a.Department,
				Source: model.SourceWrittenAnswer, Questions: a.Questions, Answer: id, Status: model.FollowUpOpen, Created: at})
			for _, q := range a.Questions {
				m.Question(q).Status = model.StatusInWriting
			}
		}
		m.Answers = append(m.Answers, a)
	}
	live := m.Question(half + 1)
	live.Status, live.CalledAt, live.Speaking = model.StatusAsking, at, model.Clock{RunningSince: at}
	m.Queue = m.Queue.Without(0)
	m.Floor = model.Floor{State: model.FloorAsking, Questions: []int{live.ID}}
	if errs := model.Check(&m); errs != nil {
		b.Fatalf("the big meeting is not sound: %v", errs)
	}
	return &m
}

// statsRig is the Statistics screen at 120x35 on a meeting of n
// questions, the clock the caller moves.
func statsRig(b *testing.B, n int) (*Model, *hub.Hub, *time.Time) {
	b.Helper()
	now := start
	mt := bigPlayedMeeting(b, n, start)
	store, err := storage.Create(filepath.Join(b.TempDir(), "big.podium"), mt, "bench", start, nil)
	if err != nil {
		b.Fatal(err)
	}
	h := hub.New(store, func() time.Time { return now })
	b.Cleanup(func() { h.Close() })
	m := New(NewContext(i18n.VI, "moderator"), h, func() time.Time { return now })
	b.Cleanup(m.Close)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 35})
	m.screen = screenStats
	m.stats.top = 20 // among the askers
	_ = m.View()
	return m, h, &now
}

// BenchmarkStatsFrame is one frame of the Statistics screen at 120x35 with
// 10,000 questions (5,000 askers who spoke) and a clock running, a second
// later each time: the figures move with the clock (stats.Advance), the
// frame draws what is visible. (The tick's own work, the Moderate screen's
// pace, is not part of it.)
func BenchmarkStatsFrame(b *testing.B) {
	m, _, _ := statsRig(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		m.now = m.now.Add(time.Second)
		_ = m.View()
	}
}

// BenchmarkStatsSnapshotFrame is the first frame after a new snapshot at
// the same size: the figures computed afresh (stats.Compute) and the lists
// sorted in Vietnamese order.
func BenchmarkStatsSnapshotFrame(b *testing.B) {
	m, h, _ := statsRig(b, 10000)
	snap := h.Snapshot()
	b.ReportAllocs()
	for b.Loop() {
		cp := *snap.Meeting // a new pointer: what a commit hands out
		snap.Meeting = &cp
		m.Update(snapshotMsg(snap))
		_ = m.View()
	}
}
