package model

import (
	"slices"
	"time"
)

// Editing the run of show, before the meeting and during it.
//
// Before the first item starts every item may be added, edited, moved or
// removed. Once the meeting runs, what has begun is the record: an item
// done keeps everything (its place, title, planned time and dialogue
// mark); the item under way keeps its place, title and dialogue mark, and
// only its planned time may change (the chair lets the dialogue run 15
// minutes longer). Items not yet begun are edited as before, and new or
// moved items go after the item under way. After the last item has ended
// nothing changes.
//
// At most one item is the dialogue (where the questions are taken): marking
// one moves the mark from the item that had it, unless that item has begun.
//
// The planned end follows the run of show: Header.PlannedEnd is the
// meeting's start (Header.Date) plus every item's planned time, whenever
// the run of show changes, as long as it is empty or still equal to what
// the run of show gave before the change. A planned end the organiser set
// to something else (on the Details screen) stays as set; clearing it
// there, or setting it back to the run of show's end, makes it follow
// again. A new start (Header.Date) moves a following planned end with it.

// The bounds of an agenda item's planned time.
const (
	MinAgendaPlanned = time.Minute
	MaxAgendaPlanned = 600 * time.Minute
)

// AddAgendaItem puts a new item into the run of show at place At (counted
// from 1; 0 is after the last item). Marked as the dialogue, it takes the
// mark from the item that had it.
type AddAgendaItem struct {
	At       int           `json:"at,omitempty"`
	Title    string        `json:"title"`
	Planned  time.Duration `json:"planned"`
	Dialogue bool          `json:"dialogue,omitempty"`
}

// EditAgendaItem sets item Item's title, planned time and dialogue mark.
// Item is the item's place, counted from 1 (the log and the Timeline read
// it as "id").
type EditAgendaItem struct {
	Item     int           `json:"id"`
	Title    string        `json:"title"`
	Planned  time.Duration `json:"planned"`
	Dialogue bool          `json:"dialogue,omitempty"`
}

// MoveAgendaItem moves item Item to place To.
type MoveAgendaItem struct {
	Item int `json:"id"`
	To   int `json:"to"`
}

// RemoveAgendaItem takes item Item out of the run of show.
type RemoveAgendaItem struct {
	Item int `json:"id"`
}

// newAgendaCommand is NewCommand for the run of show's verbs.
func newAgendaCommand(name string) Command {
	switch name {
	case "set_agenda":
		return &SetAgenda{}
	case "next_agenda_item":
		return &NextAgendaItem{}
	case "add_agenda_item":
		return &AddAgendaItem{}
	case "edit_agenda_item":
		return &EditAgendaItem{}
	case "move_agenda_item":
		return &MoveAgendaItem{}
	case "remove_agenda_item":
		return &RemoveAgendaItem{}
	}
	return nil
}

func (AddAgendaItem) Verb() string    { return "add_agenda_item" }
func (EditAgendaItem) Verb() string   { return "edit_agenda_item" }
func (MoveAgendaItem) Verb() string   { return "move_agenda_item" }
func (RemoveAgendaItem) Verb() string { return "remove_agenda_item" }

func (cmd AddAgendaItem) clean() Command {
	cmd.Title = CleanLine(cmd.Title)
	return cmd
}

func (cmd EditAgendaItem) clean() Command {
	cmd.Title = CleanLine(cmd.Title)
	return cmd
}

func (cmd MoveAgendaItem) clean() Command   { return cmd }
func (cmd RemoveAgendaItem) clean() Command { return cmd }

// checkItem refuses an item without a title, with a title too long, or with
// a planned time out of bounds.
func checkItem(title string, planned time.Duration) error {
	switch {
	case title == "":
		return refuse(ErrEmptyItemTitle)
	case Len(title) > MaxLineLen:
		return refuse(ErrTooLong, "agenda_item", MaxLineLen)
	case planned < MinAgendaPlanned || planned > MaxAgendaPlanned:
		return refuse(ErrBadPlanned, int(MinAgendaPlanned/time.Minute), int(MaxAgendaPlanned/time.Minute))
	}
	return nil
}

// Begun is how many items, from the first, have begun: those done and the
// one under way.
func (a Agenda) Begun() int { return min(a.Current, len(a.Items)) }

// PlannedStart is when item i (counted from 0) should start by the plan:
// the meeting's start plus the planned time of every item before it. Zero
// when the meeting has no start.
func (m *Meeting) PlannedStart(i int) time.Time {
	return agendaEnd(m.Header.Date, m.Agenda.Items[:min(max(0, i), len(m.Agenda.Items))], true)
}

// AgendaEnd is the end the run of show plans: the meeting's start plus
// every item's planned time. Zero without a start or without items.
func (m *Meeting) AgendaEnd() time.Time { return agendaEnd(m.Header.Date, m.Agenda.Items, false) }

// PlannedEndFollows reports whether the planned end follows the run of
// show: it is empty, or it is the run of show's end.
func (m *Meeting) PlannedEndFollows() bool {
	return m.Header.PlannedEnd.IsZero() || m.Header.PlannedEnd.Equal(m.AgendaEnd())
}

