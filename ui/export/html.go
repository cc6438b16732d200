package export

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"time"

	"podium/model"
)

// printCSS lays the minutes out as Decree 30/2020 asks, for A4 paper:
// margins 20 / 15 / 20 / 30 mm (top, right, bottom, left), Times New
// Roman 13 pt, the page number centred at the top from page 2, the header
// block of two columns with short rules. No table is wider than the text
// (165 mm): every table has a fixed layout at 100%, cells wrap anywhere,
// and the wide ones (statistics, follow-ups) use a smaller type. Tables
// repeat their header on each page and never split a row. It holds no
// external font or image; the whole document is one file.
const printCSS = `@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page { @top-center { content: counter(page); font-family: "Times New Roman", Times, serif; font-size: 13pt; } }
@page :first { @top-center { content: none; } }
html { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 13pt; line-height: 1.3; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 165mm; }
table.decree { border: none; margin: 0 0 6pt; }
table.decree td { border: none; padding: 0; text-align: center; vertical-align: top; }
table.decree td.issuer { width: 38%; }
.issuer-name, .nation, .motto { font-weight: bold; }
.issuer-name, .nation { font-size: 12.5pt; text-transform: uppercase; }
.motto { font-size: 13.5pt; }
hr.rule { border: none; border-top: 0.75pt solid #000; margin: 1pt auto 4pt; }
hr.short { width: 35%; }
hr.motto { width: 62%; }
.number { margin-top: 4pt; }
.date-line { font-style: italic; margin-top: 4pt; }
h1 { font-size: 14pt; text-align: center; margin: 14pt 0 2pt; }
h1 .kind { text-transform: uppercase; }
h1 + hr.rule { width: 25%; margin-bottom: 10pt; }
h2 { font-size: 13pt; margin: 14pt 0 6pt; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 12pt; margin: 10pt 0 4pt; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 4pt 0 8pt; }
th, td { border: 0.6pt solid #555; padding: 2pt 3pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; word-wrap: break-word; hyphens: auto; }
th { background: #eee; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.items, table.followups { font-size: 10.5pt; }
table.items th:nth-child(1) { width: 8%; }
table.items th:nth-child(2) { width: 36%; }
table.items th:nth-child(3) { width: 36%; }
table.followups th:nth-child(1) { width: 6%; }
table.followups th:nth-child(3) { width: 30%; }
table.head th { width: 28%; background: none; }
td.no { text-align: right; }
table.stats { font-size: 9pt; }
table.stats th { font-size: 8.5pt; text-align: center; }
table.stats th:first-child { width: 24%; text-align: left; }
table.stats td.num { text-align: right; }
table.sign { margin-top: 14pt; }
table.sign td { border: none; text-align: center; font-weight: bold; width: 50%; }
table.sign .name { padding-top: 52pt; }
.recipients { margin-top: 12pt; font-size: 11pt; }
.recipients .heading { font-size: 12pt; font-weight: bold; font-style: italic; }
.recipients p { margin: 0; }
.label { font-style: italic; }
.muted { color: #444; }
.overdue { font-weight: bold; text-decoration: underline; }
p.note { font-size: 10.5pt; font-style: italic; }
ol.conclusions li { margin-bottom: 4pt; }
footer { margin-top: 14pt; font-size: 9.5pt; color: #444; border-top: 0.6pt solid #999; padding-top: 4pt; }
@media screen { body { padding: 12mm; } }`

