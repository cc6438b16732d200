// Package theme holds the one set of styles, named by the role they play on
// screen. It is a leaf package: colours are chosen here and nowhere else.
// The colours are plain ANSI-256 values that read on dark and light
// backgrounds alike, so nothing depends on the terminal's own background
// (which differs per SSH client).
package theme

import "charm.land/lipgloss/v2"

// Styles are the named roles of everything drawn.
type Styles struct {
	Border       lipgloss.Style
	BorderActive lipgloss.Style
	BoxTitle     lipgloss.Style

	StatusBar   lipgloss.Style
	StatusTitle lipgloss.Style
	StatusDim   lipgloss.Style

	QueueHeader   lipgloss.Style
	QueueSelected lipgloss.Style
	QueueFloor    lipgloss.Style
	QueueClosed   lipgloss.Style
	QueueNumber   lipgloss.Style

	FloorName  lipgloss.Style
	FloorMeta  lipgloss.Style
	FloorText  lipgloss.Style
	FloorIdle  lipgloss.Style
	Department lipgloss.Style

	ClockCalm     lipgloss.Style
	ClockWarning  lipgloss.Style
	ClockOvertime lipgloss.Style
	ClockPaused   lipgloss.Style

	HelpKey  lipgloss.Style
	HelpDesc lipgloss.Style

	Error   lipgloss.Style
	Notice  lipgloss.Style
	Label   lipgloss.Style
	Focused lipgloss.Style
	Dim     lipgloss.Style
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
		Border:       s.Foreground(dim),
		BorderActive: s.Foreground(accent),
		BoxTitle:     s.Bold(true),

		StatusBar:   s.Background(barBG).Foreground(barFG),
		StatusTitle: s.Background(barBG).Foreground(barFG).Bold(true),
		StatusDim:   s.Background(barBG).Foreground(dim),

		QueueHeader:   s.Foreground(dim).Underline(true),
		QueueSelected: s.Background(selBG).Foreground(selFG),
		QueueFloor:    s.Foreground(accent).Bold(true),
		QueueClosed:   s.Foreground(dim),
		QueueNumber:   s.Bold(true),

		FloorName:  s.Bold(true),
		FloorMeta:  s.Foreground(dim),
		FloorText:  s,
		FloorIdle:  s.Foreground(dim).Italic(true),
		Department: s.Foreground(accent).Bold(true),

		ClockCalm:     s.Foreground(calm).Bold(true),
		ClockWarning:  s.Foreground(warning).Bold(true),
		ClockOvertime: s.Foreground(danger).Bold(true).Reverse(true),
		ClockPaused:   s.Foreground(dim).Bold(true),

		HelpKey:  s.Foreground(accent).Bold(true),
		HelpDesc: s.Foreground(dim),

		Error:   s.Foreground(danger).Bold(true),
		Notice:  s.Foreground(calm),
		Label:   s.Foreground(dim),
		Focused: s.Foreground(accent).Bold(true),
		Dim:     s.Foreground(dim),
	}
}
