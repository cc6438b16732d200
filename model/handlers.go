package model

import (
	"slices"
	"time"
)

// MaxAttendees bounds the header's lists: attendees, recipients.
const MaxAttendees = 200

func checkPerson(p Person, empty Code) error {
	if p.Name == "" {
		return refuse(empty)
	}
	return checkPersonLen(p)
}

// checkPersonLen is checkPerson for a person who may be left unnamed.
func checkPersonLen(p Person) error {
	if Len(p.Name) > MaxNameLen {
		return refuse(ErrTooLong, "name", MaxNameLen)
	}
	if Len(p.Role) > MaxLineLen || Len(p.Unit) > MaxLineLen {
		return refuse(ErrTooLong, "unit", MaxLineLen)
	}
	return nil
}

func (cmd AddDepartment) apply(c *change) error {
	code, name, rep := cmd.Code, cmd.Name, cmd.Representative
	if err := c.checkDepartment(code, name, rep, ""); err != nil {
		return err
	}
	c.putDepartment(&Department{
		ID:             nextID(c.m.Departments),
		Code:           code,
		Name:           name,
		Representative: rep,
	})
	return nil
}

// questionBody is what AddQuestion and EditQuestion share, checked (Apply
// has cleaned it).
type questionBody struct {
	asker Person
	kind  Kind
	theme string
	text  string
	depts []string
}

func (c *change) checkBody(asker Person, kind Kind, theme, text string, depts []string) (questionBody, error) {
	b := questionBody{
		asker: asker,
		kind:  kind,
		theme: theme,
		text:  text,
	}
	if b.kind == "" {
		b.kind = KindQuestion
	}
	if !slices.Contains(Kinds, b.kind) {
		return b, refuse(ErrBadKind, string(kind))
	}
	if err := checkPerson(b.asker, ErrEmptyAsker); err != nil {
		return b, err
	}
	if b.text == "" {
		return b, refuse(ErrEmptyText)
	}
	if Len(b.text) > MaxTextLen {
		return b, refuse(ErrTooLong, "text", MaxTextLen)
	}
	if Len(b.theme) > MaxLineLen {
		return b, refuse(ErrTooLong, "theme", MaxLineLen)
	}
	if i := c.m.ThemeIndex(b.theme); i >= 0 {
		b.theme = c.m.Themes[i] // as the list spells it
	}
	for _, d := range depts {
		if d == "" || slices.Contains(b.depts, d) {
			continue
		}
		if c.m.DepartmentByCode(d) == nil {
			return b, refuse(ErrUnknownDepartment, d)
		}
		b.depts = append(b.depts, d)
	}
	return b, nil
}

func (cmd AddQuestion) apply(c *change) error {
	b, err := c.checkBody(cmd.Asker, cmd.Kind, cmd.Theme, cmd.Text, cmd.Departments)
	if err != nil {
		return err
	}
	ch := cmd.Channel
	switch ch {
	case ChannelRegistered, ChannelFloor, ChannelWritten, ChannelHall:
	default:
		ch = ChannelRegistered
	}
	q := &Question{
		ID:          c.m.Questions.Len() + 1,
		Asker:       b.asker,
		Kind:        b.kind,
		Theme:       b.theme,
		Text:        b.text,
		Departments: b.depts,
		Channel:     ch,
		Status:      StatusWaiting,
		Created:     c.now,
	}
	c.putQuestion(q)
	c.setQueue(c.m.Queue.Plus(q.ID))
	return nil
}

func (cmd EditQuestion) apply(c *change) error {
	q, err := c.question(cmd.ID)
	if err != nil {
		return err
	}
	b, err := c.checkBody(cmd.Asker, cmd.Kind, cmd.Theme, cmd.Text, cmd.Departments)
	if err != nil {
		return err
	}
	if q.Asker == b.asker && q.Kind == b.kind && q.Theme == b.theme && q.Text == b.text && slices.Equal(q.Departments, b.depts) {
		return nil // nothing changed: nothing to store or to undo
	}
	q.Asker, q.Kind, q.Theme, q.Text, q.Departments = b.asker, b.kind, b.theme, b.text, b.depts
	c.putQuestion(q)
	return nil
}

