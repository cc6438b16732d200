package stats_test

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/model/stats"
)

// figures are a Stats' exported fields.
type figures struct {
	D   []stats.Department
	T   []stats.Theme
	A   []stats.Asker
	Tot stats.Totals
}

func figuresOf(s stats.Stats) figures { return figures{s.Departments, s.Themes, s.Askers, s.Totals} }

// TestUpdateIsCompute walks the played demo's script with random commits
// between its commands (call, clock, postpone, withdraw, edit, move), each
// then undone, and undoes of the script's own steps, keeping one Stats
// with Update (Compute when Update declines): after every step its
// figures are a fresh Compute's, now and, moved by Advance, later.
func TestUpdateIsCompute(t *testing.T) {
	m, err := demo.Meeting(demo.Registered)
	if err != nil {
		t.Fatal(err)
	}
	cmds, times := demo.Script()
	rng := rand.New(rand.NewPCG(14, 7))
	s := stats.Compute(m, times[0])
	cur := m
	updated, computed := 0, 0
	step := func(what string, next *model.Meeting, at time.Time) {
		t.Helper()
		if s.Update(cur, next, at) {
			updated++
		} else {
			s = stats.Compute(next, at)
			computed++
		}
		cur = next
		if got, want := figuresOf(s), figuresOf(stats.Compute(next, at)); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: Update gives\n%+v\nCompute\n%+v", what, got, want)
		}
		later := at.Add(time.Duration(rng.IntN(600)) * time.Second)
		c := s
		c.Departments, c.Themes, c.Askers = slices.Clone(s.Departments), slices.Clone(s.Themes), slices.Clone(s.Askers)
		c.Advance(later)
		if got, want := figuresOf(c), figuresOf(stats.Compute(next, later)); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s, advanced: Update gives\n%+v\nCompute\n%+v", what, got, want)
		}
	}
	random := func(m *model.Meeting) model.Command {
		q := m.Questions[rng.IntN(len(m.Questions))]
		switch rng.IntN(7) {
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
		case 5:
			return model.EditQuestion{ID: q.ID, Asker: q.Asker, Kind: model.KindProposal, Theme: q.Theme, Text: q.Text + " nữa", Departments: q.Departments}
		}
		if len(m.Queue) == 0 {
			return model.CallNext{}
		}
		return model.MoveQuestion{ID: m.Queue[rng.IntN(len(m.Queue))], By: 1}
	}
	for i, cmd := range cmds {
		at := times[i]
		for range rng.IntN(4) {
			base := cur
			at = at.Add(time.Duration(rng.IntN(30)) * time.Second)
			next, _, err := model.Apply(base, random(base), at)
			if err != nil {
				continue
			}
			step("random", next, at)
			if rng.IntN(2) == 0 { // two in a row
				if n2, _, err := model.Apply(next, random(next), at); err == nil {
					step("random again", n2, at)
				}
			}
			step("undo", base, at) // the script needs the meeting as it was
		}
		before := cur
		next, _, err := model.Apply(before, cmd, times[i])
		if err != nil {
			t.Fatalf("step %d (%s): %v", i+1, cmd.Verb(), err)
		}
		step(cmd.Verb(), next, times[i])
		if rng.IntN(4) == 0 {
			step("undo "+cmd.Verb(), before, times[i])
			step("redo "+cmd.Verb(), next, times[i])
		}
	}
	if updated < 50 || computed == 0 {
		t.Fatalf("%d steps updated, %d computed: the walk proves little", updated, computed)
	}
	t.Logf("%d steps updated, %d computed", updated, computed)
}
