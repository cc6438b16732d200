package ui

import (
	"podium/model"
)

// openApproveForm is the question form filled in from submission s: what
// is changed there (a name for an anonymous sender, the kind, the text
// shortened, the departments asked) goes to the queue, the submission as
// it was sent stays in the record.
func (m *inboxScreen) openApproveForm(s *model.Submission) {
	t := m.ctx.T
	v := model.Question{Asker: m.askerOf(s), Kind: model.KindQuestion, Text: oneLine(s.Text)}
	fm := newForm(t.T("form.inbox_approve_title", s.ID), m.questionFields(v, m.themeField(s.Theme, s.Theme == ""))...)
	fm.hint = m.deptCodesHint() + " " + t.T("form.themes_hint")
	id := s.ID
	fm.submit = func(f []*field) (model.Command, string, string) {
		return model.ApproveSubmission{ID: id,
				Asker: model.Person{Name: f[0].value(), Role: f[1].value(), Unit: f[2].value()},
				Kind:  model.Kind(f[3].value()), Theme: f[4].value(), Text: f[5].value(),
				Departments: splitCodes(f[6].value())},
			"", ""
	}
	fm.done = approvedText(t, id)
	m.openForm(fm)
}

// openPaperForm types a paper slip handed in at the hall into the inbox,
// as the phones send theirs: its theme, as on the ask page, is one of the
// meeting's list or none.
func (m *inboxScreen) openPaperForm() {
	t := m.ctx.T
	fm := newForm(t.T("form.inbox_paper_title"),
		newTextField(t.T("form.asker"), ""),
		newChoiceField(t.T("form.inbox_anonymous"), []string{"", "yes"},
			[]string{t.T("form.inbox_named"), t.T("form.inbox_anon")}, ""),
		newTextField(t.T("form.unit"), ""),
		m.themeField("", true),
		newTextField(t.T("form.text"), ""),
	)
	fm.hint = t.T("form.inbox_paper_hint", model.MaxSubmissionLen) + " " + t.T("form.themes_hint")
	fm.submit = func(f []*field) (model.Command, string, string) {
		return model.SubmitQuestion{Name: f[0].value(), Anonymous: f[1].value() != "", Unit: f[2].value(),
				Theme: f[3].value(), Text: f[4].value(), Paper: true},
			t.T("done.inbox_paper"), ""
	}
	m.openForm(fm)
}
