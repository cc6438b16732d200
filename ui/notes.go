package ui

import (
	"fmt"
	"hash/fnv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/storage/hub"
)

// saveEvery is how long typed notes may wait before they are saved: at most
// this much typing is lost if the laptop dies, and no fsync happens per key.
const saveEvery = time.Second

// notesEditor is the clerk's summary of one answer, typed as the department
// speaks. It is saved without a key: about a second after typing starts
// (then every second while typing goes on), on leaving the editor, and
// whenever the session ends (Model.Close).
//
// What it holds is never lost and never claimed saved when it is not:
//
//   - each save says which stored text it was written from (SetNotes.Base),
//     so the writer refuses it rather than overwrite notes that changed
//     meanwhile (an undo, another clerk on the same answer);
//   - when the stored notes change under the editor, it keeps its text:
//     an undo of its own text is simply saved over again, another text is
//     merged with it (reconcile);
//   - esc closes the editor only once the store holds what it shows.
type notesEditor struct {
	answer int // the answer being written, 0 when not editing
	// questions names the answer on screen by its questions' numbers
	// ("14, 15"), kept for when an undo takes the answer away.
	questions string
	area      textarea.Model
	base      string   // the stored notes the text derives from, as last seen (clean)
	sent      *string  // the text of the save not yet answered (clean); nil when none
	seq       int      // numbers the saves, so an answer is matched to its save
	pending   bool     // a save is scheduled
	round     int      // tells a scheduled save from a stale one
	closing   bool     // esc was pressed: close once the store holds the text
	gone      bool     // the answer no longer exists (an undo took it away)
	failed    bool     // the last save failed: it is tried again each second
	ours      []uint64 // hashes of the texts this editor had stored: an undo back to one of them is not someone else's text
}

// timer delivers msg after d; the program uses tea.Tick, tests deliver the
// message themselves when they choose.
type timer func(d time.Duration, msg tea.Msg) tea.Cmd

func realTimer(d time.Duration, msg tea.Msg) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}

// notesSaveMsg fires saveEvery after typing began.
type notesSaveMsg struct{ round int }

// notesSavedMsg is the hub's answer to a save of the notes, with the hub's
// snapshot as of the answer: at least as new as the save.
type notesSavedMsg struct {
	answer int
	seq    int
	err    error
	snap   hub.Snapshot
}

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
	*n = notesEditor{round: n.round + 1, seq: n.seq}
	n.area = newNotesArea()
	n.answer = a.ID
	n.questions = answerQuestions(a)
	n.base = a.Notes
	n.remember(a.Notes)
	n.area.SetValue(a.Notes)
	n.area.MoveToEnd()
	return n.area.Focus()
}

// text is what the editor holds, as the store would keep it.
func (n *notesEditor) text() string { return model.CleanText(n.area.Value()) }

// saved reports whether the store holds what the editor shows, as far as
// the newest snapshot tells.
func (n *notesEditor) saved() bool { return n.sent == nil && !n.gone && n.text() == n.base }

func (n *notesEditor) setText(s string) {
	n.area.SetValue(s)
	n.area.MoveToEnd()
}

func textHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func (n *notesEditor) remember(s string) {
	h := textHash(s)
	for _, o := range n.ours {
		if o == h {
			return
		}
	}
	n.ours = append(n.ours, h)
}

func (n *notesEditor) isOurs(s string) bool {
	h := textHash(s)
	for _, o := range n.ours {
		if o == h {
			return true
		}
	}
	return false
}

// update types a key or a paste; it schedules a save (with after) if none
// is pending.
func (n *notesEditor) update(msg tea.Msg, after timer) tea.Cmd {
	var cmd tea.Cmd
	n.area, cmd = n.area.Update(cleanPaste(msg))
	if v := n.area.Value(); !isClean(v) {
		n.setText(cleanNotes(v))
	}
	n.closing = false // typing on: esc again to leave
	return tea.Batch(cmd, n.schedule(after))
}

