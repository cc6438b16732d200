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

// Before the dialogue starts, only its own planned length is question time:
// a long opening does not make more questions fit.
func TestPaceBeforeTheDialogueCountsOnlyItsLength(t *testing.T) {
	items := []model.AgendaItem{{Title: "Khai mạc", Planned: 60 * time.Minute}, {Title: "Đối thoại", Planned: 16 * time.Minute, Dialogue: true}}
	m := build(t, fxBase(t), step{model.SetAgenda{Items: items}, at(0)}, step{model.NextAgendaItem{}, at(0)})
	p := m.Pace(at(5))
	if !p.Ahead || !p.Estimated || p.PerQuestion != 8*time.Minute || p.Left != 71*time.Minute {
		t.Fatalf("during the opening: %+v", p)
	}
	if p.Fit != 2 || p.Waiting != 3 {
		t.Fatalf("16 minutes of dialogue at 8 a question fit 2 of 3, not the opening's time too: %+v", p)
	}
}

// A question taken during the opening is not question time: it neither
// lowers nor raises the average, before the dialogue or in it.
func TestPaceIgnoresQuestionsTakenBeforeTheDialogue(t *testing.T) {
	m := build(t, fxBase(t), step{model.SetAgenda{Items: twoItems}, at(0)},
		step{model.NextAgendaItem{}, at(0)},
		// During the opening: 1 minute asked, 1 answered.
		step{model.CallNext{}, at(1)},
		step{model.StartAnswer{Department: "DST"}, at(2)},
		step{model.EndAnswer{}, at(3)})
	p := m.Pace(at(4))
	if !p.Ahead || !p.Estimated || p.Done != 0 || p.PerQuestion != 8*time.Minute {
		t.Fatalf("the opening's question counted before the dialogue: %+v", p)
	}
	m = build(t, m, step{model.NextAgendaItem{}, at(10)})
	p = m.Pace(at(11))
	if p.Ahead || !p.Estimated || p.Done != 0 || p.PerQuestion != 8*time.Minute {
		t.Fatalf("the opening's question counted in the dialogue: %+v", p)
	}
	// One question in the dialogue: 2 minutes asked, 4 answered.
	m = build(t, m,
		step{model.CallNext{}, at(11)},
		step{model.StartAnswer{Department: "CA"}, at(13)},
		step{model.EndAnswer{}, at(17)})
	p = m.Pace(at(20))
	if p.Estimated || p.Done != 1 || p.PerQuestion != 6*time.Minute {
		t.Fatalf("only the dialogue's question counts: %+v", p)
	}
}

// A question called during the opening and still on the floor when the
// dialogue starts has spent only the dialogue's time of its share.
func TestPaceFloorTimeBeforeTheDialogueIsNotSpent(t *testing.T) {
	items := []model.AgendaItem{{Title: "Khai mạc", Planned: 10 * time.Minute}, {Title: "Đối thoại", Planned: 17 * time.Minute, Dialogue: true}}
	m := build(t, fxBase(t), step{model.SetAgenda{Items: items}, at(0)},
		step{model.NextAgendaItem{}, at(0)},
		step{model.CallNext{}, at(2)},
		step{model.NextAgendaItem{}, at(10)})
	// 16 minutes left: the question on the floor has spent 1 minute of
	// the dialogue (not the 9 since it was called), so it takes 7 more
	// and 9 remain, for one of the 2 waiting at 8 a question.
	p := m.Pace(at(11))
	if p.Ahead || p.Left != 16*time.Minute || p.Fit != 1 || p.Waiting != 2 {
		t.Fatalf("%+v", p)
	}
}
