package ui

import tea "charm.land/bubbletea/v2"

// statsKey scrolls the Statistics screen.
func (m *Model) statsKey(msg tea.KeyPressMsg) tea.Cmd { return nil }

// statsBody draws the Statistics screen.
func (m *Model) statsBody(w, h int) string {
	return box(m.ctx.T.T("screen.stats"), nil, w, h, m.ctx.Styles.Border, m.ctx.Styles.BoxTitle)
}
