package stats_test

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/model/stats"
)

// TestSameKeepsFigures walks the played demo's script with random queue
// moves (each undone: the script needs the queue's order) and undos between its commands: whenever Same says two meetings
// share what the figures read, Compute gives both the same figures, now
// and later; and a queue move alone is always Same.
func TestSameKeepsFigures(t *testing.T) {
	m, err := demo.Meeting(demo.Registered)
	if err != nil {
		t.Fatal(err)
	}
	cmds, times := demo.Script()
	rng := rand.New(rand.NewPCG(14, 5))
	same, differ := 0, 0
	check := func(step string, old, cur *model.Meeting, at time.Time) {
		t.Helper()
		s := stats.Same(old, cur)
		if s != stats.Same(cur, old) {
			t.Fatalf("%s: Same is not symmetric", step)
		}
		for _, now := range []time.Time{at, at.Add(97 * time.Second)} {
			a, b := stats.Compute(old, now), stats.Compute(cur, now)
			if !s {
				continue
			}
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("%s: Same, but the figures differ:\n%+v\n%+v", step, a, b)
			}
		}
		if s {
			same++
		} else {
			differ++
		}
	}
	apply := func(cmd model.Command, at time.Time) *model.Meeting {
		next, _, err := model.Apply(m, cmd, at)
		if err != nil {
			return nil
		}
		return next
	}
	for i, cmd := range cmds {
		at := times[i]
		for range rng.IntN(3) {
			if m.Queue.Len() < 2 {
				break
			}
			mv := model.MoveQuestion{ID: m.Queue.At(rng.IntN(m.Queue.Len())), By: []int{-1, 1}[rng.IntN(2)]}
			if next := apply(mv, at); next != nil {
				if !stats.Same(m, next) {
					t.Fatalf("step %d: a queue move is not Same", i+1)
				}
				check("move", m, next, at)
				check("undo move", next, m, at) // the script needs its order
			}
		}
		next := apply(cmd, at)
		if next == nil {
			t.Fatalf("step %d (%s) refused", i+1, cmd.Verb())
		}
		check(cmd.Verb(), m, next, at)
		if rng.IntN(4) == 0 { // undo: back to the snapshot before, then again
			check("undo "+cmd.Verb(), next, m, at)
		}
		m = next
	}
	if same == 0 || differ == 0 {
		t.Fatalf("the walk saw %d Same steps and %d others: it proves nothing", same, differ)
	}
	t.Logf("%d steps Same, %d not", same, differ)
}
