package model

import (
	"slices"
	"time"
)

// AgendaItem is one item of the run of show: opening, a ceremony, the
// dialogue, the chair's conclusion, ... with its planned duration and, once
// it has happened, its actual start and end.
type AgendaItem struct {
	Title    string        `json:"title"`
	Planned  time.Duration `json:"planned"`
	Dialogue bool          `json:"dialogue,omitempty"` // the questions are taken in this item
	Start    time.Time     `json:"start,omitzero"`
	End      time.Time     `json:"end,omitzero"`
}

// Agenda is the run of show. Current is the item under way, counted from 1;
// 0 before the first item has started, len(Items)+1 after the last ended.
type Agenda struct {
	Items   []AgendaItem `json:"items,omitempty"`
	Current int          `json:"current,omitempty"`
}

// MaxAgendaItems bounds an agenda.
const MaxAgendaItems = 50

// Item returns the item under way, or nil.
func (a Agenda) Item() *AgendaItem {
	if a.Current < 1 || a.Current > len(a.Items) {
		return nil
	}
	return &a.Items[a.Current-1]
}

// Left is the time left of the item under way at now (negative when it
// runs over).
func (a Agenda) Left(now time.Time) time.Duration {
	it := a.Item()
	if it == nil {
		return 0
	}
	return it.Planned - now.Sub(it.Start)
}

// ExpectedEnd is when the meeting should end at now: the item under way
// takes its planned time or, if it has run over, ends now; every item after
// it takes its planned time. Before the first item it is now plus them all.
func (a Agenda) ExpectedEnd(now time.Time) time.Time {
	end := now
	for i, it := range a.Items {
		switch {
		case i+1 < a.Current:
		case i+1 == a.Current:
			end = end.Add(max(0, a.Left(now)))
		default:
			end = end.Add(it.Planned)
		}
	}
	return end
}

// DialogueEnd is when the dialogue item should end, by the same reckoning,
// and whether the meeting has one still to come or under way. Without an
// agenda it is the header's planned end, if set.
func (m *Meeting) DialogueEnd(now time.Time) (time.Time, bool) {
	a := m.Agenda
	if len(a.Items) == 0 {
		return m.Header.PlannedEnd, !m.Header.PlannedEnd.IsZero()
	}
	at := now
	for i, it := range a.Items {
		switch {
		case i+1 < a.Current:
			continue
		case i+1 == a.Current:
			if it.Dialogue {
				return it.Start.Add(it.Planned), true
			}
			at = at.Add(max(0, a.Left(now)))
		default:
			if it.Dialogue {
				return at.Add(it.Planned), true
			}
			at = at.Add(it.Planned)
		}
	}
	return time.Time{}, false
}

// SetAgenda replaces the run of show before it has started.
type SetAgenda struct {
	Items []AgendaItem `json:"items"`
}

// NextAgendaItem ends the item under way (if any) and starts the next.
// Ending the last item closes the meeting: Header.End becomes now, unless
// it was set already.
type NextAgendaItem struct{}

func (SetAgenda) Verb() string      { return "set_agenda" }
func (NextAgendaItem) Verb() string { return "next_agenda_item" }

func (c *change) setAgenda(a Agenda) {
	c.m.Agenda = a
	c.touch(Ref{Kind: RecAgenda})
}

func (cmd SetAgenda) apply(c *change) error {
	if c.m.Agenda.Current > 0 {
		return refuse(ErrAgendaStarted)
	}
	if len(cmd.Items) > MaxAgendaItems {
		return refuse(ErrTooLong, "agenda", MaxAgendaItems)
	}
	items := make([]AgendaItem, 0, len(cmd.Items))
	dialogue := 0
	for i, it := range cmd.Items {
		if err := checkItem(it.Title, it.Planned); err != nil {
			return err
		}
		if it.Dialogue {
			if dialogue > 0 {
				return refuse(ErrTwoDialogues, dialogue, i+1)
			}
			dialogue = i + 1
		}
		items = append(items, AgendaItem{Title: it.Title, Planned: it.Planned, Dialogue: it.Dialogue})
	}
	if slices.Equal(items, c.m.Agenda.Items) {
		return nil
	}
	c.replan(Agenda{Items: items})
	return nil
}

func (NextAgendaItem) apply(c *change) error {
	a := c.m.Agenda
	if len(a.Items) == 0 {
		return refuse(ErrNoAgenda)
	}
	if a.Current > len(a.Items) {
		return refuse(ErrAgendaDone)
	}
	a.Items = append([]AgendaItem(nil), a.Items...)
	if it := a.Current; it >= 1 {
		a.Items[it-1].End = c.now
	}
	a.Current++
	if a.Current <= len(a.Items) {
		a.Items[a.Current-1].Start = c.now
	}
	c.setAgenda(a)
	// The last item ended: the meeting is closed, unless a close was
	// already recorded.
	if a.Current > len(a.Items) && c.m.Header.End.IsZero() {
		h := c.m.Header
		h.End = c.now
		c.setHeader(h)
	}
	return nil
}

// checkAgenda holds the agenda's invariants.
func checkAgenda(a Agenda, bad func(string, ...any)) {
	if a.Current < 0 || a.Current > len(a.Items)+1 || (len(a.Items) == 0 && a.Current != 0) {
		bad("the agenda's current item %d is out of range", a.Current)
	}
	for i, it := range a.Items {
		n := i + 1
		switch {
		case n < a.Current:
			if it.Start.IsZero() || it.End.IsZero() {
				bad("agenda item %d is past but has no start or end", n)
			}
		case n == a.Current:
			if it.Start.IsZero() || !it.End.IsZero() {
				bad("agenda item %d is under way but has no start, or has ended", n)
			}
		default:
			if !it.Start.IsZero() || !it.End.IsZero() {
				bad("agenda item %d has not come but has times", n)
			}
		}
		if !it.End.IsZero() && it.End.Before(it.Start) {
			bad("agenda item %d ends before it starts", n)
		}
		if it.Planned <= 0 {
			bad("agenda item %d has no planned duration", n)
		}
	}
}
