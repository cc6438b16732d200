package ui

import (
	tea "charm.land/bubbletea/v2"

	"podium/storage"
)

// undoStep is u on the Timeline: it takes back the selected step. One's
// own newest step goes as u does anywhere; someone else's newest step is
// taken back only after a confirmation that names whose it is. Any other
// step is not the newest of its owner's and cannot be taken back alone.
func (m *timelineScreen) undoStep() tea.Cmd {
	t := m.ctx.T
	e, ok := m.selected()
	if !ok {
		return nil
	}
	if e.Verb == storage.VerbUndo || e.Verb == storage.VerbCreate {
		m.fail(t.T("timeline.not_undoable"))
		return nil
	}
	if e.Verb == storage.VerbMigrate {
		m.fail(t.T("timeline.migrate_not_undoable"))
		return nil
	}
	owner := e.ChainOwner()
	newest, ok, err := m.w.NewestOf(owner)
	switch {
	case err != nil:
		m.fail(m.ctx.errText(err))
		return nil
	case !ok || newest.Seq != e.Seq:
		m.fail(t.T("timeline.not_newest", whoName(m.ctx.T, owner)))
		return nil
	case owner == m.ctx.Who.String():
		return m.undo(false)
	}
	what := m.describe(e)
	m.ask = &confirm{question: t.T("confirm.undo_of", whoName(t, owner), what), yes: m.undoOf(owner, what)}
	return nil
}

// undoOf takes back owner's newest step, what.
func (m *timelineScreen) undoOf(owner, what string) tea.Cmd {
	w, who, t := m.w, m.ctx.Who, m.ctx.T
	return func() tea.Msg {
		if _, err := w.UndoOf(owner, who); err != nil {
			return doneMsg{err: err}
		}
		return doneMsg{ok: t.T("done.undo_of", whoName(t, owner), what)}
	}
}