// HTML returns the minutes of m as one self-contained HTML page that
// prints well on A4: what Markdown holds, with the items as a table of
// question, answer and outcome. It is also well-formed XML (void elements
// closed, no named entities but XML's), so any XML parser can read it.
func HTML(m *model.Meeting, now time.Time) []byte {
	o := newOffice(m, now) // the minutes' reading, and the header block's fields
	x := o.minutes
	t := x.t
	lang := "en"
	if x.vi {
		lang = "vi"
	}
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	e := html.EscapeString

	p("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\"/>\n", lang)
	p("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
	p("<title>%s</title>\n<style>\n%s\n</style>\n</head>\n<body>\n", e(t.T("minutes.title", m.Header.Title)), printCSS)
	p("%s", o.decreeHeaderHTML(o.f.minutesNo, m.Header.Date))
	// What the document is (BIÊN BẢN) and its summary, as Decree 30 heads it.
	p("<h1><span class=\"kind\">%s</span><br/>%s</h1>\n<hr class=\"rule\"/>\n", e(t.T("docs.minutes.type")), e(m.Header.Title))
	p("<table class=\"head\">\n<tbody>\n")
	for _, r := range x.headerRows() {
		p("<tr><th scope=\"row\">%s</th><td>%s</td></tr>\n", e(r[0]), e(r[1]))
	}
	p("</tbody>\n</table>\n")

	p("<h2>%s</h2>\n", e(t.T("minutes.items")))
	p("<table class=\"items\">\n<thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead>\n<tbody>\n",
		e(t.T("minutes.col.no")), e(t.T("minutes.col.question")), e(t.T("minutes.col.answer")), e(t.T("minutes.col.outcome")))
	for _, it := range x.items {
		p("<tr><td class=\"no\">%d</td>", it.q.ID)
		// The question: who, kind and theme, what.
		p("<td><strong>%s</strong>", e(it.asker))
		if rest := joinNonEmpty(", ", it.role, it.unit); rest != "" {
			p("<br/>%s", e(rest))
		}
		if it.alsoAsked != "" {
			p("<br/><span class=\"muted\">%s: %s</span>", e(t.T("minutes.also_asked")), e(it.alsoAsked))
		}
		p("<br/><span class=\"label\">%s</span>", e(joinNonEmpty(" · ", it.kind, it.theme)))
		p("<br/>%s</td>", htmlText(it.content))
		// The answer: who, what they said.
		p("<td>")
		if it.answeredBy != "" {
			p("<strong>%s</strong>", e(it.answeredBy))
		}
		if it.responder != "" {
			p("<br/><span class=\"muted\">%s</span>", e(it.responder))
		}
		if it.summary != "" {
			p("<br/>%s", htmlText(it.summary))
		}
		p("</td>")
		// The outcome: how it ended, by when, how it stands.
		p("<td>%s", e(it.outcome))
		if it.deadline != "" {
			p("<br/>%s: <span class=\"date\">%s</span>", e(t.T("minutes.col.deadline")), e(it.deadline))
		}
		if it.status != "" {
			class := ""
			if it.overdue {
				class = " class=\"overdue\""
			}
			p("<br/><span%s>%s</span>", class, e(it.status))
		}
		p("</td></tr>\n")
	}
	p("</tbody>\n</table>\n")

	p("<h2>%s</h2>\n", e(t.T("minutes.conclusions")))
	if len(x.conclusions) == 0 {
		p("<p>%s</p>\n", e(t.T("minutes.no_conclusions")))
	} else {
		p("<ol class=\"conclusions\">\n")
		for _, f := range x.conclusions {
			p("<li><strong>%s:</strong> %s</li>\n", e(x.addressee(f)), e(x.conclusionLine(f)))
		}
		p("</ol>\n")
	}

	p("<h2>%s</h2>\n<p class=\"note\">%s</p>\n", e(t.T("minutes.followups")), e(t.T("minutes.as_of", x.date(x.now))))
	if len(x.byDept) == 0 {
		p("<p>%s</p>\n", e(t.T("minutes.no_followups")))
	}
	for _, g := range x.byDept {
		p("<h3>%s — %s</h3>\n", e(g.heading()), e(t.T("minutes.dept_summary", len(g.followUps), g.overdue)))
		p("<table class=\"followups\">\n<thead><tr>")
		for _, k := range []string{"id", "source", "what", "questions", "deadline", "status", "note"} {
			p("<th>%s</th>", e(t.T("minutes.col."+k)))
		}
		p("</tr></thead>\n<tbody>\n")
		for _, f := range g.followUps {
			r := x.followUpRow(f)
			class := ""
			if r.overdue {
				class = " class=\"overdue\""
			}
			p("<tr><td class=\"no\">%s</td><td>%s</td><td>%s</td><td>%s</td><td class=\"date\">%s</td><td%s>%s</td><td>%s</td></tr>\n",
				e(r.id), e(r.source), htmlText(r.what), e(r.questions), e(r.deadline), class, e(r.status), htmlText(r.note))
		}
		p("</tbody>\n</table>\n")
	}
	p("<h2>%s</h2>\n", e(t.T("minutes.stats")))
	sec := x.figures()
	for _, l := range sec.lines {
		p("<p>%s</p>\n", e(l))
	}
	for _, tb := range sec.tables {
		p("<h3>%s</h3>\n", e(tb.title))
		if tb.note != "" {
			p("<p class=\"note\">%s</p>\n", e(tb.note))
		}
		if len(tb.rows) == 0 {
			continue
		}
		p("<table class=\"stats\">\n<thead><tr>")
		for i, h := range tb.header {
			p("<th%s>%s</th>", numClass(tb.numeric[i]), e(h))
		}
		p("</tr></thead>\n<tbody>\n")
		for _, row := range tb.rows {
			p("<tr>")
			for i, c := range row {
				p("<td%s>%s</td>", numClass(tb.numeric[i]), e(c))
			}
			p("</tr>\n")
		}
		p("</tbody>\n</table>\n")
	}
	p("%s", o.signaturesHTML())
	p("<footer>%s</footer>\n</body>\n</html>\n", e(t.T("minutes.footer", x.date(x.now))))
	return b.Bytes()
}

// numClass marks a column of numbers, right-aligned.
func numClass(numeric bool) string {
	if numeric {
		return " class=\"num\""
	}
	return ""
}

// htmlText is multi-line text, escaped, its lines broken with <br/>.
func htmlText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = html.EscapeString(l)
	}
	return strings.Join(lines, "<br/>")
}