func (cmd MoveQuestion) apply(c *change) error {
	i := c.m.QueuePosition(cmd.ID)
	if i < 0 {
		if c.m.Question(cmd.ID) == nil {
			return refuse(ErrNoSuchQuestion, cmd.ID)
		}
		return refuse(ErrCannotMove, cmd.ID)
	}
	j := movedTo(i, c.m.Queue.Len(), cmd.By)
	if i == j {
		return nil
	}
	c.setQueue(c.m.Queue.Moved(i, j))
	return nil
}

// floorFree refuses a call while someone holds the floor.
func (c *change) floorFree() error {
	switch c.m.Floor.State {
	case FloorAsking:
		return refuse(ErrFloorBusy, c.m.Speaker().ID)
	case FloorAnswering:
		dept := ""
		if a := c.m.FloorAnswer(); a != nil {
			dept = a.Department
		}
		return refuse(ErrAnswerRunning, dept)
	}
	return nil
}

func (CallNext) apply(c *change) error {
	if err := c.floorFree(); err != nil {
		return err
	}
	if c.m.Queue.Len() == 0 {
		return refuse(ErrQueueEmpty)
	}
	return c.call(c.m.Queue.At(0))
}

func (cmd Call) apply(c *change) error {
	if err := c.floorFree(); err != nil {
		return err
	}
	return c.call(cmd.ID)
}

func (c *change) call(id int) error {
	q, err := c.question(id)
	if err != nil {
		return err
	}
	if q.Status != StatusWaiting {
		return refuse(ErrNotWaiting, id, string(q.Status))
	}
	q.Status = StatusAsking
	if q.CalledAt.IsZero() {
		q.CalledAt = c.now
	}
	q.Speaking = q.Speaking.Start(c.now)
	c.putQuestion(q)
	c.removeFromQueue(id)
	c.setFloor(Floor{State: FloorAsking, Questions: []int{id}})
	return nil
}

func (cmd StartAnswer) apply(c *change) error {
	switch c.m.Floor.State {
	case FloorIdle:
		return refuse(ErrNothingOnFloor)
	case FloorAnswering:
		a := c.m.FloorAnswer()
		return refuse(ErrAnswerRunning, a.Department)
	}
	d, responder, err := c.answerer(cmd.Department, cmd.Responder)
	if err != nil {
		return err
	}
	c.stopFloorClock()
	qs := slices.Clone(c.m.Floor.Questions)
	for _, id := range qs {
		q, err := c.question(id)
		if err != nil {
			return err
		}
		if q.Status == StatusAwaiting && q.AskedUntil.Equal(c.now) {
			continue // a group's asker who handed over this very instant: nothing changes
		}
		q.Status = StatusAwaiting
		q.AskedUntil = c.now
		c.putQuestion(q)
	}
	c.openAnswer(d, responder, qs)
	return nil
}

// answerer checks who is to answer: a known department and a responder
// (its representative when none is named).
func (c *change) answerer(code string, who Person) (*Department, Person, error) {
	if code == "" {
		return nil, who, refuse(ErrNoDepartment)
	}
	d := c.m.DepartmentByCode(code)
	if d == nil {
		return nil, who, refuse(ErrUnknownDepartment, code)
	}
	responder := who
	if err := checkPersonLen(responder); err != nil {
		return nil, who, err
	}
	if responder.Name == "" {
		responder = d.Representative
	}
	return d, responder, nil
}

// openAnswer gives the floor to department d answering qs, its clock
// running from now.
func (c *change) openAnswer(d *Department, responder Person, qs []int) {
	a := &Answer{
		ID:         nextID(c.m.Answers),
		Questions:  qs,
		Department: d.Code,
		Responder:  responder,
		Clock:      Clock{}.Start(c.now),
		Start:      c.now,
	}
	c.putAnswer(a)
	c.setFloor(Floor{State: FloorAnswering, Questions: qs, Answer: a.ID})
}

