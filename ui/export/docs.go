package export

import (
	"fmt"
	"strings"
	"time"

	"podium/model"
	"podium/ui/export/docx"
)

// The Decree 30/2020/NĐ-CP form shared by the biên bản, the thông báo kết
// luận and the báo cáo kết quả (shared/reference/vietnam-documents.md): A4,
// margins 20 / 20 / 30 / 15 mm, Times New Roman 14 pt, the header block
// (issuing body left, the national name and motto right, each with a short
// rule), the number, the place-and-date line, the document's type and
// summary, signature blocks and the recipients. The words come from the
// catalog (ui/i18n/messages_docs.go).

// Decree 30's margins, in millimetres, within its ranges.
var decreeMargins = docx.Margins{Top: 20, Bottom: 20, Left: 30, Right: 15}

const (
	bodySize  = 14.0 // pt
	headSize  = 13.0 // the header block's bodies
	indent    = 12.7 // first-line indent, mm
	leftCol   = 62.0 // the header block's left column, mm
	textWidth = 210.0 - 30 - 15
)

// office is a meeting read for its formal documents.
type office struct {
	*minutes
	f     docFields
	parts int // the minutes' numbered parts so far
}

func newOffice(m *model.Meeting, now time.Time) *office {
	return &office{minutes: newMinutes(m, now), f: fieldsOf(m)}
}

func newDocument() *docx.Document {
	return &docx.Document{Size: bodySize, Margins: decreeMargins, PageNumbers: true}
}

// blank is what an empty field leaves in a document: dots to fill by hand.
func (o *office) blank(s string) string {
	if strings.TrimSpace(s) == "" {
		return o.t.T("docs.blank")
	}
	return s
}

// dayParts is a date's day, month and year as Decree 30 writes them: days
// under 10 and the months 1 and 2 with a leading zero ("ngày 05 tháng 01
// năm 2024", "ngày 23 tháng 3 năm 2023"); blanks for a zero date.
func (o *office) dayParts(t time.Time) (string, string, string) {
	if t.IsZero() {
		b := o.t.T("docs.blank")
		return b, b, b
	}
	t = t.In(o.loc)
	m := fmt.Sprint(int(t.Month()))
	if t.Month() < 3 {
		m = fmt.Sprintf("%02d", int(t.Month()))
	}
	return fmt.Sprintf("%02d", t.Day()), m, fmt.Sprint(t.Year())
}

// dateLine is "Hưng Yên, ngày 23 tháng 3 năm 2023".
func (o *office) dateLine(t time.Time) string {
	d, m, y := o.dayParts(t)
	return o.t.T("docs.date_line", o.blank(o.f.place), d, m, y)
}

// dateWords is "ngày 23 tháng 3 năm 2023".
func (o *office) dateWords(t time.Time) string {
	d, m, y := o.dayParts(t)
	return o.t.T("docs.date_words", d, m, y)
}

// clockWords is "08 giờ 00 phút", or blanks.
func (o *office) clockWords(t time.Time) string {
	if t.IsZero() {
		b := o.t.T("docs.blank")
		return o.t.T("docs.clock", b, b)
	}
	t = t.In(o.loc)
	return o.t.T("docs.clock", fmt.Sprintf("%02d", t.Hour()), fmt.Sprintf("%02d", t.Minute()))
}

// number is "Số: 05/BB-UBND", or "Số:" and a blank.
func (o *office) number(n string) string {
	if strings.TrimSpace(n) == "" {
		return o.t.T("docs.number", "       /")
	}
	return o.t.T("docs.number", n)
}

func run(s string) []docx.Run { return []docx.Run{{Text: s}} }

// rule is a short centred line, width mm long, in a space avail mm wide.
func rule(width, avail float64) docx.Para {
	side := max((avail-width)/2, 0)
	return docx.Para{Rule: true, IndentLeft: side, IndentRight: side, Size: 2, After: 2}
}

// headerBlock is the two columns at the top of page 1: the issuing body
// and the number on the left; the national name, the motto and the
// place-and-date line on the right.
func (o *office) headerBlock(number string, date time.Time) docx.Table {
	t := o.t
	rightCol := textWidth - leftCol
	var left []docx.Para
	if o.f.parent != "" {
		left = append(left, docx.Para{Align: docx.Center, Size: headSize, Runs: run(strings.ToUpper(o.f.parent))})
	}
	left = append(left,
		docx.Para{Align: docx.Center, Size: headSize, Bold: true, Runs: run(strings.ToUpper(o.blank(o.f.issuer)))},
		rule(22, leftCol-3.8),
		docx.Para{Align: docx.Center, Size: headSize, Before: 4, Runs: run(o.number(number))},
	)
	right := []docx.Para{
		{Align: docx.Center, Size: 12, Bold: true, Runs: run(t.T("docs.nation"))},
		{Align: docx.Center, Size: bodySize, Bold: true, Runs: run(t.T("docs.motto"))},
		rule(62, rightCol-3.8),
		{Align: docx.Center, Size: bodySize, Italic: true, Before: 4, Runs: run(o.dateLine(date))},
	}
	return docx.Table{Widths: []float64{leftCol, rightCol}, Rows: []docx.Row{{Cells: []docx.Cell{{Paras: left}, {Paras: right}}}}}
}

