package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
)

// openQuestionForm opens the add or edit form; q is the question to edit.
func (m *Model) openQuestionForm(purpose formPurpose, q *model.Question) {
	t := m.ctx.T
	var v model.Question
	if q != nil {
		v = *q
	}
	kinds := make([]string, len(model.Kinds))
	kindLabels := make([]string, len(model.Kinds))
	for i, k := range model.Kinds {
		kinds[i], kindLabels[i] = string(k), m.ctx.kind(k)
	}
	title := t.T("form.add_title")
	if purpose == formEdit {
		title = t.T("form.edit_title", q.ID)
	}
	m.form = newForm(title,
		newTextField(t.T("form.asker"), v.Asker.Name),
		newTextField(t.T("form.role"), v.Asker.Role),
		newTextField(t.T("form.unit"), v.Asker.Unit),
		newChoiceField(t.T("form.kind"), kinds, kindLabels, string(v.Kind)),
		newTextField(t.T("form.theme"), v.Theme),
		newTextField(t.T("form.text"), v.Text),
		newTextField(t.T("form.depts"), strings.Join(v.Departments, ", ")),
	)
	var codes []string
	for _, d := range m.meeting().Departments {
		if d != nil {
			codes = append(codes, d.Code)
		}
	}
	m.form.hint = t.T("form.depts_hint", strings.Join(codes, ", "))
	id := v.ID
	m.form.submit = func(f []*field) (model.Command, string, string) {
		asker := model.Person{Name: f[0].value(), Role: f[1].value(), Unit: f[2].value()}
		kind, theme, text := model.Kind(f[3].value()), f[4].value(), f[5].value()
		codes := splitCodes(f[6].value())
		if purpose == formEdit {
			return model.EditQuestion{ID: id, Asker: asker, Kind: kind, Theme: theme, Text: text, Departments: codes},
				t.T("done.edit", id), ""
		}
		return model.AddQuestion{Asker: asker, Kind: kind, Theme: theme, Text: text, Departments: codes, Channel: model.ChannelFloor},
			t.T("done.add"), ""
	}
	m.openForm()
}

// splitCodes reads department codes typed as "kh, ca;TTTT".
func splitCodes(s string) []string {
	return strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == ',' || r == ';' || r == ' ' })
}

// openForm shows m.form in place of the list.
func (m *Model) openForm() {
	m.mode = modeForm
	m.message = ""
}

// formKey drives the question form: ctrl+s (or enter on the last field)
// saves, esc cancels, asking first if anything was typed.
func (m *Model) formKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys
	last := m.form.focus == len(m.form.fields)-1
	switch {
	case key.Matches(msg, k.Save), msg.String() == "enter" && last:
		return m.submitForm()
	case key.Matches(msg, k.Cancel):
		if m.form.dirty {
			m.mode = modeConfirmDiscard
			return nil
		}
		m.closeForm()
		return nil
	}
	return m.form.update(k, msg)
}

func (m *Model) closeForm() {
	m.form = nil
	m.mode = modeMain
}

func (m *Model) confirmDiscardKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.ctx.Keys.Yes):
		m.closeForm()
		m.notice(m.ctx.T.T("form.discarded"))
	case key.Matches(msg, m.ctx.Keys.No):
		m.mode = modeForm
	}
	return nil
}

// formSavedMsg closes the form once the hub has committed it; a refusal
// keeps the form open with everything typed still in it.
type formSavedMsg struct {
	ok  string
	err error
}

// openDepartmentForm opens the form that adds a department.
func (m *Model) openDepartmentForm() {
	t := m.ctx.T
	m.form = newForm(t.T("form.dept_title"),
		newTextField(t.T("form.dept_code"), ""),
		newTextField(t.T("form.dept_name"), ""),
		newTextField(t.T("form.dept_rep"), ""),
		newTextField(t.T("form.dept_rep_role"), ""),
	)
	m.form.hint = t.T("form.dept_hint")
	m.form.submit = func(f []*field) (model.Command, string, string) {
		code := strings.ToUpper(f[0].value())
		return model.AddDepartment{Code: code, Name: f[1].value(),
				Representative: model.Person{Name: f[2].value(), Role: f[3].value()}},
			t.T("done.add_department", model.CleanLine(code)), ""
	}
	m.openForm()
}

func (m *Model) submitForm() tea.Cmd {
	cmd, ok, problem := m.form.submit(m.form.fields)
	if problem != "" {
		m.fail(problem)
		return nil
	}
	h, who := m.hub, m.ctx.Who
	return func() tea.Msg {
		return formSavedMsg{ok: ok, err: h.Do(cmd, who)}
	}
}

func (m *Model) formSaved(msg formSavedMsg) {
	if msg.err != nil {
		m.fail(m.ctx.errText(msg.err))
		return
	}
	m.closeForm()
	m.notice(msg.ok)
}

// The department picker.

func (m *Model) openPicker(purpose pickPurpose, q *model.Question) {
	if len(m.meeting().Departments) == 0 {
		m.fail(m.ctx.T.T("picker.no_departments"))
		return
	}
	m.picker = newDeptPicker(m.meeting(), q, purpose == pickWriting, m.now.In(m.loc()))
	m.pickFor = purpose
	m.mode = modePicker
	m.message = ""
}

func (m *Model) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	k, t := m.ctx.Keys, m.ctx.T
	switch {
	case key.Matches(msg, k.Cancel):
		m.picker = nil
		m.mode = modeMain
		return nil
	case m.pickFor != pickWriting && !m.picker.onDate && len(msg.Text) == 1 && msg.Text[0] >= '1' && msg.Text[0] <= '9':
		// At the podium r then a digit hands over the floor: no enter.
		if i := int(msg.Text[0] - '1'); i < len(m.picker.codes) {
			m.picker.cursor = i
			return m.pickerKey(tea.KeyPressMsg{Code: tea.KeyEnter})
		}
		return nil
	case key.Matches(msg, k.Confirm):
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
		m.mode = modeMain
		return m.send(cmd, ok)
	}
	return m.picker.update(k, msg)
}

// openAgainPicker lets a second department answer what the newest answer
// covered (the chair often asks two departments to answer one group).
func (m *Model) openAgainPicker() {
	mt := m.meeting()
	var last *model.Answer
	for i := len(mt.Answers) - 1; i >= 0 && last == nil; i-- {
		last = mt.Answers[i]
	}
	if last == nil || last.End.IsZero() || len(last.Questions) == 0 {
		m.fail(m.ctx.T.T("err.no_answer_to_repeat"))
		return
	}
	m.openPicker(pickAgain, mt.Question(last.Questions[0]))
}
