package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/ui/i18n"
)

// focus is what has the keyboard: one of the root's modes, else the
// showing screen's.
func (m *Model) focus() mode {
	if m.over != modeMain {
		return m.over
	}
	return m.active().mode()
}

// routeKey sends a key to whatever has the keyboard: the root's mode, the
// screen's own mode, else the screen and then the global keys.
func (m *Model) routeKey(msg tea.KeyPressMsg) tea.Cmd {
	switch m.over {
	case modeForm:
		return m.formKey(msg)
	case modeConfirmQuit:
		return m.confirmQuitKey(msg)
	case modeConfirmDiscard:
		return m.confirmDiscardKey(msg)
	case modeHelp:
		return m.helpKey(msg)
	}
	scr := m.active()
	if scr.mode() != modeMain {
		cmd, _ := scr.keyPress(msg)
		return cmd
	}
	g := m.ctx.Keys.Global
	m.message, m.alert = "", ""
	switch {
	case key.Matches(msg, g.NextScreen):
		return m.switchTo((m.screen + 1) % screenCount)
	case key.Matches(msg, g.Screens):
		return m.switchTo(screenOfDigit(msg.Text))
	}
	if cmd, ok := scr.keyPress(msg); ok {
		return cmd
	}
	switch {
	case key.Matches(msg, g.Quit):
		if m.clockRunning() {
			m.over = modeConfirmQuit
			return nil
		}
		return m.quit()
	case key.Matches(msg, g.Help):
		m.over, m.helpTop = modeHelp, 0
	case key.Matches(msg, g.Undo):
		return m.undo(false)
	case key.Matches(msg, g.Redo):
		return m.undo(true)
	case key.Matches(msg, g.Language):
		m.switchLanguage()
	}
	return nil
}

func (m *Model) routePaste(msg tea.PasteMsg) tea.Cmd {
	switch m.over {
	case modeForm:
		return m.form.update(m.ctx.Keys.Form, msg)
	case modeMain:
		return m.active().paste(msg)
	}
	return nil
}

// quit saves what is being typed, then ends the program.
func (m *Model) quit() tea.Cmd {
	m.quitting = true
	return tea.Sequence(m.active().hidden(), tea.Quit)
}

func (m *Model) confirmQuitKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.ctx.Keys.Confirm.Yes):
		return m.quit()
	case key.Matches(msg, m.ctx.Keys.Confirm.No):
		m.over = modeMain
	}
	return nil
}

// formKey drives the open form: ctrl+s (or enter on the last field) saves,
// esc cancels, asking first if anything was typed.
func (m *Model) formKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys.Form
	last := m.form.focus == len(m.form.fields)-1
	switch {
	case key.Matches(msg, k.Save), key.Matches(msg, k.Enter) && last:
		return m.submitForm()
	case key.Matches(msg, k.Cancel):
		if m.form.dirty {
			m.over = modeConfirmDiscard
			return nil
		}
		m.closeForm()
		return nil
	}
	return m.form.update(k, msg)
}

func (m *Model) confirmDiscardKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.ctx.Keys.Confirm.Yes):
		m.closeForm()
		m.notice(m.ctx.T.T("form.discarded"))
	case key.Matches(msg, m.ctx.Keys.Confirm.No):
		m.over = modeForm
	}
	return nil
}

func (m *Model) formSaved(msg formSavedMsg) {
	if msg.err != nil {
		m.fail(m.ctx.errText(msg.err))
		return
	}
	m.closeForm()
	m.notice(msg.ok)
}

// switchLanguage flips this session between Vietnamese and English; other
// sessions keep their own.
func (m *Model) switchLanguage() {
	lang := i18n.EN
	if m.ctx.T.Lang() == i18n.EN {
		lang = i18n.VI
	}
	m.ctx.T = i18n.New(lang)
	m.ctx.Keys = DefaultKeyMap(m.ctx.T)
	m.notice(m.ctx.T.T("done.language"))
}
