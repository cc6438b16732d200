package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/model/stats"
	"podium/ui/theme"
)

// statsView is the Statistics screen's state: where it is scrolled to,
// and the figures, brought to each snapshot (when stats.Same says the
// commit left every record they read, only moved on; else stats.Update
// follows the records the commit replaced, or computes afresh when it
// changed too many) and moved on with the running clock between
// snapshots (stats.Advance costs the clock, not the meeting). A frame draws only the
// lines it shows.
type statsView struct {
	top   int // first line shown
	lines int // lines the last frame had
	page  int // lines the last frame showed

	mt     *model.Meeting // the snapshot the figures are from
	s      stats.Stats
	depts  []int // indexes into s.Departments, in Vietnamese order of codes
	themes []int // into s.Themes, Vietnamese order, no theme last
	askers []int // into s.Askers: those who have spoken, Vietnamese order
	// The widest label of each list, measured once per snapshot.
	codeW, deptNameW, themeW, askerW int
	order                            collationKeys // the names' sort keys, kept across snapshots
}

// refresh brings the figures to the snapshot mt at now.
func (v *statsView) refresh(mt *model.Meeting, now time.Time, noTheme string) {
	switch {
	case v.mt == mt || stats.Same(v.mt, mt): // a commit the figures do not read
		v.mt = mt
		v.s.Advance(now)
		return
	case v.mt == nil:
		v.s = stats.Compute(mt, now)
	default:
		v.s.Update(v.mt, mt, now) // the records it replaced followed, or all afresh
	}
	v.mt = mt
	if !v.s.Reshaped() { // the same names in the same places: the lists stand
		return
	}
	s := &v.s
	v.depts, v.themes, v.askers = v.depts[:0], v.themes[:0], v.askers[:0]
	v.codeW, v.deptNameW, v.themeW, v.askerW = 0, 0, 0, 0
	for i, d := range s.Departments {
		v.depts = append(v.depts, i)
		v.codeW = max(v.codeW, width(d.Code))
		v.deptNameW = max(v.deptNameW, width(d.Name))
	}
	if len(v.order.keys) > 4*len(s.Askers)+1000 { // names edited away: start afresh
		v.order = collationKeys{}
	}
	sortByKeys(&v.order, v.depts, func(i int) string { return s.Departments[i].Code })
	last := -1
	for i, th := range s.Themes {
		if th.Name == "" {
			last = i
			v.themeW = max(v.themeW, width(noTheme))
			continue
		}
		v.themes = append(v.themes, i)
		v.themeW = max(v.themeW, width(th.Name))
	}
	sortByKeys(&v.order, v.themes, func(i int) string { return s.Themes[i].Name })
	if last >= 0 {
		v.themes = append(v.themes, last)
	}
	for i, a := range s.Askers {
		if a.Spoke > 0 {
			v.askers = append(v.askers, i)
			v.askerW = max(v.askerW, width(a.Person.Name))
		}
	}
	sortByKeys(&v.order, v.askers, func(i int) string { return s.Askers[i].Person.Name })
}

// statsScreen is the figures per department, theme and asker.
type statsScreen struct {
	*shared
	baseScreen
	statsView
}

func (m *statsScreen) titleKey() string { return "screen.stats" }

// ShortHelp is the screen's help line.
func (m *statsScreen) ShortHelp() []key.Binding {
	k, g := m.ctx.Keys.Stats, m.ctx.Keys.Global
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, g.NextScreen, g.Help, g.Quit}
}

// FullHelp is every key of the screen.
func (m *statsScreen) FullHelp() []helpGroup {
	k := m.ctx.Keys.Stats
	return []helpGroup{{m.ctx.T.T("help.stats"), []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown}}}
}

