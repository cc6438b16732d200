package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// confirm is a yes-or-no question a screen asks on the message line
// before a step not lightly taken (reject a submission, take back someone
// else's step, make new join codes): y does it, n or esc does not. While
// a screen holds one, its mode is modeConfirm and it takes every key.
type confirm struct {
	question string  // shown on the message line
	yes      tea.Cmd // what y sends
	no       func()  // what n does besides nothing, or nil
}

// answer takes a key while q is asked; done reports that q was answered
// and goes. Any other key leaves the question standing.
func (q *confirm) answer(k ConfirmKeys, msg tea.KeyPressMsg) (cmd tea.Cmd, done bool) {
	switch {
	case key.Matches(msg, k.Yes):
		return q.yes, true
	case key.Matches(msg, k.No):
		if q.no != nil {
			q.no()
		}
		return nil, true
	}
	return nil, false
}

// answerAsk gives the key msg to the question *ask, if one is being asked,
// and clears it once answered: asked says the key was the question's.
func answerAsk(ask **confirm, k ConfirmKeys, msg tea.KeyPressMsg) (cmd tea.Cmd, asked bool) {
	if *ask == nil {
		return nil, false
	}
	cmd, done := (*ask).answer(k, msg)
	if done {
		*ask = nil
	}
	return cmd, true
}

// line is the question on the message line, w cells wide: wrapped onto
// as many lines as the message line may take, never cut at 80 columns.
func (q *confirm) line(c *Context, w int) string {
	return strings.Join(messageRows(c.Styles.Error, "", q.question, w, maxMessageLines), "\n")
}

// keys are the help line's while q is asked.
func (q *confirm) keys(k ConfirmKeys) []key.Binding { return []key.Binding{k.Yes, k.No} }
