package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/storage/hub"
)

// mode is what the keyboard is talking to.
type mode int

const (
	modeMain mode = iota
	// The root's: over any screen.
	modeForm
	modeConfirmDiscard
	modeConfirmQuit
	modeHelp
	// The screens' own (screenModel.mode).
	modeFilter     // Moderate: the queue's filter
	modePicker     // Moderate: a department to choose
	modeFullText   // Moderate: a question's whole text
	modeNotes      // Record: the notes editor
	modeConfirm    // a screen's yes-or-no question (confirm.go)
	modeLeave      // Moderate: N out of the dialogue with questions waiting
	modeInboxMerge // Inbox: the question to merge a submission into
)

// Model is the root of one session's screens. It routes each message to
// the screen that shows, draws the frame (status bar, message line, help
// line) around the screen's view, and shows that screen's help. It changes
// the meeting only by sending commands to the writer.
type Model struct {
	*shared
	subs  <-chan hub.Snapshot
	unsub func()

	help    help.Model
	helpTop int // the help's page

	screen   screen
	screens  [screenCount]screenModel
	moderate *moderateScreen
	record   *recordScreen
	follow   *followScreen
	timeline *timelineScreen
	stats    *statsScreen

	quitting bool
}

// snapshotMsg carries a new committed meeting from the hub.
type snapshotMsg hub.Snapshot

// tickMsg makes the clocks move.
type tickMsg struct{}

// New builds the screens for one session on a writer (the hub). clock is
// the wall clock (time.Now; a fixed one in tests).
func New(ctx *Context, w Writer, clock func() time.Time) *Model {
	sub, unsub := w.Subscribe()
	sh := &shared{ctx: ctx, w: w, clock: clock, now: clock(), after: realTimer}
	m := &Model{shared: sh, subs: sub, unsub: unsub, help: help.New()}
	m.moderate = newModerate(sh)
	m.record = &recordScreen{shared: sh}
	m.follow = &followScreen{shared: sh}
	m.timeline = &timelineScreen{shared: sh}
	m.stats = &statsScreen{shared: sh}
	m.screens = [screenCount]screenModel{m.moderate, m.record, m.follow, m.timeline, m.stats,
		&detailsScreen{shared: sh},
		&agendaScreen{shared: sh},
		&departmentsScreen{shared: sh},
		&themesScreen{shared: sh},
		&inboxScreen{shared: sh},
	}
	m.help.Styles.ShortKey = ctx.Styles.HelpKey.Style
	m.help.Styles.ShortDesc = ctx.Styles.HelpDesc.Style
	m.help.Styles.FullKey = ctx.Styles.HelpKey.Style
	m.help.Styles.FullDesc = ctx.Styles.HelpDesc.Style
	m.setSnapshot(w.Snapshot())
	<-sub // the current snapshot, already taken
	return m
}

// Init starts listening for snapshots and the clock tick.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.waitSnapshot(), tick(), askBackground)
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
	same := s.Meeting == m.meeting()
	m.shared.setSnapshot(s)
	if !same {
		m.moderate.rowsFor(s.Meeting, m.screen == screenModerate)
	}
}

// takeSnapshot takes s unless the session has a newer one already, and
// reports whether it did.
func (m *Model) takeSnapshot(s hub.Snapshot) bool {
	same := s.Meeting == m.meeting()
	if !m.shared.takeSnapshot(s) {
		return false
	}
	if !same { // a snapshot of who is typing leaves the rows as they are
		m.moderate.rowsFor(s.Meeting, m.screen == screenModerate)
	}
	return true
}

// Update routes a message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		m.setBackground(msg) // background.go
	case snapshotMsg:
		m.now = m.clock()
		if !m.takeSnapshot(hub.Snapshot(msg)) {
			return m, m.waitSnapshot() // older than one a save brought
		}
		cmds := []tea.Cmd{m.waitSnapshot(), m.record.snapshot()}
		if m.screen == screenTimeline {
			cmds = append(cmds, m.timeline.snapshot())
		}
		return m, tea.Batch(cmds...)
	case notesSaveMsg:
		return m, m.record.notesTick(msg)
	case notesSavedMsg:
		m.now = m.clock()
		m.takeSnapshot(msg.snap) // the hub's, as of the save's answer
		return m, m.record.notesSaved(msg)
	case timelineMsg:
		m.timeline.loaded(msg)
	case tickMsg:
		m.now = m.clock()
		m.updatePace()
		return m, tick()
	case doneMsg:
		m.message, m.messageErr = msg.ok, false
		if msg.err != nil {
			m.message, m.messageErr = m.ctx.errText(msg.err), true
		}
	case BackupMsg:
		m.backupDone(msg)
	case formSavedMsg:
		m.formSaved(msg)
	case tea.PasteMsg:
		return m, m.routePaste(msg)
	case tea.KeyPressMsg:
		return m, m.routeKey(msg)
	default:
		m.restartMsg(msg) // restart.go
	}
	return m, nil
}

// resize gives every screen its size, the hidden ones too.
func (m *Model) resize(w, h int) {
	m.width, m.height = w, h
	m.help.SetWidth(w)
	bw, bh := w, max(0, h-3) // the status bar, the message line, the help line
	for _, s := range m.screens {
		s.setSize(bw, bh)
	}
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
	m.record.saveOnClose()
	m.w.SetTyping(m.shared, m.ctx.Who, 0)
	m.unsub()
}
