package ui

import (
	"podium/model"
)

// updatePace works out the pace forecast (on each snapshot and each tick,
// never per frame) and warns once, clearly, when the waiting questions stop
// fitting before the dialogue's planned end.
func (m *Model) updatePace() {
	p := m.meeting().Pace(m.now)
	m.pace = p
	// Warn during the dialogue (or at any time when there is no agenda):
	// before it starts the forecast is only a plan.
	a := m.meeting().Agenda
	during := len(a.Items) == 0 || (a.Item() != nil && a.Item().Dialogue)
	short := p.Known && p.Fit < p.Waiting && during
	if short && !m.paceWarned {
		m.alert = m.ctx.T.T("pace.warn", p.Waiting-p.Fit, p.Waiting)
	}
	m.paceWarned = short
}

// agendaLines are the run of show's item under way with its time left and
// the expected end, and the pace: one line when it fits, else two.
func (m *Model) agendaLines(w int) []string {
	st, t, a := m.ctx.Styles, m.ctx.T, m.meeting().Agenda
	var left string
	switch it := a.Item(); {
	case len(a.Items) == 0:
	case it == nil && a.Current == 0:
		left = st.Dim.Render(t.T("agenda.not_started", a.Items[0].Title))
	case it == nil:
		left = st.Dim.Render(t.T("agenda.done"))
	default:
		rest := a.Left(m.now)
		clock := t.T("agenda.left", mmss(rest))
		style := st.ClockCalm
		if rest < 0 {
			clock, style = t.T("agenda.over", mmss(-rest)), st.ClockOvertime
		} else if model.Level(it.Planned-rest, it.Planned) == model.ClockWarning {
			style = st.ClockWarning
		}
		end := a.ExpectedEnd(m.now).In(m.now.Location()).Format("15:04")
		title := cut(it.Title, max(10, w/3))
		left = st.FloorName.Render("▸ "+title) + " " + style.Render(clock) + st.Dim.Render(" · "+t.T("agenda.end", end))
	}
	var pace string
	if p := m.pace; p.Known && (p.Waiting > 0 || p.Done > 0) {
		per := t.T("pace.per", mmss(p.PerQuestion))
		if p.Estimated {
			per = t.T("pace.per_estimated", mmss(p.PerQuestion))
		}
		fit := t.T("pace.fit", p.Fit, p.Waiting)
		if p.Fit < p.Waiting {
			fit = st.Error.Render(t.T("pace.short", p.Fit, p.Waiting, p.Waiting-p.Fit))
		}
		pace = st.Dim.Render(per+" · ") + fit
	}
	switch {
	case left == "" && pace == "":
		return nil
	case left == "":
		return []string{padStyled(pace, w)}
	case pace == "":
		return []string{padStyled(left, w)}
	case width(left)+3+width(pace) <= w:
		return []string{padStyled(left+st.Dim.Render(" │ ")+pace, w)}
	}
	return []string{padStyled(left, w), padStyled(pace, w)}
}
