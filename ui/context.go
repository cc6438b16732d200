package ui

import (
	"podium/storage/hub"
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
	Who    hub.Sender
	// Remote is a session from another computer (podium serve's SSH): it
	// may not read files of the computer Podium runs on.
	Remote bool
}

// NewContext builds a session's bundle for a language and a user, who
// in the log's form ("moderator", "clerk:Lan"; hub.ParseSender). A who
// that is no sender leaves Who with no role, so the writer refuses all it
// sends.
func NewContext(lang i18n.Lang, who string) *Context {
	s, _ := hub.ParseSender(who)
	return NewContextAs(lang, s)
}

// NewContextAs builds a session's bundle for a language and a sender.
func NewContextAs(lang i18n.Lang, who hub.Sender) *Context {
	t := i18n.New(lang)
	return &Context{T: t, Styles: theme.Default(), Keys: DefaultKeyMap(t), Who: who}
}
