package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
)

// The Moderate screen's own modes: the filter, a question's full text, the
// department picker.

func (m *moderateScreen) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys.Filter
	switch {
	case key.Matches(msg, k.Clear):
		m.filter.SetValue("")
		m.applyFilter()
		m.filter.Blur()
		m.own = modeMain
		return nil
	case key.Matches(msg, k.Done):
		m.filter.Blur()
		m.own = modeMain
		return nil
	case key.Matches(msg, k.Up):
		m.queue.move(-1)
		return nil
	case key.Matches(msg, k.Down):
		m.queue.move(1)
		return nil
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	normalizeInput(&m.filter)
	m.applyFilter()
	return cmd
}

func (m *moderateScreen) applyFilter() {
	f := strings.TrimSpace(model.CleanLine(m.filter.Value()))
	if f == m.queue.filter && !m.queue.stale {
		return // a space typed, or a key that left the text: the rows stand
	}
	m.queue.filter = f
	m.queue.rebuild(m.meeting())
}

// fullTextKey scrolls the whole text of a question; anything else closes it.
func (m *moderateScreen) fullTextKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys.Reader
	page := max(1, m.height-6)
	switch {
	case key.Matches(msg, k.Up):
		m.textTop = max(0, m.textTop-1)
	case key.Matches(msg, k.Down):
		m.textTop++
	case key.Matches(msg, k.PageUp):
		m.textTop = max(0, m.textTop-page)
	case key.Matches(msg, k.PageDown):
		m.textTop += page
	default:
		m.own = modeMain
	}
	return nil
}

// The department picker.

// openPicker asks which department answers q: for an answer at the
// podium, with the rest of q's group when a group has the floor (one
// department answers them all, so the picker stars what any of them
// addresses).
func (m *moderateScreen) openPicker(purpose pickPurpose, q *model.Question) {
	qs := []*model.Question{q}
	if f := m.meeting().Floor; purpose == pickAnswer && slices.Contains(f.Questions, q.ID) {
		qs = questionsByID(m.meeting(), f.Questions)
	}
	m.openPickerFor(purpose, qs)
}

// openPickerFor asks which department answers qs, one question or several.
func (m *moderateScreen) openPickerFor(purpose pickPurpose, qs []*model.Question) {
	if len(qs) == 0 {
		return
	}
	if len(m.meeting().Departments) == 0 {
		m.fail(m.ctx.T.T("picker.no_departments"))
		return
	}
	m.picker = newDeptPicker(m.meeting(), qs, purpose == pickWriting, m.now.In(m.loc()))
	m.pickFor = purpose
	m.own = modePicker
	m.message = ""
}

func (m *moderateScreen) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	k, t := m.ctx.Keys.Picker, m.ctx.T
	switch {
	case key.Matches(msg, k.Cancel):
		m.picker = nil
		m.own = modeMain
		return nil
	case !m.picker.onDate && key.Matches(msg, k.Pick):
		// At the podium r then a digit hands over the floor: no enter. In
		// w too (with the deadline as shown); typed in the deadline field,
		// a digit is part of the date.
		if m.picker.pickDigit(msg.Text) {
			return m.pickerKey(tea.KeyPressMsg{Code: tea.KeyEnter})
		}
		return nil
	case key.Matches(msg, k.Choose):
		p := m.picker
		code := p.chosen()
		var cmd model.Command
		var ok string
		switch m.pickFor {
		case pickAnswer:
			cmd, ok = model.StartAnswer{Department: code}, withNote(t.T("done.start_answer", code), m.typingNote(0))
		case pickAgain:
			cmd, ok = model.AnswerAgain{Department: code}, withNote(t.T("done.start_answer", code), m.typingNote(0))
		default:
			deadline, valid := parseDeadline(p.deadline.value(), m.loc())
			if !valid {
				m.fail(t.T("picker.bad_date", p.deadline.value()))
				return nil
			}
			cmd = model.DeferToWriting{ID: p.question, Department: code, Deadline: deadline}
			ok = t.T("done.in_writing", p.question, code, deadline.Format(dateLayout))
		}
		m.picker = nil
		m.own = modeMain
		return m.send(cmd, ok)
	}
	return m.picker.update(k, msg)
}

// openAgainPicker lets a second department answer what the newest answer
// covered (the chair often asks two departments to answer one group).
func (m *moderateScreen) openAgainPicker() {
	mt := m.meeting()
	var last *model.Answer
	for i := len(mt.Answers) - 1; i >= 0 && last == nil; i-- {
		last = mt.Answers[i]
	}
	if last == nil || last.End.IsZero() || len(last.Questions) == 0 {
		m.fail(m.ctx.T.T("err.no_answer_to_repeat"))
		return
	}
	m.openPickerFor(pickAgain, questionsByID(mt, last.Questions))
}

// questionsByID are the questions with these IDs, in that order, leaving out
// any the meeting lacks.
func questionsByID(mt *model.Meeting, ids []int) []*model.Question {
	var qs []*model.Question
	for _, id := range ids {
		if q := mt.Question(id); q != nil {
			qs = append(qs, q)
		}
	}
	return qs
}
