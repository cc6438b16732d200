package export

import (
	"fmt"
	"strings"
	"time"

	"podium/model/stats"
)

// The minutes' statistics section: the figures of the Statistics screen
// (package stats) as sentences and three tables — per department, per
// theme, per asker who spoke — in the minutes' language. Rows keep the
// figures' own order: departments as the meeting lists them, themes and
// askers in the order of their first question.

// statTable is one table: its title, a note under it, its headings, which
// columns hold numbers, its rows. A table without rows is its title and
// note only.
type statTable struct {
	title   string
	note    string
	header  []string
	numeric []bool
	rows    [][]string
}

type statsSection struct {
	lines  []string // sentences before the tables
	tables []statTable
}

// dur is a duration as a document writes it, in words: "15 phút",
// "6 phút 25 giây", "1 giờ 2 phút"; never "15:00", which a printed page
// reads as a time of day. Zero parts are left out; nothing at all is "0 phút".
func (x *minutes) dur(d time.Duration) string {
	s := int(max(d, 0) / time.Second)
	var parts []string
	for _, p := range []struct {
		key string
		n   int
	}{{"doc.dur.hours", s / 3600}, {"doc.dur.minutes", s / 60 % 60}, {"doc.dur.seconds", s % 60}} {
		if p.n > 0 {
			parts = append(parts, x.t.T(p.key, p.n))
		}
	}
	if len(parts) == 0 {
		return x.t.T("doc.dur.minutes", 0)
	}
	return strings.Join(parts, " ")
}

func (x *minutes) figures() statsSection {
	t := x.t
	s := stats.Compute(x.m, x.now)
	tot := s.Totals
	var sec statsSection
	if tot.Questions.Total() == 0 {
		sec.lines = []string{t.T("minutes.stats.none")}
		return sec
	}
	sec.lines = append(sec.lines, t.T("minutes.stats.totals", tot.Asked, tot.Questions.Total(), x.dur(tot.Speaking), x.dur(tot.Answering), tot.Answers))
	if tot.Done > 0 {
		sec.lines = append(sec.lines, t.T("minutes.stats.average", x.dur(tot.Average())))
	}
	limit := x.m.Header.SpeakLimit
	if tot.Overtime > 0 {
		sec.lines = append(sec.lines, t.T("minutes.stats.overtime", x.dur(tot.Overtime), x.dur(limit)))
	}

	// Per department.
	depts := statTable{
		title: t.T("minutes.stats.by_department"),
		header: []string{t.T("minutes.col.department"), t.T("minutes.stats.col.addressed"),
			t.T("minutes.outcome.answered"), t.T("minutes.outcome.in_writing"), t.T("minutes.outcome.forwarded"), t.T("minutes.outcome.commitment"),
			t.T("minutes.stats.col.answers"), t.T("minutes.stats.col.answer_time"), t.T("minutes.stats.col.average")},
		numeric: []bool{false, true, true, true, true, true, true, true, true},
	}
	for _, d := range s.Departments {
		name := d.Name
		if d.Name != d.Code {
			name += " (" + d.Code + ")"
		}
		row := []string{name, fmt.Sprint(d.Addressed), fmt.Sprint(d.OnTheSpot), fmt.Sprint(d.InWriting),
			fmt.Sprint(d.Forwarded), fmt.Sprint(d.Commitments), fmt.Sprint(d.Answers), "", ""}
		if d.Answers > 0 {
			row[7], row[8] = x.dur(d.AnswerTime), x.dur(d.Average())
		}
		depts.rows = append(depts.rows, row)
	}
	sec.tables = append(sec.tables, depts)

	// Per theme: the status groups any theme has.
	groups := []struct {
		key string
		n   func(stats.Groups) int
	}{
		{"answered", func(g stats.Groups) int { return g.Answered }},
		{"in_writing", func(g stats.Groups) int { return g.InWriting }},
		{"live", func(g stats.Groups) int { return g.Live }},
		{"waiting", func(g stats.Groups) int { return g.Waiting }},
		{"withdrawn", func(g stats.Groups) int { return g.Withdrawn }},
	}
	themes := statTable{
		title:   t.T("minutes.stats.by_theme"),
		header:  []string{t.T("minutes.col.theme"), t.T("minutes.stats.col.questions")},
		numeric: []bool{false, true},
	}
	var shown []func(stats.Groups) int
	for _, g := range groups {
		if g.n(tot.Questions) > 0 {
			shown = append(shown, g.n)
			themes.header = append(themes.header, t.T("minutes.stats.group."+g.key))
			themes.numeric = append(themes.numeric, true)
		}
	}
	themes.header = append(themes.header, t.T("minutes.stats.col.speaking"), t.T("minutes.stats.col.answering"), t.T("minutes.stats.col.time"))
	themes.numeric = append(themes.numeric, true, true, true)
	for _, th := range s.Themes {
		name := th.Name
		if name == "" {
			name = t.T("minutes.stats.no_theme")
		}
		row := []string{name, fmt.Sprint(th.Questions.Total())}
		for _, n := range shown {
			row = append(row, fmt.Sprint(n(th.Questions)))
		}
		row = append(row, x.dur(th.Speaking), x.dur(th.Answering), x.dur(th.Time()))
		themes.rows = append(themes.rows, row)
	}
	sec.tables = append(sec.tables, themes)

	// Per asker who spoke.
	askers := statTable{
		title: t.T("minutes.stats.by_asker"),
		header: []string{t.T("minutes.col.asker"), t.T("minutes.stats.col.questions"),
			t.T("minutes.stats.col.speaking"), t.T("minutes.stats.col.overtime")},
		numeric: []bool{false, true, true, true},
	}
	for _, a := range s.Askers {
		if a.Spoke == 0 {
			continue
		}
		over := ""
		if a.Overtime > 0 {
			over = "+" + x.dur(a.Overtime)
		}
		askers.rows = append(askers.rows, []string{joinNonEmpty(", ", a.Person.Name, a.Person.Unit), fmt.Sprint(a.Spoke), x.dur(a.Speaking), over})
	}
	askers.note = t.T("minutes.stats.askers_note", len(askers.rows), len(s.Askers), x.dur(limit))
	sec.tables = append(sec.tables, askers)
	return sec
}
