package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// pendingScreen holds a screen's place until the screen is written. Each
// one is replaced by its own type (details.go, agenda.go, ...).
type pendingScreen struct {
	baseScreen
	*shared
	title string
}

func (p *pendingScreen) titleKey() string                         { return p.title }
func (p *pendingScreen) keyPress(tea.KeyPressMsg) (tea.Cmd, bool) { return nil, false }
func (p *pendingScreen) view(w, h int) string                     { return "" }
func (p *pendingScreen) ShortHelp() []key.Binding                 { return nil }
func (p *pendingScreen) FullHelp() []helpGroup                    { return nil }
