package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// painter applies a style's colours to one line of text by wrapping it in
// the style's opening and closing sequences. lipgloss's Render measures and
// re-lays out its input on every call; the queue paints dozens of long rows
// per frame, already cut to width, and needs none of that.
type painter struct{ open, close string }

func newPainter(st lipgloss.Style) painter {
	const probe = "\x00"
	out := st.Render(probe)
	i := strings.Index(out, probe)
	if i < 0 {
		return painter{}
	}
	return painter{open: out[:i], close: out[i+len(probe):]}
}

func (p painter) paint(s string) string { return p.open + s + p.close }
