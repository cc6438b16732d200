package model

import (
	"slices"
	"time"
)

// RecordKind names one kind of stored record.
type RecordKind int

// The kinds of record a command can change.
const (
	RecHeader RecordKind = iota + 1
	RecQueue
	RecFloor
	RecDepartment
	RecQuestion
	RecAnswer
	RecFollowUp
	RecStage
	RecAgenda
	RecCommendations // the list of commendations, one record
	RecThemes        // the list of themes, one record
	RecSubmission
	RecSubmissionsClosed
)

// Ref points at one record: a kind, and an ID for the kinds that have many.
type Ref struct {
	Kind RecordKind
	ID   int
}

// Apply applies cmd to m at wall time now, its text cleaned first
// (CleanCommand), whoever sent it. It returns the new meeting and the
// records that changed, or a *Error saying why the command was refused, in
// which case nothing changed. m itself is never modified.
func Apply(m *Meeting, cmd Command, now time.Time) (*Meeting, []Ref, error) {
	if cmd == nil {
		return m, nil, refuse(ErrUnknownCommand, "")
	}
	if !floorSound(m) {
		return m, nil, refuse(ErrBrokenFloor)
	}
	c := &change{old: m, m: m.clone(), now: now}
	// The one cleaning step every text passes on its way in.
	if err := cmd.clean().apply(c); err != nil {
		return m, nil, err
	}
	return c.m, c.refs, nil
}

// floorSound reports whether the floor points at what it must, which the
// handlers rely on. A meeting built by Apply always has a sound floor; a
// file damaged or edited by hand may not, and then every command is refused
// rather than panicking (podium check names the problem).
func floorSound(m *Meeting) bool {
	switch m.Floor.State {
	case FloorIdle:
		return true
	case FloorAsking:
		return m.Speaker() != nil && m.Floor.Answer == 0
	case FloorAnswering:
		return m.FloorAnswer() != nil && len(m.Floor.Questions) > 0
	}
	return false
}

// change is one command being applied: the meeting being built and what
// has been touched, so each slice is copied at most once.
type change struct {
	old, m *Meeting
	now    time.Time
	refs   []Ref

	questions *ListEdit[Question] // from the first question put

	copiedAnswers, copiedFollowUps, copiedDepartments, copiedSubmissions bool
}

func (c *change) touch(r Ref) {
	if !slices.Contains(c.refs, r) {
		c.refs = append(c.refs, r)
	}
}

func (c *change) setHeader(h Header) {
	c.m.Header = h
	c.touch(Ref{Kind: RecHeader})
}

func (c *change) setQueue(q Queue) {
	c.m.Queue = q
	c.touch(Ref{Kind: RecQueue})
}

func (c *change) setFloor(f Floor) {
	c.m.Floor = f
	c.touch(Ref{Kind: RecFloor})
}

// put stores v at id in a copy-on-write slice of records.
func put[T any](s *[]*T, copied *bool, id int, v *T) {
	if !*copied {
		*s = slices.Clone(*s)
		*copied = true
	}
	for len(*s) < id {
		*s = append(*s, nil)
	}
	(*s)[id-1] = v
}

func (c *change) putQuestion(q *Question) {
	if c.questions == nil {
		c.questions = EditList(&c.m.Questions)
	}
	c.questions.Set(q.ID, q)
	c.touch(Ref{Kind: RecQuestion, ID: q.ID})
}

func (c *change) putAnswer(a *Answer) {
	put(&c.m.Answers, &c.copiedAnswers, a.ID, a)
	c.touch(Ref{Kind: RecAnswer, ID: a.ID})
}

func (c *change) putFollowUp(f *FollowUp) {
	put(&c.m.FollowUps, &c.copiedFollowUps, f.ID, f)
	c.touch(Ref{Kind: RecFollowUp, ID: f.ID})
}

func (c *change) putDepartment(d *Department) {
	put(&c.m.Departments, &c.copiedDepartments, d.ID, d)
	c.touch(Ref{Kind: RecDepartment, ID: d.ID})
}

// question returns a copy of question id that the caller may change and
// then put, or a refusal if there is no such question.
func (c *change) question(id int) (*Question, error) {
	q := c.m.Question(id)
	if q == nil {
		return nil, refuse(ErrNoSuchQuestion, id)
	}
	cp := *q
	return &cp, nil
}

// stopFloorClock stops whatever clock the floor points at, at now.
func (c *change) stopFloorClock() {
	switch c.m.Floor.State {
	case FloorAsking:
		for _, id := range c.m.Floor.Questions {
			if q := c.m.Question(id); q != nil && q.Speaking.Running() {
				cp := *q
				cp.Speaking = cp.Speaking.Stop(c.now)
				c.putQuestion(&cp)
			}
		}
	case FloorAnswering:
		if a := c.m.FloorAnswer(); a != nil && a.Clock.Running() {
			cp := *a
			cp.Clock = cp.Clock.Stop(c.now)
			c.putAnswer(&cp)
		}
	}
}

func (c *change) removeFromQueue(id int) {
	if i := c.m.QueuePosition(id); i >= 0 {
		c.setQueue(c.m.Queue.Without(i))
	}
}

// moved is a new list: q with its i-th item moved to place j (the themes,
// the departments' order, the run of show, the conclusions).
func moved[T any](q []T, i, j int) []T {
	out := make([]T, len(q))
	id := q[i]
	if j < i {
		copy(out, q[:j])
		out[j] = id
		copy(out[j+1:], q[j:i])
		copy(out[i+1:], q[i+1:])
	} else {
		copy(out, q[:i])
		copy(out[i:], q[i+1:j+1])
		out[j] = id
		copy(out[j+1:], q[j+1:])
	}
	return out
}

func nextID[T any](s []*T) int { return len(s) + 1 }
