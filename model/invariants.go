package model

import (
	"fmt"
	"slices"
	"time"
)

// Check verifies the invariants every meeting must hold, and returns one
// error per broken one (nil when all hold). They are what `podium check`
// and the random-sequence test rely on.
func Check(m *Meeting) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	for i, d := range m.Departments {
		if d != nil && d.ID != i+1 {
			bad("department at %d has id %d", i+1, d.ID)
		}
	}
	for i, a := range m.Answers {
		if a == nil {
			continue
		}
		if a.ID != i+1 {
			bad("answer at %d has id %d", i+1, a.ID)
		}
		if m.DepartmentByCode(a.Department) == nil {
			bad("answer %d is by unknown department %q", a.ID, a.Department)
		}
		for _, id := range a.Questions {
			if m.Question(id) == nil {
				bad("answer %d covers missing question %d", a.ID, id)
			}
		}
		checkClock(a.Clock, fmt.Sprintf("answer %d", a.ID), bad)
		if !a.End.IsZero() && a.End.Before(a.Start) {
			bad("answer %d ends before it starts", a.ID)
		}
		if !a.End.IsZero() && a.Clock.Running() {
			bad("answer %d has ended but its clock runs", a.ID)
		}
		if a.Outcome != OutcomeNone && !slices.Contains(Outcomes, a.Outcome) {
			bad("answer %d has unknown outcome %q", a.ID, a.Outcome)
		}
		if !a.End.IsZero() && a.Outcome == OutcomeNone {
			bad("answer %d has ended without an outcome", a.ID)
		}
		f := m.FollowUpOf(a.ID)
		switch {
		case a.Outcome == OutcomeAnswered || a.Outcome == OutcomeNone:
			if f != nil {
				bad("answer %d (outcome %q) has follow-up %d", a.ID, a.Outcome, f.ID)
			}
		case f == nil:
			bad("answer %d's outcome %q has no follow-up", a.ID, a.Outcome)
		case f.Source != sourceOf(a.Outcome):
			bad("answer %d's outcome %q has follow-up %d of source %q", a.ID, a.Outcome, f.ID, f.Source)
		}
	}

	asking := 0
	waiting := map[int]bool{}
	for i, q := range m.Questions {
		if q == nil {
			continue
		}
		if q.ID != i+1 {
			bad("question at %d has id %d", i+1, q.ID)
		}
		checkClock(q.Speaking, fmt.Sprintf("question %d", q.ID), bad)
		if !q.ClosedAt.IsZero() && !q.CalledAt.IsZero() && q.ClosedAt.Before(q.CalledAt) {
			bad("question %d closes before it was called", q.ID)
		}
		if !q.AskedUntil.IsZero() && q.AskedUntil.Before(q.CalledAt) {
			bad("question %d was asked until before it was called", q.ID)
		}
		for _, d := range q.Departments {
			if m.DepartmentByCode(d) == nil {
				bad("question %d addresses unknown department %q", q.ID, d)
			}
		}
		onFloor := slices.Contains(m.Floor.Questions, q.ID)
		switch q.Status {
		case StatusWaiting:
			waiting[q.ID] = true
		case StatusAsking:
			asking++
			if m.Floor.State != FloorAsking || !onFloor {
				bad("question %d is being asked but is not on the floor", q.ID)
			}
		case StatusAwaiting:
			// Asked (or waiting its turn in a group) and waiting for an
			// answer: it is on the floor.
			if m.Floor.State == FloorIdle || !onFloor {
				bad("question %d awaits an answer but is not on the floor", q.ID)
			}
		case StatusAnswered:
			answered := false
			for _, a := range m.AnswersFor(q.ID) {
				answered = answered || (!a.End.IsZero() && a.Outcome != OutcomeInWriting)
			}
			if !answered {
				bad("question %d is answered but has no answer", q.ID)
			}
		case StatusMerged:
			if into := m.Question(q.MergedInto); into == nil || into.ID == q.ID {
				bad("question %d is merged into missing question %d", q.ID, q.MergedInto)
			}
		case StatusInWriting, StatusWithdrawn:
		default:
			bad("question %d has unknown status %q", q.ID, q.Status)
		}
		if q.Speaking.Running() && !(q.Status == StatusAsking && onFloor) {
			bad("question %d's clock runs but it is not being asked", q.ID)
		}
	}
	if asking > 1 {
		bad("%d questions are being asked at once", asking)
	}

	seen := map[int]bool{}
	for _, id := range m.Queue {
		if seen[id] {
			bad("question %d is in the queue twice", id)
		}
		seen[id] = true
		if !waiting[id] {
			bad("question %d is in the queue but not waiting", id)
		}
	}
	for id := range waiting {
		if !seen[id] {
			bad("question %d is waiting but not in the queue", id)
		}
	}

	f := m.Floor
	for _, id := range f.Questions {
		if m.Question(id) == nil {
			bad("the floor points at missing question %d", id)
		}
	}
	switch f.State {
	case FloorIdle:
		if len(f.Questions) != 0 || f.Answer != 0 {
			bad("the floor is idle but points at something")
		}
	case FloorAsking:
		if len(f.Questions) == 0 || f.Answer != 0 || f.Speaker < 0 || f.Speaker >= len(f.Questions) {
			bad("the floor is asking but holds no speaker")
		} else if q := m.Question(f.Questions[f.Speaker]); q != nil && q.Status != StatusAsking {
			bad("the floor's speaker, question %d, is %s", q.ID, q.Status)
		}
	case FloorAnswering:
		a := m.Answer(f.Answer)
		if a == nil {
			bad("the floor points at missing answer %d", f.Answer)
		} else if !a.End.IsZero() {
			bad("the floor points at answer %d, which has ended", f.Answer)
		}
		if len(f.Questions) == 0 {
			bad("the floor is answering no question")
		}
	default:
		bad("the floor has unknown state %q", f.State)
	}
	checkFollowUps(m, bad)
	checkStage(m.Stage, bad)
	checkAgenda(m.Agenda, bad)
	return errs
}

