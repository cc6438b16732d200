package export

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"podium/model"
)

// Markdown returns the minutes of m as Markdown: the header, every item
// in the order it was taken up with each answering department's part, the
// chair's conclusions, the commendations and the follow-ups by department,
// all as of the meeting's close (model.Meeting.MinutesTime). now is not
// read: the minutes exported on any day are the same.
func Markdown(m *model.Meeting, now time.Time) []byte {
	x := newMinutes(m, now)
	t := x.t
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }

	p("# %s\n\n", mdInline(t.T("minutes.title", m.Header.Title)))
	p("| | |\n|---|---|\n")
	for _, r := range x.headerRows() {
		p("| %s | %s |\n", mdCell(r[0]), mdCell(r[1]))
	}

	p("\n## %s\n", mdInline(t.T("minutes.items")))
	for _, it := range x.items {
		who := it.asker
		if rest := joinNonEmpty(", ", it.role, it.unit); rest != "" {
			who += " — " + rest
		}
		p("\n### %d. %s\n\n", it.q.ID, mdInline(who))
		field := func(key, v string) {
			if v != "" {
				p("- **%s:** %s\n", mdInline(t.T(key)), mdBlock(v, "  "))
			}
		}
		field("minutes.also_asked", it.alsoAsked)
		field("minutes.col.kind", it.kind)
		field("minutes.col.theme", it.theme)
		field("minutes.col.content", it.content)
		if len(it.parts) == 0 {
			field("minutes.col.outcome", it.outcome)
		}
		// Each answering department with its own part.
		for _, pt := range it.parts {
			p("- **%s:** %s\n", mdInline(t.T("minutes.col.answered_by")), mdInline(pt.dept))
			sub := func(key, v string) {
				if v != "" {
					p("  - **%s:** %s\n", mdInline(t.T(key)), mdBlock(v, "    "))
				}
			}
			sub("minutes.col.responder", pt.responder)
			sub("minutes.col.questions", pt.together)
			sub("minutes.col.summary", pt.notes)
			sub("minutes.col.outcome", pt.outcome)
			sub("minutes.col.deadline", pt.deadline)
			if pt.overdue {
				p("  - **%s:** **%s**\n", mdInline(t.T("minutes.col.status")), mdInline(pt.status))
			} else {
				sub("minutes.col.status", pt.status)
			}
		}
		if len(it.parts) > 0 && (it.q.Status == model.StatusWithdrawn || it.q.Status == model.StatusMerged) {
			field("minutes.col.outcome", it.outcome)
		}
	}

	p("\n## %s\n\n", mdInline(t.T("minutes.conclusions")))
	if len(x.conclusions) == 0 {
		p("%s\n", mdInline(t.T("minutes.no_conclusions")))
	}
	for i, f := range x.conclusions {
		p("%d. **%s:** %s\n", i+1, mdInline(x.addressee(f)), mdInline(x.conclusionLine(f)))
	}

	p("\n## %s\n\n", mdInline(t.T("minutes.commendations")))
	if len(m.Commendations) == 0 {
		p("%s\n", mdInline(t.T("minutes.no_commendations")))
	}
	printed := false
	for _, k := range model.CommendationKinds {
		cs := m.CommendationsOf(k)
		if len(cs) == 0 {
			continue
		}
		if printed {
			p("\n")
		}
		printed = true
		p("**%s** (%d)\n\n", mdInline(t.T("commendation.kind."+string(k))), len(cs))
		for i, c := range cs {
			p("%d. %s\n", i+1, mdInline(joinNonEmpty(", ", c.Name, c.Unit, c.Decision)))
		}
	}

	p("\n## %s\n\n", mdInline(t.T("minutes.followups")))
	p("_%s_\n", mdInline(t.T("minutes.as_of", x.date(x.now))))
	if len(x.byDept) == 0 {
		p("\n%s\n", mdInline(t.T("minutes.no_followups")))
	}
	for _, g := range x.byDept {
		p("\n### %s — %s\n\n", mdInline(g.heading()), mdInline(t.T("minutes.dept_summary", len(g.followUps), g.overdue)))
		p("| %s | %s | %s | %s | %s | %s | %s |\n", t.T("minutes.col.id"), t.T("minutes.col.source"), t.T("minutes.col.what"),
			t.T("minutes.col.questions"), t.T("minutes.col.deadline"), t.T("minutes.col.status"), t.T("minutes.col.note"))
		p("|---:|---|---|---|---|---|---|\n")
		for _, f := range g.followUps {
			r := x.followUpRow(f)
			status := mdCell(r.status)
			if r.overdue {
				status = "**" + status + "**"
			}
			p("| %s | %s | %s | %s | %s | %s | %s |\n", r.id, mdCell(r.source), mdCell(r.what), mdCell(r.questions), mdCell(r.deadline), status, mdCell(r.note))
		}
	}
	p("\n## %s\n\n", mdInline(t.T("minutes.stats")))
	sec := x.figures()
	for _, l := range sec.lines {
		p("%s\n", mdInline(l))
	}
	for _, tb := range sec.tables {
		p("\n### %s\n", mdInline(tb.title))
		if tb.note != "" {
			p("\n%s\n", mdInline(tb.note))
		}
		if len(tb.rows) == 0 {
			continue
		}
		p("\n|")
		for _, h := range tb.header {
			p(" %s |", mdCell(h))
		}
		p("\n|")
		for _, num := range tb.numeric {
			if num {
				p("---:|")
			} else {
				p("---|")
			}
		}
		p("\n")
		for _, row := range tb.rows {
			p("|")
			for _, c := range row {
				p(" %s |", mdCell(c))
			}
			p("\n")
		}
	}
	p("\n---\n\n_%s_\n", mdInline(t.T("minutes.footer", x.date(x.now))))
	return b.Bytes()
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, s := range parts {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// mdEscaper makes text from the meeting inert in Markdown: no emphasis,
// links, HTML, code or table cells break out of where they are put.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "#", `\#`, "~", `\~`,
)

// mdInline is one line of text, escaped.
func mdInline(s string) string { return mdEscaper.Replace(oneLine(s)) }

// mdCell is text for a table cell: escaped, its lines joined by <br>.
func mdCell(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = mdEscaper.Replace(strings.TrimSpace(l))
	}
	return strings.Join(lines, "<br>")
}

// mdBlock is multi-line text inside a list item: escaped, each line a hard
// break, continuation lines indented; a line that would start a list or a
// heading is kept as text.
func mdBlock(s, indent string) string {
	lines := strings.Split(s, "\n")
	var out []string
	for _, l := range lines {
		l = mdEscaper.Replace(strings.TrimSpace(l))
		if l == "" {
			continue
		}
		if len(l) > 0 && strings.ContainsRune("-+=", rune(l[0])) {
			l = `\` + l
		}
		if i := strings.IndexFunc(l, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (l[i] == '.' || l[i] == ')') {
			l = l[:i] + `\` + l[i:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "  \n"+indent)
}
