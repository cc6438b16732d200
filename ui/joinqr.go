package ui

import (
	"charm.land/lipgloss/v2"
)

// The ask page's QR code (podium serve --web) in the moderator's help, so
// that the audience can scan it off the moderator's screen too. It is drawn
// dark on light whatever the terminal's colours, as scanners expect.

// SetJoinQR gives the help the ask page's QR code: qr draws it in half
// blocks with the codes in force when the help is drawn. nil: none.
func (m *Model) SetJoinQR(qr func() []string) { m.joinQR = qr }

var qrStyle = lipgloss.NewStyle().Foreground(lipgloss.Color("#000000")).Background(lipgloss.Color("#ffffff"))

// helpQR is the QR code as a block of the help: its title and its lines,
// or nil when there is none or it does not fit w×h.
func (m *Model) helpQR(w, h int) []string {
	if m.joinQR == nil {
		return nil
	}
	lines := m.joinQR()
	if len(lines) == 0 || len(lines)+1 > h || width(lines[0]) > w {
		return nil
	}
	block := []string{m.ctx.Styles.FloorName.Render(cut(m.ctx.T.T("web.join.qr"), w))}
	for _, l := range lines {
		block = append(block, qrStyle.Render(l))
	}
	return block
}
