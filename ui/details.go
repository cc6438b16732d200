package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/ui/i18n"
	"podium/ui/theme"
)

// detailsScreen is the meeting's details (screen 6): every field of the
// header in groups, what the Decree 30 documents still lack marked on its
// line and counted on top. Enter or e on a line opens its group's form;
// the attendees and the recipients are edited a line at a time (a adds, x
// removes, K/J move). Every change is one SetHeader with the whole header.
type detailsScreen struct {
	*shared
	baseScreen
	sel  int // the selected row (an index into rows)
	top  int // the first line shown of the scrolled part
	page int // how many lines the last frame scrolled
}

// detailGroup is a group of the header's fields, with one form.
type detailGroup int

const (
	gMeeting detailGroup = iota
	gTime
	gPeople
	gDocuments
	gLimits
	gAttendance
	gRecipients
)

var groupKeys = [...]string{"meeting", "time", "people", "documents", "limits", "attendance", "recipients"}

// listKind is which of the header's lists a row belongs to.
type listKind int

const (
	noList listKind = iota
	listAttendees
	listRecipients
)

// valueLook is how a row's value is drawn.
type valueLook int

const (
	lookPlain   valueLook = iota
	lookMissing           // the documents need it: marked ⚠, in the error colour
	lookDim               // empty but not needed, or a default
)

// detailRow is one line of the screen: a group's heading (never selected),
// a field, or a line of a list (item from 0; -1 for an empty list's line).
type detailRow struct {
	group   detailGroup
	heading bool
	field   int // the field's place in its group's form
	list    listKind
	item    int
	label   string
	value   string
	look    valueLook
	need    string // for a missing field: its label in the summary
}

func (m *detailsScreen) titleKey() string { return "screen.details" }

// rows are the screen's lines for the header h.
func (m *detailsScreen) rows(h model.Header) []detailRow {
	t := m.ctx.T
	var rows []detailRow
	head := func(g detailGroup) {
		rows = append(rows, detailRow{group: g, heading: true, label: t.T("details.group." + groupKeys[g])})
	}
	n := 0
	add := func(g detailGroup, label, value, need string) {
		if len(rows) > 0 && rows[len(rows)-1].heading {
			n = 0
		}
		r := detailRow{group: g, field: n, label: t.T(label), value: value}
		n++
		switch {
		case value != "":
		case need == "":
			r.value, r.look = t.T("details.optional"), lookDim
		default:
			r.value, r.look, r.need = t.T("details.missing", t.T(need)), lookMissing, t.T(label)
		}
		rows = append(rows, r)
	}
	head(gMeeting)
	add(gMeeting, "details.f.title", h.Title, "details.need.all")
	add(gMeeting, "details.f.topic", h.Topic, "")
	add(gMeeting, "details.f.venue", h.Venue, "details.need.minutes")
	add(gMeeting, "details.f.place", h.PlaceName, "details.need.all")
	add(gMeeting, "details.f.language", t.T("details.lang."+docLanguage(h.Language)), "")
	rows = append(rows, m.timeRows(h)...)
	head(gPeople)
	add(gPeople, "details.f.chair", h.Chair.Name, "details.need.all")
	add(gPeople, "details.f.chair_role", h.Chair.Role, "details.need.all")
	add(gPeople, "details.f.secretary", h.Secretary.Name, "details.need.minutes")
	add(gPeople, "details.f.secretary_role", h.Secretary.Role, "")
	add(gPeople, "details.f.secretary_unit", h.Secretary.Unit, "")
	head(gDocuments)
	add(gDocuments, "details.f.parent", h.IssuerParent, "")
	add(gDocuments, "details.f.issuer", h.Issuer, "details.need.all")
	add(gDocuments, "details.f.minutes_no", h.MinutesNumber, "details.need.minutes")
	add(gDocuments, "details.f.tb_no", h.ConclusionsNumber, "details.need.tb")
	add(gDocuments, "details.f.report_no", h.ReportNumber, "details.need.report")
	rows = append(rows, m.limitRows(h)...)
	head(gAttendance)
	youth := ""
	if h.YouthDelegates > 0 {
		youth = t.T("details.people", h.YouthDelegates)
	}
	add(gAttendance, "details.f.youth", youth, "details.need.minutes")
	rows = append(rows, m.listRows(gAttendance, listAttendees, attendeeLines(h.Attendees), "details.f.attendees", "details.need.minutes")...)
	head(gRecipients)
	rows = append(rows, m.listRows(gRecipients, listRecipients, h.Recipients, "details.f.recipients", "details.need.all")...)
	return rows
}

