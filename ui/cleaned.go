package ui

import (
	"strings"

	"podium/model"
	"podium/ui/i18n"
)

// maxCleanedNamed is how many cleaned fields CleanedFields names before
// it says "and N more".
const maxCleanedNamed = 5

// CleanedFields is what an import says about the fields cleaning changed
// (model.CleanMeeting): how many, and the first few by name. It is "" when
// nothing was cleaned.
func CleanedFields(t i18n.Catalog, changes []model.FieldChange) string {
	if len(changes) == 0 {
		return ""
	}
	var names []string
	for _, c := range changes[:min(len(changes), maxCleanedNamed)] {
		names = append(names, FieldLabel(t, c))
	}
	list := strings.Join(names, ", ")
	if n := len(changes) - maxCleanedNamed; n > 0 {
		list = t.T("cli.import_cleaned_more", list, n)
	}
	if len(changes) == 1 {
		return t.T("cli.import_cleaned_one", list)
	}
	return t.T("cli.import_cleaned", len(changes), list)
}

// FieldLabel names one field of one record in the user's language:
// "tên hội nghị", "nội dung (ý kiến số 3)".
func FieldLabel(t i18n.Catalog, c model.FieldChange) string {
	field := t.T("clean.field." + c.Field)
	rec := ""
	switch c.Kind {
	case model.RecDepartment:
		rec = "clean.rec.department"
	case model.RecQuestion:
		rec = "clean.rec.question"
	case model.RecAnswer:
		rec = "clean.rec.answer"
	case model.RecFollowUp:
		rec = "clean.rec.followup"
	case model.RecSubmission:
		rec = "clean.rec.submission"
	case model.RecStage:
		if c.ID > 0 {
			rec = "clean.rec.note"
		}
	case model.RecAgenda:
		rec = "clean.rec.agenda"
	case model.RecThemes:
		rec = "clean.rec.themes"
	}
	if rec == "" {
		return field
	}
	return t.T("clean.field_of", field, t.T(rec, c.ID))
}
