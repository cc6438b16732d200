package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"slices"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// routeKey sends a key to whatever has the keyboard.
func (m *Model) routeKey(msg tea.KeyPressMsg) tea.Cmd {
	switch m.mode {
	case modeFilter:
		return m.filterKey(msg)
	case modeForm:
		return m.formKey(msg)
	case modePicker:
		return m.pickerKey(msg)
	case modeConfirmQuit:
		return m.confirmQuitKey(msg)
	case modeConfirmDiscard:
		return m.confirmDiscardKey(msg)
	case modeConfirmUndo:
		return m.confirmUndoKey(msg)
	case modeHelp:
		m.mode = modeMain
		return nil
	case modeFullText:
		return m.fullTextKey(msg)
	}
	if m.screen == screenRecord && m.notes.editing() {
		return m.notesKey(msg)
	}
	return m.mainKey(msg)
}

func (m *Model) routePaste(msg tea.PasteMsg) tea.Cmd {
	switch m.mode {
	case modeForm:
		return m.form.update(m.ctx.Keys, msg)
	case modeMain:
		if m.notes.editing() {
			return m.notes.update(msg, m.after)
		}
	case modeFilter:
		var cmd tea.Cmd
		m.filter, cmd = m.filter.Update(cleanPaste(msg))
		normalizeInput(&m.filter)
		m.applyFilter()
		return cmd
	}
	return nil
}

