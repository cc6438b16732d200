package ui

// updatePace works out the pace forecast (on each snapshot and each tick,
// never per frame) and warns once, clearly, when the waiting questions stop
// fitting before the dialogue's planned end.
func (m *shared) updatePace() {
	p := m.meeting().PaceAfter(&m.paceTally, m.now) // the questions a commit replaced, not all
	m.pace = p
	// Warn during the dialogue (or at any time when there is no agenda):
	// before it starts the forecast is only a plan, from the limits over
	// the dialogue's planned length.
	short := p.Known && !p.Ahead && p.Fit < p.Waiting
	if short && !m.paceWarned {
		m.alert = m.ctx.T.T("pace.warn", p.Waiting-p.Fit, p.Waiting)
	}
	m.paceWarned = short
}