// decreeHeaderHTML is Decree 30's header block: the issuing body, its
// rule and the number on the left; the national name, the motto, its rule
// and the place-and-date line on the right.
func (o *office) decreeHeaderHTML(number string, date time.Time) string {
	t, e := o.t, html.EscapeString
	var b strings.Builder
	b.WriteString("<table class=\"decree\"><tbody><tr><td class=\"issuer\" style=\"text-align: center; width: 38%\">")
	if o.f.parent != "" {
		fmt.Fprintf(&b, "<div class=\"parent\">%s</div>", e(strings.ToUpper(o.f.parent)))
	}
	fmt.Fprintf(&b, "<div class=\"issuer-name\">%s</div><hr class=\"rule short\"/><div class=\"number\">%s</div></td>",
		e(strings.ToUpper(o.blank(o.f.issuer))), e(o.number(number)))
	fmt.Fprintf(&b, "<td style=\"text-align: center\"><div class=\"nation\">%s</div><div class=\"motto\">%s</div><hr class=\"rule motto\"/><div class=\"date-line\">%s</div></td></tr></tbody></table>\n",
		e(t.T("docs.nation")), e(t.T("docs.motto")), e(o.dateLine(date)))
	return b.String()
}

// signaturesHTML are the minutes' closing time, the signatures of the
// secretary and the chair, and the recipients.
func (o *office) signaturesHTML() string {
	t, e := o.t, html.EscapeString
	var b strings.Builder
	end := o.f.end
	fmt.Fprintf(&b, "<p>%s</p>\n", e(t.T("docs.minutes.closing", o.clockWords(end), o.dateWords(end))))
	fmt.Fprintf(&b, "<table class=\"sign\"><tbody><tr><td>%s</td><td>%s</td></tr><tr><td class=\"name\">%s</td><td class=\"name\">%s</td></tr></tbody></table>\n",
		e(t.T("docs.sign.secretary")), e(t.T("docs.sign.chair")), e(o.blank(o.f.secretary.Name)), e(o.blank(o.m.Header.Chair.Name)))
	b.WriteString("<div class=\"recipients\">")
	for i, p := range o.recipients() {
		class := ""
		if i == 0 {
			class = " class=\"heading\""
		}
		var text strings.Builder
		for _, r := range p.Runs {
			text.WriteString(r.Text)
		}
		fmt.Fprintf(&b, "<p%s>%s</p>", class, e(text.String()))
	}
	b.WriteString("</div>\n")
	return b.String()
}
