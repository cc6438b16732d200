package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"podium/model"
)

// saveEvery is how long typed notes may wait before they are saved: at most
// this much typing is lost if the laptop dies, and no fsync happens per key.
const saveEvery = time.Second

// notesEditor is the clerk's summary of one answer, typed as the department
// speaks. It is saved without a key: about a second after typing starts
// (then every second while typing goes on), on leaving the editor, on
// switching screens and on quitting.
type notesEditor struct {
	answer  int // the answer being written, 0 when not editing
	area    textarea.Model
	saved   string // what the store has, as far as this editor knows
	pending bool   // a save is scheduled
	round   int    // tells a scheduled save from a stale one
}

// timer delivers msg after d; the program uses tea.Tick, tests deliver the
// message themselves when they choose.
type timer func(d time.Duration, msg tea.Msg) tea.Cmd

func realTimer(d time.Duration, msg tea.Msg) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}

// notesSaveMsg fires saveEvery after typing began.
type notesSaveMsg struct{ round int }

func newNotesArea() textarea.Model {
	a := textarea.New()
	a.ShowLineNumbers = false
	a.Prompt = ""
	a.MaxHeight = 10000
	a.CharLimit = 0
	st := a.Styles()
	st.Cursor.Blink = false
	a.SetStyles(st)
	return a
}

// editing reports whether keys go to the notes.
func (n *notesEditor) editing() bool { return n.answer != 0 }

// start opens answer a for typing.
func (n *notesEditor) start(a *model.Answer) tea.Cmd {
	n.area = newNotesArea()
	n.answer = a.ID
	n.saved = a.Notes
	n.area.SetValue(a.Notes)
	n.area.MoveToEnd()
	return n.area.Focus()
}

// update types a key or a paste; it schedules a save (with after) if none
// is pending.
func (n *notesEditor) update(msg tea.Msg, after timer) tea.Cmd {
	var cmd tea.Cmd
	n.area, cmd = n.area.Update(cleanPaste(msg))
	if v := n.area.Value(); !isClean(v) {
		n.area.SetValue(cleanNotes(v))
		n.area.MoveToEnd()
	}
	if n.area.Value() != n.saved && !n.pending {
		n.pending = true
		n.round++
		return tea.Batch(cmd, after(saveEvery, notesSaveMsg{round: n.round}))
	}
	return cmd
}

// isClean reports whether v holds nothing the notes may not (controls other
// than newlines, escapes, bidi or zero-width characters, decomposed letters).
func isClean(v string) bool { return cleanNotes(v) == v }

// cleanNotes sanitizes each line but keeps the newlines and spacing typed.
func cleanNotes(v string) string {
	lines := strings.Split(v, "\n")
	for i, l := range lines {
		lines[i] = model.Sanitize(l)
	}
	return strings.Join(lines, "\n")
}

// due returns the command to send if there is something to save.
func (n *notesEditor) due() (model.Command, bool) {
	n.pending = false
	if n.answer == 0 || n.area.Value() == n.saved {
		return nil, false
	}
	n.saved = n.area.Value()
	return model.SetNotes{Answer: n.answer, Notes: n.saved}, true
}

// stop leaves the editor, returning what is still to be saved.
func (n *notesEditor) stop() (model.Command, bool) {
	cmd, ok := n.due()
	n.answer = 0
	n.round++ // a save still scheduled finds nothing to do
	return cmd, ok
}
