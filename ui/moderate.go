package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"podium/model"
)

// pickPurpose is what a chosen department becomes.
type pickPurpose int

const (
	pickAnswer pickPurpose = iota
	pickWriting
	pickAgain // another department answers the newest answer's questions
)

// formPurpose is which question form to open.
type formPurpose int

const (
	formAdd formPurpose = iota
	formEdit
)

// moderateScreen is the moderator's: the queue, the floor, the answer, the
// agenda and the stage. Its own modes are the queue's filter, the
// department picker and a question's full text.
type moderateScreen struct {
	*shared
	baseScreen
	own     mode     // modeMain, modeFilter, modePicker, modeFullText or modeLeave
	ask     *confirm // new join codes? (restart.go)
	queue   queueList
	filter  textinput.Model
	picker  *deptPicker
	pickFor pickPurpose
	textTop int // first line shown of a question's full text

	awaited []string     // connected before a restart, not back yet (restart.go)
	renew   CodesRenewer // new join codes, when serving
}

func newModerate(s *shared) *moderateScreen {
	return &moderateScreen{shared: s, filter: newInput("/ ")}
}

func (m *moderateScreen) titleKey() string { return "screen.moderate" }
func (m *moderateScreen) mode() mode {
	if m.ask != nil {
		return modeConfirm
	}
	return m.own
}

func (m *moderateScreen) paste(msg tea.PasteMsg) tea.Cmd {
	if m.own != modeFilter {
		return nil
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(cleanPaste(msg))
	normalizeInput(&m.filter)
	m.applyFilter()
	return cmd
}

// keyPress is the Moderate screen's keyboard.
func (m *moderateScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if cmd, asked := answerAsk(&m.ask, m.ctx.Keys.Confirm, msg); asked {
		return cmd, true
	}
	switch m.own {
	case modeFilter:
		return m.filterKey(msg), true
	case modePicker:
		return m.pickerKey(msg), true
	case modeFullText:
		return m.fullTextKey(msg), true
	case modeLeave:
		return m.leaveKey(msg), true
	}
	if cmd, ok := m.floorKey(msg); ok {
		return cmd, true
	}
	if cmd, ok := m.queueKey(msg); ok {
		return cmd, true
	}
	return m.stageKey(msg)
}

// floorKey calls, answers and closes questions.
func (m *moderateScreen) floorKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k, t, mt := m.ctx.Keys.Moderate, m.ctx.T, m.meeting()
	switch {
	case key.Matches(msg, k.CallNext):
		return m.callNext(), true
	case key.Matches(msg, k.CallSelected):
		q := mt.Question(m.queue.selected)
		if q == nil {
			return nil, true
		}
		return m.send(model.Call{ID: q.ID}, t.T("done.call", q.ID, q.Asker.Name)), true
	case key.Matches(msg, k.StartAnswer):
		q := mt.Speaker()
		if q == nil {
			return m.send(model.StartAnswer{}, ""), true // the model says why not
		}
		m.openPicker(pickAnswer, q)
	case key.Matches(msg, k.EndAnswer):
		a := mt.FloorAnswer()
		if a == nil {
			return m.send(model.EndAnswer{}, ""), true
		}
		return m.send(model.EndAnswer{}, withNote(t.T("done.end_answer", a.Department), m.typingNote(a.ID))), true
	case key.Matches(msg, k.InWriting):
		if q := m.target(); q != nil {
			m.openPicker(pickWriting, q)
		}
	case key.Matches(msg, k.Postpone):
		if q := mt.Speaker(); q != nil {
			return m.send(model.Postpone{}, t.T("done.postpone", q.ID)), true
		}
		return m.send(model.Postpone{}, ""), true
	case key.Matches(msg, k.Withdraw):
		q := m.target()
		if q == nil {
			return nil, true
		}
		return m.send(model.Withdraw{ID: q.ID}, t.T("done.withdraw", q.ID)), true
	case key.Matches(msg, k.ToggleClock):
		return m.send(model.ToggleClock{}, ""), true
	case key.Matches(msg, k.FullText):
		if m.fullTextQuestion() != nil {
			m.own, m.textTop = modeFullText, 0
		}
	case key.Matches(msg, k.CallGroup):
		return m.callGroup(), true
	case key.Matches(msg, k.AnswerAgain):
		m.openAgainPicker()
	default:
		return nil, false
	}
	return nil, true
}

// callNext is n: the group's next asker when a group has the floor, else
// the queue's first.
func (m *moderateScreen) callNext() tea.Cmd {
	t, mt := m.ctx.T, m.meeting()
	if mt.Floor.State == model.FloorAsking && len(mt.Floor.Questions) > 1 {
		if i := mt.Floor.Speaker + 1; i < len(mt.Floor.Questions) {
			q := mt.Question(mt.Floor.Questions[i])
			return m.send(model.NextSpeaker{}, t.T("done.call", q.ID, q.Asker.Name))
		}
		return m.send(model.NextSpeaker{}, "")
	}
	if mt.Queue.Len() > 0 {
		q := mt.Question(mt.Queue.At(0))
		return m.send(model.CallNext{}, t.T("done.call", q.ID, q.Asker.Name))
	}
	return m.send(model.CallNext{}, "")
}

