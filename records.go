package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"podium/model"
	"podium/model/importcsv"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui"
	"podium/ui/export"
	"podium/ui/i18n"
)

// who the command line writes in the log for imports: the office, an
// organiser's act with the moderator's rights ("moderator:office"; files
// written before senders had roles say "office", which reads as the same).
var officeWho = hub.Office().String()

type exportOptions struct {
	format string // docx, xlsx, md, html, csv, json
	what   string // minutes (default), conclusions, followups, questions, briefing
	asOf   string // dd/mm/yyyy: the day follow-ups are reported as of; "" today
	out    string // a file, or "" for stdout
}

// exportWhat is what each format can export, the first its default.
var exportWhat = map[string][]string{
	"docx": {"minutes", "conclusions", "followups", "briefing"},
	"xlsx": {"questions", "followups"},
	"csv":  {"questions", "followups"},
	"md":   {"minutes", "briefing"},
	"html": {"minutes", "briefing"},
	"json": {"meeting"},
}

// checkExport normalises o's format and what, or refuses them.
func checkExport(o *exportOptions, t i18n.Catalog) error {
	switch o.format {
	case "markdown":
		o.format = "md"
	case "docx", "xlsx", "md", "html", "csv", "json":
	default:
		return plainError(t.T("cli.export_bad_format", o.format))
	}
	if o.what == "follow-ups" {
		o.what = "followups"
	}
	can := exportWhat[o.format]
	switch {
	case o.what == "":
		o.what = can[0]
	case o.format == "json" || !slices.Contains(can, o.what):
		if !slices.Contains([]string{"minutes", "conclusions", "followups", "questions", "briefing"}, o.what) {
			return plainError(t.T("cli.export_bad_what", o.what))
		}
		return plainError(t.T("docs.cli.bad_what", o.what, o.format, strings.Join(can, ", ")))
	}
	return nil
}

// exportFile writes the minutes, a spreadsheet or the whole meeting. It
// reads the meeting once, read-only, and lets go of the file before it
// writes anything. A meeting open in a running Podium cannot be read
// (bbolt's lock is exclusive), so then it reads the newest backup that
// Podium keeps beside the file, and says so on stderr.
func exportFile(path string, o exportOptions, stdout, stderr io.Writer, t i18n.Catalog) error {
	if path == "" {
		return plainError(t.T("cli.need_file"))
	}
	if err := checkExport(&o, t); err != nil {
		return err
	}
	now := time.Now()
	if o.asOf != "" {
		if _, err := time.Parse("02/01/2006", o.asOf); err != nil {
			return plainError(t.T("docs.cli.bad_as_of", o.asOf))
		}
	}
	if o.out != "" {
		// Before reading anything: never a meeting, the file itself, a
		// link, a device, a FIFO, a socket or a folder.
		if err := storage.CheckTarget(o.out, path); err != nil {
			return err
		}
	}
	m, err := readMeeting(path, stderr, t)
	if err != nil {
		return err
	}
	// A file written before every record was cleaned on its way in may
	// still hold control or escape sequences: none reaches a document.
	m, _ = model.CleanMeeting(m)
	if o.asOf != "" {
		now = asOfTime(o.asOf, m)
	}
	var b []byte
	switch o.format + ":" + o.what {
	case "docx:minutes":
		b = export.MinutesDocx(m)
	case "docx:conclusions":
		b = export.ConclusionsDocx(m)
	case "docx:followups":
		b = export.ReportDocx(m, now)
	case "xlsx:questions", "xlsx:followups":
		if b, err = export.XLSX(m, now, o.what == "followups"); err != nil {
			return err
		}
	case "docx:briefing":
		b = export.BriefingDocx(m, now)
	case "html:briefing":
		b = export.BriefingHTML(m, now)
	case "md:briefing":
		b = export.BriefingMarkdown(m, now)
	case "md:minutes":
		b = export.Markdown(m, now)
	case "html:minutes":
		b = export.HTML(m, now)
	case "csv:followups":
		b = export.FollowUpsCSV(m, now)
	case "csv:questions":
		b = export.QuestionsCSV(m, now)
	default:
		if b, err = export.JSON(m); err != nil {
			return err
		}
	}
	if o.out == "" {
		_, err = stdout.Write(b)
		return err
	}
	if err := storage.WriteFile(o.out, b, storage.ExportMode, path); err != nil {
		return err
	}
	fmt.Fprintln(stderr, t.T("cli.export_written", o.out))
	return nil
}

// asOfTime is the end of the day dd/mm/yyyy in the meeting's time zone
// (the local one when it has no date): a deadline on that day is not yet
// overdue.
func asOfTime(s string, m *model.Meeting) time.Time {
	loc := time.Local
	if !m.Header.Date.IsZero() {
		loc = m.Header.Date.Location()
	}
	d, _ := time.ParseInLocation("02/01/2006", s, loc) // checked before
	return d.Add(24*time.Hour - time.Second)
}

