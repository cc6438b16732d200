package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/storage"
)

// timelineSize is how many of the newest log entries the Timeline reads.
const timelineSize = 500

// timelineMsg carries log entries read off the UI goroutine.
type timelineMsg struct {
	entries []storage.LogEntry
	err     error
}

// timelineScreen is the log: time, who, what, newest first; u takes back
// the step at the top. Its own mode is the confirmation that takes back
// someone else's step.
type timelineScreen struct {
	*shared
	baseScreen
	entries []storage.LogEntry // the newest log entries, newest first
	texts   []string           // what each entry did, as describe says it, once read
	rows    []timelineRow      // entries as shown: a run of projector switches is one row
	top     int                // first row shown
	ask     *confirm           // take back someone else's step? (undoof.go)
}

func (m *timelineScreen) titleKey() string { return "screen.timeline" }

func (m *timelineScreen) mode() mode {
	if m.ask != nil {
		return modeConfirm
	}
	return modeMain
}

// shown and snapshot read the log again.
func (m *timelineScreen) shown() tea.Cmd    { return m.load() }
func (m *timelineScreen) snapshot() tea.Cmd { return m.load() }

func (m *timelineScreen) loaded(msg timelineMsg) {
	if msg.err != nil {
		m.fail(m.ctx.errText(msg.err))
		return
	}
	m.entries = msg.entries
	m.texts = make([]string, len(msg.entries))
	m.rows = foldProjector(msg.entries)
	m.top = min(m.top, max(0, len(m.rows)-1))
}

// timelineRow is entries[first] and the count-1 entries after it (older)
// that it stands for.
type timelineRow struct{ first, count int }

// foldProjector makes one row of each run of projector switches (B, T, the
// display's modes) by one sender in a row: a moderator trying the modes
// must not push the meeting off the screen. The row shows the newest.
func foldProjector(entries []storage.LogEntry) []timelineRow {
	rows := make([]timelineRow, 0, len(entries))
	for i, e := range entries {
		if n := len(rows); n > 0 && e.Verb == "set_display" {
			last := entries[rows[n-1].first]
			if last.Verb == e.Verb && last.Who == e.Who {
				rows[n-1].count++
				continue
			}
		}
		rows = append(rows, timelineRow{first: i, count: 1})
	}
	return rows
}

// selected is the entry of the row u takes back: the newest of a run.
func (m *timelineScreen) selected() (storage.LogEntry, bool) {
	if m.top >= len(m.rows) {
		return storage.LogEntry{}, false
	}
	return m.entries[m.rows[m.top].first], true
}

// load reads the newest log entries (newest first) in a command, never in
// Update.
func (m *timelineScreen) load() tea.Cmd {
	w := m.w
	return func() tea.Msg {
		var out []storage.LogEntry
		err := w.Log(func(e storage.LogEntry) bool {
			out = append(out, e)
			return len(out) < timelineSize
		})
		return timelineMsg{entries: out, err: err}
	}
}

// keyPress scrolls the log and takes back its top step.
func (m *timelineScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if cmd, asked := answerAsk(&m.ask, m.ctx.Keys.Confirm, msg); asked {
		return cmd, true
	}
	k := m.ctx.Keys.Timeline
	switch {
	case key.Matches(msg, k.UndoStep):
		return m.undoStep(), true
	case key.Matches(msg, k.Up):
		m.top = max(0, m.top-1)
	case key.Matches(msg, k.Down):
		m.top = min(max(0, len(m.rows)-1), m.top+1)
	case key.Matches(msg, k.PageUp):
		m.top = max(0, m.top-10)
	case key.Matches(msg, k.PageDown):
		m.top = min(max(0, len(m.rows)-1), m.top+10)
	default:
		return nil, false
	}
	return nil, true
}

// text is describe of entries[i], worked out the first time it is drawn:
// describing decodes the entry's command, an import's every question,
// which every frame did for every row shown.
func (m *timelineScreen) text(i int) string {
	if m.texts[i] == "" {
		m.texts[i] = m.describe(m.entries[i])
	}
	return m.texts[i]
}

// describe says what one log entry did, in the screen's language.
func (m *timelineScreen) describe(e storage.LogEntry) string {
	t := m.ctx.T
	what := entryText(t, e)
	if e.Verb == storage.VerbUndo || e.Verb == storage.VerbRedo {
		what = t.T("verb."+e.Verb) + ": " + what
		if e.Owner != "" {
			what += " " + t.T("timeline.step_of", whoName(m.ctx.T, e.Owner))
		}
	}
	return what
}

func (m *timelineScreen) view(w, h int) string {
	st, t := m.ctx.Styles, m.ctx.T
	iw := w - 2
	var lines []string
	for i := m.top; i < len(m.rows) && len(lines) < h-2; i++ {
		row := m.rows[i]
		e := m.entries[row.first]
		when := e.Time.In(m.loc()).Format("15:04:05")
		who := fit(whoName(m.ctx.T, e.Who), 10)
		mark := "  "
		if i == m.top {
			mark = "▸ " // u takes back this one
		}
		what := m.text(row.first)
		if row.count > 1 {
			since := m.entries[row.first+row.count-1].Time.In(m.loc()).Format("15:04:05")
			what = t.T("timeline.folded", what, row.count, since)
		}
		lines = append(lines, mark+st.Dim.Render(when)+" "+st.Label.Render(who)+" "+cut(what, iw-22))
	}
	if len(lines) == 0 {
		lines = []string{st.FloorIdle.Render(t.T("timeline.empty"))}
	}
	return box(t.T("box.timeline", len(m.entries)), lines, w, h, st.Border, st.BoxTitle)
}

// ShortHelp is the screen's help line.
func (m *timelineScreen) ShortHelp() []key.Binding {
	if m.ask != nil {
		return m.ask.keys(m.ctx.Keys.Confirm)
	}
	k, g := m.ctx.Keys.Timeline, m.ctx.Keys.Global
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.UndoStep, g.NextScreen, g.Help, g.Quit}
}

// FullHelp is every key of the screen.
func (m *timelineScreen) FullHelp() []helpGroup {
	k := m.ctx.Keys.Timeline
	return []helpGroup{{m.ctx.T.T("help.timeline"), []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.UndoStep}}}
}

// messageLine asks whether to take back someone else's step.
func (m *timelineScreen) messageLine(w int) string {
	if m.ask == nil {
		return ""
	}
	return m.ask.line(m.ctx, w)
}
