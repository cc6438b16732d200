package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"podium/model"
	"podium/model/importcsv"
	"podium/storage"
	"podium/ui/i18n"
)

// importKind is what the import form reads a file as.
type importKind int

const (
	importQuestions importKind = iota
	importDepartments
)

var importWhats = []string{"questions", "departments"}

// openImportForm asks for a file to import while Podium is open: its path,
// and whether it holds questions or departments. The file is read and
// checked here, against the meeting as it is; a file with a bad line
// changes nothing and the form stays open saying which line. A good one
// goes to the writer as one command (ImportQuestions, ImportDepartments)
// that names the file, so the Timeline and u say which file it was.
func (m *shared) openImportForm(kind importKind) {
	t := m.ctx.T
	if m.ctx.Remote {
		// The path would be read on the podium laptop, with its rights:
		// a session over SSH could read any of its files that way.
		m.fail(t.T("import.remote"))
		return
	}
	labels := make([]string, len(importWhats))
	for i, w := range importWhats {
		labels[i] = t.T("import.what." + w)
	}
	fm := newForm(t.T("import.form_title"),
		newTextField(t.T("import.form_file"), ""),
		newChoiceField(t.T("import.form_what"), importWhats, labels, importWhats[kind]))
	hint := t.T("import.form_hint")
	if wd, err := os.Getwd(); err == nil {
		hint += " " + t.T("import.form_dir", model.CleanLine(wd))
	}
	fm.hint = hint
	fm.submit = func(f []*field) (model.Command, string, string) {
		cmd, ok, problem := m.readImport(f[0].value(), f[1].value())
		fm.hint = hint
		if problem != "" {
			fm.hint = problem + "\n" + hint // the whole of it, wrapped
		}
		return cmd, ok, problem
	}
	m.openForm(fm)
}

// readImport reads and checks the file at path: the command that imports
// it and what to say once it is stored, or what is wrong with it.
func (m *shared) readImport(path, what string) (model.Command, string, string) {
	t := m.ctx.T
	path = strings.TrimSpace(path)
	if path == "" {
		return nil, "", t.T("import.no_path")
	}
	if rest, ok := strings.CutPrefix(path, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			path = filepath.Join(home, rest)
		}
	}
	shown := model.CleanLine(path)
	b, err := storage.ReadSource(path)
	if err != nil {
		return nil, "", ErrorText(t, err)
	}
	parse := importcsv.Questions
	if what == "departments" {
		parse = importcsv.Departments
	}
	batch, err := parse(b)
	if err == nil {
		_, err = batch.Apply(m.meeting(), m.now)
	}
	name := filepath.Base(shown)
	if err != nil {
		return nil, "", ImportErrorText(t, name, err)
	}
	n := len(batch.Commands)
	if what == "departments" {
		return batch.Command(name), t.T("import.done_departments", n, name), ""
	}
	ok := t.T("import.done_questions", n, name)
	if added := batch.ThemesAdded; len(added) > 0 {
		ok += " " + t.T("import.themes_added", len(added), quoteAll(added))
	}
	return batch.Command(name), ok, ""
}

// quoteAll writes names as “a”, “b”, “c”.
func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "“" + n + "”"
	}
	return strings.Join(q, ", ")
}

// ImportErrorText is a refused spreadsheet in the user's language: the
// file, the line, the column (its letter and heading) and what is wrong.
// podium import says it the same way.
func ImportErrorText(t i18n.Catalog, src string, err error) string {
	var e *importcsv.Error
	if !errors.As(err, &e) {
		return ErrorText(t, err)
	}
	reason := importReason(t, e)
	switch {
	case e.Line > 0 && e.Column > 0:
		col := importcsv.ColumnName(e.Column)
		if e.Header != "" {
			col = t.T("import.column", col, e.Header)
		}
		return t.T("import.where", src, e.Line, col, reason)
	case e.Line > 0:
		return t.T("import.where_line", src, e.Line, reason)
	}
	return t.T("import.where_file", src, reason)
}

func importReason(t i18n.Catalog, e *importcsv.Error) string {
	arg := func(i int) any {
		if i < len(e.Args) {
			return e.Args[i]
		}
		return ""
	}
	switch e.Code {
	case importcsv.ErrNotUTF8:
		return t.T("import.not_utf8", t.T(fmt.Sprint("import.enc.", arg(0))))
	case importcsv.ErrMissingColumns:
		names := make([]string, len(e.Args))
		for i, f := range e.Args {
			names[i] = "“" + t.T(fmt.Sprint("import.col.", f)) + "”"
		}
		return t.T("import.missing_columns", strings.Join(names, ", "))
	case importcsv.ErrDuplicateColumn:
		n, _ := arg(0).(int)
		return t.T("import.duplicate_column", t.T("import.column", importcsv.ColumnName(n), arg(1)))
	case importcsv.ErrUnknownDepartment:
		known := fmt.Sprint(arg(1))
		if known == "" {
			known = t.T("import.no_departments")
		}
		return t.T("import.unknown_department", arg(0), known)
	case importcsv.ErrRefused:
		return ErrorText(t, e.Model)
	}
	return t.T("import."+string(e.Code), e.Args...)
}
