package stats

import (
	"slices"
	"time"

	"podium/model"
)

// outcomes counts question id's outcomes in u.m, with u.sign, in the
// departments that owe them: what Compute's answers and answerOutcome
// set for id, found from the records that refer to it.
func (u *updater) outcomes(id int) {
	for _, e := range u.outcomesOf(id) {
		d := u.dept(e.dept)
		switch e.outcome {
		case model.OutcomeAnswered:
			d.OnTheSpot += u.sign
		case model.OutcomeInWriting:
			d.InWriting += u.sign
		case model.OutcomeForwarded:
			d.Forwarded += u.sign
		case model.OutcomeCommitment:
			d.Commitments += u.sign
		default: // a department with no figure: settleDepartments would drop it
			u.failed = true
		}
	}
}

// outcomesOf is question id's outcome per department in u.m: each ended
// answer's, the newest winning, then its deferral to writing on its own.
func (u *updater) outcomesOf(id int) []outcomeEntry {
	m := u.m
	q := m.Question(id)
	if q == nil {
		return nil
	}
	// The follow-ups deferring it to writing with no answer; the newest's
	// moment.
	var own []*model.FollowUp
	var ownAt time.Time
	u.fbuf = u.ix.qFollowUps.records(id, u.fbuf)
	for _, fi := range u.fbuf {
		if f := at0(m.FollowUps, fi); f != nil && ownWriting(f) && slices.Contains(f.Questions, id) {
			own = append(own, f)
			ownAt = f.Created
		}
	}
	var es []outcomeEntry
	set := func(dept string, out model.Outcome) {
		for k := range es {
			if es[k].dept == dept {
				es[k].outcome = out
				return
			}
		}
		es = append(es, outcomeEntry{dept: dept, outcome: out})
	}
	u.buf = u.ix.qAnswers.records(id, u.buf)
	for _, ai := range u.buf {
		a := at0(m.Answers, ai)
		if a == nil || a.End.IsZero() || a.Outcome == model.OutcomeNone || !slices.Contains(a.Questions, id) {
			continue
		}
		owner := a.Department
		if f := u.followUpOf(ai); a.Outcome != model.OutcomeAnswered && f != nil && f.Department != "" {
			owner = f.Department
		}
		if len(own) > 0 && !ownAt.Before(a.Start) && !ownAt.After(a.End) {
			continue
		}
		set(owner, a.Outcome)
	}
	if q.Status == model.StatusInWriting {
		for _, f := range own {
			set(f.Department, model.OutcomeInWriting)
		}
	}
	return es
}

// followUpOf is the follow-up the outcome of the answer at index ai
// opened: the first that names it.
func (u *updater) followUpOf(ai int) *model.FollowUp {
	for _, fi := range u.ix.aFollowUps.records(ai+1, nil) {
		if f := at0(u.m.FollowUps, fi); f != nil && f.Answer == ai+1 {
			return f
		}
	}
	return nil
}

// ownWriting reports whether f defers questions to writing on their own,
// with no answer.
func ownWriting(f *model.FollowUp) bool {
	return f.Source == model.SourceWrittenAnswer && f.Answer == 0
}
