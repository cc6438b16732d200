package ui

import (
	"fmt"
	"time"

	"podium/model"
	"podium/ui/theme"
)

// view draws the run of show: where the meeting starts and ends and why,
// how it stands, then one row per item.
func (m *agendaScreen) view(w, h int) string {
	st, t, mt := m.ctx.Styles, m.ctx.T, m.meeting()
	items := mt.Agenda.Items
	iw, ih := w-2, h-2
	title := t.T("box.agenda", len(items))
	if len(items) == 0 {
		return box(title, m.emptyLines(iw), w, h, st.Border, st.BoxTitle)
	}
	m.reconcile()
	lines := m.headLines(iw)
	lines = append(lines, "", st.QueueHeader.Render(m.row(iw, m.columns(), "", t.T("agenda.col.time"),
		t.T("agenda.col.minutes"), t.T("agenda.col.title"), t.T("agenda.col.kind"), t.T("agenda.col.state"), t.T("agenda.col.no"))))
	room := max(1, ih-len(lines))
	top := scrollTop(0, m.sel, m.sel, room, len(items))
	for i := top; i < len(items) && i < top+room; i++ {
		lines = append(lines, m.itemLine(i, iw))
	}
	return box(title, lines, w, h, st.Border, st.BoxTitle)
}

// emptyLines say how to make a run of show: here, or from a spreadsheet.
func (m *agendaScreen) emptyLines(w int) []string {
	st, t := m.ctx.Styles, m.ctx.T
	lines := []string{st.FloorIdle.Render(cut(t.T("agenda.empty"), w)), "", cut(t.T("agenda.empty_add"), w),
		st.Label.Render(cut(t.T("agenda.empty_import", model.Sanitize(m.snap.Path)), w))}
	cols, _ := wrap(t.T("agenda.empty_columns"), w, 3)
	for _, l := range cols {
		lines = append(lines, st.Dim.Render(l))
	}
	return lines
}

// headLines are the start and the total, the planned end and where it
// comes from, how the meeting stands, and a warning when no item is the
// dialogue.
func (m *agendaScreen) headLines(w int) []string {
	st, t, mt := m.ctx.Styles, m.ctx.T, m.meeting()
	a, h, loc := mt.Agenda, mt.Header, m.loc()
	var total time.Duration
	dialogue := false
	for _, it := range a.Items {
		total += it.Planned
		dialogue = dialogue || it.Dialogue
	}
	hm := func(tm time.Time) string { return tm.In(loc).Format("15:04") }
	var lines []string
	add := func(role theme.Role, s string) {
		wrapped, _ := wrap(s, w, 2)
		for _, l := range wrapped {
			lines = append(lines, role.Render(l))
		}
	}
	if h.Date.IsZero() {
		add(st.Error, t.T("agenda.no_start"))
	} else {
		add(st.Label, t.T("agenda.start", hm(h.Date), h.Date.In(loc).Format(dateLayout), m.duration(total)))
	}
	switch {
	case h.PlannedEnd.IsZero():
		add(st.Dim, t.T("agenda.end_none"))
	case mt.PlannedEndFollows():
		add(st.Dim, t.T("agenda.end_follows", hm(h.PlannedEnd)))
	case mt.AgendaEnd().IsZero():
		add(st.Dim, t.T("agenda.end_by_hand", hm(h.PlannedEnd), "—"))
	default:
		add(st.Notice, t.T("agenda.end_by_hand", hm(h.PlannedEnd), hm(mt.AgendaEnd())))
	}
	switch it := a.Item(); {
	case a.Current == 0:
		add(st.Dim, t.T("agenda.before"))
	case it == nil:
		add(st.Dim, t.T("agenda.over_at", hm(a.Items[len(a.Items)-1].End)))
	default:
		rest := a.Left(m.now)
		left := t.T("agenda.left", mmss(rest))
		if rest < 0 {
			left = t.T("agenda.over", mmss(-rest))
		}
		add(st.FloorName, t.T("agenda.under_way", a.Current, left, hm(a.ExpectedEnd(m.now))))
	}
	if !dialogue {
		add(st.Error, t.T("agenda.no_dialogue"))
	}
	return lines
}

// duration is a total: "3 giờ 30 phút", "45 phút".
func (m *agendaScreen) duration(d time.Duration) string {
	t := m.ctx.T
	mins := int(d / time.Minute)
	switch {
	case mins < 60:
		return t.T("agenda.minutes", mins)
	case mins%60 == 0:
		return t.T("agenda.hours", mins/60)
	}
	return t.T("agenda.hours_minutes", mins/60, mins%60)
}

// agendaCols are the widths of a row's columns; the title takes the rest.
type agendaCols struct{ no, time, minutes, kind, state int }

func (m *agendaScreen) columns() agendaCols {
	t := m.ctx.T
	c := agendaCols{no: 2, time: 5, minutes: 4}
	c.kind = max(width(t.T("agenda.col.kind")), width(t.T("agenda.kind.dialogue")))
	c.state = max(width(t.T("agenda.col.state")), width(t.T("agenda.state.current")), width(t.T("agenda.state.done", "00:00", "00:00")))
	return c
}

// row lays out one line: the selection mark, number, planned start,
// minutes, title, kind and state.
func (m *agendaScreen) row(w int, c agendaCols, mark, at, mins, title, kind, state, no string) string {
	titleW := max(8, w-(1+1+c.no+2+c.time+2+c.minutes+2+2+c.kind+2+c.state))
	return mark + " " + fmt.Sprintf("%*s", c.no, no) + "  " + fit(at, c.time) + "  " +
		fmt.Sprintf("%*s", c.minutes, mins) + "  " + fit(title, titleW) + "  " + fit(kind, c.kind) + "  " + fit(state, c.state)
}

// itemLine is item i's row, styled by where it stands.
func (m *agendaScreen) itemLine(i, w int) string {
	st, t, mt := m.ctx.Styles, m.ctx.T, m.meeting()
	a, it := mt.Agenda, mt.Agenda.Items[i]
	n := i + 1
	at := ""
	if s := mt.PlannedStart(i); !s.IsZero() {
		at = s.In(m.loc()).Format("15:04")
	}
	kind := ""
	if it.Dialogue {
		kind = t.T("agenda.kind.dialogue")
	}
	state := ""
	hm := func(tm time.Time) string { return tm.In(m.loc()).Format("15:04") }
	switch {
	case n < a.Current:
		state = t.T("agenda.state.done", hm(it.Start), hm(it.End))
	case n == a.Current:
		state = t.T("agenda.state.current")
	case n == a.Current+1:
		state = t.T("agenda.state.next")
	}
	mark := theme.Unselected
	if i == m.sel {
		mark = theme.Selected
	}
	line := m.row(w, m.columns(), mark, at, fmt.Sprint(int(it.Planned/time.Minute)), it.Title, kind, state, fmt.Sprint(n))
	switch {
	case i == m.sel:
		return st.QueueSelected.Render(fit(line, w))
	case n < a.Current:
		return st.QueueClosed.Render(line)
	case n == a.Current:
		return st.FloorName.Render(line)
	case it.Dialogue:
		return st.Department.Render(line)
	}
	return line
}
