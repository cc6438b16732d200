package export

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"podium/model"
	"podium/ui/export/docx"
)

// The briefing is what the office sends before the meeting: for each
// department the questions addressed to it (asker, unit, kind, content) so
// that it can prepare, and for the chair the whole list in the order the
// questions will be called. Withdrawn and merged questions are left out;
// one already taken up says so. It is a working paper, not one of Decree
// 30's administrative documents, so it has no number and no signature.

// briefing is a meeting read for the briefing.
type briefing struct {
	*minutes
	depts      []briefDept
	unassigned []briefRow
	order      []briefRow // the queue's order, then those already taken up
}

type briefDept struct {
	code, name, rep string
	rows            []briefRow
}

// briefRow is one question as the briefing shows it.
type briefRow struct {
	place             int // in the queue, from 1; 0 when no longer waiting
	id                int
	asker, unit, kind string
	theme, text       string
	depts             string // the departments' names
	status            string // "" while waiting
	codes             []string
	withOthers        string // in one department's list: the other departments
}

func newBriefing(m *model.Meeting, now time.Time) *briefing {
	b := &briefing{minutes: inLanguage(m, now)}
	t := b.t
	place := make(map[int]int, m.Queue.Len())
	for i, id := range m.Queue.All() {
		place[id] = i + 1
	}
	var waiting, taken []briefRow
	for _, q := range m.Questions.All() {
		if q == nil || q.Status == model.StatusWithdrawn || q.Status == model.StatusMerged {
			continue
		}
		r := b.row(q, place[q.ID])
		if r.place > 0 {
			waiting = append(waiting, r)
		} else {
			r.status = t.T("status." + string(q.Status))
			taken = append(taken, r)
		}
	}
	slices.SortFunc(waiting, func(a, c briefRow) int { return a.place - c.place })
	b.order = append(waiting, taken...)
	for _, d := range m.Departments {
		if d == nil {
			continue
		}
		bd := briefDept{code: d.Code, name: d.Name, rep: personLine(d.Representative)}
		for _, r := range b.order {
			if slices.Contains(r.codes, d.Code) {
				r.withOthers = b.others(r.codes, d.Code)
				bd.rows = append(bd.rows, r)
			}
		}
		slices.SortStableFunc(bd.rows, func(a, c briefRow) int { return a.id - c.id })
		b.depts = append(b.depts, bd)
	}
	for _, r := range b.order {
		if len(r.codes) == 0 {
			b.unassigned = append(b.unassigned, r)
		}
	}
	return b
}

func (b *briefing) row(q *model.Question, place int) briefRow {
	r := briefRow{place: place, id: q.ID, asker: q.Asker.Name, unit: joinNonEmpty(", ", q.Asker.Role, q.Asker.Unit),
		kind: b.t.T("kind." + string(q.Kind)), theme: q.Theme, text: q.Text, codes: q.Departments}
	names := make([]string, len(q.Departments))
	for i, c := range q.Departments {
		names[i] = b.deptName(c)
	}
	r.depts = strings.Join(names, ", ")
	return r
}

// others names the departments besides code that a question is addressed
// to: the department preparing knows with whom.
func (b *briefing) others(codes []string, code string) string {
	var names []string
	for _, c := range codes {
		if c != code {
			names = append(names, b.deptName(c))
		}
	}
	return strings.Join(names, ", ")
}

// content is a question's text with what the reader of one list must
// also know: its theme, the other departments, that it was taken up.
func (b *briefing) content(r briefRow, inDept bool) string {
	var notes []string
	if r.theme != "" {
		notes = append(notes, b.t.T("briefing.theme", r.theme))
	}
	if inDept && r.withOthers != "" {
		notes = append(notes, b.t.T("briefing.with_others", r.withOthers))
	}
	if r.status != "" {
		notes = append(notes, b.t.T("briefing.status", r.status))
	}
	if len(notes) == 0 {
		return r.text
	}
	return r.text + " (" + strings.Join(notes, "; ") + ")"
}

