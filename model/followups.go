package model

import (
	"reflect"
	"slices"
	"strings"
	"time"
)

// Limits on the follow-ups' own text, in characters.
const (
	MaxDocLen = 120 // a reply's document number
)

func (c *change) putFollowUpIfChanged(old, f *FollowUp) {
	if old != nil && reflect.DeepEqual(*old, *f) {
		return
	}
	c.putFollowUp(f)
}

// dropFollowUp removes follow-up id: its ID becomes a gap, as after an undo.
func (c *change) dropFollowUp(id int) {
	put(&c.m.FollowUps, &c.copiedFollowUps, id, (*FollowUp)(nil))
	c.touch(Ref{Kind: RecFollowUp, ID: id})
}

func (c *change) followUp(id int) (*FollowUp, error) {
	f := c.m.FollowUp(id)
	if f == nil {
		return nil, refuse(ErrNoSuchFollowUp, id)
	}
	cp := *f
	return &cp, nil
}

// department checks a department code (empty: def) and refuses an unknown one.
func (c *change) department(code, def string) (string, error) {
	if code == "" {
		code = def
	}
	if code == "" {
		return "", refuse(ErrNoDepartment)
	}
	if c.m.DepartmentByCode(code) == nil {
		return "", refuse(ErrUnknownDepartment, code)
	}
	return code, nil
}

// checkDeadline refuses a deadline on a calendar day before ref's or the
// meeting's date, whichever is earlier: most likely a mistyped year.
func (c *change) checkDeadline(deadline, ref time.Time) error {
	if deadline.IsZero() {
		return nil
	}
	if d := c.m.Header.Date; !d.IsZero() && d.Before(ref) {
		ref = d
	}
	if dayBefore(deadline, ref) {
		return refuse(ErrDeadlineTooEarly)
	}
	return nil
}

// checkDoneDate refuses the day a follow-up was replied to or resolved
// when it falls before the day the follow-up arose (most likely a
// mistyped year), naming that day. A day after today is refused by the
// form that asks for it (ui/followups.go), which knows what today is.
func (c *change) checkDoneDate(d, arose time.Time) error {
	if d.IsZero() || !dayBefore(d, arose) {
		return nil
	}
	loc := d.Location()
	if !c.m.Header.Date.IsZero() {
		loc = c.m.Header.Date.Location()
	}
	return refuse(ErrDateTooEarly, arose.In(loc).Format("02/01/2006"))
}

// dayBefore reports whether a falls on a calendar day before b's, both
// read in a's time zone.
func dayBefore(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.In(a.Location()).Date()
	return time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC).Before(time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC))
}

// checkWhat refuses what a follow-up asks empty or too long.
func checkWhat(s string) (string, error) {
	if s == "" {
		return "", refuse(ErrEmptyWhat)
	}
	if Len(s) > MaxTextLen {
		return "", refuse(ErrTooLong, "what", MaxTextLen)
	}
	return s, nil
}

