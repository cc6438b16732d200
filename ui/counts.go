package ui

import (
	"maps"

	"podium/model"
)

// countsAfter is m's questions by status, from prev, the counts of old:
// only the questions m replaced or added are counted again (a question
// changes by being replaced, so an unchanged pointer is an unchanged
// question). A commit at 100,000 questions compares pointers instead of
// hashing every question's status.
func countsAfter(old *model.Meeting, prev model.Counts, m *model.Meeting) model.Counts {
	if old == nil || prev == nil {
		return m.Count()
	}
	var c model.Counts
	// An undone addition leaves fewer questions than old: those past the
	// end are gone.
	for id := range m.Questions.Changed(old.Questions) {
		was, q := old.Question(id), m.Question(id)
		if c == nil {
			c = maps.Clone(prev)
		}
		if was != nil {
			if c[was.Status]--; c[was.Status] == 0 {
				delete(c, was.Status)
			}
		}
		if q != nil {
			c[q.Status]++
		}
	}
	if c == nil {
		return prev
	}
	return c
}
