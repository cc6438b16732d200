package ui

import (
	"strconv"
	"strings"
	"time"

	"podium/model"
)

// The details screen's forms: one per group of the header's fields, and
// one per line of a list. Each reads what was typed, says which field is
// wrong before anything is sent, and sends SetHeader with the whole header
// as it is when the form is saved (so a change another session made to
// another group meanwhile stays).

// detailsForm is a group's form: its fields, hint and how to read them
// into the header.
type detailsForm struct {
	fields []*field
	read   func(fs []*field, h *model.Header) (problem string)
}

// openGroupForm opens group g's form with field focus focused.
func (m *detailsScreen) openGroupForm(g detailGroup, focus int) {
	t := m.ctx.T
	h := m.meeting().Header
	var df detailsForm
	switch g {
	case gMeeting:
		df = m.meetingForm(h)
	case gTime:
		df = m.timeForm(h)
	case gPeople:
		df = m.peopleForm(h)
	case gDocuments:
		df = m.documentsForm(h)
	case gLimits:
		df = m.limitsForm(h)
	case gAttendance:
		df = m.attendanceForm(h)
	default:
		return
	}
	name := t.T("details.group." + groupKeys[g])
	fm := newForm(t.T("details.form.title", name), df.fields...)
	fm.hint = t.T("details.hint." + groupKeys[g])
	fm.focusField(min(max(focus, 0), len(df.fields)-1))
	fm.submit = func(fs []*field) (model.Command, string, string) {
		hd := m.meeting().Header
		if p := df.read(fs, &hd); p != "" {
			return nil, "", p
		}
		return model.SetHeader{Header: hd}, t.T("details.done", name), ""
	}
	m.openForm(fm)
}

func (m *detailsScreen) text(label, value string) *field {
	return newTextField(m.ctx.T.T(label), value)
}

func (m *detailsScreen) meetingForm(h model.Header) detailsForm {
	t := m.ctx.T
	langs := []string{"vi", "en"}
	fs := []*field{
		m.text("details.f.title", h.Title),
		m.text("details.f.topic", h.Topic),
		m.text("details.f.venue", h.Venue),
		m.text("details.f.place", h.PlaceName),
		newChoiceField(t.T("details.f.language"), langs, []string{t.T("details.lang.vi"), t.T("details.lang.en")}, docLanguage(h.Language)),
	}
	return detailsForm{fields: fs, read: func(fs []*field, h *model.Header) string {
		if model.CleanLine(fs[0].value()) == "" {
			return t.T("details.bad.empty", fs[0].label)
		}
		h.Title, h.Topic, h.Venue, h.PlaceName = fs[0].value(), fs[1].value(), fs[2].value(), fs[3].value()
		if docLanguage(h.Language) != fs[4].value() {
			h.Language = fs[4].value()
		}
		return ""
	}}
}

func (m *detailsScreen) timeForm(h model.Header) detailsForm {
	t, loc := m.ctx.T, m.loc()
	date, start := "", ""
	if !h.Date.IsZero() {
		date, start = h.Date.In(loc).Format(dateLayout), h.Date.In(loc).Format("15:04")
	}
	fs := []*field{
		m.text("details.f.date", date),
		m.text("details.f.start", start),
		m.text("details.f.planned_end", whenText(h.PlannedEnd, h.Date, loc)),
		m.text("details.f.end", whenText(h.End, h.Date, loc)),
	}
	return detailsForm{fields: fs, read: func(fs []*field, h *model.Header) string {
		d, s := strings.TrimSpace(fs[0].value()), strings.TrimSpace(fs[1].value())
		var day time.Time
		switch {
		case d == "" && s != "":
			return t.T("details.bad.no_date")
		case d != "":
			var ok bool
			if day, ok = parseDate(d, loc); !ok {
				return t.T("details.bad.date", fs[0].label, d)
			}
			if s == "" {
				return t.T("details.bad.no_start")
			}
			hh, mm, ok := parseClock(s)
			if !ok {
				return t.T("details.bad.time", fs[1].label, s)
			}
			day = time.Date(day.Year(), day.Month(), day.Day(), hh, mm, 0, 0, loc)
		}
		planned, p := m.readWhen(fs[2], day, loc)
		if p != "" {
			return p
		}
		end, p := m.readWhen(fs[3], day, loc)
		if p != "" {
			return p
		}
		h.Date, h.PlannedEnd, h.End = day, planned, end
		return ""
	}}
}