// intro is the line under the title: when and where.
func (b *briefing) intro() string {
	h := b.m.Header
	return b.t.T("briefing.intro", b.date(h.Date), b.blankIfNone(h.Venue), len(b.order))
}

func (b *briefing) blankIfNone(s string) string {
	if s == "" {
		return "…"
	}
	return s
}

// deptHeading is a department's heading: "1. Sở Y tế (SYT) — 3 ý kiến".
func (b *briefing) deptHeading(i int, d briefDept) string {
	return b.t.T("briefing.dept", i+1, d.name, d.code, len(d.rows))
}

// BriefingDocx returns the briefing as a Word document, A4, Times New
// Roman, the office's margins.
func BriefingDocx(m *model.Meeting, now time.Time) []byte {
	b := newBriefing(m, now)
	t := b.t
	d := newDocument()
	h := m.Header
	if h.Issuer != "" {
		d.Add(docx.Para{Align: docx.Center, Bold: true, Size: headSize, Runs: run(h.Issuer)})
	}
	d.Add(docx.Para{Align: docx.Center, Bold: true, Before: 12, Runs: run(strings.ToUpper(t.T("briefing.kind")))})
	d.Add(docx.Para{Align: docx.Center, Bold: true, Runs: run(h.Title)})
	d.Add(rule(40, textWidth))
	d.Add(docx.Para{Align: docx.Center, Italic: true, After: 6, Runs: run(b.intro())})
	d.Add(heading(t.T("briefing.part_depts")))
	if len(b.depts) == 0 {
		d.Add(text(t.T("briefing.no_depts")))
	}
	for i, dp := range b.depts {
		d.Add(heading(b.deptHeading(i, dp)))
		if dp.rep != "" {
			d.Add(text(t.T("briefing.rep", dp.rep)))
		}
		if len(dp.rows) == 0 {
			d.Add(text(t.T("briefing.dept_none")))
			continue
		}
		d.Add(b.docxTable(dp.rows, true))
	}
	if len(b.unassigned) > 0 {
		d.Add(heading(t.T("briefing.unassigned", len(b.unassigned))))
		d.Add(b.docxTable(b.unassigned, false))
	}
	d.Add(docx.PageBreak{})
	d.Add(heading(t.T("briefing.part_order")))
	if len(b.order) == 0 {
		d.Add(text(t.T("briefing.none")))
		return d.Bytes()
	}
	var rows [][]string
	for _, r := range b.order {
		rows = append(rows, []string{placeText(r.place), fmt.Sprint(r.id), joinNonEmpty(", ", r.asker, r.unit), r.kind, b.content(r, false), r.depts})
	}
	d.Add(borderedTable([]float64{10, 10, 36, 19, 58, 32}, 11,
		[]string{t.T("briefing.col.place"), t.T("minutes.col.no"), t.T("briefing.col.asker"), t.T("minutes.col.kind"), t.T("minutes.col.content"), t.T("minutes.col.addressed")},
		[]bool{true, true, false, false, false, false}, rows, nil))
	return d.Bytes()
}

func (b *briefing) docxTable(rs []briefRow, inDept bool) docx.Table {
	t := b.t
	var rows [][]string
	for _, r := range rs {
		rows = append(rows, []string{fmt.Sprint(r.id), r.asker, r.unit, r.kind, b.content(r, inDept)})
	}
	return borderedTable([]float64{11, 32, 32, 20, 70}, 11,
		[]string{t.T("minutes.col.no"), t.T("minutes.col.asker"), t.T("minutes.col.unit"), t.T("minutes.col.kind"), t.T("minutes.col.content")},
		[]bool{true, false, false, false, false}, rows, nil)
}

// placeText is a place in the queue, or a dash for a question taken up.
func placeText(p int) string {
	if p == 0 {
		return "–"
	}
	return fmt.Sprint(p)
}
