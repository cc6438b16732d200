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
	for i := range max(len(m.Questions), len(old.Questions)) {
		var was, q *model.Question
		if i < len(old.Questions) {
			was = old.Questions[i]
		}
		if i < len(m.Questions) {
			q = m.Questions[i]
		}
		if was == q {
			continue
		}
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
