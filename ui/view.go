package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
)

// wideAt is the width from which the queue sits beside the floor instead
// of under it.
const wideAt = 110

// View draws the whole screen. Only the root returns a tea.View.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	// The window title goes to the terminal outside the drawn screen (an
	// OSC sequence of its own): cleaned again here, whatever the meeting
	// holds (a file an older Podium imported unclean).
	v.WindowTitle = "Podium — " + model.CleanLine(m.meeting().Header.Title)
	return v
}

// render draws the screen as text, at the size of the last resize (80x24
// before the first one, so nothing is ever drawn at zero size).
func (m *Model) render() string {
	if m.quitting {
		return ""
	}
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		w, h = 80, 24
	}
	top := m.statusBar(w)
	bottom := []string{m.messageLine(w), m.helpLine(w)}
	if m.screen == screenModerate && m.mode != modeHelp && m.mode != modeFullText {
		bottom = append(m.stageLines(w), bottom...)
		if a := m.agendaLines(w); len(a) > 0 {
			top += "\n" + strings.Join(a, "\n")
			h -= len(a)
		}
	}
	bodyH := max(0, h-1-len(bottom))
	var body string
	dialog := m.mode == modeForm || m.mode == modeConfirmDiscard || m.mode == modePicker
	switch {
	case m.mode == modeFullText || m.mode == modeHelp, m.screen != screenModerate && dialog:
		body = m.mainBox(w, bodyH) // reading and forms take the whole screen
	case m.screen == screenRecord:
		body = m.recordBody(w, bodyH)
	case m.screen == screenFollowUps:
		body = m.followBody(w, bodyH)
	case m.screen == screenTimeline:
		body = m.timelineBody(w, bodyH)
	case m.screen == screenStats:
		body = m.statsBody(w, bodyH)
	case w >= wideAt:
		body = m.wideBody(w, bodyH)
	default:
		body = m.narrowBody(w, bodyH)
	}
	return strings.Join(append([]string{top, body}, bottom...), "\n")
}

