package export

import (
	"fmt"
	"strings"
	"time"

	"podium/model"
	"podium/ui/export/docx"
)

// The báo cáo kết quả giải quyết kiến nghị: how the follow-ups stand as of
// a day, counted the way the Government Office counts tasks — due (done
// on time, done late, overdue) and not yet due.

// fuState is where one follow-up stands as of the report's day.
type fuState string

const (
	stateOnTime    fuState = "on_time"
	stateLate      fuState = "late"
	stateOverdue   fuState = "overdue"
	stateNotDue    fuState = "not_due"
	stateForwarded fuState = "forwarded" // passed beyond the province at the meeting: counts as done on time
)

// dayOf is t's calendar day in loc, as a comparable UTC midnight.
func dayOf(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// doneOn is when f was done (its reply, else its resolution, else its
// last update), or zero when it is not done.
func doneOn(f *model.FollowUp) time.Time {
	if f.Status != model.FollowUpReplied && f.Status != model.FollowUpResolved {
		return time.Time{}
	}
	for _, t := range []time.Time{f.ReplyDate, f.ResolvedDate, f.Updated} {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// stateAsOf classifies f as of the day asOf. Work done after that day is
// not counted as done.
func stateAsOf(f *model.FollowUp, asOf time.Time, loc *time.Location) fuState {
	if !f.Deadline.IsZero() {
		loc = f.Deadline.Location()
	}
	today := dayOf(asOf, loc)
	if f.Status == model.FollowUpForwarded {
		return stateForwarded
	}
	if done := doneOn(f); !done.IsZero() && !dayOf(done, loc).After(today) {
		if f.Deadline.IsZero() || !dayOf(done, loc).After(dayOf(f.Deadline, loc)) {
			return stateOnTime
		}
		return stateLate
	}
	if !f.Deadline.IsZero() && today.After(dayOf(f.Deadline, loc)) {
		return stateOverdue
	}
	return stateNotDue
}

// tally is one department's counts.
type tally struct{ total, onTime, late, overdue, notDue int }

func (t *tally) add(s fuState) {
	t.total++
	switch s {
	case stateOnTime, stateForwarded:
		t.onTime++
	case stateLate:
		t.late++
	case stateOverdue:
		t.overdue++
	default:
		t.notDue++
	}
}

func (t tally) due() int { return t.onTime + t.late + t.overdue }

func (t tally) row(name string) []string {
	return []string{name, fmt.Sprint(t.total), fmt.Sprint(t.due()), fmt.Sprint(t.onTime), fmt.Sprint(t.late), fmt.Sprint(t.overdue), fmt.Sprint(t.notDue)}
}

// ReportDocx returns the báo cáo kết quả giải quyết kiến nghị as of asOf:
// per department the follow-ups due, done on time, done late, overdue and
// not yet due, with totals; then each follow-up with its source, deadline,
// reply document and result, overdue ones in bold capitals.
func ReportDocx(m *model.Meeting, asOf time.Time) []byte { return reportDocument(m, asOf).Bytes() }

func reportDocument(m *model.Meeting, asOf time.Time) *docx.Document {
	o := newOffice(m, asOf)
	t := o.t
	h := m.Header
	d := newDocument()
	d.Add(o.headerBlock(o.f.report, asOf))
	d.Add(o.title(t.T("docs.report.type"), t.T("docs.report.summary", o.blank(h.Title)))...)
	d.Add(text(t.T("docs.report.intro", o.blank(personLine(h.Chair)), o.blank(h.Title), o.date(h.Date), o.date(asOf))))

	var total int
	for _, g := range o.byDept {
		total += len(g.followUps)
	}
	d.Add(heading(t.T("docs.report.general")))
	d.Add(text(t.T("docs.report.general_line", o.askers, len(o.minutes.items), strings.Join(o.counts, "; "), total)))

	d.Add(heading(t.T("docs.report.results")))
	if total == 0 {
		d.Add(text(t.T("docs.report.none")))
	} else {
		o.reportTables(d, asOf)
	}
	d.Add(heading(t.T("docs.report.next")))
	d.Add(text(t.T("docs.report.next_line")))
	d.Add(docx.Para{Size: 8})
	d.Add(o.closing())
	return d
}

// reportTables are the counts per department with totals, and every
// follow-up by department.
func (o *office) reportTables(d *docx.Document, asOf time.Time) {
	t := o.t
	var sum tally
	var rows [][]string
	var bold []bool
	detail := docx.Table{Widths: []float64{13, 68, 24, 32, 28}, Borders: true}
	detail.Rows = append(detail.Rows, headRow(11, t.T("docs.report.col.no"), t.T("docs.report.col.task"),
		t.T("docs.report.col.deadline"), t.T("docs.report.col.reply"), t.T("docs.report.col.state")))
	n := 0
	for _, g := range o.byDept {
		var dt tally
		detail.Rows = append(detail.Rows, docx.Row{Cells: []docx.Cell{{Span: 5, Paras: []docx.Para{{Size: 11, Bold: true, Before: 2, After: 2, Runs: run(g.name)}}}}})
		for _, f := range g.followUps {
			s := stateAsOf(f, asOf, o.loc)
			dt.add(s)
			n++
			detail.Rows = append(detail.Rows, o.reportRow(n, f, s))
		}
		sum.total += dt.total
		sum.onTime += dt.onTime
		sum.late += dt.late
		sum.overdue += dt.overdue
		sum.notDue += dt.notDue
		rows = append(rows, dt.row(g.name))
		bold = append(bold, false)
	}
	rows = append(rows, sum.row(t.T("docs.report.totals")))
	bold = append(bold, true)

	d.Add(heading(t.T("docs.report.by_dept")))
	d.Add(text(t.T("docs.report.totals_line", sum.due(), sum.onTime, sum.late, sum.overdue, sum.notDue)))
	d.Add(borderedTable([]float64{51, 19, 19, 19, 19, 19, 19}, 11,
		[]string{t.T("docs.report.col.dept"), t.T("docs.report.col.total"), t.T("docs.report.col.due"), t.T("docs.report.col.on_time"),
			t.T("docs.report.col.late"), t.T("docs.report.col.overdue"), t.T("docs.report.col.not_due")},
		[]bool{false, true, true, true, true, true, true}, rows, bold))
	d.Add(docx.Para{Size: 6})
	d.Add(heading(t.T("docs.report.items")))
	d.Add(detail)
	d.Add(docx.Para{Size: 6})
}

func headRow(size float64, heads ...string) docx.Row {
	cells := make([]docx.Cell, len(heads))
	for i, h := range heads {
		cells[i] = docx.Cell{Middle: true, Paras: []docx.Para{{Align: docx.Center, Bold: true, Size: size, Runs: run(h)}}}
	}
	return docx.Row{Header: true, Cells: cells}
}

// reportRow is one follow-up: what and where it comes from, its deadline,
// the reply and the result as of the report's day.
func (o *office) reportRow(n int, f *model.FollowUp, s fuState) docx.Row {
	t := o.t
	const size = 11
	para := func(align docx.Align, runs ...docx.Run) []docx.Para {
		return []docx.Para{{Align: align, Size: size, Before: 2, After: 2, Runs: runs}}
	}
	source := t.T("followup.source." + string(f.Source))
	if len(f.Questions) > 0 {
		source = t.T("docs.report.source", source, ids(f.Questions))
	}
	reply := ""
	switch {
	case f.ReplyDoc != "" && !f.ReplyDate.IsZero():
		reply = t.T("docs.report.reply", f.ReplyDoc, o.date(f.ReplyDate))
	case f.ReplyDoc != "":
		reply = f.ReplyDoc
	case !f.ReplyDate.IsZero():
		reply = o.date(f.ReplyDate)
	}
	result := t.T("docs.report.state." + string(s))
	if s == stateForwarded {
		result = t.T("docs.report.state.forwarded", f.ForwardedTo)
	}
	if !f.ResolvedDate.IsZero() {
		result += "\n" + t.T("minutes.resolved_on", o.date(f.ResolvedDate))
	}
	return docx.Row{Cells: []docx.Cell{
		{Paras: para(docx.Center, docx.Run{Text: fmt.Sprint(n)})},
		{Paras: para(docx.Left, docx.Run{Text: oneLine(f.What)}, docx.Run{Text: "\n(" + source + ")", Italic: true})},
		{Paras: para(docx.Center, docx.Run{Text: o.date(f.Deadline)})},
		{Paras: para(docx.Left, docx.Run{Text: reply})},
		{Paras: para(docx.Left, docx.Run{Text: result, Bold: s == stateOverdue})},
	}}
}