// mainKey is the Moderate screen's keyboard.
func (m *Model) mainKey(msg tea.KeyPressMsg) tea.Cmd {
	k, t, mt := m.ctx.Keys, m.ctx.T, m.meeting()
	m.message, m.alert = "", ""
	switch {
	case key.Matches(msg, k.NextScreen):
		return m.switchTo((m.screen + 1) % screenCount)
	case key.Matches(msg, k.Screens):
		return m.switchTo(screen(msg.Text[0] - '1'))
	}
	if m.screen == screenTimeline && key.Matches(msg, k.Undo) {
		return m.timelineUndo()
	}
	if m.screen != screenModerate && !key.Matches(msg, k.Quit, k.Help, k.Undo, k.Redo, k.Language) {
		switch m.screen {
		case screenRecord:
			return m.recordKey(msg)
		case screenFollowUps:
			return m.followKey(msg)
		case screenTimeline:
			return m.timelineKey(msg)
		case screenStats:
			return m.statsKey(msg)
		}
	}
	switch {
	case key.Matches(msg, k.Quit):
		if m.clockRunning() {
			m.mode = modeConfirmQuit
			return nil
		}
		return m.quit()
	case key.Matches(msg, k.Help):
		m.mode = modeHelp
	case key.Matches(msg, k.Up):
		m.queue.move(-1)
	case key.Matches(msg, k.Down):
		m.queue.move(1)
	case key.Matches(msg, k.PageUp):
		m.queue.move(-max(1, m.queue.height-1))
	case key.Matches(msg, k.PageDown):
		m.queue.move(max(1, m.queue.height-1))
	case msg.String() == "home":
		m.queue.move(-len(m.queue.rows))
	case msg.String() == "end":
		m.queue.move(len(m.queue.rows))
	case key.Matches(msg, k.CallNext) && mt.Floor.State == model.FloorAsking && len(mt.Floor.Questions) > 1:
		// In a group, n gives the floor to the group's next asker.
		i := mt.Floor.Speaker + 1
		if i < len(mt.Floor.Questions) {
			q := mt.Question(mt.Floor.Questions[i])
			return m.send(model.NextSpeaker{}, t.T("done.call", q.ID, q.Asker.Name))
		}
		return m.send(model.NextSpeaker{}, "")
	case key.Matches(msg, k.CallNext):
		if len(mt.Queue) > 0 {
			q := mt.Question(mt.Queue[0])
			return m.send(model.CallNext{}, t.T("done.call", q.ID, q.Asker.Name))
		}
		return m.send(model.CallNext{}, "")
	case key.Matches(msg, k.CallSelected):
		q := mt.Question(m.queue.selected)
		if q == nil {
			return nil
		}
		return m.send(model.Call{ID: q.ID}, t.T("done.call", q.ID, q.Asker.Name))
	case key.Matches(msg, k.StartAnswer):
		q := mt.Speaker()
		if q == nil {
			return m.send(model.StartAnswer{}, "") // the model says why not
		}
		m.openPicker(pickAnswer, q)
	case key.Matches(msg, k.EndAnswer):
		a := mt.FloorAnswer()
		if a == nil {
			return m.send(model.EndAnswer{}, "")
		}
		return m.send(model.EndAnswer{}, withNote(t.T("done.end_answer", a.Department), m.typingNote(a.ID)))
	case key.Matches(msg, k.InWriting):
		q := m.target()
		if q == nil {
			return nil
		}
		m.openPicker(pickWriting, q)
	case key.Matches(msg, k.Postpone):
		if q := mt.Speaker(); q != nil {
			return m.send(model.Postpone{}, t.T("done.postpone", q.ID))
		}
		return m.send(model.Postpone{}, "")
	case key.Matches(msg, k.Withdraw):
		q := m.target()
		if q == nil {
			return nil
		}
		return m.send(model.Withdraw{ID: q.ID}, t.T("done.withdraw", q.ID))
	case key.Matches(msg, k.ToggleClock):
		return m.send(model.ToggleClock{}, "")
	case key.Matches(msg, k.Add):
		m.openQuestionForm(formAdd, nil)
	case key.Matches(msg, k.Edit):
		if q := mt.Question(m.queue.selected); q != nil {
			m.openQuestionForm(formEdit, q)
		}
	case key.Matches(msg, k.Language):
		m.switchLanguage()
	case key.Matches(msg, k.Mark):
		if m.queue.toggleMark(mt) {
			m.notice(t.T("done.marked", len(m.queue.marked)))
		}
	case key.Matches(msg, k.CallGroup):
		if len(m.queue.marked) < 2 {
			m.fail(t.T("group.mark_first"))
			return nil
		}
		ids := slices.Clone(m.queue.marked)
		m.queue.marked = nil
		return m.send(model.CallGroup{IDs: ids}, t.T("done.call_group", len(ids)))
	case key.Matches(msg, k.AnswerAgain):
		m.openAgainPicker()
	case key.Matches(msg, k.Order):
		m.queue.order = (m.queue.order + 1) % orderCount
		m.queue.rebuild(mt)
		m.notice(t.T("done.order", t.T(m.queue.order.key())))
	case key.Matches(msg, k.NextItem):
		next := ""
		if a := mt.Agenda; a.Current < len(a.Items) {
			next = a.Items[a.Current].Title
		}
		return m.send(model.NextAgendaItem{}, t.T("done.next_item", next))
	case key.Matches(msg, k.Blank):
		return m.toggleDisplay(model.DisplayBlank)
	case key.Matches(msg, k.TitleCard):
		return m.toggleDisplay(model.DisplayTitle)
	case key.Matches(msg, k.DismissNote):
		if notes := mt.Stage.OpenNotes(); len(notes) > 0 {
			return m.send(model.DismissNote{ID: notes[0].ID}, "")
		}
	case key.Matches(msg, k.AddDept):
		m.openDepartmentForm()
	case key.Matches(msg, k.MoveUp):
		return m.sendMove(-1)
	case key.Matches(msg, k.MoveDown):
		return m.sendMove(1)
	case key.Matches(msg, k.Undo):
		return m.undo(false)
	case key.Matches(msg, k.Redo):
		return m.undo(true)
	case key.Matches(msg, k.Filter):
		m.mode = modeFilter
		return m.filter.Focus()
	case key.Matches(msg, k.FullText):
		if m.fullTextQuestion() != nil {
			m.mode, m.textTop = modeFullText, 0
		}
	case msg.String() == "esc":
		if m.queue.filter != "" {
			m.filter.SetValue("")
			m.applyFilter()
		}
	}
	return nil
}

func (m *Model) clockRunning() bool {
	k, ok := m.meeting().RunningClock()
	return ok && k.Running()
}

// quit saves the notes being typed, then ends the program.
func (m *Model) quit() tea.Cmd {
	m.quitting = true
	return tea.Sequence(m.flushNotes(), tea.Quit)
}

// target is the question a floor-or-selection key acts on: the one on the
// floor if there is one, else the selected one.
func (m *Model) target() *model.Question {
	mt := m.meeting()
	if len(mt.Floor.Questions) > 0 {
		return mt.Question(mt.Floor.Questions[0])
	}
	return mt.Question(m.queue.selected)
}

// fullTextQuestion is the question whose whole text `v` shows.
func (m *Model) fullTextQuestion() *model.Question {
	if q := m.meeting().Speaker(); q != nil {
		return q
	}
	return m.target()
}

