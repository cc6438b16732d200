package ui

import (
	"slices"

	"podium/model"
)

// closedRows is the closed questions' IDs, ascending, followed from one
// snapshot to the next: only the questions the new meeting replaced or
// added are looked at (a question changes by being replaced, so an
// unchanged pointer is an unchanged question). The queue's
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
	var old model.List[model.Question] // none yet: every question is new
	if c.meeting != nil {
		old = c.meeting.Questions
	}
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
