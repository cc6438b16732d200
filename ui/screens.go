package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// screen is which of the session's screens is showing.
type screen int

const (
	screenModerate    screen = iota // the moderator's: queue, floor, answer
	screenRecord                    // the clerk's: notes, outcome, responder
	screenFollowUps                 // after the meeting: follow-ups by department
	screenTimeline                  // the log: time, who, what
	screenStats                     // figures per department, theme and asker
	screenDetails                   // the meeting's details: header, limits, documents
	screenAgenda                    // the run of show
	screenDepartments               // the departments that answer
	screenThemes                    // the themes questions are filed under
	screenInbox                     // questions sent from the hall, to approve
	screenCount
)

// screenModel is one screen (soft-serve's common.Component): its own
// state, keys, view and help. The root routes messages to the one that
// shows, draws the frame around its view, and shows its help.
type screenModel interface {
	// titleKey is the screen's name in the catalog, for the status bar.
	titleKey() string
	// keyPress takes a key; handled false leaves it to the global keys.
	keyPress(msg tea.KeyPressMsg) (cmd tea.Cmd, handled bool)
	// paste takes pasted text, when something of the screen's is typed.
	paste(msg tea.PasteMsg) tea.Cmd
	// mode is modeMain, or a mode of the screen's own that takes every
	// key (a filter, a picker, the notes editor, a confirmation).
	mode() mode
	// view draws the screen in w×h cells.
	view(w, h int) string
	// setSize is the size view will be asked for; every screen gets it,
	// the hidden ones too, and zero never panics.
	setSize(w, h int)
	// messageLine is the message line of the screen's own mode, or "".
	messageLine(w int) string
	// shown and hidden are called as the screen comes and goes; hidden
	// saves what is being typed.
	shown() tea.Cmd
	hidden() tea.Cmd
	// snapshot is called when a new snapshot has been taken.
	snapshot() tea.Cmd
	// ShortHelp is the help line; FullHelp the help screen's groups,
	// each with its title.
	ShortHelp() []key.Binding
	FullHelp() []helpGroup
}

// helpGroup is a titled column of the help screen.
type helpGroup struct {
	title string
	keys  []key.Binding
}

// baseScreen gives a screen the parts most screens do not change.
type baseScreen struct{}

func (baseScreen) paste(tea.PasteMsg) tea.Cmd { return nil }
func (baseScreen) mode() mode                 { return modeMain }
func (baseScreen) messageLine(int) string     { return "" }
func (baseScreen) shown() tea.Cmd             { return nil }
func (baseScreen) hidden() tea.Cmd            { return nil }
func (baseScreen) snapshot() tea.Cmd          { return nil }
func (baseScreen) setSize(int, int)           {}

// active is the screen that shows.
func (m *Model) active() screenModel { return m.screens[m.screen] }

// switchTo changes screen; the screen left saves what is being typed.
func (m *Model) switchTo(s screen) tea.Cmd {
	if s == m.screen || s < 0 || s >= screenCount {
		return nil
	}
	save := m.active().hidden()
	m.screen = s
	m.message = ""
	return tea.Batch(save, m.active().shown())
}

// screenOfDigit is the screen a digit key chooses: 1 the first, 9 the
// ninth, 0 the tenth.
func screenOfDigit(d string) screen {
	if d == "0" {
		return 9
	}
	return screen(d[0] - '1')
}
