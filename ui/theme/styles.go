// Package theme holds the one set of styles, named by the role they play on
// screen. It is a leaf package: colours are chosen here and nowhere else.
//
// There are two palettes, one for a dark terminal background and one for a
// light one (New), because no single colour reads on both: the amber of a
// warning clock that glows on black has 1.8:1 contrast on white. The screen
// asks its own terminal which it has (tea.RequestBackgroundColor; over SSH
// each session asks its own client) and builds its styles from the answer.
// Every coloured role has at least 4.5:1 contrast (WCAG AA for text)
// against the backgrounds it is drawn on; a test computes it.
//
// Colour is never the only signal: what a colour says (selected, warning,
// overtime, overdue) is also in the text (a ▸, "+0:23", "overdue").
package theme

import (
	"image/color"
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

// Selected marks the selected row of a list in its first cell, so that it
// can be told from the others with no colour at all (NO_COLOR, TERM=dumb,
// a monochrome projector); Unselected is the same width, blank.
const (
	Selected   = "▸"
	Unselected = " "
)

// Styles are the named roles of everything drawn.
type Styles struct {
	// Dark says which palette these are: for a dark background or a
	// light one.
	Dark bool

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

// palette is one background's colours, by what they mean. All are xterm
// 256-colour indices from 16 up, whose RGB values terminals agree on
// (0–15 are each terminal's own), so the contrast the test computes is
// the contrast shown.
type palette struct {
	accent, calm, warning, danger, dim color.Color
	barBG, barFG, barDim               color.Color
	selBG, selFG                       color.Color
}

// The palettes. Contrast against the backgrounds the test assumes (dark:
// #000000, #1e1e1e, #282c34; light: #ffffff, #fdf6e3), worst case:
//
//	          dark                      light
//	accent    39  #00afff  5.7          25  #005faf  6.0
//	calm      35  #00af5f  4.9          22  #005f00  7.4
//	warning   214 #ffaf00  7.6          94  #875f00  5.3
//	danger    203 #ff5f5f  4.7          160 #d70000  5.0
//	dim       247 #9e9e9e  5.2          241 #626262  5.7
//
// The status bar and the selected row carry their own background.
var (
	darkPalette = palette{
		accent:  lipgloss.Color("39"),
		calm:    lipgloss.Color("35"),
		warning: lipgloss.Color("214"),
		danger:  lipgloss.Color("203"),
		dim:     lipgloss.Color("247"),
		barBG:   lipgloss.Color("236"),
		barFG:   lipgloss.Color("252"),
		barDim:  lipgloss.Color("248"),
		selBG:   lipgloss.Color("24"),
		selFG:   lipgloss.Color("231"),
	}
	lightPalette = palette{
		accent:  lipgloss.Color("25"),
		calm:    lipgloss.Color("22"),
		warning: lipgloss.Color("94"),
		danger:  lipgloss.Color("160"),
		dim:     lipgloss.Color("241"),
		barBG:   lipgloss.Color("254"),
		barFG:   lipgloss.Color("235"),
		barDim:  lipgloss.Color("240"),
		selBG:   lipgloss.Color("24"),
		selFG:   lipgloss.Color("231"),
	}
)

// Default returns the styles for a dark background: what a screen uses
// until its terminal has said otherwise (most do not answer at all, and
// most terminals are dark).
func Default() Styles { return New(true) }

// New returns the styles for a dark background (dark) or a light one.
func New(dark bool) Styles {
	ld := lipgloss.LightDark(dark)
	pick := func(get func(palette) color.Color) color.Color {
		return ld(get(lightPalette), get(darkPalette))
	}
	var (
		accent  = pick(func(p palette) color.Color { return p.accent })
		calm    = pick(func(p palette) color.Color { return p.calm })
		warning = pick(func(p palette) color.Color { return p.warning })
		danger  = pick(func(p palette) color.Color { return p.danger })
		dim     = pick(func(p palette) color.Color { return p.dim })
		barBG   = pick(func(p palette) color.Color { return p.barBG })
		barFG   = pick(func(p palette) color.Color { return p.barFG })
		barDim  = pick(func(p palette) color.Color { return p.barDim })
		selBG   = pick(func(p palette) color.Color { return p.selBG })
		selFG   = pick(func(p palette) color.Color { return p.selFG })
	)
	s := lipgloss.NewStyle()
	return Styles{
		Dark: dark,

		Border:       role(s.Foreground(dim)),
		BorderActive: role(s.Foreground(accent)),
		BoxTitle:     role(s.Bold(true)),

		StatusBar:   role(s.Background(barBG).Foreground(barFG)),
		StatusTitle: role(s.Background(barBG).Foreground(barFG).Bold(true)),
		StatusDim:   role(s.Background(barBG).Foreground(barDim)),

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
