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

	rows rowPainters
}

// rowPainters paint the queue's rows (see painter).
type rowPainters struct{ plain, selected, floor, closed painter }

// NewContext builds a session's bundle for a language and a user.
func NewContext(lang i18n.Lang, who string) *Context {
	t := i18n.New(lang)
	st := theme.Default()
	return &Context{T: t, Styles: st, Keys: DefaultKeyMap(t), Who: who, rows: rowPainters{
		plain:    newPainter(st.FloorText),
		selected: newPainter(st.QueueSelected),
		floor:    newPainter(st.QueueFloor),
		closed:   newPainter(st.QueueClosed),
	}}
}