func (m *Model) sendMove(by int) tea.Cmd {
	id := m.queue.selected
	if id == 0 {
		return nil
	}
	return m.send(model.MoveQuestion{ID: id, By: by}, "")
}

// undo undoes the newest action (or, with redo, redoes the newest undo)
// and says what it was: "Undid: withdraw question 12".
func (m *Model) undo(redo bool) tea.Cmd {
	h, who, t := m.hub, m.ctx.Who, m.ctx.T
	note := m.typingNote(0)
	return func() tea.Msg {
		reverse, done := h.Undo, "done.undo"
		if redo {
			reverse, done = h.Redo, "done.redo"
		}
		entry, err := reverse(who)
		if err != nil {
			return doneMsg{err: err}
		}
		return doneMsg{ok: withNote(t.T(done, commandText(t, entry.Subject(), entry.Command)), note)}
	}
}

// othersTyping is who else has a notes editor open, by answer.
func (m *Model) othersTyping() []hub.Typing {
	var ts []hub.Typing
	for _, ty := range m.snap.Typing {
		if ty.Key != any(m) {
			ts = append(ts, ty)
		}
	}
	return ts
}

// typingLines say on the answer card who is writing notes on which answer.
func (m *Model) typingLines() []string {
	var lines []string
	for _, ty := range m.othersTyping() {
		lines = append(lines, m.ctx.T.T("answer.typing", m.whoText(ty.Who), ty.Answer))
	}
	return lines
}

// typingNote tells the moderator, after ending answer (or, with 0, after
// anything that moves the floor or undoes), who is still writing notes on
// it, and that their text stays with it.
func (m *Model) typingNote(answer int) string {
	var notes []string
	for _, ty := range m.othersTyping() {
		if answer == 0 || ty.Answer == answer {
			notes = append(notes, m.ctx.T.T("done.still_typing", m.whoText(ty.Who), ty.Answer, ty.Answer))
		}
	}
	return strings.Join(notes, " ")
}

// withNote puts note after a result message.
func withNote(msg, note string) string {
	if note == "" {
		return msg
	}
	if msg == "" {
		return note
	}
	return msg + " " + note
}

// Filter.

func (m *Model) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "esc":
		m.filter.SetValue("")
		m.applyFilter()
		fallthrough
	case "enter":
		m.filter.Blur()
		m.mode = modeMain
		return nil
	case "up", "down":
		m.queue.move(map[string]int{"up": -1, "down": 1}[msg.String()])
		return nil
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	normalizeInput(&m.filter)
	m.applyFilter()
	return cmd
}

func (m *Model) applyFilter() {
	m.queue.filter = strings.TrimSpace(model.CleanLine(m.filter.Value()))
	m.queue.rebuild(m.meeting())
}

// Quit confirmation.

func (m *Model) confirmQuitKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.ctx.Keys.Yes):
		return m.quit()
	case key.Matches(msg, m.ctx.Keys.No):
		m.mode = modeMain
	}
	return nil
}

// fullTextKey scrolls the whole text of a question; anything else closes it.
func (m *Model) fullTextKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys
	page := max(1, m.height-6)
	switch {
	case key.Matches(msg, k.Up):
		m.textTop = max(0, m.textTop-1)
	case key.Matches(msg, k.Down):
		m.textTop++
	case key.Matches(msg, k.PageUp):
		m.textTop = max(0, m.textTop-page)
	case key.Matches(msg, k.PageDown), msg.String() == "space":
		m.textTop += page
	default:
		m.mode = modeMain
	}
	return nil
}

// switchLanguage flips this screen between Vietnamese and English; other
// screens keep their own.
func (m *Model) switchLanguage() {
	lang := i18n.EN
	if m.ctx.T.Lang() == i18n.EN {
		lang = i18n.VI
	}
	m.ctx.T = i18n.New(lang)
	m.ctx.Keys = DefaultKeyMap(m.ctx.T)
	m.notice(m.ctx.T.T("done.language"))
}

// toggleDisplay puts the projector in mode, or back to the floor if it is
// already there.
func (m *Model) toggleDisplay(mode model.DisplayMode) tea.Cmd {
	if m.meeting().Stage.Display == mode {
		mode = model.DisplayLive
	}
	return m.send(model.SetDisplay{Mode: mode}, m.ctx.T.T("done.display."+string(displayKey(mode))))
}

func displayKey(mode model.DisplayMode) model.DisplayMode {
	if mode == model.DisplayLive {
		return "live"
	}
	return mode
}
