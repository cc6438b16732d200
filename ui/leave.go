package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
)

// verbDeferWaiting names the batch that sends every waiting question to a
// written answer and moves the agenda on: one step, one undo.
const verbDeferWaiting = "defer_waiting"

// writtenAnswerDays is how long a department has for a written answer
// sent from the queue in one step, as the `w` picker proposes.
const writtenAnswerDays = 15

// askLeave is N while the dialogue item is under way and questions are
// waiting: it asks first, and reports whether it did.
func (m *moderateScreen) askLeave() bool {
	mt := m.meeting()
	if it := mt.Agenda.Item(); it == nil || !it.Dialogue || mt.Queue.Len() == 0 {
		return false
	}
	m.own = modeLeave
	return true
}

// leaveDeadline is the end of the day writtenAnswerDays after today, in
// the meeting's zone.
func (m *moderateScreen) leaveDeadline() time.Time {
	loc := m.loc()
	y, mo, d := m.now.In(loc).AddDate(0, 0, writtenAnswerDays).Date()
	return time.Date(y, mo, d, 23, 59, 59, 0, loc)
}

// leaveKey answers the question: w sends them all, enter keeps them and
// moves on, esc stays in the dialogue.
func (m *moderateScreen) leaveKey(msg tea.KeyPressMsg) tea.Cmd {
	k, t := m.ctx.Keys.Leave, m.ctx.T
	switch {
	case key.Matches(msg, k.InWriting):
		m.own = modeMain
		return m.deferWaiting()
	case key.Matches(msg, k.Keep):
		m.own = modeMain
		return m.send(model.NextAgendaItem{}, m.nextItemText())
	case key.Matches(msg, k.Stay):
		m.own = modeMain
		m.notice(t.T("leave.stayed"))
	}
	return nil
}

// nextItemText is what N says once done: the item it started, or that the
// run of show is over.
func (m *moderateScreen) nextItemText() string {
	t := m.ctx.T
	if a := m.meeting().Agenda; a.Current < len(a.Items) {
		return t.T("done.next_item", a.Items[a.Current].Title)
	}
	return t.T("done.agenda_over")
}

// deferWaiting sends every waiting question to a written answer by the
// first department it addresses (that the meeting has), due in
// writtenAnswerDays, and moves the agenda on: one batch, so one u takes
// it all back. A question that addresses no department stays waiting.
func (m *moderateScreen) deferWaiting() tea.Cmd {
	mt, t := m.meeting(), m.ctx.T
	deadline := m.leaveDeadline()
	var cmds []model.Command
	kept := 0
	for _, id := range mt.Queue.All() {
		code := ""
		if q := mt.Question(id); q != nil {
			for _, c := range q.Departments {
				if mt.DepartmentByCode(c) != nil {
					code = c
					break
				}
			}
		}
		if code == "" {
			kept++
			continue
		}
		cmds = append(cmds, model.DeferToWriting{ID: id, Department: code, Deadline: deadline})
	}
	if len(cmds) == 0 {
		m.fail(t.T("leave.none_addressed", kept))
		return nil
	}
	ok := t.T("leave.done", len(cmds), deadline.Format(dateLayout))
	if kept > 0 {
		ok += " " + t.T("leave.kept", kept)
	}
	ok += " " + m.nextItemText()
	cmds = append(cmds, model.NextAgendaItem{})
	w, who := m.w, m.ctx.Who
	return func() tea.Msg {
		return doneMsg{ok: ok, err: w.DoAll(cmds, verbDeferWaiting, who)}
	}
}

// leaveLine is the question on the message line; a narrow screen gets the
// short form, so the keys stay in sight.
func (m *moderateScreen) leaveLine(w int) string {
	t := m.ctx.T
	n, date := m.meeting().Queue.Len(), m.leaveDeadline().Format(dateLayout)
	text := t.T("confirm.leave", n, writtenAnswerDays, date)
	if width(text) > w {
		text = t.T("confirm.leave_short", n, date)
	}
	return padStyled(m.ctx.Styles.Error.Render(cut(text, w)), w)
}
