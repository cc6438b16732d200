package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/spf13/cobra"

	"podium/model"
	"podium/storage"
	"podium/ui/i18n"
)

// podium new NEW-FILE --from LAST-YEAR.podium: next year's meeting, from
// last year's details, departments, themes and run of show.
func (c *cli) newCommand() *cobra.Command {
	var from string
	cmd := &cobra.Command{
		Use:     "new " + c.t.T("cli.type.file") + " --from " + c.t.T("cli.type.file"),
		Short:   c.t.T("cli.short.new"),
		Long:    c.t.T("cli.long.new"),
		Example: c.t.T("cli.example.new"),
		Args:    c.exactlyOne,
		RunE: func(_ *cobra.Command, args []string) error {
			if from == "" {
				return usageError(c.t.T("cli.new_need_from"))
			}
			return newFrom(args[0], from, c.stdout, c.stderr, c.t)
		},
	}
	cmd.Flags().StringVar(&from, "from", "", c.t.T("cli.flag.from"))
	varName(cmd.Flags(), "from", c.t.T("cli.type.file"))
	_ = cmd.MarkFlagFilename("from", "podium")
	return cmd
}

// newFrom writes a new meeting at dest from the meeting at src (read as
// export reads it: a file open in a running Podium through its newest
// backup). It never overwrites dest.
func newFrom(dest, src string, stdout, stderr io.Writer, t i18n.Catalog) error {
	if _, err := os.Lstat(dest); err == nil {
		return &storage.Error{Code: storage.CodeExists, Path: dest}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return &storage.Error{Code: storage.CodeIO, Path: dest, Args: []any{err}, Err: err}
	}
	last, backup, err := storage.ReadMeeting(src)
	if storage.CodeOf(err) == storage.CodeLocked {
		return plainError(t.T("cli.new_locked", model.Sanitize(src)))
	}
	if err != nil {
		return err
	}
	if backup != "" {
		fmt.Fprintln(stderr, "podium: "+t.T("cli.new_from_backup", model.Sanitize(src), model.Sanitize(backup),
			storage.BackupTime(backup).Format(backupTimeFormat)))
	}
	now := time.Now()
	m, err := nextYear(last, now)
	if err != nil {
		return err
	}
	store, err := storage.Create(dest, m, officeWho, now, nil)
	if err != nil {
		return err
	}
	if err := store.Close(); err != nil {
		return err
	}
	depts := 0
	for _, d := range m.Departments {
		if d != nil {
			depts++
		}
	}
	fmt.Fprintln(stdout, t.T("cli.new_done", model.Sanitize(dest), model.Sanitize(src), depts, len(m.Themes), len(m.Agenda.Items)))
	fmt.Fprintln(stdout, t.T("cli.new_next", model.Sanitize(dest)))
	return nil
}

// nextYear is a new meeting with last's details (without its dates, its
// documents' numbers and its attendance count), departments, themes and
// run of show (not started), and nothing of what happened at it: no
// questions, answers, follow-ups, commendations or log. It is built by
// ordinary commands, held to the rules of anything typed.
func nextYear(last *model.Meeting, now time.Time) (*model.Meeting, error) {
	h := last.Header
	h.Date, h.PlannedEnd, h.End = time.Time{}, time.Time{}, time.Time{}
	h.MinutesNumber, h.ConclusionsNumber, h.ReportNumber = "", "", ""
	h.YouthDelegates = 0
	cmds := []model.Command{model.SetHeader{Header: h}}
	for _, d := range last.Departments {
		if d != nil {
			cmds = append(cmds, model.AddDepartment{Code: d.Code, Name: d.Name, Representative: d.Representative})
		}
	}
	for _, th := range last.Themes {
		cmds = append(cmds, model.AddTheme{Name: th})
	}
	if len(last.Agenda.Items) > 0 {
		items := make([]model.AgendaItem, len(last.Agenda.Items))
		for i, it := range last.Agenda.Items {
			items[i] = model.AgendaItem{Title: it.Title, Planned: it.Planned, Dialogue: it.Dialogue}
		}
		cmds = append(cmds, model.SetAgenda{Items: items})
	}
	m := model.New(model.Header{})
	for _, c := range cmds {
		var err error
		if m, _, err = model.Apply(m, c, now); err != nil {
			return nil, err
		}
	}
	return m, nil
}
