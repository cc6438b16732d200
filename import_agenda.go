package main

import (
	"fmt"
	"io"
	"time"

	"podium/model"
	"podium/model/importcsv"
	"podium/storage"
	"podium/ui/i18n"
)

// importAgenda is podium import AGENDA.csv --what agenda FILE: the run of
// show read from a spreadsheet replaces the meeting's, all of it or
// nothing, as one step that u takes back. A meeting whose run of show has
// started is refused: its items not yet begun are edited on the Run of
// show screen.
func importAgenda(src, dest string, data []byte, stdout io.Writer, t i18n.Catalog) error {
	shownSrc, shownDest := model.Sanitize(src), model.Sanitize(dest)
	rejected := func(err error) error {
		return plainError(importErrorText(t, shownSrc, err) + "\n" + t.T("cli.import_rejected", shownSrc, shownDest))
	}
	batch, err := importcsv.Agenda(data)
	if err != nil {
		return rejected(err)
	}
	store, err := storage.Open(dest, nil)
	if storage.CodeOf(err) == storage.CodeLocked {
		return plainError(t.T("cli.import_agenda_open", shownDest))
	}
	if err != nil {
		return err
	}
	defer store.Close()
	if store.Meeting().Agenda.Current > 0 {
		return plainError(t.T("cli.agenda_started", shownDest) + "\n" + t.T("cli.import_rejected", shownSrc, shownDest))
	}
	now := time.Now()
	m, err := batch.Apply(store.Meeting(), now)
	if err != nil {
		return rejected(err)
	}
	if _, err := store.ApplyAll(batch.Commands, storage.VerbImport, officeWho, now); err != nil {
		return err
	}
	if err := store.Close(); err != nil {
		return err
	}
	dialogue := t.T("cli.import_agenda_no")
	for i, it := range m.Agenda.Items {
		if it.Dialogue {
			dialogue = t.T("cli.import_agenda_dlg", i+1)
		}
	}
	fmt.Fprintln(stdout, t.T("cli.import_agenda", len(m.Agenda.Items), shownDest, dialogue))
	const when = "15:04 02/01/2006"
	switch end := m.Header.PlannedEnd; {
	case end.IsZero():
	case m.PlannedEndFollows():
		fmt.Fprintln(stdout, t.T("cli.import_agenda_end", end.Format(when)))
	default:
		fmt.Fprintln(stdout, t.T("cli.import_agenda_own", end.Format(when), m.AgendaEnd().Format(when)))
	}
	return nil
}