func (EndAnswer) apply(c *change) error {
	if c.m.Floor.State != FloorAnswering {
		return refuse(ErrNotAnswering)
	}
	c.stopFloorClock()
	a := *c.m.FloorAnswer()
	a.End = c.now
	if a.Outcome == OutcomeNone {
		a.Outcome = OutcomeAnswered // unless the clerk recorded another one
	}
	c.putAnswer(&a)
	status := StatusAnswered
	if a.Outcome == OutcomeInWriting {
		status = StatusInWriting
	}
	for _, id := range c.m.Floor.Questions {
		q, err := c.question(id)
		if err != nil {
			return err
		}
		q.Status = status
		q.ClosedAt = c.now
		c.putQuestion(q)
	}
	c.setFloor(Floor{State: FloorIdle})
	return nil
}

func (cmd DeferToWriting) apply(c *change) error {
	q, err := c.question(cmd.ID)
	if err != nil {
		return err
	}
	code := cmd.Department
	if code == "" {
		return refuse(ErrNoDepartment)
	}
	if c.m.DepartmentByCode(code) == nil {
		return refuse(ErrUnknownDepartment, code)
	}
	if cmd.Deadline.IsZero() {
		return refuse(ErrNoDeadline)
	}
	onFloor := c.m.Floor.State != FloorIdle && slices.Contains(c.m.Floor.Questions, q.ID)
	fu := &FollowUp{ID: nextID(c.m.FollowUps), Status: FollowUpOpen, Created: c.now}
	switch {
	case q.Status == StatusWaiting:
		c.removeFromQueue(q.ID)
	case onFloor && c.m.Floor.State == FloorAsking && len(c.m.Floor.Questions) > 1:
		return refuse(ErrInGroup, q.ID)
	case onFloor && c.m.Floor.State == FloorAnswering && len(c.m.Floor.Questions) > 1:
		// One of a group goes to writing; the answer goes on for the rest.
		f := c.m.Floor
		f.Questions = slices.DeleteFunc(slices.Clone(f.Questions), func(id int) bool { return id == q.ID })
		c.setFloor(f)
		// If the clerk already recorded the answer's outcome, its
		// follow-up no longer covers this question.
		if own := c.m.FollowUpOf(c.m.Floor.Answer); own != nil && slices.Contains(own.Questions, q.ID) {
			cp := *own
			cp.Questions = slices.DeleteFunc(slices.Clone(cp.Questions), func(id int) bool { return id == q.ID })
			c.putFollowUp(&cp)
		}
	case onFloor:
		c.stopFloorClock()
		q, _ = c.question(q.ID) // stopping the clock may have changed it
		if a := c.m.FloorAnswer(); a != nil {
			cp := *a
			cp.End = c.now
			cp.Outcome = OutcomeInWriting
			c.putAnswer(&cp)
			// The answer's outcome is this written answer: its follow-up,
			// the one the clerk may have opened already.
			if own := c.m.FollowUpOf(a.ID); own != nil {
				f := *own
				fu = &f
				if fu.Status == FollowUpForwarded {
					fu.Status, fu.ForwardedTo = FollowUpOpen, ""
				}
			}
			fu.Answer = a.ID
		}
		if q.AskedUntil.IsZero() {
			q.AskedUntil = c.now
		}
		c.setFloor(Floor{State: FloorIdle})
	default:
		return refuse(ErrClosed, q.ID, string(q.Status))
	}
	q.Status = StatusInWriting
	q.ClosedAt = c.now
	c.putQuestion(q)
	fu.Department = code
	fu.What = q.Text
	fu.Deadline = cmd.Deadline
	fu.Source = SourceWrittenAnswer
	fu.Questions = []int{q.ID}
	c.putFollowUp(fu)
	return nil
}

