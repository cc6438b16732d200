package export

import (
	"fmt"
	"strings"

	"podium/model"
)

// The lines a document's header and closing are made of: when and where,
// the chair and who attended, the conclusions' addressees, and the
// follow-ups' rows.

// when is the meeting's date and its span: first call to last answer.
func (x *minutes) when() string {
	d := x.date(x.m.Header.Date)
	if d == "" && !x.start.IsZero() {
		d = x.date(x.start)
	}
	if x.start.IsZero() {
		return d
	}
	span := x.clock(x.start)
	if !x.end.IsZero() {
		span += " – " + x.clock(x.end)
	}
	if d == "" {
		return span
	}
	return d + ", " + span
}

func (x *minutes) chair() string { return personLine(x.m.Header.Chair) }

// attendees is who attended, on one line: each one's name, title and
// unit, then the number of youth delegates.
func (x *minutes) attendees() string {
	var out []string
	for _, p := range x.m.Header.Attendees {
		if s := joinNonEmpty(", ", p.Name, p.Role, p.Unit); s != "" {
			out = append(out, s)
		}
	}
	if n := x.m.Header.YouthDelegates; n > 0 {
		out = append(out, x.t.T("minutes.youth_delegates", n))
	}
	return strings.Join(out, "; ")
}

func (x *minutes) questionsLine() string {
	s := fmt.Sprint(len(x.items))
	if len(x.counts) > 0 {
		s += ": " + strings.Join(x.counts, "; ")
	}
	return s
}

// headerRows are the minutes' header, label and value, empty ones left out.
func (x *minutes) headerRows() [][2]string {
	t := x.t
	var rows [][2]string
	for _, r := range [][2]string{
		{t.T("minutes.topic"), x.m.Header.Topic},
		{t.T("minutes.time"), x.when()},
		{t.T("minutes.venue"), x.m.Header.Venue},
		{t.T("minutes.chair"), x.chair()},
		{t.T("minutes.secretary"), joinNonEmpty(", ", x.m.Header.Secretary.Name, x.m.Header.Secretary.Role, x.m.Header.Secretary.Unit)},
		{t.T("minutes.attendees"), x.attendees()},
		{t.T("minutes.askers"), fmt.Sprint(x.askers)},
		{t.T("minutes.questions"), x.questionsLine()},
		{t.T("minutes.departments"), strings.Join(x.departments, "; ")},
	} {
		if r[1] != "" {
			rows = append(rows, r)
		}
	}
	return rows
}

// addressee is to whom a conclusion is addressed: its departments' names,
// or all departments, the Youth Union or the young people (with the
// department that leads it, if one does).
func (x *minutes) addressee(f *model.FollowUp) string {
	if f.To == model.AddresseeDepartments {
		var names []string
		for _, code := range f.Departments() {
			names = append(names, x.deptName(code))
		}
		return strings.Join(names, ", ")
	}
	if f.To == model.AddresseeYouthUnion && f.Department != "" {
		return x.deptName(f.Department) // the Youth Union is one of the meeting's departments
	}
	s := x.t.T("addressee." + string(f.To))
	if f.Department != "" {
		s += " (" + x.t.T("minutes.lead", x.deptName(f.Department)) + ")"
	}
	return s
}

// isoDeadlines is the deadlines of an item's parts for a spreadsheet,
// labelled with their department when there are two or more.
func isoDeadlines(x *minutes, it item) string {
	var out []string
	for _, p := range it.parts {
		if p.followUp == nil || p.followUp.Deadline.IsZero() {
			continue
		}
		d := isoDate(x, p.followUp.Deadline)
		if len(it.parts) > 1 {
			d = p.dept + ": " + d
		}
		out = append(out, d)
	}
	return strings.Join(out, "; ")
}

// conclusionLine is one conclusion after its department: what, by when,
// from which questions.
func (x *minutes) conclusionLine(f *model.FollowUp) string {
	s := oneLine(f.What)
	var extra []string
	if !f.Deadline.IsZero() {
		extra = append(extra, x.t.T("minutes.deadline", x.date(f.Deadline)))
	}
	if len(f.Questions) > 0 {
		extra = append(extra, x.t.T("minutes.questions_ref", ids(f.Questions)))
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, "; ") + ")"
	}
	return s
}

// fuRow is one follow-up as the minutes' tables show it.
type fuRow struct {
	id, source, what, questions, deadline, status, note string
	overdue                                             bool
}

func (x *minutes) followUpRow(f0 *model.FollowUp) fuRow {
	shown := x.shown(f0)
	f := &shown
	r := fuRow{
		id: fmt.Sprint(f.ID), source: x.t.T("followup.source." + string(f.Source)), what: f.What,
		questions: ids(f.Questions), deadline: x.date(f.Deadline), note: f.Note,
	}
	if f.Source == model.SourceForwarded && f.ForwardedTo != "" {
		r.what += "\n(" + x.t.T("minutes.forwarded_to", f.ForwardedTo) + ")"
	}
	r.status, r.overdue = x.followUpStatus(f)
	return r
}

// heading names a group of follow-ups: the department and its code, or
// for the conclusions addressed to everyone (no code) the addressee alone.
func (g deptFollowUps) heading() string {
	if g.code == "" {
		return g.name
	}
	return g.name + " (" + g.code + ")"
}
