package ui

import (
	"podium/ui/i18n"
	"podium/ui/theme"
)

// Context is the bundle one session's components share: language, styles,
// keys and who is at the keyboard. Each session (the local terminal, later
// each SSH session) gets its own; nothing in it is global.
type Context struct {
	T      i18n.Catalog
	Styles theme.Styles
	Keys   KeyMap
	Who    string
}

// NewContext builds a session's bundle for a language and a user.
func NewContext(lang i18n.Lang, who string) *Context {
	t := i18n.New(lang)
	return &Context{T: t, Styles: theme.Default(), Keys: DefaultKeyMap(t), Who: who}
}
