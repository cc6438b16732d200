package model_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
)

// TestPaceAfterIsPace walks the played demo's script (its agenda items
// start and end on the way) with random commits between its commands
// (call, clock, postpone, withdraw, move, add), each then undone, and undoes of
// its own steps, keeping one tally: after every step PaceAfter gives what
// a fresh Pace gives, at the step's moment and later.
func TestPaceAfterIsPace(t *testing.T) {
	withDone := 0
	for _, agenda := range []bool{true, false} {
		m, err := demo.Meeting(demo.Registered)
		if err != nil {
			t.Fatal(err)
		}
		if !agenda { // every question is question time
			m.Agenda = model.Agenda{}
		}
		withDone += paceWalk(t, m)
	}
	if withDone < 20 {
		t.Fatalf("%d steps had a question done: the walks prove little", withDone)
	}
}

// paceWalk is the walk from m; it returns how many steps had a question
// done.
func paceWalk(t *testing.T, m *model.Meeting) int {
	cmds, times := demo.Script()
	rng := rand.New(rand.NewPCG(14, 9))
	var tally model.PaceTally
	steps, withDone := 0, 0
	step := func(what string, next *model.Meeting, at time.Time) {
		t.Helper()
		for _, now := range []time.Time{at, at.Add(time.Duration(rng.IntN(900)) * time.Second)} {
			got, want := next.PaceAfter(&tally, now), next.Pace(now)
			if got != want {
				t.Fatalf("%s: PaceAfter %+v, Pace %+v", what, got, want)
			}
			if want.Done > 0 {
				withDone++
			}
		}
		steps++
	}
	random := func(m *model.Meeting) model.Command {
		q := m.Question(1 + rng.IntN(m.Questions.Len()))
		switch rng.IntN(7) {
		case 5: // added, then undone: the tally sees one question fewer
			return model.AddQuestion{Asker: model.Person{Name: "Người mới"}, Kind: model.KindQuestion, Text: "Câu hỏi mới"}
		case 0:
			return model.CallNext{}
		case 1:
			return model.ToggleClock{}
		case 2:
			return model.Postpone{}
		case 3:
			return model.Withdraw{ID: q.ID}
		case 4:
			return model.Call{ID: q.ID}
		}
		if m.Queue.Len() == 0 {
			return model.CallNext{}
		}
		return model.MoveQuestion{ID: m.Queue.At(rng.IntN(m.Queue.Len())), By: 1}
	}
	step("start", m, times[0])
	for i, cmd := range cmds {
		at := times[i]
		for range rng.IntN(4) {
			next, _, err := model.Apply(m, random(m), at)
			if err != nil {
				continue
			}
			step("random", next, at)
			step("undo", m, at) // the script needs the meeting as it was
		}
		next, _, err := model.Apply(m, cmd, times[i])
		if err != nil {
			t.Fatalf("step %d (%s): %v", i+1, cmd.Verb(), err)
		}
		step(cmd.Verb(), next, times[i])
		if rng.IntN(4) == 0 {
			step("undo "+cmd.Verb(), m, times[i])
			step("redo "+cmd.Verb(), next, times[i])
		}
		m = next
	}
	t.Logf("%d steps, %d with questions done", steps, withDone)
	return withDone
}
