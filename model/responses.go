package model

import (
	"slices"
	"time"
)

// Response is one department's part in answering one question: who spoke
// for it, what the clerk noted, how it ended and what it left to follow
// up. A question answered by two departments (AnswerAgain, or a group's
// second answer) has two, each with its own outcome; a question deferred
// to writing on its own has one with no Answer.
type Response struct {
	// Answer is the answer this part comes from; nil for a question
	// deferred to writing with no answer of its own (DeferToWriting).
	// Answer.Questions says which questions it answered together.
	Answer     *Answer
	Department string
	Responder  Person
	Notes      string
	// Outcome is the answer's outcome (OutcomeNone while it is given);
	// OutcomeInWriting for a deferral with no answer.
	Outcome Outcome
	// FollowUp is what this part left to do for this question: the
	// follow-up its outcome opened, if it covers the question, or the
	// deferral's. Nil if none. The chair's conclusions are not here
	// (Meeting.Conclusions; their Questions name the questions).
	FollowUp *FollowUp
}

// Responses returns, for question id, each department's part in answering
// it, in the order they answered (an answer's start; a deferral with no
// answer by when it was opened), each with its own outcome, responder,
// notes and follow-up: what the minutes print under the question.
func (m *Meeting) Responses(id int) []Response {
	return ResponsesOf(id, m.AnswersFor(id), m.FollowUpsFor(id), m.FollowUpOf)
}

// ResponsesOf is Responses from what a caller reading every question has
// indexed once: the answers and the follow-ups naming question id (in the
// meeting's order, as AnswersFor and FollowUpsFor give them), and the
// follow-up each answer opened.
func ResponsesOf(id int, answers []*Answer, followUps []*FollowUp, followUpOf func(answer int) *FollowUp) []Response {
	var out []Response
	for _, a := range answers {
		r := Response{Answer: a, Department: a.Department, Responder: a.Responder, Notes: a.Notes, Outcome: a.Outcome}
		if f := followUpOf(a.ID); f != nil && slices.Contains(f.Questions, id) {
			r.FollowUp = f
		}
		out = append(out, r)
	}
	for _, f := range followUps {
		if f.Answer != 0 || f.Source == SourceConclusion {
			continue
		}
		// A deferral of this question on its own (from the queue, or one
		// question of a group), after the answers that came before it.
		r := Response{Department: f.Department, Outcome: OutcomeInWriting, FollowUp: f}
		i := len(out)
		for i > 0 && out[i-1].Answer != nil && out[i-1].Answer.Start.After(f.Created) {
			i--
		}
		out = slices.Insert(out, i, r)
	}
	return out
}

// AsOf returns the follow-up as it stood at t, as far as its dates tell: a
// reply or a resolution dated after t had not happened, and the office's
// note (written after the meeting) is left out. The minutes, frozen at the
// meeting's close, show their follow-ups so.
func (f FollowUp) AsOf(t time.Time) FollowUp {
	after := func(d time.Time) bool { return !d.IsZero() && dayBefore(t, d) }
	if after(f.ResolvedDate) {
		f.ResolvedDate = time.Time{}
		if f.Status == FollowUpResolved {
			f.Status = FollowUpReplied
		}
	}
	if after(f.ReplyDate) {
		f.ReplyDate, f.ReplyDoc = time.Time{}, ""
	}
	if f.Status == FollowUpReplied && f.ReplyDate.IsZero() {
		f.Status = FollowUpOpen
	}
	if f.Status == FollowUpOpen && f.Source == SourceForwarded {
		f.Status = FollowUpForwarded
	}
	f.Note = ""
	return f
}
