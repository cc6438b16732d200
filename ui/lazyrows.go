package ui

import (
	tea "charm.land/bubbletea/v2"

	"podium/model"
)

// rowsFor takes a new meeting into the queue's rows now if the Moderate
// screen shows, or leaves them to be rebuilt when it is shown: a commit
// costs the screen that shows, not the hidden ones (issue 14).
func (m *moderateScreen) rowsFor(mt *model.Meeting, showing bool) {
	if !showing {
		m.queue.stale = true
		return
	}
	m.queue.rebuild(mt)
	m.queue.stale = false
}

// shown brings the queue's rows up to the newest snapshot.
func (m *moderateScreen) shown() tea.Cmd {
	if m.queue.stale {
		m.rowsFor(m.meeting(), true)
	}
	return nil
}