func checkFollowUps(m *Meeting, bad func(string, ...any)) {
	byAnswer := map[int]int{}
	for i, fu := range m.FollowUps {
		if fu == nil {
			continue
		}
		if fu.ID != i+1 {
			bad("follow-up at %d has id %d", i+1, fu.ID)
		}
		if m.DepartmentByCode(fu.Department) == nil {
			bad("follow-up %d is for unknown department %q", fu.ID, fu.Department)
		}
		switch fu.Source {
		case SourceWrittenAnswer, SourceCommitment, SourceForwarded, SourceConclusion:
		default:
			bad("follow-up %d has unknown source %q", fu.ID, fu.Source)
		}
		if !slices.Contains(FollowUpStatuses, fu.Status) {
			bad("follow-up %d has unknown status %q", fu.ID, fu.Status)
		}
		for _, id := range fu.Questions {
			if m.Question(id) == nil {
				bad("follow-up %d names missing question %d", fu.ID, id)
			}
		}
		if fu.Answer != 0 {
			if m.Answer(fu.Answer) == nil {
				bad("follow-up %d comes from missing answer %d", fu.ID, fu.Answer)
			}
			if fu.Source == SourceConclusion {
				bad("conclusion %d comes from answer %d", fu.ID, fu.Answer)
			}
			if other, ok := byAnswer[fu.Answer]; ok {
				bad("answer %d has follow-ups %d and %d", fu.Answer, other, fu.ID)
			}
			byAnswer[fu.Answer] = fu.ID
		}
		if (fu.Status == FollowUpForwarded || fu.Source == SourceForwarded) && fu.ForwardedTo == "" {
			bad("follow-up %d is forwarded to nobody", fu.ID)
		}
		if fu.Status == FollowUpReplied && fu.ReplyDate.IsZero() {
			bad("follow-up %d is replied without a reply date", fu.ID)
		}
		if (fu.Status == FollowUpResolved) != !fu.ResolvedDate.IsZero() {
			bad("follow-up %d is %q with resolution date %v", fu.ID, fu.Status, fu.ResolvedDate)
		}
		for _, d := range []time.Time{fu.ReplyDate, fu.ResolvedDate} {
			if !d.IsZero() && dayBefore(d, fu.Created) {
				bad("follow-up %d has a reply or resolution dated before it was opened", fu.ID)
			}
		}
	}
}

func checkClock(c Clock, what string, bad func(string, ...any)) {
	if c.Accumulated < 0 {
		bad("%s's clock is negative", what)
	}
}
