package export

import (
	"bytes"
	"fmt"
	"html"
	"time"

	"podium/model"
)

// briefingCSS adds to printCSS the widths of the briefing's tables.
const briefingCSS = `
table.brief th:nth-child(1) { width: 7%; }
table.brief th:nth-child(2), table.brief th:nth-child(3) { width: 19%; }
table.brief th:nth-child(4) { width: 12%; }
table.order th:nth-child(1), table.order th:nth-child(2) { width: 6%; }
table.order th:nth-child(3) { width: 22%; }
table.order th:nth-child(4) { width: 11%; }
table.order th:nth-child(6) { width: 19%; }
p.intro { text-align: center; font-style: italic; }
p.issuer { text-align: center; font-weight: bold; text-transform: uppercase; margin: 0; }`

// BriefingHTML returns the briefing as one self-contained page that prints
// on A4 like the minutes.
func BriefingHTML(m *model.Meeting, now time.Time) []byte {
	br := newBriefing(m, now)
	t := br.t
	lang := "en"
	if br.vi {
		lang = "vi"
	}
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	e := html.EscapeString
	p("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\"/>\n", lang)
	p("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
	p("<title>%s</title>\n<style>\n%s%s\n</style>\n</head>\n<body>\n", e(t.T("briefing.kind")+": "+m.Header.Title), printCSS, briefingCSS)
	if m.Header.Issuer != "" {
		p("<p class=\"issuer\">%s</p>\n", e(m.Header.Issuer))
	}
	p("<h1><span class=\"kind\">%s</span><br/>%s</h1>\n<hr class=\"rule\"/>\n", e(t.T("briefing.kind")), e(m.Header.Title))
	p("<p class=\"intro\">%s</p>\n", e(br.intro()))
	p("<h2>%s</h2>\n", e(t.T("briefing.part_depts")))
	if len(br.depts) == 0 {
		p("<p>%s</p>\n", e(t.T("briefing.no_depts")))
	}
	for i, d := range br.depts {
		p("<h3>%s</h3>\n", e(br.deptHeading(i, d)))
		if d.rep != "" {
			p("<p class=\"note\">%s</p>\n", e(t.T("briefing.rep", d.rep)))
		}
		if len(d.rows) == 0 {
			p("<p>%s</p>\n", e(t.T("briefing.dept_none")))
			continue
		}
		br.htmlTable(&b, d.rows, true)
	}
	if len(br.unassigned) > 0 {
		p("<h3>%s</h3>\n", e(t.T("briefing.unassigned", len(br.unassigned))))
		br.htmlTable(&b, br.unassigned, false)
	}
	p("<h2 style=\"break-before: page; page-break-before: always\">%s</h2>\n", e(t.T("briefing.part_order")))
	if len(br.order) == 0 {
		p("<p>%s</p>\n", e(t.T("briefing.none")))
	} else {
		p("<table class=\"items order\">\n<thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead>\n<tbody>\n",
			e(t.T("briefing.col.place")), e(t.T("minutes.col.no")), e(t.T("briefing.col.asker")), e(t.T("minutes.col.kind")), e(t.T("minutes.col.content")), e(t.T("minutes.col.addressed")))
		for _, r := range br.order {
			p("<tr><td class=\"no\">%s</td><td class=\"no\">%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
				placeText(r.place), r.id, e(joinNonEmpty(", ", r.asker, r.unit)), e(r.kind), htmlText(br.content(r, false)), e(r.depts))
		}
		p("</tbody>\n</table>\n")
	}
	p("</body>\n</html>\n")
	return b.Bytes()
}

func (br *briefing) htmlTable(b *bytes.Buffer, rs []briefRow, inDept bool) {
	t, e := br.t, html.EscapeString
	fmt.Fprintf(b, "<table class=\"items brief\">\n<thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead>\n<tbody>\n",
		e(t.T("minutes.col.no")), e(t.T("minutes.col.asker")), e(t.T("minutes.col.unit")), e(t.T("minutes.col.kind")), e(t.T("minutes.col.content")))
	for _, r := range rs {
		fmt.Fprintf(b, "<tr><td class=\"no\">%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
			r.id, e(r.asker), e(r.unit), e(r.kind), htmlText(br.content(r, inDept)))
	}
	b.WriteString("</tbody>\n</table>\n")
}

// BriefingMarkdown returns the briefing as Markdown.
func BriefingMarkdown(m *model.Meeting, now time.Time) []byte {
	br := newBriefing(m, now)
	t := br.t
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# %s: %s\n\n%s\n", mdInline(t.T("briefing.kind")), mdInline(m.Header.Title), mdInline(br.intro()))
	p("\n## %s\n", mdInline(t.T("briefing.part_depts")))
	if len(br.depts) == 0 {
		p("\n%s\n", mdInline(t.T("briefing.no_depts")))
	}
	for i, d := range br.depts {
		p("\n### %s\n\n", mdInline(br.deptHeading(i, d)))
		if d.rep != "" {
			p("%s\n\n", mdInline(t.T("briefing.rep", d.rep)))
		}
		if len(d.rows) == 0 {
			p("%s\n", mdInline(t.T("briefing.dept_none")))
			continue
		}
		br.mdTable(&b, d.rows, true)
	}
	if len(br.unassigned) > 0 {
		p("\n### %s\n\n", mdInline(t.T("briefing.unassigned", len(br.unassigned))))
		br.mdTable(&b, br.unassigned, false)
	}
	p("\n## %s\n\n", mdInline(t.T("briefing.part_order")))
	if len(br.order) == 0 {
		p("%s\n", mdInline(t.T("briefing.none")))
		return b.Bytes()
	}
	p("| %s | %s | %s | %s | %s | %s |\n|---:|---:|---|---|---|---|\n",
		mdCell(t.T("briefing.col.place")), mdCell(t.T("minutes.col.no")), mdCell(t.T("briefing.col.asker")), mdCell(t.T("minutes.col.kind")), mdCell(t.T("minutes.col.content")), mdCell(t.T("minutes.col.addressed")))
	for _, r := range br.order {
		p("| %s | %d | %s | %s | %s | %s |\n", placeText(r.place), r.id, mdCell(joinNonEmpty(", ", r.asker, r.unit)), mdCell(r.kind), mdCell(br.content(r, false)), mdCell(r.depts))
	}
	return b.Bytes()
}

func (br *briefing) mdTable(b *bytes.Buffer, rs []briefRow, inDept bool) {
	t := br.t
	fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n|---:|---|---|---|---|\n",
		mdCell(t.T("minutes.col.no")), mdCell(t.T("minutes.col.asker")), mdCell(t.T("minutes.col.unit")), mdCell(t.T("minutes.col.kind")), mdCell(t.T("minutes.col.content")))
	for _, r := range rs {
		fmt.Fprintf(b, "| %d | %s | %s | %s | %s |\n", r.id, mdCell(r.asker), mdCell(r.unit), mdCell(r.kind), mdCell(br.content(r, inDept)))
	}
}