// keyPress scrolls the Statistics screen.
func (m *statsScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k, v := m.ctx.Keys.Stats, &m.statsView
	step := max(1, v.page-1)
	switch {
	case key.Matches(msg, k.Up):
		v.top--
	case key.Matches(msg, k.Down):
		v.top++
	case key.Matches(msg, k.PageUp):
		v.top -= step
	case key.Matches(msg, k.PageDown):
		v.top += step
	default:
		return nil, false
	}
	if v.lines > 0 { // the screen has been drawn: stop at the end
		v.top = min(v.top, v.lines-v.page)
	}
	v.top = max(0, v.top)
	return nil, true
}

// statsSection is a run of lines drawn on demand: a frame asks only for
// the lines it shows.
type statsSection struct {
	n    int
	line func(i int) string
}

func statsLines(lines ...string) statsSection {
	return statsSection{n: len(lines), line: func(i int) string { return lines[i] }}
}

// statsBeside puts two sections side by side, the left one padded to lw.
func statsBeside(l, r statsSection, lw, gap int) statsSection {
	return statsSection{n: max(l.n, r.n), line: func(i int) string {
		lhs, rhs := "", ""
		if i < l.n {
			lhs = l.line(i)
		}
		if i < r.n {
			rhs = r.line(i)
		}
		return padStyled(lhs, lw) + strings.Repeat(" ", gap) + rhs
	}}
}

// statsBody draws the Statistics screen: the totals, then departments,
// themes and askers with bar charts; side by side from wideAt columns.
func (m *statsScreen) view(w, h int) string {
	st, t := &m.ctx.Styles, m.ctx.T
	v := &m.statsView
	v.refresh(m.meeting(), m.now, t.T("stats.no_theme"))
	iw, ih := w-2, h-2
	if len(v.s.Themes) == 0 {
		v.lines, v.page, v.top = 0, ih, 0
		return box(t.T("screen.stats"), []string{st.FloorIdle.Render(cut(t.T("stats.none"), iw))}, w, h, st.Border, st.BoxTitle)
	}
	blank := statsLines("")
	secs := []statsSection{statsLines(m.statsSummary(iw)...), blank, m.statsDepartments(iw, w >= wideAt), blank}
	if w >= wideAt {
		lw := (iw - 2) * 3 / 5
		secs = append(secs, statsBeside(m.statsThemes(lw), m.statsAskers(iw-2-lw), lw, 2))
	} else {
		secs = append(secs, m.statsThemes(iw), blank, m.statsAskers(iw))
	}
	total := 0
	for _, s := range secs {
		total += s.n
	}
	v.lines, v.page = total, max(1, ih)
	v.top = max(0, min(v.top, total-v.page))
	lines := make([]string, 0, ih)
	at := 0
	for _, s := range secs {
		for i := max(0, v.top-at); i < s.n && at+i < v.top+ih; i++ {
			lines = append(lines, s.line(i))
		}
		at += s.n
	}
	title := t.T("screen.stats")
	if total > ih {
		title = t.T("stats.title_scroll", v.top+1, min(v.top+ih, total), total)
	}
	return box(title, lines, w, h, st.Border, st.BoxTitle)
}

// statsSummary is the meeting's totals, flowed onto as few lines as fit.
func (m *statsScreen) statsSummary(w int) []string {
	t, tot := m.ctx.T, m.statsView.s.Totals
	g := tot.Questions
	pieces := []string{t.T("stats.sum.asked", tot.Asked, g.Total()), t.T("stats.sum.answered", g.Answered)}
	if g.InWriting > 0 {
		pieces = append(pieces, t.T("stats.sum.in_writing", g.InWriting))
	}
	if g.Waiting > 0 {
		pieces = append(pieces, t.T("stats.sum.waiting", g.Waiting))
	}
	lines := flowPieces(pieces, w)
	pieces = []string{t.T("stats.sum.speaking", mmss(tot.Speaking)), t.T("stats.sum.answering", mmss(tot.Answering), tot.Answers)}
	if tot.Done > 0 {
		pieces = append(pieces, t.T("stats.sum.average", mmss(tot.Average())))
	}
	if tot.Overtime > 0 {
		pieces = append(pieces, m.ctx.Styles.Error.Render(t.T("stats.sum.overtime", "+"+mmss(tot.Overtime))))
	}
	return append(lines, flowPieces(pieces, w)...)
}