// timeRows are the Time group: date and start, the planned end, the end.
func (m *detailsScreen) timeRows(h model.Header) []detailRow {
	t, loc := m.ctx.T, m.loc()
	rows := []detailRow{{group: gTime, heading: true, label: t.T("details.group.time")}}
	date, start := "", ""
	if !h.Date.IsZero() {
		date, start = h.Date.In(loc).Format(dateLayout), h.Date.In(loc).Format("15:04")
	}
	planned := whenText(h.PlannedEnd, h.Date, loc)
	for i, f := range []struct {
		label, value, need string
		look               valueLook
	}{
		{"details.f.date", date, "details.need.all", lookMissing},
		{"details.f.start", start, "details.need.minutes", lookMissing},
		{"details.f.planned_end", planned, "details.no_end_pace", lookDim},
		{"details.f.end", whenText(h.End, h.Date, loc), "details.need.end", lookDim}, // set by the close: not counted
	} {
		r := detailRow{group: gTime, field: i, label: t.T(f.label), value: f.value}
		switch {
		case f.value != "":
		case f.look == lookMissing:
			r.value, r.look, r.need = t.T("details.missing", t.T(f.need)), lookMissing, r.label
			if i == 1 {
				r.need = "" // the start is the date's: counted once, as the date
			}
		case len(m.meeting().Agenda.Items) > 0 && i == 2:
			r.value, r.look = t.T("details.no_end"), lookDim
		default:
			r.value, r.look = t.T(f.need), lookDim
		}
		rows = append(rows, r)
	}
	return rows
}

// limitRows are the limits: speaking, answering, and each kind's.
func (m *detailsScreen) limitRows(h model.Header) []detailRow {
	t := m.ctx.T
	rows := []detailRow{
		{group: gLimits, heading: true, label: t.T("details.group.limits")},
		{group: gLimits, field: 0, label: t.T("details.f.speak"), value: mmss(h.SpeakLimit)},
		{group: gLimits, field: 1, label: t.T("details.f.answer"), value: mmss(h.AnswerLimit)},
	}
	for i, k := range model.Kinds {
		r := detailRow{group: gLimits, field: 2 + i, label: t.T("details.f.kind_limit", m.ctx.kind(k))}
		if d := h.KindLimits.Of(k); d > 0 {
			r.value = mmss(d)
		} else {
			r.value, r.look = t.T("details.kind_same", mmss(h.SpeakLimit)), lookDim
		}
		rows = append(rows, r)
	}
	return rows
}

// listRows are a list's lines, numbered, or one line saying it is empty.
func (m *detailsScreen) listRows(g detailGroup, l listKind, items []string, label, need string) []detailRow {
	t := m.ctx.T
	if len(items) == 0 {
		return []detailRow{{group: g, list: l, item: -1, label: t.T(label),
			value: t.T("details.missing", t.T(need)) + " · " + t.T("details.no_items"), look: lookMissing, need: t.T(label)}}
	}
	rows := make([]detailRow, len(items))
	for i, v := range items {
		rows[i] = detailRow{group: g, list: l, item: i, label: fmt.Sprintf("%d.", i+1), value: v}
	}
	rows[0].label = t.T(label) + " 1."
	return rows
}

// attendeeLines are the attendees as the minutes list them.
func attendeeLines(ps []model.Person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = detailsPerson(p)
	}
	return out
}

