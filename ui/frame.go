package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/ui/theme"
)

// View draws the whole screen. Only the root returns a tea.View.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	// The window title goes to the terminal outside the drawn screen (an
	// OSC sequence of its own): cleaned again here, whatever the meeting
	// holds (a file an older Podium imported unclean).
	v.WindowTitle = "Podium — " + model.CleanLine(m.meeting().Header.Title)
	return v
}

// render draws the frame — the status bar, the screen (or the help, or a
// form over it), the message line and the help line — at the size of the
// last resize (80x24 before the first one, so nothing is ever drawn at
// zero size).
func (m *Model) render() string {
	if m.quitting {
		return ""
	}
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		w, h = 80, 24
	}
	if w < minWidth || h < minHeight {
		return m.tooSmall(w, h)
	}
	msg := m.messageLines(w)
	bodyH := max(0, h-2-len(msg))
	var body string
	// In the wide layout the moderator's form takes the queue's place;
	// narrower, it takes the whole screen, so that every field shows.
	_, inline := m.active().(*moderateScreen)
	inline = inline && w >= wideAt
	switch {
	case m.over == modeHelp:
		body = m.helpBox(w, bodyH)
	case m.form != nil && !inline:
		body = m.formBox(w, bodyH) // forms take the whole screen
	default:
		body = m.active().view(w, bodyH)
	}
	return strings.Join(slices.Concat([]string{m.statusBar(w), body}, msg, []string{m.helpLine(w)}), "\n")
}

// The smallest window every screen is usable in: below 20 rows the
// Moderate screen's queue shows no more than two questions and the Record
// screen's notes two lines; below 60 columns the status bar loses the
// meeting's name and the queue its columns.
const minWidth, minHeight = 60, 20

// tooSmall is the whole screen below the smallest usable size: one
// centred message saying so, in the user's language, wrapped to fit.
func (m *Model) tooSmall(w, h int) string {
	msg, _ := wrap(m.ctx.T.T("fix.too_small", w, h, minWidth, minHeight), w, h)
	rows := make([]string, h)
	for i := range rows {
		rows[i] = strings.Repeat(" ", w)
	}
	top := max(0, (h-len(msg))/2)
	for i, l := range msg {
		line := strings.Repeat(" ", max(0, (w-width(l))/2)) + l
		rows[top+i] = m.ctx.Styles.Error.Render(line + strings.Repeat(" ", max(0, w-width(line))))
	}
	return strings.Join(rows, "\n")
}

// formBox is the open form in a box.
func (s *shared) formBox(w, h int) string {
	st := s.ctx.Styles
	return box(s.form.title, s.form.view(s.ctx, w-2, h-2), w, h, st.BorderActive, st.BoxTitle)
}

// maxMessageLines is how many rows the message line may grow to when the
// last result does not fit one (a long import's summary, a refusal that
// says what to do): read whole by a moderator with no time to guess, the
// body giving up the rows while it shows.
const maxMessageLines = 3

// messageLines shows the last result, what a mode is typing, or a question
// being asked of the user: one line, or up to maxMessageLines when the
// text is longer than the width (messageRows). A screen's own line (a
// filter being typed, its yes-or-no question) is what the screen gives:
// one line, or several joined by "\n" (messageRows again), at most
// maxMessageLines of them. Over the help it is one line, since the help
// pages itself by a frame of one.
func (m *Model) messageLines(w int) []string {
	st, t := m.ctx.Styles, m.ctx.T
	rows := maxMessageLines
	if m.over == modeHelp {
		rows = 1
	}
	switch m.over {
	case modeConfirmQuit:
		return messageRows(st.Error, "", t.T("confirm.quit"), w, rows)
	case modeConfirmDiscard:
		return messageRows(st.Error, "", t.T("confirm.discard"), w, rows)
	case modeMain:
		if line := m.active().messageLine(w); line != "" {
			lines := strings.Split(line, "\n")
			return lines[:min(len(lines), rows)]
		}
	}
	switch {
	case m.message == "" && m.alert != "":
		return messageRows(st.Error, "⚠ ", m.alert, w, rows)
	case m.message == "" && m.warning != "":
		return messageRows(st.Error, "⚠ ", m.warning, w, rows)
	case m.message == "":
		return []string{strings.Repeat(" ", w)}
	case m.messageErr:
		return messageRows(st.Error, "", m.message, w, rows)
	}
	return messageRows(st.Notice, "", m.message, w, rows)
}

// messageRows is s on the message line in style, w cells wide: wrapped
// between words onto as many as rows lines, never cut inside a letter (a
// text longer still ends in "…"), each line padded to w; after a prefix
// ("⚠ ") the lines below hang under the text.
func messageRows(style theme.Role, prefix, s string, w, rows int) []string {
	text, _ := wrap(s, w-width(prefix), rows)
	if len(text) == 0 {
		return []string{strings.Repeat(" ", w)}
	}
	for i, l := range text {
		text[i] = padStyled(style.Render(prefix+l), w)
		prefix = strings.Repeat(" ", width(prefix))
	}
	return text
}

// helpLine is the short help for what has the keyboard.
func (m *Model) helpLine(w int) string {
	return padStyled(m.help.ShortHelpView(m.ShortHelp()), w)
}

// ShortHelp is the help line of what has the keyboard: a form, a
// confirmation, the help, else the showing screen.
func (m *Model) ShortHelp() []key.Binding {
	k := m.ctx.Keys
	switch m.over {
	case modeForm:
		return []key.Binding{k.Form.Next, k.Form.Prev, k.Form.Cycle, k.Form.Save, k.Form.Cancel}
	case modeConfirmQuit, modeConfirmDiscard:
		return []key.Binding{k.Confirm.Yes, k.Confirm.No}
	case modeHelp:
		return m.helpShortHelp()
	}
	return m.active().ShortHelp()
}

// FullHelp is the help screen's groups: the showing screen's, then the
// keys of every screen.
func (m *Model) FullHelp() []helpGroup {
	g := m.ctx.Keys.Global
	return append(m.active().FullHelp(), helpGroup{m.ctx.T.T("help.global"),
		[]key.Binding{g.NextScreen, g.Screens, g.Undo, g.Redo, g.Language, g.Help, g.Quit}})
}