// flowPieces joins pieces with " · " onto lines of at most w cells, breaking
// between pieces; a piece too long for a line is cut.
func flowPieces(pieces []string, w int) []string {
	var lines []string
	cur := ""
	for _, p := range pieces {
		switch {
		case cur == "":
			cur = p
		case width(cur)+3+width(p) <= w:
			cur += " · " + p
		default:
			lines = append(lines, cur)
			cur = p
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	for i, l := range lines {
		if width(l) > w {
			lines[i] = padStyled(l, w)
		}
	}
	return lines
}

// statsSectionTitle is a section's name and a rule to the edge.
func (m *statsScreen) statsSectionTitle(title string, w int) string {
	st := &m.ctx.Styles
	title = cut(title, w)
	rule := w - width(title) - 1
	if rule <= 0 {
		return st.FloorName.Render(title)
	}
	return st.FloorName.Render(title) + " " + st.Border.Render(strings.Repeat("─", rule))
}

// The bars: whole cells and the barEighths of the last one.
var barEighths = [...]string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// statsBar is v against top drawn in w cells, padded to w: a value above zero
// shows at least a sliver.
func statsBar(v, top float64, w int, style theme.Role) string {
	if w <= 0 {
		return ""
	}
	n := 0
	if top > 0 && v > 0 {
		n = min(w*8, max(1, int(v/top*float64(w*8)+0.5)))
	}
	s := strings.Repeat("█", n/8) + barEighths[n%8]
	return style.Render(s) + strings.Repeat(" ", w-width(s))
}

// statsNumber is n right-aligned in w cells; zero is a dim dot.
func (m *statsScreen) statsNumber(n, w int) string {
	if n == 0 {
		return strings.Repeat(" ", max(0, w-1)) + m.ctx.Styles.Dim.Render("·")
	}
	return alignRight(fmt.Sprint(n), w)
}

// alignRight is plain text right-aligned in w cells (cut if longer).
func alignRight(s string, w int) string {
	s = cut(s, w)
	return strings.Repeat(" ", max(0, w-width(s))) + s
}

// statsDepartments is the departments' table: how many questions each was
// asked, their outcomes, its answers and a bar of its answer time; wide,
// with the department's name.
func (m *statsScreen) statsDepartments(w int, wide bool) statsSection {
	st, t, v := &m.ctx.Styles, m.ctx.T, &m.statsView
	title := m.statsSectionTitle(t.T("stats.by_department"), w)
	if len(v.depts) == 0 {
		return statsLines(title, st.FloorIdle.Render(cut(t.T("stats.no_departments"), w)))
	}
	var most struct{ addr, spot, writing, fwd, commit, answers int }
	var top, avg time.Duration
	for _, i := range v.depts {
		d := v.s.Departments[i]
		most.addr, most.spot, most.writing = max(most.addr, d.Addressed), max(most.spot, d.OnTheSpot), max(most.writing, d.InWriting)
		most.fwd, most.commit, most.answers = max(most.fwd, d.Forwarded), max(most.commit, d.Commitments), max(most.answers, d.Answers)
		top, avg = max(top, d.AnswerTime), max(avg, d.Average())
	}
	col := func(header string, most int) int { return max(width(header), len(fmt.Sprint(most))) }
	hCode, hAddr, hSpot, hWrit, hFwd, hCom, hAns, hTime, hAvg := t.T("stats.col.department"), t.T("stats.col.addressed"),
		t.T("stats.col.on_the_spot"), t.T("stats.col.in_writing"), t.T("stats.col.forwarded"), t.T("stats.col.commitments"),
		t.T("stats.col.answers"), t.T("stats.col.answer_time"), t.T("stats.col.average")
	codeW := min(max(v.codeW, width(hCode)), 10)
	cAddr, cSpot, cWrit, cFwd, cCom, cAns := col(hAddr, most.addr), col(hSpot, most.spot), col(hWrit, most.writing),
		col(hFwd, most.fwd), col(hCom, most.commit), col(hAns, most.answers)
	timeW, avgW := max(4, width(mmss(top))), max(width(hAvg), 4, width(mmss(avg)))
	fixed := codeW + 1 + cAddr + 1 + cSpot + 1 + cWrit + 1 + cFwd + 1 + cCom + 1 + cAns + 1 + 1 + timeW + 1 + avgW
	barW := w - fixed
	nameW := 0
	if wide && barW >= 30 {
		nameW = min(v.deptNameW, barW-20)
		barW -= nameW + 1
	}
	name := func(s string) string {
		if nameW == 0 {
			return ""
		}
		return fit(s, nameW) + " "
	}
	header := fit(hCode, codeW) + " " + name("") + alignRight(hAddr, cAddr) + " " + alignRight(hSpot, cSpot) + " " +
		alignRight(hWrit, cWrit) + " " + alignRight(hFwd, cFwd) + " " + alignRight(hCom, cCom) + " " + alignRight(hAns, cAns) + " " +
		fit(hTime, barW+1+timeW) + " " + alignRight(hAvg, avgW)
	head := statsLines(title, st.QueueHeader.Render(header))
	return statsSection{n: 2 + len(v.depts), line: func(i int) string {
		if i < 2 {
			return head.line(i)
		}
		d := v.s.Departments[v.depts[i-2]]
		s := st.Department.Render(fit(d.Code, codeW)) + " " + st.Dim.Render(name(d.Name)) +
			m.statsNumber(d.Addressed, cAddr) + " " + m.statsNumber(d.OnTheSpot, cSpot) + " " + m.statsNumber(d.InWriting, cWrit) + " " +
			m.statsNumber(d.Forwarded, cFwd) + " " + m.statsNumber(d.Commitments, cCom) + " " + m.statsNumber(d.Answers, cAns) + " " +
			statsBar(float64(d.AnswerTime), float64(top), barW, st.Department) + " "
		if d.Answers == 0 {
			return s + strings.Repeat(" ", timeW+1+avgW)
		}
		return s + alignRight(mmss(d.AnswerTime), timeW) + " " + st.Dim.Render(alignRight(mmss(d.Average()), avgW))
	}}
}

// statsGroup is one status group of the themes' stacked bars: its glyph,
// style and legend, and its count.
type statsGroup struct {
	glyph, legend string
	style         theme.Role
	n             func(stats.Groups) int
}

// statsGroups are the status groups in the order the themes' bars stack
// them.
func (m *statsScreen) statsGroups() []statsGroup {
	st, t := &m.ctx.Styles, m.ctx.T
	return []statsGroup{
		{"█", t.T("stats.legend.answered"), st.Notice, func(g stats.Groups) int { return g.Answered }},
		{"▓", t.T("stats.legend.in_writing"), st.ClockWarning, func(g stats.Groups) int { return g.InWriting }},
		{"▒", t.T("stats.legend.live"), st.Focused, func(g stats.Groups) int { return g.Live }},
		{"░", t.T("stats.legend.waiting"), st.Dim, func(g stats.Groups) int { return g.Waiting }},
		{"·", t.T("stats.legend.withdrawn"), st.Dim, func(g stats.Groups) int { return g.Withdrawn }},
	}
}

// statsThemes is the themes: their questions as a bar stacked by status,
// and a bar of their time asking and answering; the legend under them.
func (m *statsScreen) statsThemes(w int) statsSection {
	st, t, v := &m.ctx.Styles, m.ctx.T, &m.statsView
	groups := m.statsGroups()
	most, top := 0, time.Duration(0)
	for _, i := range v.themes {
		th := v.s.Themes[i]
		most, top = max(most, th.Questions.Total()), max(top, th.Time())
	}
	hName, hQ, hTime := t.T("stats.col.theme"), t.T("stats.col.questions"), t.T("stats.col.time")
	countW, timeW := max(2, len(fmt.Sprint(most))), max(4, width(mmss(top)))
	nameW := max(width(hName), min(v.themeW, w/2))
	rest := w - nameW - 1 - countW - 1 - 2 - 1 - timeW
	qW := max(0, rest*2/5)
	tW := max(0, rest-qW)
	header := fit(hName, nameW) + " " + fit(hQ, countW+1+qW) + "  " + fit(hTime, tW+1+timeW)
	var legend []string
	for _, g := range groups {
		legend = append(legend, g.style.Render(g.glyph)+" "+st.Dim.Render(g.legend))
	}
	head := statsLines(m.statsSectionTitle(t.T("stats.by_theme"), w), st.QueueHeader.Render(header))
	n := len(v.themes)
	return statsSection{n: 3 + n, line: func(i int) string {
		switch {
		case i < 2:
			return head.line(i)
		case i == 2+n:
			return padStyled(strings.Join(legend, "  "), w)
		}
		th := v.s.Themes[v.themes[i-2]]
		label := th.Name
		if label == "" {
			label = t.T("stats.no_theme")
		}
		// The questions' bar: the groups stacked, cut at cumulative
		// rounding so the parts add up to the whole.
		var b strings.Builder
		cells, sum := 0, 0
		for _, g := range groups {
			sum += g.n(th.Questions)
			end := 0
			if most > 0 {
				end = (sum*qW*2 + most) / (most * 2)
			}
			if end > cells {
				b.WriteString(g.style.Render(strings.Repeat(g.glyph, end-cells)))
				cells = end
			}
		}
		b.WriteString(strings.Repeat(" ", qW-cells))
		return fit(label, nameW) + " " + alignRight(fmt.Sprint(th.Questions.Total()), countW) + " " + b.String() + "  " +
			statsBar(float64(th.Time()), float64(top), tW, st.Department) + " " + alignRight(mmss(th.Time()), timeW)
	}}
}

// statsAskers is the askers who have spoken: a bar of their speaking time
// and their overtime.
func (m *statsScreen) statsAskers(w int) statsSection {
	st, t, v := &m.ctx.Styles, m.ctx.T, &m.statsView
	title := m.statsSectionTitle(t.T("stats.by_asker", len(v.askers), len(v.s.Askers)), w)
	if len(v.askers) == 0 {
		return statsLines(title, st.FloorIdle.Render(cut(t.T("stats.nobody_spoke"), w)))
	}
	var top, over time.Duration
	for _, i := range v.askers {
		a := &v.s.Askers[i]
		top, over = max(top, a.Speaking), max(over, a.Overtime)
	}
	hName, hTime, hOver := t.T("stats.col.asker"), t.T("stats.col.speaking"), t.T("stats.col.overtime")
	timeW := max(4, width(mmss(top)))
	overW := max(width(hOver), width("+"+mmss(over)))
	nameW := max(width(hName), min(v.askerW, w*2/5))
	barW := max(0, w-nameW-1-1-timeW-1-overW)
	header := fit(hName, nameW) + " " + fit(hTime, barW+1+timeW) + " " + alignRight(hOver, overW)
	head := statsLines(title, st.QueueHeader.Render(header))
	return statsSection{n: 2 + len(v.askers), line: func(i int) string {
		if i < 2 {
			return head.line(i)
		}
		a := &v.s.Askers[v.askers[i-2]]
		s := fit(a.Person.Name, nameW) + " " +
			statsBar(float64(a.Speaking), float64(top), barW, st.Notice) + " " + alignRight(mmss(a.Speaking), timeW) + " "
		if a.Overtime == 0 {
			return s + m.statsNumber(0, overW)
		}
		return s + strings.Repeat(" ", overW-width("+"+mmss(a.Overtime))) + st.Error.Render("+"+mmss(a.Overtime))
	}}
}
