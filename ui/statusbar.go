package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"podium/model"
	"podium/storage/hub"
)

// statusBar is the top line: meeting title, then counts, wall clock and the
// meeting file's path on the right.
func (m *Model) statusBar(w int) string {
	st, t := m.ctx.Styles, m.ctx.T
	c := m.counts
	counts := t.T("status.counts", c[model.StatusWaiting], c[model.StatusAnswered], c[model.StatusInWriting])
	clock := m.now.In(m.loc()).Format("15:04:05") // the meeting's zone, as the Timeline and the minutes
	right := fmt.Sprintf(" %s │ %s ", counts, clock)
	if n := m.inboxCount(); n > 0 {
		right = " " + t.T("status.inbox", n) + " │" + right
	}
	left := " " + t.T(m.active().titleKey())
	if m.w.ReadOnlyReason() != nil {
		// Never colour alone: the word says it.
		left += " │ " + t.T("status.read_only")
	}
	if m.warning != "" {
		left += " │ ⚠ " + t.T("status.no_backup")
	}
	// A file name is whatever the disk allows: cleaned before it is drawn.
	// It gives way to the title and what is wrong.
	path := model.Sanitize(m.snap.Path)
	if room := w - width(right) - max(24, width(left)+8); room > 12 {
		if width(path) > room-3 {
			path = ansi.TruncateLeft(path, width(path)-(room-4), "…")
		}
		right += "│ " + path + " "
	}
	titleW := max(0, w-width(right))
	title := fit(left+" │ "+m.meeting().Header.Title, titleW)
	line := st.StatusTitle.Render(title) + st.StatusBar.Render(right)
	if lw := width(title + right); lw < w {
		line += st.StatusBar.Render(strings.Repeat(" ", w-lw))
	}
	return line
}

// inboxCount is how many questions sent in wait, for the moderator and the
// clerk, who deal with them; 0 for anyone else.
func (m *Model) inboxCount() int {
	if r := m.ctx.Who.Role; r != hub.RoleModerator && r != hub.RoleClerk {
		return 0
	}
	return m.pending
}