// narrowBody stacks floor, answer and queue (80 columns).
func (m *Model) narrowBody(w, h int) string {
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
func (m *Model) wideBody(w, h int) string {
	leftW := w * 3 / 5
	rightW := w - leftW
	floorH := h * 3 / 5
	answerH := h - floorH
	right := m.floorBox(rightW, floorH) + "\n" + m.answerBox(rightW, answerH)
	return joinColumns(m.mainBox(leftW, h), right)
}

func (m *Model) floorBox(w, h int) string {
	st := m.ctx.Styles
	border := st.Border
	if m.meeting().Floor.State == model.FloorAsking {
		border = st.BorderActive
	}
	lines := floorCard(m.ctx, m.meeting(), m.now, w-2, h-2)
	return box(m.ctx.T.T("box.floor"), lines, w, h, border, st.BoxTitle)
}

func (m *Model) answerBox(w, h int) string {
	st := m.ctx.Styles
	border := st.Border
	if m.meeting().Floor.State == model.FloorAnswering {
		border = st.BorderActive
	}
	lines := answerCard(m.ctx, m.meeting(), m.now, w-2, h-2, m.typingLines())
	return box(m.ctx.T.T("box.answer"), lines, w, h, border, st.BoxTitle)
}

// mainBox is the queue, or whatever dialog has taken its place.
func (m *Model) mainBox(w, h int) string {
	st, t := m.ctx.Styles, m.ctx.T
	iw, ih := w-2, h-2
	switch m.mode {
	case modeForm, modeConfirmDiscard:
		return box(m.form.title, m.form.view(m.ctx, iw, ih), w, h, st.BorderActive, st.BoxTitle)
	case modePicker:
		title := t.T("picker.answer_title", m.picker.question)
		switch m.pickFor {
		case pickWriting:
			title = t.T("picker.writing_title", m.picker.question)
		case pickAgain:
			title = t.T("picker.again_title", m.picker.question)
		}
		return box(title, m.picker.view(m.ctx, m.meeting(), iw, ih), w, h, st.BorderActive, st.BoxTitle)
	case modeHelp:
		lines := strings.Split(m.help.FullHelpView(m.fullHelp()), "\n")
		if len(m.join) > 0 {
			lines = append(lines, "", st.FloorName.Render(t.T("stage.join")))
			for _, j := range m.join {
				lines = append(lines, cut(j, iw))
			}
		}
		return box(t.T("box.help"), lines, w, h, st.BorderActive, st.BoxTitle)
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

// messageLine shows the last result, the filter being typed, or a question
// being asked of the user.
func (m *Model) messageLine(w int) string {
	st, t := m.ctx.Styles, m.ctx.T
	switch m.mode {
	case modeFilter:
		m.filter.SetWidth(max(1, w-4))
		return padStyled(m.filter.View(), w)
	case modeConfirmQuit:
		return padStyled(st.Error.Render(cut(t.T("confirm.quit"), w)), w)
	case modeConfirmDiscard:
		return padStyled(st.Error.Render(cut(t.T("confirm.discard"), w)), w)
	case modeConfirmUndo:
		return padStyled(st.Error.Render(cut(m.confirmUndoText(), w)), w)
	}
	if m.message == "" && m.alert != "" {
		return padStyled(st.Error.Render(cut("⚠ "+m.alert, w)), w)
	}
	if m.message == "" && m.warning != "" {
		return padStyled(st.Error.Render(cut("⚠ "+m.warning, w)), w)
	}
	if m.message == "" {
		return strings.Repeat(" ", w)
	}
	style := st.Notice
	if m.messageErr {
		style = st.Error
	}
	return padStyled(style.Render(cut(m.message, w)), w)
}

// helpLine is the short help for what has the keyboard.
func (m *Model) helpLine(w int) string {
	return padStyled(m.help.ShortHelpView(m.shortHelp()), w)
}

func (m *Model) shortHelp() []key.Binding {
	k := m.ctx.Keys
	switch m.mode {
	case modeForm:
		return []key.Binding{k.Next, k.Prev, k.Cycle, k.Save, k.Cancel}
	case modePicker:
		b := []key.Binding{k.Up, k.Down, k.Confirm, k.Cancel}
		if m.pickFor == pickWriting {
			b = append(b, key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", m.ctx.T.T("key.deadline"))))
		}
		return b
	case modeFilter:
		return []key.Binding{k.Confirm, k.Cancel}
	case modeConfirmQuit, modeConfirmDiscard, modeConfirmUndo:
		return []key.Binding{k.Yes, k.No}
	case modeHelp:
		return []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.ctx.T.T("key.close")))}
	case modeFullText:
		return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown,
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.ctx.T.T("key.close")))}
	}
	switch m.screen {
	case screenRecord:
		if m.notes.editing() {
			return []key.Binding{m.notesDoneKey()}
		}
		if m.floorElsewhere() != nil {
			return []key.Binding{k.ToFloor, k.WriteNotes, k.Outcome, k.Responder, k.Conclusion, k.Add, k.SendNote, k.PrevAnswer, k.NextScreen, k.Undo, k.Help, k.Quit}
		}
		return []key.Binding{k.WriteNotes, k.Outcome, k.Responder, k.Conclusion, k.Add, k.SendNote, k.PrevAnswer, k.NextScreen, k.Undo, k.Help, k.Quit}
	case screenFollowUps:
		return []key.Binding{k.Up, k.Down, key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", m.ctx.T.T("key.update_followup"))), k.Conclusion, k.NextScreen, k.Help, k.Quit}
	case screenTimeline, screenStats:
		return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.NextScreen, k.Help, k.Quit}
	}
	switch m.meeting().Floor.State {
	case model.FloorAsking:
		return []key.Binding{k.StartAnswer, k.ToggleClock, k.Postpone, k.InWriting, k.Withdraw, k.FullText, k.Undo, k.Help, k.Quit}
	case model.FloorAnswering:
		return []key.Binding{k.EndAnswer, k.ToggleClock, k.InWriting, k.Undo, k.Help, k.Quit}
	}
	return []key.Binding{k.CallNext, k.CallSelected, k.Add, k.Edit, k.MoveUp, k.Filter, k.Undo, k.Help, k.Quit}
}

func (m *Model) fullHelp() [][]key.Binding {
	k := m.ctx.Keys
	return [][]key.Binding{
		{k.CallNext, k.CallSelected, k.StartAnswer, k.EndAnswer, k.InWriting, k.Postpone, k.Withdraw},
		{k.ToggleClock, k.Add, k.Edit, k.AddDept, k.MoveUp, k.MoveDown, k.Undo, k.Redo, k.FullText},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Filter, k.Language, k.Help, k.Quit},
		{k.NextScreen, k.Screens, k.WriteNotes, k.Outcome, k.Responder, k.Conclusion, k.PrevAnswer, k.ToFloor, k.SendNote},
		{k.NextItem, k.Blank, k.TitleCard, k.DismissNote, k.Mark, k.CallGroup, k.AnswerAgain, k.Order},
	}
}

// stageLines are what the moderator must not miss off the floor: open
// backstage notes (the oldest first, M dismisses it), the projector's mode
// when it is not showing the floor, and how others join.
func (m *Model) stageLines(w int) []string {
	st, t, stage := m.ctx.Styles, m.ctx.T, m.meeting().Stage
	var lines []string
	if notes := stage.OpenNotes(); len(notes) > 0 {
		n := notes[0]
		text := t.T("stage.note", n.From, n.Text)
		if len(notes) > 1 {
			text = t.T("stage.notes_more", len(notes)-1) + " " + text
		}
		lines = append(lines, padStyled(st.Notice.Render(cut("✉ "+text, w)), w))
	}
	if stage.Display != model.DisplayLive {
		lines = append(lines, padStyled(st.ClockWarning.Render(cut(t.T("stage.display."+string(stage.Display)), w)), w))
	}
	if len(m.join) > 0 && m.height >= 30 {
		lines = append(lines, padStyled(st.Dim.Render(cut(strings.Join(m.join, " · "), w)), w))
	}
	return lines
}