// readMeeting loads the meeting at path read-only (storage.ReadMeeting);
// when a running Podium holds the file it says on stderr which backup was
// read, and when.
func readMeeting(path string, stderr io.Writer, t i18n.Catalog) (*model.Meeting, error) {
	m, from, err := storage.ReadMeeting(path)
	if storage.CodeOf(err) == storage.CodeLocked {
		return nil, plainError(t.T("cli.export_locked", path))
	}
	if err != nil {
		return nil, err
	}
	if from != "" {
		fmt.Fprintln(stderr, "podium: "+t.T("cli.export_from_backup", path, from, storage.BackupTime(from).Format(backupTimeFormat)))
	}
	return m, nil
}

// importFile is podium import SOURCE DEST: a JSON export rebuilt into a
// new meeting file, or a CSV of questions or departments added to an
// existing meeting, all of it or nothing.
func importFile(src, dest, what string, stdout io.Writer, t i18n.Catalog) error {
	b, err := storage.ReadSource(src)
	if err != nil {
		return err
	}
	if isJSON(src, b) {
		return importJSON(src, dest, b, stdout, t)
	}
	var batch *importcsv.Batch
	switch what {
	case "", "questions":
		batch, err = importcsv.Questions(b)
	case "departments":
		batch, err = importcsv.Departments(b)
	case "agenda":
		return importAgenda(src, dest, b, stdout, t) // import_agenda.go
	default:
		return plainError(t.T("cli.import_bad_what", what))
	}
	if err != nil {
		return plainError(importErrorText(t, src, err) + "\n" + t.T("cli.import_rejected", src, dest))
	}
	store, err := storage.Open(dest, nil)
	if storage.CodeOf(err) == storage.CodeLocked {
		// Open in a running Podium: the import is made there (key i).
		abs, _ := filepath.Abs(src) // the app may run in another folder
		return plainError(t.T("cli.import_open", model.Sanitize(dest), model.Sanitize(abs)))
	}
	if err != nil {
		return err
	}
	defer store.Close()
	now := time.Now()
	// First in memory, so a refusal names the line and column; then all
	// of it in one transaction, one undo.
	if _, err := batch.Apply(store.Meeting(), now); err != nil {
		return plainError(importErrorText(t, src, err) + "\n" + t.T("cli.import_rejected", src, dest))
	}
	// One step that names the file: the Timeline and u say which.
	if _, err := store.Apply(batch.Command(src), officeWho, now); err != nil {
		return err
	}
	if err := store.Close(); err != nil {
		return err
	}
	if what == "departments" {
		fmt.Fprintln(stdout, t.T("cli.import_depts_done", len(batch.Commands), dest))
	} else {
		fmt.Fprintln(stdout, t.T("cli.import_done", len(batch.Commands), dest))
	}
	if added := batch.ThemesAdded; len(added) > 0 {
		fmt.Fprintln(stdout, t.T("import.themes_added", len(added), strings.Join(added, "; ")))
	}
	return nil
}

func isJSON(path string, b []byte) bool {
	if strings.EqualFold(filepath.Ext(path), ".json") {
		return true
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	return bytes.HasPrefix(bytes.TrimSpace(b), []byte("{"))
}

func importJSON(src, dest string, b []byte, stdout io.Writer, t i18n.Catalog) error {
	// Every text field is cleaned on the way in (model.CleanMeeting), and
	// the names shown are cleaned too: a file name is whatever the disk allows.
	m, cleaned, err := export.ImportJSON(b)
	shownSrc, shownDest := model.Sanitize(src), model.Sanitize(dest)
	var je *export.JSONError
	if errors.As(err, &je) && je.Field != nil {
		return plainError(t.T("json.emptied", shownSrc, ui.FieldLabel(t, *je.Field)))
	}
	if errors.As(err, &je) {
		return plainError(t.T("json."+je.Code, append([]any{shownSrc}, je.Args...)...))
	}
	if err != nil {
		return err
	}
	store, err := storage.Create(dest, m, officeWho, time.Now(), nil)
	if err != nil {
		return err
	}
	if err := store.Close(); err != nil {
		return err
	}
	count := func(n int, present func(int) bool) int {
		c := 0
		for i := 1; i <= n; i++ {
			if present(i) {
				c++
			}
		}
		return c
	}
	fmt.Fprintln(stdout, t.T("cli.import_json_done", shownDest, shownSrc,
		count(m.Questions.Len(), func(i int) bool { return m.Question(i) != nil }),
		count(len(m.Departments), func(i int) bool { return m.Department(i) != nil }),
		count(len(m.FollowUps), func(i int) bool { return m.FollowUp(i) != nil })))
	if note := ui.CleanedFields(t, cleaned); note != "" {
		fmt.Fprintln(stdout, note)
	}
	return nil
}

// importErrorText is a refused spreadsheet in the user's language, as the
// app's import form says it (ui.ImportErrorText).
func importErrorText(t i18n.Catalog, src string, err error) string {
	return ui.ImportErrorText(t, src, err)
}
