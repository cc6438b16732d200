package model_test

import (
	"testing"
	"time"

	"podium/model"
)

func TestPace(t *testing.T) {
	m := build(t, fxBase(t), step{model.SetAgenda{Items: twoItems}, at(0)})
	// Before any question is done, the limits (3 + 5 minutes) are the guess.
	p := m.Pace(at(0))
	if !p.Estimated || p.PerQuestion != 8*time.Minute || !p.Known || p.Left != 100*time.Minute {
		t.Fatalf("before the agenda starts the dialogue ends after the opening and itself: %+v", p)
	}
	m = build(t, m, step{model.NextAgendaItem{}, at(0)}, step{model.NextAgendaItem{}, at(0)}) // the dialogue, 90 minutes
	p = m.Pace(at(0))
	if !p.Known || p.Left != 90*time.Minute || p.Fit != 3 || p.Waiting != 3 {
		t.Fatalf("at the dialogue's start: %+v", p)
	}
	// One question: 2 minutes asked, 4 answered.
	m = build(t, m,
		step{model.CallNext{}, at(0)},
		step{model.StartAnswer{Department: "DST"}, at(0).Add(2 * time.Minute)},
		step{model.EndAnswer{}, at(0).Add(6 * time.Minute)})
	now := at(0).Add(80 * time.Minute) // ten minutes left
	p = m.Pace(now)
	if p.Estimated || p.PerQuestion != 6*time.Minute || p.Done != 1 {
		t.Fatalf("after one question: %+v", p)
	}
	if p.Waiting != 2 || p.Fit != 1 {
		t.Fatalf("ten minutes left at six a question: %+v", p)
	}
}
