package export

import (
	"fmt"
	"time"

	"podium/model"
	"podium/ui/export/docx"
)

// ConclusionsDocx returns the thông báo kết luận (Số …/TB-UBND): the
// chair's conclusions in order, each with its department(s) and deadline,
// then the same as a table of assignments; the recipients include every
// department assigned. Its date line is left blank for the day the office
// issues it.
func ConclusionsDocx(m *model.Meeting) []byte { return conclusionsDocument(m).Bytes() }

func conclusionsDocument(m *model.Meeting) *docx.Document {
	o := newOffice(m, time.Time{})
	t := o.t
	h := m.Header
	d := newDocument()
	d.Add(o.headerBlock(o.f.conclusionsNo, time.Time{}))
	d.Add(o.title(t.T("docs.conclusions.type"), t.T("docs.conclusions.summary", o.blank(personLine(h.Chair)), o.blank(h.Title)))...)
	d.Add(text(t.T("docs.conclusions.intro", o.dateWords(h.Date), o.blank(h.Venue), o.blank(personLine(h.Chair)), o.blank(h.Title))))
	if len(o.conclusions) == 0 {
		d.Add(text(t.T("docs.conclusions.none")))
	}
	var rows [][]string
	var assigned []string
	for i, f := range o.conclusions {
		to := o.addressees(f)
		d.Add(textRuns(docx.Run{Text: fmt.Sprintf("%d. %s: ", i+1, to), Bold: true}, docx.Run{Text: oneLine(f.What) + "."}))
		var extra []docx.Run
		if !f.Deadline.IsZero() {
			extra = append(extra, docx.Run{Text: t.T("docs.conclusions.deadline", o.date(f.Deadline)), Italic: true})
		}
		if len(f.Questions) > 0 {
			if len(extra) > 0 {
				extra = append(extra, docx.Run{Text: " "})
			}
			extra = append(extra, docx.Run{Text: t.T("docs.conclusions.from", ids(f.Questions)), Italic: true})
		}
		if len(extra) > 0 {
			d.Add(textRuns(extra...))
		}
		due := o.date(f.Deadline)
		if due == "" {
			due = t.T("docs.conclusions.no_due")
		}
		rows = append(rows, []string{fmt.Sprint(i + 1), oneLine(f.What), to, due})
		for _, code := range f.Departments() {
			assigned = appendNew(assigned, o.deptName(code))
		}
	}
	if len(rows) > 0 {
		d.Add(heading(t.T("docs.conclusions.table")))
		d.Add(borderedTable([]float64{12, 85, 43, 25}, 12,
			[]string{t.T("docs.report.col.no"), t.T("docs.conclusions.col.task"), t.T("docs.conclusions.col.lead"), t.T("docs.conclusions.col.due")},
			[]bool{true, false, false, true}, rows, nil))
		d.Add(docx.Para{Size: 6})
	}
	d.Add(text(t.T("docs.conclusions.closing")))
	d.Add(docx.Para{Size: 8})
	d.Add(o.closing(assigned...))
	return d
}

func appendNew(list []string, s string) []string {
	for _, l := range list {
		if l == s {
			return list
		}
	}
	return append(list, s)
}
