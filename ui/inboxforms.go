package ui

import (
	"strings"

	"podium/model"
)

// openApproveForm is the question form filled in from submission s: what
// is changed there (a name for an anonymous sender, the kind, the text
// shortened, the departments asked) goes to the queue, the submission as
// it was sent stays in the record.
func (m *inboxScreen) openApproveForm(s *model.Submission) {
	t := m.ctx.T
	asker := m.askerOf(s)
	kinds := make([]string, len(model.Kinds))
	kindLabels := make([]string, len(model.Kinds))
	for i, k := range model.Kinds {
		kinds[i], kindLabels[i] = string(k), m.ctx.kind(k)
	}
	fm := newForm(t.T("form.inbox_approve_title", s.ID),
		newTextField(t.T("form.asker"), asker.Name),
		newTextField(t.T("form.role"), ""),
		newTextField(t.T("form.unit"), asker.Unit),
		newChoiceField(t.T("form.kind"), kinds, kindLabels, string(model.KindQuestion)),
		newTextField(t.T("form.theme"), s.Theme),
		newTextField(t.T("form.text"), oneLine(s.Text)),
		newTextField(t.T("form.depts"), ""),
	)
	var codes []string
	for _, d := range m.meeting().Departments {
		if d != nil {
			codes = append(codes, d.Code)
		}
	}
	fm.hint = t.T("form.depts_hint", strings.Join(codes, ", "))
	id := s.ID
	fm.submit = func(f []*field) (model.Command, string, string) {
		return model.ApproveSubmission{ID: id,
				Asker: model.Person{Name: f[0].value(), Role: f[1].value(), Unit: f[2].value()},
				Kind:  model.Kind(f[3].value()), Theme: f[4].value(), Text: f[5].value(),
				Departments: splitCodes(f[6].value())},
			t.T("done.inbox_approve", id), ""
	}
	m.openForm(fm)
}

// openPaperForm types a paper slip handed in at the hall into the inbox,
// as the phones send theirs.
func (m *inboxScreen) openPaperForm() {
	t := m.ctx.T
	fm := newForm(t.T("form.inbox_paper_title"),
		newTextField(t.T("form.asker"), ""),
		newChoiceField(t.T("form.inbox_anonymous"), []string{"", "yes"},
			[]string{t.T("form.inbox_named"), t.T("form.inbox_anon")}, ""),
		newTextField(t.T("form.unit"), ""),
		newTextField(t.T("form.theme"), ""),
		newTextField(t.T("form.text"), ""),
	)
	fm.hint = t.T("form.inbox_paper_hint", model.MaxSubmissionLen)
	fm.submit = func(f []*field) (model.Command, string, string) {
		return model.SubmitQuestion{Name: f[0].value(), Anonymous: f[1].value() != "", Unit: f[2].value(),
				Theme: f[3].value(), Text: f[4].value(), Paper: true},
			t.T("done.inbox_paper"), ""
	}
	m.openForm(fm)
}
