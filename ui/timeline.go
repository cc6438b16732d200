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

// loadTimeline reads the newest log entries (newest first) in a command,
// never in Update.
func (m *Model) loadTimeline() tea.Cmd {
	store := m.hub.Store()
	return func() tea.Msg {
		var out []storage.LogEntry
		err := store.Log(func(e storage.LogEntry) bool {
			out = append(out, e)
			return len(out) < timelineSize
		})
		return timelineMsg{entries: out, err: err}
	}
}

func (m *Model) timelineKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.timelineTop = max(0, m.timelineTop-1)
	case key.Matches(msg, k.Down):
		m.timelineTop = min(max(0, len(m.timeline)-1), m.timelineTop+1)
	case key.Matches(msg, k.PageUp):
		m.timelineTop = max(0, m.timelineTop-10)
	case key.Matches(msg, k.PageDown):
		m.timelineTop = min(max(0, len(m.timeline)-1), m.timelineTop+10)
	}
	return nil
}

// describe says what one log entry did, in the screen's language.
func (m *Model) describe(e storage.LogEntry) string {
	t := m.ctx.T
	what := commandText(t, e.Subject(), e.Command)
	if e.Verb == storage.VerbUndo || e.Verb == storage.VerbRedo {
		what = t.T("verb."+e.Verb) + ": " + what
		if e.Owner != "" {
			what += " " + t.T("timeline.step_of", whoName(m.ctx.T, e.Owner))
		}
	}
	return what
}

func (m *Model) timelineBody(w, h int) string {
	st, t := m.ctx.Styles, m.ctx.T
	iw := w - 2
	var lines []string
	for i := m.timelineTop; i < len(m.timeline) && len(lines) < h-2; i++ {
		e := m.timeline[i]
		when := e.Time.In(m.loc()).Format("15:04:05")
		who := fit(whoName(m.ctx.T, e.Who), 10)
		mark := "  "
		if i == m.timelineTop {
			mark = "▸ " // u takes back this one
		}
		lines = append(lines, mark+st.Dim.Render(when)+" "+st.Label.Render(who)+" "+cut(m.describe(e), iw-22))
	}
	if len(lines) == 0 {
		lines = []string{st.FloorIdle.Render(t.T("timeline.empty"))}
	}
	return box(t.T("box.timeline", len(m.timeline)), lines, w, h, st.Border, st.BoxTitle)
}
