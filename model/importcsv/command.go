package importcsv

import (
	"path/filepath"
	"time"

	"podium/model"
)

// Command is the batch as the one command that imports it and names the
// file it came from (its base name): ImportQuestions or
// ImportDepartments; nil for the run of show, which has its own. Call it
// after Apply, which resolves the departments' names into codes.
func (b *Batch) Command(file string) model.Command {
	switch b.kind {
	case departmentsSheet:
		ds := make([]model.AddDepartment, 0, len(b.Commands))
		for _, c := range b.Commands {
			ds = append(ds, c.(model.AddDepartment))
		}
		return model.ImportDepartments{File: filepath.Base(file), Departments: ds}
	case questionsSheet:
		qs := make([]model.AddQuestion, 0, len(b.Commands))
		for _, c := range b.Commands {
			qs = append(qs, c.(model.AddQuestion))
		}
		return model.ImportQuestions{File: filepath.Base(file), Questions: qs}
	}
	return nil
}

// listTheme adds the theme of row i to the meeting's list unless it is
// there, as ImportQuestions will, and notes it in ThemesAdded.
func (b *Batch) listTheme(m *model.Meeting, i int, theme string, now time.Time) (*model.Meeting, error) {
	if theme == "" || m.ThemeIndex(theme) >= 0 {
		return m, nil
	}
	next, _, err := model.Apply(m, model.AddTheme{Name: theme}, now)
	if err != nil {
		return nil, b.refusal(i, err)
	}
	b.ThemesAdded = append(b.ThemesAdded, theme)
	return next, nil
}