func agendaEnd(start time.Time, items []AgendaItem, empty bool) time.Time {
	if start.IsZero() || (len(items) == 0 && !empty) {
		return time.Time{}
	}
	for _, it := range items {
		start = start.Add(it.Planned)
	}
	return start
}

// replan sets the run of show to a and, when the planned end followed the
// old one, makes it follow the new.
func (c *change) replan(a Agenda) {
	follows := c.m.PlannedEndFollows()
	c.setAgenda(a)
	if !follows {
		return
	}
	if end := c.m.AgendaEnd(); !end.Equal(c.m.Header.PlannedEnd) {
		h := c.m.Header
		h.PlannedEnd = end
		c.setHeader(h)
	}
}

// followingEnd is the planned end a new header h is stored with: the run
// of show's end from h's start when h's planned end is empty, or when it
// is the one stored and that one followed the run of show; else h's own.
func (m *Meeting) followingEnd(h Header) time.Time {
	keep := h.PlannedEnd.Equal(m.Header.PlannedEnd) && m.PlannedEndFollows()
	if !h.PlannedEnd.IsZero() && !keep {
		return h.PlannedEnd
	}
	return agendaEnd(h.Date, m.Agenda.Items, false)
}

// agendaItem checks that item n (counted from 1) exists and has not begun.
func (c *change) agendaItem(n int) error {
	a := c.m.Agenda
	switch {
	case n < 1 || n > len(a.Items):
		return refuse(ErrNoSuchAgendaItem, n)
	case n < a.Current:
		return refuse(ErrAgendaItemDone, n)
	case n == a.Current:
		return refuse(ErrAgendaItemUnderWay, n)
	}
	return nil
}

// markDialogue makes item n (counted from 1) of items the only dialogue,
// refusing when the dialogue is another item that has begun.
func (a Agenda) markDialogue(items []AgendaItem, n int) error {
	for i := range items {
		if i+1 == n || !items[i].Dialogue {
			continue
		}
		if i+1 <= a.Begun() {
			return refuse(ErrDialogueBegun, i+1)
		}
		items[i].Dialogue = false
	}
	items[n-1].Dialogue = true
	return nil
}

func (cmd AddAgendaItem) apply(c *change) error {
	a := c.m.Agenda
	if len(a.Items) > 0 && a.Current > len(a.Items) {
		return refuse(ErrAgendaDone)
	}
	if err := checkItem(cmd.Title, cmd.Planned); err != nil {
		return err
	}
	if len(a.Items) >= MaxAgendaItems {
		return refuse(ErrTooLong, "agenda", MaxAgendaItems)
	}
	at := cmd.At
	if at <= 0 || at > len(a.Items) {
		at = len(a.Items) + 1
	}
	if at <= a.Begun() {
		return refuse(ErrAgendaBeforeCurrent, a.Current)
	}
	items := slices.Insert(slices.Clone(a.Items), at-1, AgendaItem{Title: cmd.Title, Planned: cmd.Planned})
	if cmd.Dialogue {
		if err := a.markDialogue(items, at); err != nil {
			return err
		}
	}
	c.replan(Agenda{Items: items, Current: a.Current})
	return nil
}

func (cmd EditAgendaItem) apply(c *change) error {
	a := c.m.Agenda
	n := cmd.Item
	if err := checkItem(cmd.Title, cmd.Planned); err != nil {
		return err
	}
	if err := c.agendaItem(n); err != nil {
		// The item under way may take a new planned time, nothing else.
		if CodeOf(err) != ErrAgendaItemUnderWay || a.Items[n-1].Title != cmd.Title || a.Items[n-1].Dialogue != cmd.Dialogue {
			return err
		}
	}
	items := slices.Clone(a.Items)
	it := &items[n-1]
	it.Title, it.Planned = cmd.Title, cmd.Planned
	if cmd.Dialogue && !a.Items[n-1].Dialogue {
		if err := a.markDialogue(items, n); err != nil {
			return err
		}
	}
	it.Dialogue = cmd.Dialogue
	if slices.Equal(items, a.Items) {
		return nil
	}
	c.replan(Agenda{Items: items, Current: a.Current})
	return nil
}

func (cmd MoveAgendaItem) apply(c *change) error {
	a := c.m.Agenda
	if err := c.agendaItem(cmd.Item); err != nil {
		return err
	}
	if cmd.To < 1 || cmd.To > len(a.Items) {
		return refuse(ErrNoSuchAgendaItem, cmd.To)
	}
	if cmd.To <= a.Begun() {
		return refuse(ErrAgendaBeforeCurrent, a.Current)
	}
	if cmd.To == cmd.Item {
		return nil
	}
	c.replan(Agenda{Items: moved(a.Items, cmd.Item-1, cmd.To-1), Current: a.Current})
	return nil
}

func (cmd RemoveAgendaItem) apply(c *change) error {
	a := c.m.Agenda
	if err := c.agendaItem(cmd.Item); err != nil {
		return err
	}
	items := slices.Delete(slices.Clone(a.Items), cmd.Item-1, cmd.Item)
	if len(items) == 0 {
		items = nil
	}
	c.replan(Agenda{Items: items, Current: a.Current})
	return nil
}