// detailsPerson is a person as one line: name, title, unit, those given.
func detailsPerson(p model.Person) string {
	var parts []string
	for _, s := range []string{p.Name, p.Role, p.Unit} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// docLanguage is the language the documents are written in, as the
// exports choose it (i18n.OfMeeting): English only for a code that says
// so, Vietnamese otherwise, an empty one included.
func docLanguage(lang string) string { return string(i18n.OfMeeting(lang)) }

// whenText is a time of the meeting's: hh:mm on the meeting's day, else
// with its date.
func whenText(at, day time.Time, loc *time.Location) string {
	if at.IsZero() {
		return ""
	}
	a := at.In(loc)
	if !day.IsZero() {
		if d := day.In(loc); d.Year() == a.Year() && d.YearDay() == a.YearDay() {
			return a.Format("15:04")
		}
	}
	return a.Format(dateLayout + " 15:04")
}

// selectable reports whether the cursor may stand on row r.
func (r detailRow) selectable() bool { return !r.heading }

// keyPress is the screen's keyboard.
func (m *detailsScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.ctx.Keys.Details
	rows := m.rows(m.meeting().Header)
	m.sel = m.clampSel(rows, m.sel, 1)
	r := rows[m.sel]
	switch {
	case key.Matches(msg, k.Up):
		m.sel = m.clampSel(rows, m.sel-1, -1)
	case key.Matches(msg, k.Down):
		m.sel = m.clampSel(rows, m.sel+1, 1)
	case key.Matches(msg, k.PageUp):
		m.sel = m.clampSel(rows, m.sel-max(1, m.page-1), -1)
	case key.Matches(msg, k.PageDown):
		m.sel = m.clampSel(rows, m.sel+max(1, m.page-1), 1)
	case key.Matches(msg, k.Edit):
		m.edit(r)
	case key.Matches(msg, k.Add):
		m.add(r)
	case key.Matches(msg, k.Remove):
		return m.remove(r), true
	case key.Matches(msg, k.MoveUp):
		return m.move(rows, r, -1), true
	case key.Matches(msg, k.MoveDown):
		return m.move(rows, r, 1), true
	default:
		return nil, false
	}
	return nil, true
}

// clampSel is the selectable row nearest i, looking in direction dir
// first.
func (m *detailsScreen) clampSel(rows []detailRow, i, dir int) int {
	i = clampIndex(i, len(rows))
	for j := i; j >= 0 && j < len(rows); j += dir {
		if rows[j].selectable() {
			return j
		}
	}
	for j := i; j >= 0 && j < len(rows); j -= dir {
		if rows[j].selectable() {
			return j
		}
	}
	return 0
}

// edit opens the form for row r: its group's, or its list line's.
func (m *detailsScreen) edit(r detailRow) {
	switch r.list {
	case listAttendees, listRecipients:
		m.openItemForm(r.list, r.item, r.item < 0)
	default:
		m.openGroupForm(r.group, r.field)
	}
}

// add opens the form for a new line after r, in r's list (the attendees
// from the attendance group's count).
func (m *detailsScreen) add(r detailRow) {
	switch {
	case r.list != noList:
		m.openItemForm(r.list, r.item+1, true)
	case r.group == gAttendance:
		m.openItemForm(listAttendees, 0, true)
	default:
		m.notice(m.ctx.T.T("details.no_list"))
	}
}

// listName is a list's name in messages.
func (m *detailsScreen) listName(l listKind) string {
	if l == listAttendees {
		return m.ctx.T.T("details.f.attendees")
	}
	return m.ctx.T.T("details.f.recipients")
}

// remove takes line r out of its list at once; u puts it back.
func (m *detailsScreen) remove(r detailRow) tea.Cmd {
	if r.list == noList || r.item < 0 {
		m.notice(m.ctx.T.T("details.not_item"))
		return nil
	}
	h := m.meeting().Header
	switch r.list {
	case listAttendees:
		h.Attendees = removeAt(h.Attendees, r.item)
	case listRecipients:
		h.Recipients = removeAt(h.Recipients, r.item)
	}
	return m.send(model.SetHeader{Header: h}, m.ctx.T.T("details.done_remove", r.item+1, m.listName(r.list), r.value))
}

// move swaps line r with its neighbour in direction d; the cursor follows.
func (m *detailsScreen) move(rows []detailRow, r detailRow, d int) tea.Cmd {
	if r.list == noList || r.item < 0 {
		m.notice(m.ctx.T.T("details.not_item"))
		return nil
	}
	h := m.meeting().Header
	to := r.item + d
	switch r.list {
	case listAttendees:
		if to < 0 || to >= len(h.Attendees) {
			return nil
		}
		h.Attendees = swapped(h.Attendees, r.item, to)
	case listRecipients:
		if to < 0 || to >= len(h.Recipients) {
			return nil
		}
		h.Recipients = swapped(h.Recipients, r.item, to)
	}
	m.sel = m.clampSel(rows, m.sel+d, d)
	return m.send(model.SetHeader{Header: h}, m.ctx.T.T("details.done_move", r.value, to+1))
}

// removeAt is s without its i-th element, in a new slice: the meeting's
// own is never changed.
func removeAt[T any](s []T, i int) []T {
	out := make([]T, 0, len(s))
	out = append(out, s[:i]...)
	return append(out, s[i+1:]...)
}

// swapped is a copy of s with elements i and j swapped.
func swapped[T any](s []T, i, j int) []T {
	out := append([]T(nil), s...)
	out[i], out[j] = out[j], out[i]
	return out
}

// insertAt is a copy of s with v at i (the end if i is past it).
func insertAt[T any](s []T, i int, v T) []T {
	i = min(max(i, 0), len(s))
	out := make([]T, 0, len(s)+1)
	out = append(out, s[:i]...)
	out = append(out, v)
	return append(out, s[i:]...)
}

// ShortHelp is the screen's help line.
func (m *detailsScreen) ShortHelp() []key.Binding {
	k, g := m.ctx.Keys.Details, m.ctx.Keys.Global
	return []key.Binding{k.Up, k.Down, k.Edit, k.Add, k.Remove, g.NextScreen, g.Help, g.Quit}
}

// FullHelp is every key of the screen.
func (m *detailsScreen) FullHelp() []helpGroup {
	k := m.ctx.Keys.Details
	return []helpGroup{{m.ctx.T.T("help.details"),
		[]key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Edit, k.Add, k.Remove, k.MoveUp, k.MoveDown}}}
}