// schedule plans a save saveEvery from now, if there is something to save
// and none is planned.
func (n *notesEditor) schedule(after timer) tea.Cmd {
	if n.pending || n.text() == n.base {
		return nil
	}
	n.pending = true
	n.round++
	return after(saveEvery, notesSaveMsg{round: n.round})
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

// next returns the save to send now, if there is something to save and no
// save is waiting for its answer (the answer sends the rest).
func (n *notesEditor) next() (model.SetNotes, bool) {
	if n.answer == 0 || n.sent != nil || n.gone {
		return model.SetNotes{}, false
	}
	text := n.text()
	if text == n.base {
		return model.SetNotes{}, false
	}
	n.sent = &text
	n.seq++
	return model.SetNotes{Answer: n.answer, Notes: text, Base: model.BaseOf(n.base)}, true
}

// stop leaves the editor.
func (n *notesEditor) stop() {
	n.answer = 0
	n.sent = nil
	n.closing, n.gone, n.failed, n.pending = false, false, false, false
	n.round++ // a save still scheduled finds nothing to do
}

// change is what reconcile did to the editor.
type change int

const (
	unchanged change = iota
	followed         // the store caught up with the editor, or the editor with it: nothing to say
	undone           // the stored notes went back (an undo): the editor keeps its text
	merged           // someone else's text: the editor's text now holds both
)

// reconcile brings the editor in line with stored, the answer's notes in
// the newest snapshot, when they differ from what the editor last knew was
// stored. It never drops a letter the editor holds. marker is the line put
// between someone else's text and the editor's when neither extends the
// other.
func (n *notesEditor) reconcile(stored, marker string) change {
	if stored == n.base {
		return unchanged
	}
	text := n.text()
	switch {
	case stored == text:
		n.base = stored
		return followed
	case strings.HasPrefix(n.base, stored) || n.isOurs(stored):
		// An undo took back some of what this editor had saved (all of it
		// when stored is empty), or went back to an older save of it: the
		// editor's text is newer, and stays.
		n.base = stored
		return undone
	case strings.HasPrefix(text, stored):
		// Everything stored is in the editor already.
		n.base = stored
		return followed
	case strings.HasPrefix(text, n.base):
		// The editor only added after what was stored; someone else
		// changed that: their text, then what the editor added.
		added := strings.TrimLeft(text[len(n.base):], " \n")
		n.base = stored
		if added == "" {
			n.setText(stored)
			return followed
		}
		if stored == "" {
			n.setText(added)
		} else {
			n.setText(stored + "\n" + added)
		}
		return merged
	default:
		n.base = stored
		n.setText(stored + "\n" + marker + "\n" + text)
		return merged
	}
}

// Model's side: sending saves, taking their answers and the snapshots.

// startNotes opens the editor on answer a and tells the others.
func (m *recordScreen) startNotes(a *model.Answer) tea.Cmd {
	m.recAnswer = a.ID
	if fa := m.meeting().FloorAnswer(); fa != nil && fa.ID == a.ID {
		m.recAnswer = 0 // following the floor
	}
	cmd := m.notes.start(a)
	m.w.SetTyping(m.shared, m.ctx.Who, a.ID)
	return cmd
}

// closeNotes leaves the editor; the Record screen stays on its answer.
func (m *recordScreen) closeNotes() {
	id := m.notes.answer
	m.notes.stop()
	m.w.SetTyping(m.shared, m.ctx.Who, 0)
	if fa := m.meeting().FloorAnswer(); m.meeting().Answer(id) != nil && (fa == nil || fa.ID != id) {
		m.recAnswer = id
	}
}

// flushNotes leaves the editor at once, sending what it holds without
// waiting for the answer: for leaving the Record screen or quitting, when
// the editor is open (esc waits instead).
func (m *recordScreen) flushNotes() tea.Cmd {
	if !m.notes.editing() {
		return nil
	}
	var save tea.Cmd
	if m.notes.sent == nil && !m.notes.gone && m.notes.text() != m.notes.base {
		cmd, seq := model.SetNotes{Answer: m.notes.answer, Notes: m.notes.text(), Base: model.BaseOf(m.notes.base)}, -1
		save = m.saveNotes(cmd, seq)
	}
	m.closeNotes()
	return save
}

// sendNotes sends the editor's text if there is something to send.
func (m *recordScreen) sendNotes() tea.Cmd {
	cmd, ok := m.notes.next()
	if !ok {
		return nil
	}
	return m.saveNotes(cmd, m.notes.seq)
}

func (m *recordScreen) saveNotes(cmd model.SetNotes, seq int) tea.Cmd {
	w, who := m.w, m.ctx.Who
	return func() tea.Msg {
		err := w.Do(cmd, who)
		return notesSavedMsg{answer: cmd.Answer, seq: seq, err: err, snap: w.Snapshot()}
	}
}

// notesKey types into the notes; esc leaves the editor once the store holds
// what it shows.
func (m *recordScreen) notesKey(msg tea.KeyPressMsg) tea.Cmd {
	if !key.Matches(msg, m.ctx.Keys.Notes.Done) {
		return m.notes.update(msg, m.after)
	}
	t, n := m.ctx.T, &m.notes
	if n.gone {
		if n.closing { // the second esc: the clerk chose to drop it
			questions := n.questions
			m.closeNotes()
			m.notice(t.T("record.notes_dropped", questions))
			return nil
		}
		n.closing = true
		m.fail(t.T("record.notes_gone", n.questions))
		return nil
	}
	n.closing = true
	return m.closeWhenSaved()
}

// closeWhenSaved closes the editor if the store holds its text, else sends
// it (or waits for the save under way).
func (m *recordScreen) closeWhenSaved() tea.Cmd {
	n := &m.notes
	if n.saved() {
		m.closeNotes()
		m.notice(m.ctx.T.T("record.notes_saved"))
		return nil
	}
	m.notice(m.ctx.T.T("record.notes_saving", n.questions))
	return m.sendNotes()
}

// notesTick is the autosave's second.
func (m *recordScreen) notesTick(msg notesSaveMsg) tea.Cmd {
	if msg.round != m.notes.round {
		return nil
	}
	m.notes.pending = false
	return m.sendNotes()
}

// notesSaved takes the hub's answer to a save; the root has taken the
// snapshot it brought.
func (m *recordScreen) notesSaved(msg notesSavedMsg) tea.Cmd {
	n, t := &m.notes, m.ctx.T
	if !n.editing() || msg.answer != n.answer || msg.seq != n.seq || n.sent == nil {
		// A save sent on leaving (flushNotes): only a failure is news.
		if msg.err != nil {
			m.fail(t.T("record.notes_not_saved", answerLabel(m.meeting(), msg.answer), m.ctx.errText(msg.err)))
		}
		return nil
	}
	sent := *n.sent
	n.sent = nil
	switch code := model.CodeOf(msg.err); {
	case msg.err == nil:
		n.base = sent
		n.remember(sent)
		if n.failed {
			n.failed = false
			m.message = ""
		}
	case code == model.ErrNotesChanged, code == model.ErrNoSuchAnswer:
		// The snapshot shows what changed: reconcile merges, then saves.
	default:
		// The disk is full, the file went read-only, the hub closed: the
		// text stays here and is tried again on the next second.
		n.failed, n.closing = true, false
		m.fail(t.T("record.notes_not_saved", n.questions, m.ctx.errText(msg.err)))
		return n.schedule(m.after)
	}
	return m.reconcileNotes()
}

// reconcileNotes brings the open editor in line with the newest snapshot,
// says what happened, and saves or closes as due.
func (m *recordScreen) reconcileNotes() tea.Cmd {
	n, t := &m.notes, m.ctx.T
	if !n.editing() || n.sent != nil {
		return nil // the save's answer comes first
	}
	a := m.meeting().Answer(n.answer)
	if a == nil {
		if !n.gone {
			n.gone, n.closing = true, false
			m.fail(t.T("record.notes_gone", n.questions))
		}
		return nil
	}
	if n.gone {
		n.gone, n.closing = false, false
		m.message = ""
	}
	switch n.reconcile(a.Notes, m.notesMarker()) {
	case undone:
		m.fail(t.T("record.notes_undone", n.questions))
	case merged:
		m.fail(t.T("record.notes_merged", n.questions))
	}
	if n.closing {
		return m.closeWhenSaved()
	}
	return n.schedule(m.after)
}

// notesMarker is the line between someone else's notes and this editor's.
func (m *recordScreen) notesMarker() string {
	return m.ctx.T.T("record.notes_marker", whoName(m.ctx.T, m.ctx.Who.String()), m.now.In(m.loc()).Format("15:04"))
}

// saveOnClose is Close's part for the notes: it sends what the editor
// holds to the hub and waits for it, merging and sending again if the
// stored notes changed meanwhile. The program has ended, so nothing else
// touches the model.
func (m *recordScreen) saveOnClose() {
	n := &m.notes
	if !n.editing() {
		return
	}
	defer m.closeNotes()
	for range 5 {
		m.takeSnapshot(m.w.Snapshot())
		a := m.meeting().Answer(n.answer)
		if a == nil {
			return // the answer is gone: there is nowhere to put the text
		}
		if n.sent != nil {
			// A save whose answer the program never took: it either
			// landed (the store holds it) or not.
			if a.Notes == *n.sent {
				n.base = a.Notes
				n.remember(a.Notes)
			}
			n.sent = nil
		}
		n.reconcile(a.Notes, m.notesMarker())
		cmd, ok := n.next()
		if !ok {
			return
		}
		err := m.w.Do(cmd, m.ctx.Who)
		n.sent = nil
		if err == nil {
			return
		}
		if model.CodeOf(err) != model.ErrNotesChanged {
			return
		}
	}
}

// answerLabel names answer id by its questions' numbers ("14, 15"), or by
// its own number when it is gone.
func answerLabel(mt *model.Meeting, id int) string {
	if a := mt.Answer(id); a != nil && len(a.Questions) > 0 {
		return answerQuestions(a)
	}
	return fmt.Sprint(id)
}
