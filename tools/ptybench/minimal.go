package main

import (
	tea "charm.land/bubbletea/v2"
)

// minimal is the reference: the least a Bubble Tea v2 program can do with
// a key — an alternate screen that shows what was typed. Its times are
// what the terminal, the pty and Bubble Tea's renderer cost on this
// machine, below which no screen of Podium can go.
type minimal struct{ typed string }

func (m minimal) Init() tea.Cmd { return nil }

func (m minimal) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "ctrl+c", "esc":
			return m, tea.Quit
		}
		m.typed += k.Text
	}
	return m, nil
}

func (m minimal) View() tea.View {
	v := tea.NewView("minimal ready\ntyped: " + m.typed + "|")
	v.AltScreen = true
	return v
}

func runMinimal() error {
	_, err := tea.NewProgram(minimal{}).Run()
	return err
}
