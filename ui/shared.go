package ui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/storage/hub"
)

// shared is what every screen of one session shares (soft-serve's
// common.Common): the session's context, the writer, the newest snapshot
// and the clock, the message line, and the form open over the screen.
// The root owns it; each screen holds a pointer to it.
type shared struct {
	ctx   *Context
	w     Writer
	clock func() time.Time
	after timer // schedules the notes' autosave

	snap    hub.Snapshot
	counts  model.Counts
	pending int // questions sent in that wait (the Inbox), as of snap
	now     time.Time
	width   int // the terminal's, not a screen's
	height  int

	join   []string        // how to join over SSH, when serving
	joinQR func() []string // the ask page's QR code, when serving the web pages (joinqr.go)

	message    string
	messageErr bool
	alert      string     // a warning that stays until the next key (the pace)
	warning    string     // stays on the status bar: a backup that could not be made
	pace       model.Pace // the forecast, worked out on each snapshot and tick
	paceWarned bool       // the queue has stopped fitting and the moderator was told

	// What the pace sums over the questions, followed from snapshot to
	// snapshot (model.PaceTally).
	paceTally model.PaceTally

	over mode  // the root's modes, over any screen: a form, a confirmation, the help
	form *form // the form open over the screen, in modeForm and modeConfirmDiscard
}

// doneMsg is the hub's answer to a command a screen sent.
type doneMsg struct {
	ok  string // message to show on success
	err error
}

func (s *shared) meeting() *model.Meeting { return s.snap.Meeting }

func (s *shared) setSnapshot(snap hub.Snapshot) {
	if snap.Meeting == s.snap.Meeting {
		s.snap = snap // who is typing changed, not the meeting: nothing to count
		return
	}
	s.counts = countsAfter(s.snap.Meeting, s.counts, snap.Meeting)
	s.pending = snap.Meeting.PendingCount()
	s.snap = snap
	s.updatePace()
}

// takeSnapshot takes snap unless the session has a newer one already (a
// save's answer brings the hub's snapshot too, so the subscription's may
// come after it), and reports whether it did.
func (s *shared) takeSnapshot(snap hub.Snapshot) bool {
	if snap.Meeting == nil || (s.snap.Meeting != nil && snap.Seq < s.snap.Seq) {
		return false
	}
	s.setSnapshot(snap)
	return true
}

// send hands a command to the writer off the UI goroutine; ok is shown
// when it has been committed.
func (s *shared) send(cmd model.Command, ok string) tea.Cmd {
	w, who := s.w, s.ctx.Who
	return func() tea.Msg {
		return doneMsg{ok: ok, err: w.Do(cmd, who)}
	}
}

// sendRefs is send for a note that names what the command made: ok is
// given the records the command changed, once it has been committed.
func (s *shared) sendRefs(cmd model.Command, ok func([]model.Ref) string) tea.Cmd {
	w, who := s.w, s.ctx.Who
	return func() tea.Msg {
		refs, err := w.DoRefs(cmd, who)
		if err != nil {
			return doneMsg{err: err}
		}
		return doneMsg{ok: ok(refs)}
	}
}

func (s *shared) notice(msg string) { s.message, s.messageErr = msg, false }
func (s *shared) fail(msg string)   { s.message, s.messageErr = msg, true }

// loc is the meeting's time zone: dates are typed and shown in it, so a
// deadline typed as 30/09 stays 30/09 whatever zone the laptop is set to.
// A meeting without a date uses the laptop's.
func (s *shared) loc() *time.Location {
	if d := s.meeting().Header.Date; !d.IsZero() {
		return d.Location()
	}
	return s.now.Location()
}

func (s *shared) clockRunning() bool {
	k, ok := s.meeting().RunningClock()
	return ok && k.Running()
}

// undo undoes the newest action (or, with redo, redoes the newest undo)
// and says what it was: "Undid: withdraw question 12".
func (s *shared) undo(redo bool) tea.Cmd {
	w, who, t := s.w, s.ctx.Who, s.ctx.T
	note := s.typingNote(0)
	return func() tea.Msg {
		reverse, done := w.Undo, "done.undo"
		if redo {
			reverse, done = w.Redo, "done.redo"
		}
		entry, err := reverse(who)
		if err != nil {
			return doneMsg{err: err}
		}
		return doneMsg{ok: withNote(t.T(done, entryText(t, entry)), note)}
	}
}

// othersTyping is who else has a notes editor open, by answer. A
// session's editor is known to the writer by the session's shared
// pointer.
func (s *shared) othersTyping() []hub.Typing {
	var ts []hub.Typing
	for _, ty := range s.snap.Typing {
		if ty.Key != any(s) {
			ts = append(ts, ty)
		}
	}
	return ts
}

// typingLines say on the answer card who is writing notes on which answer.
func (s *shared) typingLines() []string {
	var lines []string
	for _, ty := range s.othersTyping() {
		lines = append(lines, s.ctx.T.T("answer.typing", whoName(s.ctx.T, ty.Who.String()), answerLabel(s.meeting(), ty.Answer)))
	}
	return lines
}

// typingNote tells the moderator, after ending answer (or, with 0, after
// anything that moves the floor or undoes), who is still writing notes on
// it, and that their text stays with it.
func (s *shared) typingNote(answer int) string {
	var notes []string
	for _, ty := range s.othersTyping() {
		if answer == 0 || ty.Answer == answer {
			notes = append(notes, s.ctx.T.T("done.still_typing", whoName(s.ctx.T, ty.Who.String()), answerLabel(s.meeting(), ty.Answer)))
		}
	}
	return strings.Join(notes, " ")
}

// withNote puts note after a result message.
func withNote(msg, note string) string {
	if note == "" {
		return msg
	}
	if msg == "" {
		return note
	}
	return msg + " " + note
}

func (s *shared) deptName(code string) string {
	if d := s.meeting().DepartmentByCode(code); d != nil {
		return d.Name + " (" + d.Code + ")"
	}
	return code
}
