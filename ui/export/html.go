package export

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"time"

	"podium/model"
)

// printCSS lays the minutes out for A4 paper: Times, 12 pt, tables that
// repeat their header on each page and never split a row. It holds no
// external font or image; the whole document is one file.
const printCSS = `@page { size: A4; margin: 20mm 15mm 20mm 20mm; }
@page { @bottom-center { content: counter(page); } }
html { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 12pt; line-height: 1.35; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 180mm; }
h1 { font-size: 15pt; text-align: center; text-transform: uppercase; margin: 0 0 10pt; }
h2 { font-size: 13pt; margin: 16pt 0 6pt; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
th, td { border: 0.6pt solid #555; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #eee; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.items, table.followups { font-size: 10.5pt; }
table.items th:nth-child(2) { width: 37%; }
table.items th:nth-child(3) { width: 40%; }
table.followups th:nth-child(3) { width: 34%; }
table.head th { width: 32%; background: none; }
td.no { text-align: right; white-space: nowrap; width: 2.2em; }
td.date { white-space: nowrap; }
table.stats { font-size: 10.5pt; }
table.stats th.num, table.stats td.num { text-align: right; white-space: nowrap; }
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
	x := newMinutes(m, now)
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
	p("<h1>%s</h1>\n", e(t.T("minutes.title", m.Header.Title))) // what the document is, as the Markdown says
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
			p("<li><strong>%s:</strong> %s</li>\n", e(x.deptName(f.Department)), e(x.conclusionLine(f)))
		}
		p("</ol>\n")
	}

	p("<h2>%s</h2>\n<p class=\"note\">%s</p>\n", e(t.T("minutes.followups")), e(t.T("minutes.as_of", x.date(now))))
	if len(x.byDept) == 0 {
		p("<p>%s</p>\n", e(t.T("minutes.no_followups")))
	}
	for _, g := range x.byDept {
		p("<h3>%s (%s) — %s</h3>\n", e(g.name), e(g.code), e(t.T("minutes.dept_summary", len(g.followUps), g.overdue)))
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
	p("<footer>%s</footer>\n</body>\n</html>\n", e(t.T("minutes.footer", x.date(now))))
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
