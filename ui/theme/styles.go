// Package theme holds the one set of styles, named by the role they play on
// screen. It is a leaf package: colours are chosen here and nowhere else.
// The colours are plain ANSI-256 values that read on dark and light
// backgrounds alike, so nothing depends on the terminal's own background
// (which differs per SSH client).
package theme

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Role is one named style, ready to paint single lines fast. Every role
// here is a decoration of one line (colour, bold, reverse, ...), so its
// opening and closing sequences are worked out once; lipgloss's Render would
// measure and lay out the text again on every call, dozens of times a frame.
type Role struct {
	Style       lipgloss.Style
	open, close string
}

func role(st lipgloss.Style) Role {
	const probe = "\x00"
	out := st.Render(probe)
	i := strings.Index(out, probe)
	if i < 0 {
		return Role{Style: st}
	}
	return Role{Style: st, open: out[:i], close: out[i+len(probe):]}
}

// Render paints one line (text with no newline).
func (r Role) Render(s string) string {
	if s == "" {
		return ""
	}
	return r.open + s + r.close
}

// Styles are the named roles of everything drawn.
type Styles struct {
	Border       Role
	BorderActive Role
	BoxTitle     Role

	StatusBar   Role
	StatusTitle Role
	StatusDim   Role

	QueueHeader   Role
	QueueSelected Role
	QueueFloor    Role
	QueueClosed   Role
	QueueNumber   Role

	FloorName  Role
	FloorMeta  Role
	FloorText  Role
	FloorIdle  Role
	Department Role

	ClockCalm     Role
	ClockWarning  Role
	ClockOvertime Role
	ClockPaused   Role

	HelpKey  Role
	HelpDesc Role

	Error   Role
	Notice  Role
	Label   Role
	Focused Role
	Dim     Role
}

// Default returns the standard styles.
func Default() Styles {
	var (
		accent  = lipgloss.Color("39")  // blue
		calm    = lipgloss.Color("35")  // green
		warning = lipgloss.Color("214") // amber
		danger  = lipgloss.Color("196") // red
		dim     = lipgloss.Color("245") // grey
		barBG   = lipgloss.Color("236")
		barFG   = lipgloss.Color("252")
		selBG   = lipgloss.Color("24")
		selFG   = lipgloss.Color("231")
	)
	s := lipgloss.NewStyle()
	return Styles{
		Border:       role(s.Foreground(dim)),
		BorderActive: role(s.Foreground(accent)),
		BoxTitle:     role(s.Bold(true)),

		StatusBar:   role(s.Background(barBG).Foreground(barFG)),
		StatusTitle: role(s.Background(barBG).Foreground(barFG).Bold(true)),
		StatusDim:   role(s.Background(barBG).Foreground(dim)),

		QueueHeader:   role(s.Foreground(dim).Underline(true)),
		QueueSelected: role(s.Background(selBG).Foreground(selFG)),
		QueueFloor:    role(s.Foreground(accent).Bold(true)),
		QueueClosed:   role(s.Foreground(dim)),
		QueueNumber:   role(s.Bold(true)),

		FloorName:  role(s.Bold(true)),
		FloorMeta:  role(s.Foreground(dim)),
		FloorText:  role(s),
		FloorIdle:  role(s.Foreground(dim).Italic(true)),
		Department: role(s.Foreground(accent).Bold(true)),

		ClockCalm:     role(s.Foreground(calm).Bold(true)),
		ClockWarning:  role(s.Foreground(warning).Bold(true)),
		ClockOvertime: role(s.Foreground(danger).Bold(true).Reverse(true)),
		ClockPaused:   role(s.Foreground(dim).Bold(true)),

		HelpKey:  role(s.Foreground(accent).Bold(true)),
		HelpDesc: role(s.Foreground(dim)),

		Error:   role(s.Foreground(danger).Bold(true)),
		Notice:  role(s.Foreground(calm)),
		Label:   role(s.Foreground(dim)),
		Focused: role(s.Foreground(accent).Bold(true)),
		Dim:     role(s.Foreground(dim)),
	}
}
