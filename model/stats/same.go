package stats

import (
	"slices"

	"podium/model"
)

// Same reports whether Compute gives m the figures it gives old, at any
// moment: every record Compute reads is the same one (a snapshot shares
// the records a command did not change, so the same pointer), and so are
// the meeting's themes and speaking limits. A command that touches only
// what the figures do not read (the queue's order, the floor, the agenda,
// notes, the display) leaves them as they were: whoever holds old's
// figures needs only Advance them. It costs a pointer comparison per
// record, not Compute's walk.
func Same(old, m *model.Meeting) bool {
	if old == m {
		return true
	}
	if old == nil || m == nil {
		return false
	}
	return sameShape(old, m) &&
		slices.Equal(old.Answers, m.Answers) &&
		slices.Equal(old.FollowUps, m.FollowUps) &&
		sameList(old.Questions, m.Questions)
}

// sameShape reports whether the figures' frame is the same in both: the
// speaking limits, the themes' list and the departments. Update follows a
// commit only within it.
func sameShape(old, m *model.Meeting) bool {
	h, oh := m.Header, old.Header
	return h.SpeakLimit == oh.SpeakLimit && h.KindLimits == oh.KindLimits &&
		slices.Equal(old.Themes, m.Themes) && slices.Equal(old.Departments, m.Departments)
}

// sameList reports whether a and b hold the same records.
func sameList[T any](a, b model.List[T]) bool {
	for range b.Changed(a) {
		return false
	}
	return true
}