// questionIDs checks that every id exists and returns them sorted, once each.
func (c *change) questionIDs(ids []int) ([]int, error) {
	var out []int
	for _, id := range ids {
		if c.m.Question(id) == nil {
			return nil, refuse(ErrNoSuchQuestion, id)
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out, nil
}

func sourceOf(o Outcome) FollowUpSource {
	switch o {
	case OutcomeInWriting:
		return SourceWrittenAnswer
	case OutcomeForwarded:
		return SourceForwarded
	case OutcomeCommitment:
		return SourceCommitment
	}
	return ""
}

// started reports whether the office has recorded anything on f.
func started(f *FollowUp) bool {
	return (f.Status != FollowUpOpen && f.Status != FollowUpForwarded) || f.ReplyDoc != "" || !f.ReplyDate.IsZero() || f.Note != ""
}

// ownQuestions are the questions answer a's outcome decides: all of its
// questions but those deferred to writing on their own (not through the
// answer's follow-up, old).
func (c *change) ownQuestions(a *Answer, old *FollowUp) []int {
	var out []int
	for _, id := range a.Questions {
		q := c.m.Question(id)
		if q == nil {
			continue
		}
		if q.Status == StatusInWriting && (old == nil || !slices.Contains(old.Questions, id)) {
			continue
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

func (cmd SetOutcome) apply(c *change) error {
	a0 := c.m.Answer(cmd.Answer)
	if a0 == nil {
		return refuse(ErrNoSuchAnswer, cmd.Answer)
	}
	if !slices.Contains(Outcomes, cmd.Outcome) {
		return refuse(ErrBadOutcome, string(cmd.Outcome))
	}
	a := *a0
	old := c.m.FollowUpOf(a.ID)
	own := c.ownQuestions(&a, old)

	var f *FollowUp
	if cmd.Outcome == OutcomeAnswered {
		if old != nil {
			if started(old) {
				return refuse(ErrFollowUpStarted, old.ID, string(old.Status))
			}
			c.dropFollowUp(old.ID)
		}
	} else {
		var err error
		if f, err = cmd.followUp(c, &a, old, own); err != nil {
			return err
		}
	}
	if !a.End.IsZero() {
		if err := cmd.restatus(c, own); err != nil {
			return err
		}
	}
	if a.Outcome != cmd.Outcome {
		a.Outcome = cmd.Outcome
		c.putAnswer(&a)
	}
	if f != nil {
		c.putFollowUpIfChanged(old, f)
	}
	return nil
}

// followUp is what an outcome other than "answered" leaves to follow up:
// old (the answer's follow-up, if it has one) with the outcome's terms, or
// a new one.
func (cmd SetOutcome) followUp(c *change, a *Answer, old *FollowUp, own []int) (*FollowUp, error) {
	dept, err := c.department(cmd.Department, a.Department)
	if err != nil {
		return nil, err
	}
	f := &FollowUp{ID: nextID(c.m.FollowUps), Answer: a.ID, Status: FollowUpOpen, Created: c.now}
	if old != nil {
		cp := *old
		f = &cp
	}
	f.Department, f.Source, f.Questions = dept, sourceOf(cmd.Outcome), own
	f.Deadline = cmd.Deadline
	if err := c.checkDeadline(f.Deadline, a.Start); err != nil {
		return nil, err
	}
	what := cmd.What
	if Len(what) > MaxTextLen {
		return nil, refuse(ErrTooLong, "what", MaxTextLen)
	}
	if err := cmd.terms(f, what); err != nil {
		return nil, err
	}
	if what == "" {
		what = c.questionsText(own)
	}
	f.What = what
	return f, nil
}

// terms checks and sets what each outcome requires of its follow-up: a
// deadline for a written answer, what and by when for a commitment, to
// whom for a forwarded question.
func (cmd SetOutcome) terms(f *FollowUp, what string) error {
	switch cmd.Outcome {
	case OutcomeInWriting:
		if f.Deadline.IsZero() {
			return refuse(ErrNoDeadline)
		}
	case OutcomeCommitment:
		if what == "" {
			return refuse(ErrEmptyWhat)
		}
		if f.Deadline.IsZero() {
			return refuse(ErrNoDeadline)
		}
	case OutcomeForwarded:
		to := cmd.ForwardedTo
		if to == "" {
			return refuse(ErrNoForwardedTo)
		}
		if Len(to) > MaxLineLen {
			return refuse(ErrTooLong, "forwarded_to", MaxLineLen)
		}
		f.ForwardedTo = to
		if f.Status == FollowUpOpen {
			f.Status = FollowUpForwarded
		}
	}
	if cmd.Outcome != OutcomeForwarded {
		// Forwarded was this outcome's doing; another outcome undoes it.
		if f.Status == FollowUpForwarded {
			f.Status = FollowUpOpen
		}
		f.ForwardedTo = ""
	}
	return nil
}

// restatus moves the answer's own questions between answered and to be
// answered in writing as the outcome says, once the answer has ended.
func (cmd SetOutcome) restatus(c *change, own []int) error {
	for _, id := range own {
		q, err := c.question(id)
		if err != nil {
			return err
		}
		switch {
		case cmd.Outcome == OutcomeInWriting && q.Status == StatusAnswered:
			q.Status = StatusInWriting
		case cmd.Outcome != OutcomeInWriting && q.Status == StatusInWriting:
			q.Status = StatusAnswered
		default:
			continue
		}
		c.putQuestion(q)
	}
	return nil
}

// questionsText is what a written answer must cover when the clerk did not
// say: the questions' own text.
func (c *change) questionsText(ids []int) string {
	var parts []string
	for _, id := range ids {
		if q := c.m.Question(id); q != nil {
			parts = append(parts, q.Text)
		}
	}
	return strings.Join(parts, "\n\n")
}

func (cmd SetResponder) apply(c *change) error {
	a := c.m.Answer(cmd.Answer)
	if a == nil {
		return refuse(ErrNoSuchAnswer, cmd.Answer)
	}
	p := cmd.Responder
	if err := checkPersonLen(p); err != nil {
		return err
	}
	if p.Name == "" {
		if d := c.m.DepartmentByCode(a.Department); d != nil {
			p = d.Representative
		}
	}
	if p == a.Responder {
		return nil
	}
	cp := *a
	cp.Responder = p
	c.putAnswer(&cp)
	return nil
}

func (cmd AddConclusion) apply(c *change) error {
	dept, also, err := c.addressee(cmd.To, cmd.Department, cmd.Also)
	if err != nil {
		return err
	}
	what, err := checkWhat(cmd.What)
	if err != nil {
		return err
	}
	if err := c.checkDeadline(cmd.Deadline, c.now); err != nil {
		return err
	}
	qs, err := c.questionIDs(cmd.Questions)
	if err != nil {
		return err
	}
	c.putFollowUp(&FollowUp{
		ID:         nextID(c.m.FollowUps),
		Department: dept,
		What:       what,
		Deadline:   cmd.Deadline,
		Source:     SourceConclusion,
		Questions:  qs,
		Status:     FollowUpOpen,
		Created:    c.now,
		To:         cmd.To,
		Also:       also,
		Order:      c.nextConclusionOrder(),
	})
	return nil
}

func (cmd EditFollowUp) apply(c *change) error {
	old := c.m.FollowUp(cmd.ID)
	if old == nil {
		return refuse(ErrNoSuchFollowUp, cmd.ID)
	}
	f := *old
	var dept string
	var err error
	if f.Source == SourceConclusion {
		if dept, f.Also, err = c.addressee(cmd.To, cmd.Department, cmd.Also); err != nil {
			return err
		}
		f.To = cmd.To
	} else if dept, err = c.department(cmd.Department, ""); err != nil {
		return err
	}
	what, err := checkWhat(cmd.What)
	if err != nil {
		return err
	}
	if cmd.Deadline.IsZero() && (f.Source == SourceWrittenAnswer || f.Source == SourceCommitment) {
		return refuse(ErrNoDeadline)
	}
	if err := c.checkDeadline(cmd.Deadline, f.Created); err != nil {
		return err
	}
	if f.Source == SourceConclusion {
		if f.Questions, err = c.questionIDs(cmd.Questions); err != nil {
			return err
		}
	}
	f.Department, f.What, f.Deadline = dept, what, cmd.Deadline
	if reflect.DeepEqual(*old, f) {
		return nil
	}
	f.Updated = c.now
	c.putFollowUp(&f)
	return nil
}

func (cmd UpdateFollowUp) apply(c *change) error {
	f, err := c.followUp(cmd.ID)
	if err != nil {
		return err
	}
	old := *f
	if !slices.Contains(FollowUpStatuses, cmd.Status) {
		return refuse(ErrBadFollowUpStatus, string(cmd.Status))
	}
	f.Status = cmd.Status
	f.ReplyDoc = cmd.ReplyDoc
	f.ReplyDate = cmd.ReplyDate
	f.Note = cmd.Note
	if to := cmd.ForwardedTo; to != "" {
		f.ForwardedTo = to
	}
	f.ResolvedDate = time.Time{}
	switch cmd.Status {
	case FollowUpReplied:
		if f.ReplyDate.IsZero() {
			return refuse(ErrNoReplyDate)
		}
	case FollowUpResolved:
		f.ResolvedDate = cmd.ResolvedDate
		if f.ResolvedDate.IsZero() {
			f.ResolvedDate = c.now
		}
	case FollowUpForwarded:
		if f.ForwardedTo == "" {
			return refuse(ErrNoForwardedTo)
		}
	}
	switch {
	case Len(f.ReplyDoc) > MaxDocLen:
		return refuse(ErrTooLong, "reply_doc", MaxDocLen)
	case Len(f.ForwardedTo) > MaxLineLen:
		return refuse(ErrTooLong, "forwarded_to", MaxLineLen)
	case Len(f.Note) > MaxTextLen:
		return refuse(ErrTooLong, "note", MaxTextLen)
	}
	for _, d := range []time.Time{f.ReplyDate, f.ResolvedDate} {
		if err := c.checkDoneDate(d, f.Created); err != nil {
			return err
		}
	}
	if reflect.DeepEqual(old, *f) {
		return nil
	}
	f.Updated = c.now
	c.putFollowUp(f)
	return nil
}

func (cmd RemoveConclusion) apply(c *change) error {
	f := c.m.FollowUp(cmd.ID)
	if f == nil {
		return refuse(ErrNoSuchFollowUp, cmd.ID)
	}
	if f.Source != SourceConclusion {
		return refuse(ErrNotConclusion, cmd.ID)
	}
	c.dropFollowUp(f.ID)
	return nil
}
