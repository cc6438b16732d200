package stats_test

import (
	"fmt"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/model/stats"
)

// bigPlayed is the demo grown to n questions (its askers, themes and
// departments repeated, each asker a different person), the first half
// taken up: answered in threes, every fifth answer in writing, with
// follow-ups; one question on the floor with its clock running.
func bigPlayed(b *testing.B, n int) (*model.Meeting, time.Time) {
	b.Helper()
	base, err := demo.Meeting(demo.Registered)
	if err != nil {
		b.Fatal(err)
	}
	m := *base
	m.Questions = model.List[model.Question]{}
	questions := model.EditList(&m.Questions)
	m.Queue = model.Queue{}
	t := demo.Date
	half := n/2 - n/2%3
	for i := range n {
		src := base.Question(1 + i%base.Questions.Len())
		q := *src
		q.ID = i + 1
		q.Asker.Name = fmt.Sprintf("%s %d", src.Asker.Name, i)
		questions.Set(i+1, &q)
		if i >= half {
			m.Queue = m.Queue.Plus(q.ID)
			continue
		}
		q.CalledAt = t
		q.Speaking = model.Clock{Accumulated: time.Duration(100+i%150) * time.Second}
		q.Status = model.StatusAnswered
	}
	for i := 0; i < half; i += 3 {
		id := len(m.Answers) + 1
		a := &model.Answer{
			ID: id, Questions: []int{i + 1, i + 2, i + 3}, Department: m.Question(i + 1).Departments[0],
			Clock: model.Clock{Accumulated: time.Duration(200+i%200) * time.Second}, Start: t, End: t, Outcome: model.OutcomeAnswered,
		}
		if id%5 == 0 {
			a.Outcome = model.OutcomeInWriting
			m.FollowUps = append(m.FollowUps, &model.FollowUp{
				ID: len(m.FollowUps) + 1, Department: a.Department, Source: model.SourceWrittenAnswer,
				Questions: a.Questions, Answer: id, Status: model.FollowUpOpen,
			})
			for _, q := range a.Questions {
				m.Question(q).Status = model.StatusInWriting
			}
		}
		m.Answers = append(m.Answers, a)
	}
	live := m.Question(half + 1)
	live.Status, live.CalledAt = model.StatusAsking, t
	live.Speaking = model.Clock{RunningSince: t}
	m.Queue = m.Queue.Without(0)
	m.Floor = model.Floor{State: model.FloorAsking, Questions: []int{live.ID}}
	if errs := model.Check(&m); errs != nil {
		b.Fatalf("the big meeting is not sound: %v", errs)
	}
	return &m, t.Add(4 * time.Minute)
}

// BenchmarkCompute10k is the figures of a meeting of 10,000 questions, half
// of them taken up: what the Statistics screen pays once per snapshot.
func BenchmarkCompute10k(b *testing.B) {
	m, now := bigPlayed(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		_ = stats.Compute(m, now)
	}
}

// BenchmarkAdvance10k moves the same figures on by a second, as the screen
// does on each clock tick between snapshots: it costs the running clock.
func BenchmarkAdvance10k(b *testing.B) {
	m, now := bigPlayed(b, 10000)
	s := stats.Compute(m, now)
	b.ReportAllocs()
	for b.Loop() {
		now = now.Add(time.Second)
		s.Advance(now)
	}
}

// BenchmarkUpdate follows a commit and its undo in the figures of a
// meeting of 100,000 questions (Stats.Update, twice per op): starting an
// answer, ending it, adding a question.
func BenchmarkUpdate(b *testing.B) {
	m0, now := bigPlayed(b, 100_000)
	live := m0.Question(m0.Floor.Questions[0])
	start := model.StartAnswer{Department: live.Departments[0]}
	for _, c := range []struct {
		name string
		cmds []model.Command
	}{
		{"start", []model.Command{start}},
		{"end", []model.Command{start, model.EndAnswer{}}},
		{"add", []model.Command{model.AddQuestion{Asker: model.Person{Name: "Người mới"}, Kind: model.KindQuestion,
			Theme: "Chủ đề mới", Text: "Câu hỏi", Departments: live.Departments, Channel: model.ChannelHall}}},
	} {
		b.Run(c.name, func(b *testing.B) {
			before, after := m0, m0
			for i, cmd := range c.cmds {
				before = after
				next, _, err := model.Apply(after, cmd, now.Add(time.Duration(i)*time.Minute))
				if err != nil {
					b.Fatal(err)
				}
				after = next
			}
			s := stats.Compute(before, now)
			b.ReportAllocs()
			for b.Loop() {
				if !s.Update(before, after, now) || !s.Update(after, before, now) {
					b.Fatal("computed afresh")
				}
			}
		})
	}
}
