package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"podium/model"
)

// wideAt is the width from which the queue sits beside the floor instead
// of under it.
const wideAt = 110

// view draws the Moderate screen: the agenda over the floor, the answer
// and the queue, and under them what the moderator must not miss. A
// question's full text takes the whole screen.
func (m *moderateScreen) view(w, h int) string {
	if m.own == modeFullText {
		return m.mainBox(w, h)
	}
	agenda, stage := m.agendaLines(w), m.stageLines(w)
	bodyH := max(0, h-len(agenda)-len(stage))
	var body string
	if w >= wideAt {
		body = m.wideBody(w, bodyH)
	} else {
		body = m.narrowBody(w, bodyH)
	}
	return strings.Join(append(append(agenda, body), stage...), "\n")
}

// ShortHelp is the help line: the keys for what is on the floor, or for
// the screen's own mode.
func (m *moderateScreen) ShortHelp() []key.Binding {
	k, g := m.ctx.Keys.Moderate, m.ctx.Keys.Global
	if m.ask != nil {
		return m.ask.keys(m.ctx.Keys.Confirm)
	}
	switch m.own {
	case modePicker:
		p := m.ctx.Keys.Picker
		b := []key.Binding{p.Up, p.Down, p.Choose, p.Cancel}
		if m.pickFor == pickWriting {
			b = append(b, p.Deadline)
		}
		return b
	case modeFilter:
		return []key.Binding{m.ctx.Keys.Filter.Done, m.ctx.Keys.Filter.Clear}
	case modeLeave:
		l := m.ctx.Keys.Leave
		return []key.Binding{l.InWriting, l.Keep, l.Stay}
	case modeFullText:
		r := m.ctx.Keys.Reader
		return []key.Binding{r.Up, r.Down, r.PageUp, r.PageDown, r.Close}
	}

	switch m.meeting().Floor.State {
	case model.FloorAsking:
		return []key.Binding{k.StartAnswer, k.ToggleClock, k.Postpone, k.InWriting, k.Withdraw, k.FullText, g.Undo, g.Help, g.Quit}
	case model.FloorAnswering:
		return []key.Binding{k.EndAnswer, k.ToggleClock, k.InWriting, g.Undo, g.Help, g.Quit}
	}
	return []key.Binding{k.CallNext, k.CallSelected, k.Add, k.Edit, k.MoveUp, k.Filter, g.Undo, g.Help, g.Quit}
}

// FullHelp is every key of the screen, by group.
func (m *moderateScreen) FullHelp() []helpGroup {
	k, t := m.ctx.Keys.Moderate, m.ctx.T
	return []helpGroup{
		{t.T("help.floor"), []key.Binding{k.CallNext, k.CallSelected, k.StartAnswer, k.EndAnswer, k.InWriting,
			k.Postpone, k.Withdraw, k.ToggleClock, k.FullText, k.CallGroup, k.AnswerAgain}},
		{t.T("help.queue"), []key.Binding{k.Add, k.Edit, k.AddDept, k.Import, k.MoveUp, k.MoveDown, k.Mark, k.Order, k.Filter, k.ClearFilter}},
		{t.T("help.move"), []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.First, k.Last}},
		{t.T("help.stage"), []key.Binding{k.NextItem, k.Blank, k.TitleCard, k.DismissNote, k.NewCodes}},
	}
}

// narrowBody stacks floor, answer and queue (80 columns).
func (m *moderateScreen) narrowBody(w, h int) string {
	floorH, answerH := 8, 4
	if h < 20 {
		floorH = 7 // the agenda and pace lines took rows: keep the queue readable
	}
	if h < floorH+answerH+4 {
		floorH, answerH = max(3, h/2), max(3, h/4)
	}
	if h >= 30 {
		floorH, answerH = 9, 6
	}
	mainH := max(0, h-floorH-answerH)
	return m.floorBox(w, floorH) + "\n" + m.answerBox(w, answerH) + "\n" + m.mainBox(w, mainH)
}

// wideBody puts the queue on the left, floor over answer on the right.
func (m *moderateScreen) wideBody(w, h int) string {
	leftW := w * 3 / 5
	rightW := w - leftW
	floorH := h * 3 / 5
	answerH := h - floorH
	right := m.floorBox(rightW, floorH) + "\n" + m.answerBox(rightW, answerH)
	return joinColumns(m.mainBox(leftW, h), right)
}

func (m *moderateScreen) floorBox(w, h int) string {
	st := m.ctx.Styles
	border := st.Border
	if m.meeting().Floor.State == model.FloorAsking {
		border = st.BorderActive
	}
	lines := floorCard(m.ctx, m.meeting(), m.now, w-2, h-2)
	return box(m.ctx.T.T("box.floor"), lines, w, h, border, st.BoxTitle)
}

func (m *moderateScreen) answerBox(w, h int) string {
	st := m.ctx.Styles
	border := st.Border
	if m.meeting().Floor.State == model.FloorAnswering {
		border = st.BorderActive
	}
	lines := answerCard(m.ctx, m.meeting(), m.now, w-2, h-2, m.typingLines())
	return box(m.ctx.T.T("box.answer"), lines, w, h, border, st.BoxTitle)
}