func (m *moderateScreen) callGroup() tea.Cmd {
	if len(m.queue.marked) < 2 {
		m.fail(m.ctx.T.T("group.mark_first"))
		return nil
	}
	ids := slices.Clone(m.queue.marked)
	m.queue.marked = nil
	return m.send(model.CallGroup{IDs: ids}, m.ctx.T.T("done.call_group", len(ids)))
}

// queueKey moves in the queue and edits it.
func (m *moderateScreen) queueKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k, t, mt := m.ctx.Keys.Moderate, m.ctx.T, m.meeting()
	switch {
	case key.Matches(msg, k.Up):
		m.queue.move(-1)
	case key.Matches(msg, k.Down):
		m.queue.move(1)
	case key.Matches(msg, k.PageUp):
		m.queue.move(-max(1, m.queue.height-1))
	case key.Matches(msg, k.PageDown):
		m.queue.move(max(1, m.queue.height-1))
	case key.Matches(msg, k.First):
		m.queue.move(-len(m.queue.rows))
	case key.Matches(msg, k.Last):
		m.queue.move(len(m.queue.rows))
	case key.Matches(msg, k.Add):
		m.openQuestionForm(formAdd, nil)
	case key.Matches(msg, k.Edit):
		if q := mt.Question(m.queue.selected); q != nil {
			m.openQuestionForm(formEdit, q)
		}
	case key.Matches(msg, k.AddDept):
		m.openDepartmentForm()
	case key.Matches(msg, k.Import):
		m.openImportForm(importQuestions)
	case key.Matches(msg, k.MoveUp):
		return m.sendMove(-1), true
	case key.Matches(msg, k.MoveDown):
		return m.sendMove(1), true
	case key.Matches(msg, k.Mark):
		if m.queue.toggleMark(mt) {
			m.notice(t.T("done.marked", len(m.queue.marked)))
		}
	case key.Matches(msg, k.Order):
		m.queue.order = (m.queue.order + 1) % orderCount
		m.queue.rebuild(mt)
		m.notice(t.T("done.order", t.T(m.queue.order.key())))
	case key.Matches(msg, k.Filter):
		m.own = modeFilter
		return m.filter.Focus(), true
	case key.Matches(msg, k.ClearFilter):
		if m.queue.filter != "" {
			m.filter.SetValue("")
			m.applyFilter()
		}
	default:
		return nil, false
	}
	return nil, true
}

// stageKey moves the agenda on and drives the projector and the notes.
func (m *moderateScreen) stageKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k, mt := m.ctx.Keys.Moderate, m.meeting()
	switch {
	case key.Matches(msg, k.NextItem):
		if m.askLeave() { // the dialogue ends with questions waiting: ask first (leave.go)
			return nil, true
		}
		return m.send(model.NextAgendaItem{}, m.nextItemText()), true
	case key.Matches(msg, k.Blank):
		return m.toggleDisplay(model.DisplayBlank), true
	case key.Matches(msg, k.TitleCard):
		return m.toggleDisplay(model.DisplayTitle), true
	case key.Matches(msg, k.DismissNote):
		if notes := mt.Stage.OpenNotes(); len(notes) > 0 {
			return m.send(model.DismissNote{ID: notes[0].ID}, ""), true
		}
		return nil, true
	case key.Matches(msg, k.NewCodes):
		m.askNewCodes()
		return nil, true
	}
	return nil, false
}

// target is the question a floor-or-selection key acts on: the one on the
// floor if there is one, else the selected one.
func (m *moderateScreen) target() *model.Question {
	mt := m.meeting()
	if len(mt.Floor.Questions) > 0 {
		return mt.Question(mt.Floor.Questions[0])
	}
	return mt.Question(m.queue.selected)
}

// fullTextQuestion is the question whose whole text `v` shows.
func (m *moderateScreen) fullTextQuestion() *model.Question {
	if q := m.meeting().Speaker(); q != nil {
		return q
	}
	return m.target()
}

func (m *moderateScreen) sendMove(by int) tea.Cmd {
	id := m.queue.selected
	if id == 0 {
		return nil
	}
	return m.send(model.MoveQuestion{ID: id, By: by}, "")
}

// toggleDisplay puts the projector in mode, or back to the floor if it is
// already there.
func (m *moderateScreen) toggleDisplay(mode model.DisplayMode) tea.Cmd {
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

// messageLine is the filter being typed, or the question before new
// join codes.
func (m *moderateScreen) messageLine(w int) string {
	if m.ask != nil {
		return m.ask.line(m.ctx, w)
	}
	if m.own == modeLeave {
		return m.leaveLine(w)
	}
	if m.own != modeFilter {
		return ""
	}
	m.filter.SetWidth(max(1, w-4))
	return padStyled(m.filter.View(), w)
}
