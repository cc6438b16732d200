package model

import "time"

// The range of a time limit (speaking, answering, a kind's speaking): a
// limit under ten seconds or over an hour is a typing mistake, not a rule
// a chair would set.
const (
	MinLimit = 10 * time.Second
	MaxLimit = time.Hour
)

// MaxYouthDelegates bounds Header.YouthDelegates.
const MaxYouthDelegates = 100000

// KindLimits are the speaking limits of the kinds that have their own (a
// chair may give a proposal more time than a question); zero is none, and
// the meeting's speaking limit applies. A struct rather than a map: its
// JSON is the same ({"question": …}), it holds no text to clean, and a
// copy of a header never shares it.
type KindLimits struct {
	Question       time.Duration `json:"question,omitempty"`
	Recommendation time.Duration `json:"recommendation,omitempty"`
	Proposal       time.Duration `json:"proposal,omitempty"`
}

// Of is kind's own limit, or zero.
func (k KindLimits) Of(kind Kind) time.Duration {
	if p := k.at(kind); p != nil {
		return *p
	}
	return 0
}

// With returns k with kind's limit set to d (zero: none). An unknown kind
// changes nothing.
func (k KindLimits) With(kind Kind, d time.Duration) KindLimits {
	if p := k.at(kind); p != nil {
		*p = d
	}
	return k
}

func (k *KindLimits) at(kind Kind) *time.Duration {
	switch kind {
	case KindQuestion:
		return &k.Question
	case KindRecommendation:
		return &k.Recommendation
	case KindProposal:
		return &k.Proposal
	}
	return nil
}

// SpeakLimitFor is how long a question of kind may be spoken: the kind's
// own limit if it has one, else the meeting's speaking limit.
func (h Header) SpeakLimitFor(kind Kind) time.Duration {
	if d := h.KindLimits.Of(kind); d > 0 {
		return d
	}
	return h.SpeakLimit
}

// SpeakLimitOf is SpeakLimitFor the question's kind.
func (m *Meeting) SpeakLimitOf(q *Question) time.Duration {
	return m.Header.SpeakLimitFor(q.Kind)
}

func (cmd SetHeader) apply(c *change) error {
	h := cmd.Header
	if h.Title == "" {
		return refuse(ErrEmptyTitle)
	}
	if err := checkHeaderText(h); err != nil {
		return err
	}
	if h.YouthDelegates < 0 || h.YouthDelegates > MaxYouthDelegates {
		return refuse(ErrBadCount, "youth_delegates", MaxYouthDelegates)
	}
	if h.SpeakLimit == 0 {
		h.SpeakLimit = DefaultSpeakLimit
	}
	if h.AnswerLimit == 0 {
		h.AnswerLimit = DefaultAnswerLimit
	}
	if err := checkLimits(h); err != nil {
		return err
	}
	// A planned end that follows the run of show moves with the start
	// (agendaedit.go); an empty one takes the run of show's.
	h.PlannedEnd = c.m.followingEnd(h)
	if !h.Date.IsZero() {
		if !h.PlannedEnd.IsZero() && h.PlannedEnd.Before(h.Date) {
			return refuse(ErrEndBeforeStart, "planned_end")
		}
		if !h.End.IsZero() && h.End.Before(h.Date) {
			return refuse(ErrEndBeforeStart, "end")
		}
	}
	h.Attendees = dropEmptyPeople(h.Attendees)
	h.Recipients = dropEmptyLines(h.Recipients)
	c.setHeader(h)
	return nil
}

// checkHeaderText refuses a field too long, naming it.
func checkHeaderText(h Header) error {
	for _, f := range []struct {
		name, s string
	}{
		{"title", h.Title}, {"topic", h.Topic}, {"venue", h.Venue}, {"language", h.Language},
		{"issuer_parent", h.IssuerParent}, {"issuer", h.Issuer}, {"minutes_number", h.MinutesNumber},
		{"conclusions_number", h.ConclusionsNumber}, {"report_number", h.ReportNumber}, {"place_name", h.PlaceName},
	} {
		if Len(f.s) > MaxLineLen {
			return refuse(ErrTooLong, f.name, MaxLineLen)
		}
	}
	if err := checkHeaderPerson("chair", h.Chair); err != nil {
		return err
	}
	if err := checkHeaderPerson("secretary", h.Secretary); err != nil {
		return err
	}
	if len(h.Attendees) > MaxAttendees {
		return refuse(ErrTooLong, "attendees", MaxAttendees)
	}
	if len(h.Recipients) > MaxAttendees {
		return refuse(ErrTooLong, "recipients", MaxAttendees)
	}
	for _, p := range h.Attendees {
		if err := checkHeaderPerson("attendee", p); err != nil {
			return err
		}
	}
	for _, r := range h.Recipients {
		if Len(r) > MaxLineLen {
			return refuse(ErrTooLong, "recipient", MaxLineLen)
		}
	}
	return nil
}

// checkHeaderPerson is checkPersonLen naming whose field: "chair_name",
// "secretary_role", ...
func checkHeaderPerson(who string, p Person) error {
	if Len(p.Name) > MaxNameLen {
		return refuse(ErrTooLong, who+"_name", MaxNameLen)
	}
	if Len(p.Role) > MaxLineLen {
		return refuse(ErrTooLong, who+"_role", MaxLineLen)
	}
	if Len(p.Unit) > MaxLineLen {
		return refuse(ErrTooLong, who+"_unit", MaxLineLen)
	}
	return nil
}

// checkLimits refuses a negative limit (ErrBadLimit, as ever) or one out
// of MinLimit..MaxLimit, naming it. A kind's limit may be zero: none.
func checkLimits(h Header) error {
	type limit struct {
		name string
		d    time.Duration
		zero bool // zero is allowed: none
	}
	limits := []limit{{"speak_limit", h.SpeakLimit, false}, {"answer_limit", h.AnswerLimit, false}}
	for _, k := range Kinds {
		limits = append(limits, limit{"limit_" + string(k), h.KindLimits.Of(k), true})
	}
	for _, l := range limits {
		switch {
		case l.d < 0:
			return refuse(ErrBadLimit)
		case l.d == 0 && l.zero:
		case l.d < MinLimit || l.d > MaxLimit:
			return refuse(ErrLimitRange, l.name)
		}
	}
	return nil
}

// dropEmptyPeople leaves out the attendees with nothing written.
func dropEmptyPeople(ps []Person) []Person {
	var out []Person
	for _, p := range ps {
		if p != (Person{}) {
			out = append(out, p)
		}
	}
	return out
}

func dropEmptyLines(s []string) []string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// QueueSpeakLimit is the speaking limit a waiting question has on
// average, each by its kind's (the pace's estimate before any question is
// done); the meeting's speaking limit when none waits.
func (m *Meeting) QueueSpeakLimit() time.Duration {
	if m.Header.KindLimits == (KindLimits{}) {
		// Every kind speaks to the one limit: no need to walk the queue,
		// which at 100,000 questions was most of what the pace cost a
		// screen per commit.
		return m.Header.SpeakLimit
	}
	var sum time.Duration
	n := 0
	for _, id := range m.Queue.All() {
		if q := m.Question(id); q != nil {
			sum += m.SpeakLimitOf(q)
			n++
		}
	}
	if n == 0 {
		return m.Header.SpeakLimit
	}
	return sum / time.Duration(n)
}