// mainBox is the queue, or whatever dialog has taken its place.
func (m *moderateScreen) mainBox(w, h int) string {
	st, t := m.ctx.Styles, m.ctx.T
	iw, ih := w-2, h-2
	if m.form != nil {
		return m.formBox(w, h)
	}
	switch m.own {
	case modePicker:
		title := t.T("picker.answer_title", m.picker.questions)
		switch m.pickFor {
		case pickWriting:
			title = t.T("picker.writing_title", m.picker.questions)
		case pickAgain:
			title = t.T("picker.again_title", m.picker.questions)
		}
		return box(title, m.picker.view(m.ctx, m.meeting(), iw, ih), w, h, st.BorderActive, st.BoxTitle)
	case modeFullText:
		q := m.fullTextQuestion()
		text, _ := wrap(q.Text, iw, 1<<20)
		lines := append([]string{st.FloorName.Render(cut(person(q.Asker), iw)), ""}, text...)
		m.textTop = min(m.textTop, max(0, len(lines)-ih))
		title := t.T("box.full_text", q.ID)
		if len(lines) > ih {
			title = t.T("box.full_text_scroll", q.ID, m.textTop+1, min(len(lines), m.textTop+ih), len(lines))
		}
		return box(title, lines[m.textTop:], w, h, st.BorderActive, st.BoxTitle)
	}
	title := t.T("box.queue", m.counts[model.StatusWaiting])
	if m.queue.order != orderManual {
		title += " · " + t.T(m.queue.order.key())
	}
	if m.queue.filter != "" {
		title = t.T("box.queue_filtered", len(m.queue.rows), m.queue.filter)
	}
	return box(title, m.queue.view(m.ctx, m.meeting(), iw, ih), w, h, st.Border, st.BoxTitle)
}

// stageLines are what the moderator must not miss off the floor: open
// backstage notes (the oldest first, M dismisses it), the projector's mode
// when it is not showing the floor, and how others join.
func (m *moderateScreen) stageLines(w int) []string {
	st, t, stage := m.ctx.Styles, m.ctx.T, m.meeting().Stage
	var lines []string
	if line := m.awaitedLine(w); line != "" {
		lines = append(lines, line)
	}
	if notes := stage.OpenNotes(); len(notes) > 0 {
		n := notes[0]
		text := t.T("stage.note", upperFirst(whoName(t, n.From)), n.Text)
		if len(notes) > 1 {
			text = t.T("stage.notes_more", len(notes)-1) + " " + text
		}
		lines = append(lines, padStyled(st.Notice.Render(cut("✉ "+text, w)), w))
	}
	if stage.Display != model.DisplayLive {
		lines = append(lines, padStyled(st.ClockWarning.Render(cut(t.T("stage.display."+string(stage.Display)), w)), w))
	}
	if len(m.join) > 0 && m.height >= 30 {
		lines = append(lines, padStyled(st.Dim.Render(cut(m.joinLine(w), w)), w))
	}
	return lines
}

// agendaLines are the run of show's item under way with its time left and
// the expected end, and the pace: one line when it fits, else two.
func (m *moderateScreen) agendaLines(w int) []string {
	st, t, a := m.ctx.Styles, m.ctx.T, m.meeting().Agenda
	var left string
	switch it := a.Item(); {
	case len(a.Items) == 0:
	case it == nil && a.Current == 0:
		left = st.Dim.Render(t.T("agenda.not_started", a.Items[0].Title))
	case it == nil:
		left = st.Dim.Render(t.T("agenda.done"))
	default:
		rest := a.Left(m.now)
		clock := t.T("agenda.left", mmss(rest))
		style := st.ClockCalm
		if rest < 0 {
			clock, style = t.T("agenda.over", mmss(-rest)), st.ClockOvertime
		} else if model.Level(it.Planned-rest, it.Planned) == model.ClockWarning {
			style = st.ClockWarning
		}
		end := a.ExpectedEnd(m.now).In(m.loc()).Format("15:04")
		title := cut(it.Title, max(10, w/3))
		left = st.FloorName.Render("▸ "+title) + " " + style.Render(clock) + st.Dim.Render(" · "+t.T("agenda.end", end))
	}
	var pace string
	if p := m.pace; p.Known && (p.Waiting > 0 || p.Done > 0) {
		per := t.T("pace.per", mmss(p.PerQuestion))
		if p.Estimated {
			per = t.T("pace.per_estimated", mmss(p.PerQuestion))
		}
		fit := t.T("pace.fit", p.Fit, p.Waiting)
		if p.Fit < p.Waiting {
			fit = st.Error.Render(t.T("pace.short", p.Fit, p.Waiting, p.Waiting-p.Fit))
		}
		pace = st.Dim.Render(per+" · ") + fit
	}
	switch {
	case left == "" && pace == "":
		return nil
	case left == "":
		return []string{padStyled(pace, w)}
	case pace == "":
		return []string{padStyled(left, w)}
	case width(left)+3+width(pace) <= w:
		return []string{padStyled(left+st.Dim.Render(" │ ")+pace, w)}
	}
	return []string{padStyled(left, w), padStyled(pace, w)}
}

// joinLine is as many of the join lines as fit w whole, the first (SSH)
// first: an address cut short is worse than none. When some do not fit,
// it says ? shows them all.
func (m *moderateScreen) joinLine(w int) string {
	t := m.ctx.T
	if all := strings.Join(m.join, " · "); width(all) <= w {
		return all
	}
	more := t.T("stage.join_more")
	var shown []string
	for _, j := range m.join {
		if width(strings.Join(append(shown, j, more), " · ")) > w {
			break
		}
		shown = append(shown, j)
	}
	if len(shown) == 0 {
		return t.T("stage.join_hint")
	}
	return strings.Join(append(shown, more), " · ")
}
