package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/storage"
)

// undoOf is a step of someone else's that the Timeline offers to take
// back, waiting for the user's yes.
type undoOf struct {
	owner string // whose step
	what  string // the step, said for people
}

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
	m.pending = undoOf{owner: owner, what: m.describe(e)}
	m.confirming = true
	return nil
}

// confirmUndoKey answers "take back X's step?".
func (m *timelineScreen) confirmUndoKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.ctx.Keys.Confirm.Yes):
		m.confirming = false
		p := m.pending
		w, who, t := m.w, m.ctx.Who, m.ctx.T
		return func() tea.Msg {
			if _, err := w.UndoOf(p.owner, who); err != nil {
				return doneMsg{err: err}
			}
			return doneMsg{ok: t.T("done.undo_of", whoName(t, p.owner), p.what)}
		}
	case key.Matches(msg, m.ctx.Keys.Confirm.No):
		m.confirming = false
	}
	return nil
}

func (m *timelineScreen) confirmUndoText() string {
	return m.ctx.T.T("confirm.undo_of", whoName(m.ctx.T, m.pending.owner), m.pending.what)
}
