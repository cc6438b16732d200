package ui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"podium/ui/theme"
)

// askBackground asks the session's own terminal for its background colour
// (an OSC 11 query; over SSH it goes to that client, not to the server's
// terminal). A terminal that answers sends a tea.BackgroundColorMsg, which
// rebuilds the styles for a light or a dark background; one that does not
// keeps the dark palette the session started with.
func askBackground() tea.Msg { return tea.RequestBackgroundColor() }

// setBackground builds the session's styles for the background its
// terminal reported, and reports whether they changed.
func (c *Context) setBackground(msg tea.BackgroundColorMsg) bool {
	if msg.Color == nil || c.Styles.Dark == msg.IsDark() {
		return false
	}
	c.Styles = theme.New(msg.IsDark())
	return true
}

// helpStyles paints the help bubble with the session's styles; it keeps
// its own copy of them.
func helpStyles(h *help.Model, s theme.Styles) {
	h.Styles.ShortKey = s.HelpKey.Style
	h.Styles.ShortDesc = s.HelpDesc.Style
	h.Styles.FullKey = s.HelpKey.Style
	h.Styles.FullDesc = s.HelpDesc.Style
}

// setBackground is the root's answer to the terminal's background colour.
func (m *Model) setBackground(msg tea.BackgroundColorMsg) {
	if m.ctx.setBackground(msg) {
		helpStyles(&m.help, m.ctx.Styles)
	}
}