// title is the document's type and its summary line, with a rule.
func (o *office) title(kind, summary string) []docx.Block {
	return []docx.Block{
		docx.Para{Align: docx.Center, Bold: true, Before: 18, Runs: run(kind)},
		docx.Para{Align: docx.Center, Bold: true, Runs: run(summary)},
		rule(40, textWidth),
		docx.Para{Size: 6},
	}
}

// text is a body paragraph: justified, first line indented, 6 pt after.
func text(s string) docx.Para {
	return docx.Para{Align: docx.Justify, FirstLine: indent, After: 6, Line: 1.15, Runs: run(s)}
}

// textRuns is a body paragraph of several runs.
func textRuns(runs ...docx.Run) docx.Para {
	return docx.Para{Align: docx.Justify, FirstLine: indent, After: 6, Line: 1.15, Runs: runs}
}

// heading is a section heading: bold, kept with what follows.
func heading(s string) docx.Para {
	return docx.Para{Align: docx.Justify, FirstLine: indent, Bold: true, Before: 6, After: 6, KeepNext: true, Runs: run(s)}
}

// dash is an item of a list: "- ..." at the indent.
func dash(s string) docx.Para {
	return docx.Para{Align: docx.Justify, FirstLine: indent, After: 3, Line: 1.15, Runs: run("- " + s)}
}

// signature is one signature block: the authority's lines in capitals,
// room for the signature, the name in bold.
func signature(position []string, name string) []docx.Para {
	var ps []docx.Para
	for _, p := range position {
		ps = append(ps, docx.Para{Align: docx.Center, Bold: true, Runs: run(p)})
	}
	return append(ps, docx.Para{Align: docx.Center, Bold: true, Before: 72, Runs: run(name)})
}

// recipients is the nơi nhận: 12 pt bold italic heading, the list in
// 11 pt, each line "- ...;" and the last "- Lưu: VT."
func (o *office) recipients(extra ...string) []docx.Para {
	lines := append([]string{}, o.f.recipients...)
	for _, e := range extra {
		seen := false
		for _, l := range lines {
			if strings.Contains(strings.ToLower(l), strings.ToLower(e)) {
				seen = true
			}
		}
		if !seen {
			lines = append(lines, e)
		}
	}
	archived := false
	for _, l := range lines {
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(l)), strings.ToLower(strings.SplitN(o.t.T("docs.archive"), ":", 2)[0])) {
			archived = true
		}
	}
	if !archived {
		lines = append(lines, o.t.T("docs.archive"))
	}
	ps := []docx.Para{{Size: 12, Bold: true, Italic: true, Runs: run(o.t.T("docs.recipients"))}}
	for i, l := range lines {
		l = strings.TrimRight(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "- ")), ";.")
		if i < len(lines)-1 {
			l += ";"
		} else {
			l += "."
		}
		ps = append(ps, docx.Para{Size: 11, Runs: run("- " + l)})
	}
	return ps
}

// closing is the signature (right) beside the recipients (left), as the
// thông báo and the báo cáo end; position and name blank when the record
// does not say who signs.
func (o *office) closing(extra ...string) docx.Table {
	b := o.t.T("docs.blank")
	return docx.Table{Widths: []float64{80, textWidth - 80}, Rows: []docx.Row{{Cells: []docx.Cell{
		{Paras: o.recipients(extra...)},
		{Paras: signature([]string{b}, b)},
	}}}}
}

// borderedTable is a table with borders, its first row a header repeated
// on every page, its cells in size pt.
func borderedTable(widths []float64, size float64, head []string, numeric []bool, rows [][]string, bold []bool) docx.Table {
	tb := docx.Table{Widths: widths, Borders: true}
	cells := make([]docx.Cell, len(head))
	for i, h := range head {
		cells[i] = docx.Cell{Middle: true, Paras: []docx.Para{{Align: docx.Center, Bold: true, Size: size, Runs: run(h)}}}
	}
	tb.Rows = append(tb.Rows, docx.Row{Header: true, Cells: cells})
	for r, row := range rows {
		cells := make([]docx.Cell, len(row))
		for i, c := range row {
			align := docx.Left
			if numeric != nil && numeric[i] {
				align = docx.Center
			}
			isBold := bold != nil && bold[r]
			cells[i] = docx.Cell{Paras: []docx.Para{{Align: align, Size: size, Bold: isBold, Before: 2, After: 2, Runs: run(c)}}}
		}
		tb.Rows = append(tb.Rows, docx.Row{Cells: cells})
	}
	return tb
}
