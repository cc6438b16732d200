package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"podium/model"
)

// openQuestionForm opens the add or edit form; q is the question to edit.
func (m *shared) openQuestionForm(purpose formPurpose, q *model.Question) {
	t := m.ctx.T
	var v model.Question
	if q != nil {
		v = *q
	}
	title := t.T("form.add_title")
	if purpose == formEdit {
		title = t.T("form.edit_title", q.ID)
	}
	fm := newForm(title, m.questionFields(v, m.themeField(v.Theme, true))...)
	fm.hint = m.deptCodesHint() + " " + t.T("form.themes_hint")
	id := v.ID
	fm.submit = func(f []*field) (model.Command, string, string) {
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
	m.openForm(fm)
}

// questionFields are a question form's fields, filled from v: asker,
// role, unit, kind, theme (the field given), text, departments. submit
// reads them in that order.
func (m *shared) questionFields(v model.Question, theme *field) []*field {
	t := m.ctx.T
	kinds := make([]string, len(model.Kinds))
	kindLabels := make([]string, len(model.Kinds))
	for i, k := range model.Kinds {
		kinds[i], kindLabels[i] = string(k), m.ctx.kind(k)
	}
	return []*field{
		newTextField(t.T("form.asker"), v.Asker.Name),
		newTextField(t.T("form.role"), v.Asker.Role),
		newTextField(t.T("form.unit"), v.Asker.Unit),
		newChoiceField(t.T("form.kind"), kinds, kindLabels, string(v.Kind)),
		theme,
		newTextField(t.T("form.text"), v.Text),
		newTextField(t.T("form.depts"), strings.Join(v.Departments, ", ")),
	}
}

// deptCodesHint names the meeting's department codes under a question
// form.
func (m *shared) deptCodesHint() string {
	var codes []string
	for _, d := range m.meeting().Departments {
		if d != nil {
			codes = append(codes, d.Code)
		}
	}
	return m.ctx.T.T("form.depts_hint", strings.Join(codes, ", "))
}

// splitCodes reads department codes typed as "kh, ca;TTTT".
func splitCodes(s string) []string {
	return strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == ',' || r == ';' || r == ' ' })
}

// openForm shows f over the screen (in place of the queue on Moderate).
func (m *shared) openForm(f *form) {
	m.form = f
	m.over = modeForm
	m.message = ""
}

func (m *shared) closeForm() {
	m.form = nil
	m.over = modeMain
}

// formSavedMsg closes the form once the hub has committed it; a refusal
// keeps the form open with everything typed still in it.
type formSavedMsg struct {
	ok  string
	err error
}

// openDepartmentForm opens the form that adds a department (departments.go).
func (m *shared) openDepartmentForm() { m.openDepartmentFormFor(nil) }

func (m *shared) submitForm() tea.Cmd {
	cmd, ok, problem := m.form.submit(m.form.fields)
	if problem != "" {
		m.fail(problem)
		return nil
	}
	w, who, done := m.w, m.ctx.Who, m.form.done
	return func() tea.Msg {
		if done == nil {
			return formSavedMsg{ok: ok, err: w.Do(cmd, who)}
		}
		refs, err := w.DoRefs(cmd, who)
		if err != nil {
			return formSavedMsg{err: err}
		}
		return formSavedMsg{ok: done(refs)}
	}
}
