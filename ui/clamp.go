package ui

// The lists' selection and scrolling, shared by the screens that keep a
// selected row (Agenda, Themes, Inbox, Departments, Details).

// clampIndex is i kept on a list of n rows: from 0 to n-1, and 0 when the
// list is empty.
func clampIndex(i, n int) int { return max(0, min(i, n-1)) }

// scrollTop is the first of n lines to show in room lines so that lines
// first to last (the selected row's) are in sight: top as it was when
// they already are, else moved just enough (to first when they do not
// fit), and never so far that the end leaves lines empty.
func scrollTop(top, first, last, room, n int) int {
	switch {
	case first < top:
		top = first
	case last >= top+room:
		top = min(first, last-room+1)
	}
	return max(0, min(top, n-room))
}
