package ui

import (
	"slices"

	"podium/model"
)

// closedRows is the closed questions' IDs, ascending, followed from one
// snapshot to the next: only the questions the new meeting replaced or
// added are looked at (a question changes by being replaced, so an
// unchanged pointer is an unchanged question). The queue's unfiltered
// rows at 100,000 questions no longer read every question's status on a
// commit (issue 14).
type closedRows struct {
	meeting *model.Meeting // the meeting ids is for; nil: none yet
	ids     []int
}

// follow brings ids to m.
func (c *closedRows) follow(m *model.Meeting) []int {
	if c.meeting == m {
		return c.ids
	}
	if c.meeting == nil || m.Questions.Len() < c.meeting.Questions.Len() {
		c.ids = c.ids[:0]
		for _, q := range m.Questions.All() {
			if q != nil && closed(q.Status) {
				c.ids = append(c.ids, q.ID)
			}
		}
		c.meeting = m
		return c.ids
	}
	old := c.meeting.Questions
	for id := range m.Questions.Changed(old) {
		was, q := old.At(id), m.Question(id)
		wasClosed := was != nil && closed(was.Status)
		isClosed := q != nil && closed(q.Status)
		if wasClosed == isClosed {
			continue
		}
		at, found := slices.BinarySearch(c.ids, id)
		switch {
		case isClosed && !found:
			c.ids = slices.Insert(c.ids, at, id)
		case !isClosed && found:
			c.ids = slices.Delete(c.ids, at, at+1)
		}
	}
	c.meeting = m
	return c.ids
}

// plainRows are the rows without a filter, in the queue's own order: the
// floor, the waiting queue, the closed questions (followed by c).
func plainRows(m *model.Meeting, c *closedRows, rows []int) []int {
	for _, id := range m.Floor.Questions {
		if m.Question(id) != nil {
			rows = append(rows, id)
		}
	}
	for _, id := range m.Queue.All() {
		if m.Question(id) != nil {
			rows = append(rows, id)
		}
	}
	return append(rows, c.follow(m)...)
}