// readWhen reads an end: hh:mm on the meeting's day, or dd/mm/yyyy hh:mm;
// empty is none.
func (m *detailsScreen) readWhen(f *field, day time.Time, loc *time.Location) (time.Time, string) {
	t := m.ctx.T
	s := strings.Join(strings.Fields(f.value()), " ")
	if s == "" {
		return time.Time{}, ""
	}
	datePart, clock := "", s
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		datePart, clock = s[:i], s[i+1:]
	}
	hh, mm, ok := parseClock(clock)
	if !ok {
		return time.Time{}, t.T("details.bad.when", f.label, s)
	}
	if datePart != "" {
		d, ok := parseDate(datePart, loc)
		if !ok {
			return time.Time{}, t.T("details.bad.when", f.label, s)
		}
		day = d
	} else if day.IsZero() {
		return time.Time{}, t.T("details.bad.need_date", f.label)
	}
	return time.Date(day.Year(), day.Month(), day.Day(), hh, mm, 0, 0, loc), ""
}

// parseClock reads a time of day typed as 8:00, 08:00, 8h30, 8g30, 8.30
// or 8 (o'clock).
func parseClock(s string) (h, m int, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("h", ":", "g", ":", ".", ":").Replace(s)
	hs, ms, found := strings.Cut(s, ":")
	if !found || ms == "" {
		ms = "0"
	}
	h, err1 := strconv.Atoi(hs)
	m, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || h < 0 || h > 23 || m < 0 || m > 59 || len(ms) > 2 {
		return 0, 0, false
	}
	return h, m, true
}

func (m *detailsScreen) peopleForm(h model.Header) detailsForm {
	fs := []*field{
		m.text("details.f.chair", h.Chair.Name),
		m.text("details.f.chair_role", h.Chair.Role),
		m.text("details.f.secretary", h.Secretary.Name),
		m.text("details.f.secretary_role", h.Secretary.Role),
		m.text("details.f.secretary_unit", h.Secretary.Unit),
	}
	return detailsForm{fields: fs, read: func(fs []*field, h *model.Header) string {
		h.Chair.Name, h.Chair.Role = fs[0].value(), fs[1].value()
		h.Secretary = model.Person{Name: fs[2].value(), Role: fs[3].value(), Unit: fs[4].value()}
		return ""
	}}
}

func (m *detailsScreen) documentsForm(h model.Header) detailsForm {
	fs := []*field{
		m.text("details.f.parent", h.IssuerParent),
		m.text("details.f.issuer", h.Issuer),
		m.text("details.f.minutes_no", h.MinutesNumber),
		m.text("details.f.tb_no", h.ConclusionsNumber),
		m.text("details.f.report_no", h.ReportNumber),
	}
	return detailsForm{fields: fs, read: func(fs []*field, h *model.Header) string {
		h.IssuerParent, h.Issuer = fs[0].value(), fs[1].value()
		h.MinutesNumber, h.ConclusionsNumber, h.ReportNumber = fs[2].value(), fs[3].value(), fs[4].value()
		return ""
	}}
}

func (m *detailsScreen) limitsForm(h model.Header) detailsForm {
	t := m.ctx.T
	fs := []*field{m.text("details.f.speak", mmss(h.SpeakLimit)), m.text("details.f.answer", mmss(h.AnswerLimit))}
	for _, k := range model.Kinds {
		v := ""
		if d := h.KindLimits.Of(k); d > 0 {
			v = mmss(d)
		}
		fs = append(fs, newTextField(t.T("details.f.kind_limit", m.ctx.kind(k)), v))
	}
	return detailsForm{fields: fs, read: func(fs []*field, h *model.Header) string {
		var ds []time.Duration
		for i, f := range fs {
			s := strings.TrimSpace(f.value())
			if s == "" && i < 2 {
				return t.T("details.bad.empty", f.label)
			}
			d, ok := parseLimit(s)
			if !ok {
				return t.T("details.bad.limit", f.label, s)
			}
			ds = append(ds, d)
		}
		h.SpeakLimit, h.AnswerLimit = ds[0], ds[1]
		for i, k := range model.Kinds {
			h.KindLimits = h.KindLimits.With(k, ds[2+i])
		}
		return ""
	}}
}