// view draws the summary of what the documents lack, then the groups,
// scrolled so the selected line shows.
func (m *detailsScreen) view(w, h int) string {
	st, t := m.ctx.Styles, m.ctx.T
	iw, ih := w-2, h-2
	rows := m.rows(m.meeting().Header)
	m.sel = m.clampSel(rows, m.sel, 1)
	var missing []string
	for _, r := range rows {
		if r.need != "" {
			missing = append(missing, r.need)
		}
	}
	top := []string{st.Notice.Render(cut(t.T("details.complete"), iw))}
	if len(missing) > 0 {
		top, _ = wrap(t.T("details.missing_count", len(missing), strings.Join(missing, ", ")), iw, 2)
		for i := range top {
			top[i] = st.Error.Render(top[i])
		}
	}
	top = append(top, "")
	lines, first, last := m.rowLines(rows, iw)
	room := max(1, ih-len(top))
	if len(lines) > room {
		room = max(1, room-1) // the last line says what is above and below
	}
	m.page = room
	m.top = scrollTop(m.top, first, last, room, len(lines))
	shown := lines[m.top:min(len(lines), m.top+room)]
	out := append(top, shown...)
	if len(lines) > len(shown) {
		out = append(out, st.Dim.Render(cut(t.T("details.scroll", m.top, len(lines)-m.top-len(shown)), iw)))
	}
	return box(t.T("details.title"), out, w, h, st.Border, st.BoxTitle)
}

// rowLines draws the rows, each value wrapped to at most three lines, and
// says which lines the selected row takes.
func (m *detailsScreen) rowLines(rows []detailRow, iw int) (lines []string, first, last int) {
	st := m.ctx.Styles
	labelW := 0
	for _, r := range rows {
		if !r.heading {
			labelW = max(labelW, width(r.label))
		}
	}
	labelW = min(labelW, max(8, iw/3))
	valW := max(4, iw-labelW-4)
	for i, r := range rows {
		if r.heading {
			if i > 0 {
				lines = append(lines, "")
			}
			lines = append(lines, st.FloorName.Render(cut(r.label, iw)))
			continue
		}
		mark := theme.Unselected
		if i == m.sel {
			mark, first = theme.Selected, len(lines) // enter edits this one, colour or not
		}
		vals, _ := wrap(r.value, valW, 3)
		if len(vals) == 0 {
			vals = []string{""}
		}
		for j, v := range vals {
			lead := mark + " " + fit(r.label, labelW) + "  "
			if j > 0 {
				lead = strings.Repeat(" ", labelW+4)
			}
			switch {
			case i == m.sel:
				lines = append(lines, st.QueueSelected.Render(lead+fit(v, valW)))
			case r.look == lookMissing:
				lines = append(lines, st.Label.Render(lead)+st.Error.Render(fit(v, valW)))
			case r.look == lookDim:
				lines = append(lines, st.Label.Render(lead)+st.Dim.Render(fit(v, valW)))
			default:
				lines = append(lines, st.Label.Render(lead)+fit(v, valW))
			}
		}
		if i == m.sel {
			last = len(lines) - 1
		}
	}
	return lines, first, last
}
