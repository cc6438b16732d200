package ui

import (
	tea "charm.land/bubbletea/v2"
)

// screen is which of the session's screens is showing.
type screen int

const (
	screenModerate  screen = iota // the moderator's: queue, floor, answer
	screenRecord                  // the clerk's: notes, outcome, responder
	screenFollowUps               // after the meeting: follow-ups by department
	screenTimeline                // the log: time, who, what
	screenStats                   // figures per department, theme and asker
	screenCount
)

func (s screen) titleKey() string {
	return [...]string{"screen.moderate", "screen.record", "screen.followups", "screen.timeline", "screen.stats"}[s]
}

// switchTo changes screen; the notes being typed are saved first.
func (m *Model) switchTo(s screen) tea.Cmd {
	if s == m.screen {
		return nil
	}
	save := m.flushNotes()
	m.screen = s
	m.message = ""
	if s == screenTimeline {
		return tea.Batch(save, m.loadTimeline())
	}
	return save
}
