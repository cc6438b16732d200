package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/storage"
	"podium/storage/hub"
)

// mode is what the keyboard is talking to.
type mode int

const (
	modeMain mode = iota
	modeFilter
	modeForm
	modePicker
	modeConfirmQuit
	modeConfirmDiscard
	modeConfirmUndo // someone else's step, chosen on the Timeline
	modeHelp
	modeFullText
)

// formPurpose is which question form to open.
type formPurpose int

const (
	formAdd formPurpose = iota
	formEdit
)

// pickPurpose is what a chosen department becomes.
type pickPurpose int

const (
	pickAnswer pickPurpose = iota
	pickWriting
	pickAgain // another department answers the newest answer's questions
)

// Model is the root of one session's screens. It holds the newest meeting
// snapshot and routes every key by mode; it changes the meeting only by
// sending commands to the hub.
type Model struct {
	ctx   *Context
	hub   *hub.Hub
	subs  <-chan hub.Snapshot
	unsub func()
	clock func() time.Time
	after timer // schedules the notes' autosave

	snap   hub.Snapshot
	counts model.Counts
	now    time.Time
	width  int
	height int

	screen  screen
	mode    mode
	queue   queueList
	filter  textinput.Model
	help    help.Model
	form    *form
	picker  *deptPicker
	pickFor pickPurpose

	textTop int // first line shown of a question's full text

	notes       notesEditor        // the clerk's notes on the Record screen
	recAnswer   int                // the answer the Record screen shows; 0: the floor's
	followSel   int                // the selected row on the Follow-ups screen
	timeline    []storage.LogEntry // the newest log entries, newest first
	timelineTop int                // first entry shown
	stats       statsView          // the Statistics screen: its scroll and its figures, per snapshot

	join []string // how to join over SSH, when serving

	alert      string     // a warning that stays until the next key (the pace)
	pace       model.Pace // the forecast, worked out on each snapshot and tick
	paceWarned bool       // the queue has stopped fitting and the moderator was told

	message    string
	messageErr bool
	quitting   bool

	warning string // stays on the status bar: a backup that could not be made

	pendingUndo undoOf // the step modeConfirmUndo asks about
}

// snapshotMsg carries a new committed meeting from the hub.
type snapshotMsg hub.Snapshot

// tickMsg makes the clocks move.
type tickMsg struct{}

// doneMsg is the hub's answer to a command this screen sent.
type doneMsg struct {
	ok  string // message to show on success
	err error
}

// New builds the Moderate screen for one session on a hub. clock is the
// wall clock (time.Now; a fixed one in tests).
func New(ctx *Context, h *hub.Hub, clock func() time.Time) *Model {
	sub, unsub := h.Subscribe()
	f := newInput("/ ")
	m := &Model{
		ctx: ctx, hub: h, subs: sub, unsub: unsub, clock: clock,
		filter: f, help: help.New(), now: clock(), after: realTimer,
	}
	m.help.Styles.ShortKey = ctx.Styles.HelpKey.Style
	m.help.Styles.ShortDesc = ctx.Styles.HelpDesc.Style
	m.help.Styles.FullKey = ctx.Styles.HelpKey.Style
	m.help.Styles.FullDesc = ctx.Styles.HelpDesc.Style
	m.setSnapshot(h.Snapshot())
	<-sub // the current snapshot, already taken
	return m
}

// Init starts listening for snapshots and the clock tick.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.waitSnapshot(), tick())
}

func (m *Model) waitSnapshot() tea.Cmd {
	ch := m.subs
	return func() tea.Msg {
		s, ok := <-ch
		if !ok {
			return nil
		}
		return snapshotMsg(s)
	}
}

func tick() tea.Cmd {
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return tickMsg{} })
}

func (m *Model) setSnapshot(s hub.Snapshot) {
	m.snap = s
	m.counts = s.Meeting.Count()
	m.queue.rebuild(s.Meeting)
	m.updatePace()
}

// takeSnapshot takes s unless the screen has a newer one already (a save's
// answer brings the hub's snapshot too, so the subscription's may come
// after it), and reports whether it did.
func (m *Model) takeSnapshot(s hub.Snapshot) bool {
	if s.Meeting == nil || (m.snap.Meeting != nil && s.Seq < m.snap.Seq) {
		return false
	}
	m.setSnapshot(s)
	return true
}

func (m *Model) meeting() *model.Meeting { return m.snap.Meeting }

// Update routes a message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width)
		return m, nil
	case snapshotMsg:
		m.now = m.clock()
		if !m.takeSnapshot(hub.Snapshot(msg)) {
			return m, m.waitSnapshot() // older than one a save brought
		}
		notes := m.reconcileNotes()
		if m.screen == screenTimeline {
			return m, tea.Batch(m.waitSnapshot(), m.loadTimeline(), notes)
		}
		return m, tea.Batch(m.waitSnapshot(), notes)
	case notesSaveMsg:
		return m, m.notesTick(msg)
	case notesSavedMsg:
		m.now = m.clock()
		return m, m.notesSaved(msg)
	case timelineMsg:
		if msg.err != nil {
			m.fail(m.ctx.errText(msg.err))
		} else {
			m.timeline = msg.entries
		}
		return m, nil
	case tickMsg:
		m.now = m.clock()
		m.updatePace()
		return m, tick()
	case doneMsg:
		m.message, m.messageErr = msg.ok, false
		if msg.err != nil {
			m.message, m.messageErr = m.ctx.errText(msg.err), true
		}
		return m, nil
	case BackupMsg:
		m.backupDone(msg)
		return m, nil
	case formSavedMsg:
		m.formSaved(msg)
		return m, nil
	case tea.PasteMsg:
		return m, m.routePaste(msg)
	case tea.KeyPressMsg:
		return m, m.routeKey(msg)
	}
	return m, nil
}

// send hands a command to the hub off the UI goroutine; ok is shown when it
// has been committed.
func (m *Model) send(cmd model.Command, ok string) tea.Cmd {
	h, who := m.hub, m.ctx.Who
	return func() tea.Msg {
		return doneMsg{ok: ok, err: h.Do(cmd, who)}
	}
}

func (m *Model) notice(s string) { m.message, m.messageErr = s, false }
func (m *Model) fail(s string)   { m.message, m.messageErr = s, true }

// loc is the meeting's time zone: dates are typed and shown in it, so a
// deadline typed as 30/09 stays 30/09 whatever zone the laptop is set to.
// A meeting without a date uses the laptop's.
func (m *Model) loc() *time.Location {
	if d := m.meeting().Header.Date; !d.IsZero() {
		return d.Location()
	}
	return m.now.Location()
}

// OpenRecord starts the session on the clerk's Record screen.
func (m *Model) OpenRecord() { m.screen = screenRecord }

// SetJoinInfo sets the lines that tell others how to join this meeting
// (podium serve); the moderator's screen shows them.
func (m *Model) SetJoinInfo(lines []string) {
	m.join = make([]string, len(lines))
	for i, l := range lines {
		m.join[i] = model.CleanLine(l)
	}
}

// Warn puts a lasting warning on the status bar (a backup that failed);
// "" takes it away.
func (m *Model) Warn(s string) { m.warning = model.CleanLine(s) }

// Close ends the session's screen, after its program has stopped (the
// program quit, the connection dropped, the idle timeout, the server
// shutting down): what the notes editor holds goes to the hub first, and
// waits until it is stored; then the screen stops listening to the hub.
// The hub must still be open.
func (m *Model) Close() {
	m.saveOnClose()
	m.hub.SetTyping(m, m.ctx.Who, 0)
	m.unsub()
}