func (Postpone) apply(c *change) error {
	switch c.m.Floor.State {
	case FloorIdle:
		return refuse(ErrNothingOnFloor)
	case FloorAnswering:
		return refuse(ErrAnswerRunning, c.m.FloorAnswer().Department)
	}
	c.stopFloorClock()
	for _, id := range c.m.Floor.Questions {
		q, err := c.question(id)
		if err != nil {
			return err
		}
		q.Status = StatusWaiting
		c.putQuestion(q)
	}
	c.setQueue(c.m.Queue.Plus(c.m.Floor.Questions...))
	c.setFloor(Floor{State: FloorIdle})
	return nil
}

func (cmd Withdraw) apply(c *change) error {
	q, err := c.question(cmd.ID)
	if err != nil {
		return err
	}
	switch q.Status {
	case StatusWaiting:
		c.removeFromQueue(q.ID)
	case StatusAsking:
		if len(c.m.Floor.Questions) > 1 {
			return refuse(ErrInGroup, q.ID)
		}
		c.stopFloorClock()
		q, _ = c.question(q.ID)
		q.AskedUntil = c.now
		c.setFloor(Floor{State: FloorIdle})
	default:
		return refuse(ErrClosed, q.ID, string(q.Status))
	}
	q.Status = StatusWithdrawn
	q.ClosedAt = c.now
	c.putQuestion(q)
	return nil
}

func (cmd Merge) apply(c *change) error {
	if cmd.ID == cmd.Into {
		return refuse(ErrMergeSelf, cmd.ID)
	}
	q, err := c.question(cmd.ID)
	if err != nil {
		return err
	}
	into := c.m.Question(cmd.Into)
	if into == nil {
		return refuse(ErrNoSuchQuestion, cmd.Into)
	}
	if q.Status != StatusWaiting {
		return refuse(ErrNotWaiting, q.ID, string(q.Status))
	}
	if into.Status == StatusWithdrawn || into.Status == StatusMerged {
		return refuse(ErrClosed, into.ID, string(into.Status))
	}
	c.removeFromQueue(q.ID)
	q.Status = StatusMerged
	q.MergedInto = into.ID
	q.ClosedAt = c.now
	c.putQuestion(q)
	return nil
}

func (ToggleClock) apply(c *change) error {
	switch c.m.Floor.State {
	case FloorAsking:
		q, err := c.question(c.m.Speaker().ID)
		if err != nil {
			return err
		}
		q.Speaking = toggle(q.Speaking, c.now)
		c.putQuestion(q)
	case FloorAnswering:
		a := *c.m.FloorAnswer()
		a.Clock = toggle(a.Clock, c.now)
		c.putAnswer(&a)
	default:
		return refuse(ErrNoClock)
	}
	return nil
}

func toggle(k Clock, now time.Time) Clock {
	if k.Running() {
		return k.Stop(now)
	}
	return k.Start(now)
}

func (cmd SetNotes) apply(c *change) error {
	a := c.m.Answer(cmd.Answer)
	if a == nil {
		return refuse(ErrNoSuchAnswer, cmd.Answer)
	}
	notes := cmd.Notes
	if Len(notes) > MaxNoteLen {
		return refuse(ErrTooLong, "notes", MaxNoteLen)
	}
	if cmd.Base != nil && cmd.Base.Notes != a.Notes && notes != a.Notes {
		return refuse(ErrNotesChanged, cmd.Answer)
	}
	if notes == a.Notes {
		return nil
	}
	cp := *a
	cp.Notes = notes
	c.putAnswer(&cp)
	return nil
}

// movedTo is where the item at i of n goes when moved by places (negative
// is earlier), stopping at either end. It clamps before adding: i+by must
// not overflow, and by may come from a log.
func movedTo(i, n, by int) int {
	j := n - 1
	if by < j-i {
		j = max(i+by, 0)
	}
	return j
}
