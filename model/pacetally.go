package model

import (
	"slices"
	"time"
)

// PaceTally is what Pace sums over the questions, kept from one snapshot
// to the next so that a commit costs the questions it replaced (compared
// by pointer: a snapshot shares the records a command did not change), not
// a read of every question: at 100,000 questions that read was most of
// what a snapshot cost the Moderate screen. The zero tally is empty; the
// tally of another meeting, or of other question time, is made afresh.
type PaceTally struct {
	qs      List[Question] // the questions tallied
	spans   []span         // the question time they were tallied for
	all     bool
	done    []bool        // by ID: taken up in question time and closed
	n       int           // how many are done
	stopped time.Duration // the done questions' stopped speaking clocks
	running []*Question   // the done questions whose speaking clock runs
}

// follow brings t to the questions qs in the question time spans (all:
// every question counts).
func (t *PaceTally) follow(qs List[Question], spans []span, all bool) {
	if t.done == nil || all != t.all || !slices.Equal(spans, t.spans) {
		*t = PaceTally{spans: spans, all: all, running: t.running[:0]}
	}
	if qs.Len()+1 > len(t.done) {
		t.done = append(t.done, make([]bool, qs.Len()+1-len(t.done))...)
	}
	// An undone addition leaves fewer questions: those past the end are
	// taken out like any replaced one.
	for id := range qs.Changed(t.qs) {
		t.add(t.qs.At(id), -1)
		t.add(qs.At(id), 1)
	}
	t.qs = qs
}

// add counts q (sign 1) or takes it out (-1) if it is done in question
// time.
func (t *PaceTally) add(q *Question, sign int) {
	if q == nil || q.CalledAt.IsZero() || (q.Status != StatusAnswered && q.Status != StatusInWriting) || !t.inTime(q.CalledAt) {
		return
	}
	t.done[q.ID] = sign > 0
	t.n += sign
	switch {
	case q.Speaking.Running() && sign > 0:
		t.running = append(t.running, q)
	case q.Speaking.Running():
		t.running = slices.DeleteFunc(t.running, func(r *Question) bool { return r == q })
	default:
		t.stopped += time.Duration(sign) * q.Speaking.Accumulated
	}
}

func (t *PaceTally) inTime(at time.Time) bool {
	if t.all {
		return true
	}
	for _, s := range t.spans {
		if s.holds(at) {
			return true
		}
	}
	return false
}