// parseLimit reads a limit typed as m:ss or as whole minutes, within
// model.MinLimit..MaxLimit; empty is none (zero).
func parseLimit(s string) (time.Duration, bool) {
	if s == "" {
		return 0, true
	}
	ms, ss, found := strings.Cut(s, ":")
	if !found {
		ss = "0"
	}
	mi, err1 := strconv.Atoi(ms)
	se, err2 := strconv.Atoi(ss)
	if err1 != nil || err2 != nil || mi < 0 || se < 0 || se > 59 || (found && len(ss) != 2) {
		return 0, false
	}
	d := time.Duration(mi)*time.Minute + time.Duration(se)*time.Second
	return d, d >= model.MinLimit && d <= model.MaxLimit
}

func (m *detailsScreen) attendanceForm(h model.Header) detailsForm {
	t := m.ctx.T
	v := ""
	if h.YouthDelegates > 0 {
		v = strconv.Itoa(h.YouthDelegates)
	}
	fs := []*field{m.text("details.f.youth", v)}
	return detailsForm{fields: fs, read: func(fs []*field, h *model.Header) string {
		s := strings.TrimSpace(fs[0].value())
		n := 0
		if s != "" {
			var err error
			n, err = strconv.Atoi(s)
			if err != nil || n < 0 || n > model.MaxYouthDelegates {
				return t.T("details.bad.count", fs[0].label, s, model.MaxYouthDelegates)
			}
		}
		h.YouthDelegates = n
		return ""
	}}
}

// openItemForm edits line i of list l, or with add puts a new line at i.
func (m *detailsScreen) openItemForm(l listKind, i int, add bool) {
	t := m.ctx.T
	h := m.meeting().Header
	name := m.listName(l)
	var fm *form
	if l == listAttendees {
		var p model.Person
		if !add && i >= 0 && i < len(h.Attendees) {
			p = h.Attendees[i]
		}
		fm = newForm(t.T("details.form.edit_attendee", i+1),
			m.text("details.f.name", p.Name), m.text("details.f.role", p.Role), m.text("details.f.unit", p.Unit))
		fm.hint = t.T("details.hint.attendee")
	} else {
		v := ""
		if !add && i >= 0 && i < len(h.Recipients) {
			v = h.Recipients[i]
		}
		fm = newForm(t.T("details.form.edit_recipient", i+1), newTextField(name, v))
		fm.hint = t.T("details.hint.recipient")
	}
	switch {
	case add && l == listAttendees:
		fm.title = t.T("details.form.add_attendee")
	case add:
		fm.title = t.T("details.form.add_recipient")
	}
	fm.submit = func(fs []*field) (model.Command, string, string) {
		hd := m.meeting().Header
		var line string
		if l == listAttendees {
			p := model.Person{Name: fs[0].value(), Role: fs[1].value(), Unit: fs[2].value()}
			if model.CleanLine(p.Name+p.Role+p.Unit) == "" {
				return nil, "", t.T("details.bad.attendee")
			}
			hd.Attendees, line = putAt(hd.Attendees, i, add, p), detailsPerson(p)
		} else {
			v := fs[0].value()
			if model.CleanLine(v) == "" {
				return nil, "", t.T("details.bad.empty", name)
			}
			hd.Recipients, line = putAt(hd.Recipients, i, add, v), v
		}
		ok := t.T("details.done_edit", i+1, name)
		if add {
			ok = t.T("details.done_add", name, model.CleanLine(line))
		}
		return model.SetHeader{Header: hd}, ok, ""
	}
	m.openForm(fm)
}

// putAt is a copy of s with v put at i: inserted with add, else in place
// of the i-th (appended if the list has shrunk meanwhile).
func putAt[T any](s []T, i int, add bool, v T) []T {
	if add || i < 0 || i >= len(s) {
		return insertAt(s, i, v)
	}
	out := append([]T(nil), s...)
	out[i] = v
	return out
}
