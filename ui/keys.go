package ui

import (
	"charm.land/bubbles/v2/key"

	"podium/ui/i18n"
)

// KeyMap is every key binding, grouped by where it acts. The letters are
// the ones the README, the help screen and the tests rely on.
type KeyMap struct {
	// The Moderate screen.
	CallNext     key.Binding
	CallSelected key.Binding
	StartAnswer  key.Binding
	EndAnswer    key.Binding
	InWriting    key.Binding
	Postpone     key.Binding
	Withdraw     key.Binding
	ToggleClock  key.Binding
	Add          key.Binding
	Edit         key.Binding
	AddDept      key.Binding
	MoveUp       key.Binding
	MoveDown     key.Binding
	Undo         key.Binding
	Redo         key.Binding
	Filter       key.Binding
	Up           key.Binding
	Down         key.Binding
	PageUp       key.Binding
	PageDown     key.Binding
	FullText     key.Binding
	Language     key.Binding
	Blank        key.Binding
	NextItem     key.Binding
	Mark         key.Binding
	CallGroup    key.Binding
	AnswerAgain  key.Binding
	Order        key.Binding
	TitleCard    key.Binding
	DismissNote  key.Binding
	SendNote     key.Binding
	Help         key.Binding
	Quit         key.Binding

	// Every screen.
	NextScreen key.Binding
	Screens    key.Binding

	// The Record screen (the clerk's).
	WriteNotes key.Binding
	Outcome    key.Binding
	Responder  key.Binding
	Conclusion key.Binding
	PrevAnswer key.Binding
	NextAnswer key.Binding
	ToFloor    key.Binding // back to the answer on the floor

	// Forms, pickers and dialogs.
	Next    key.Binding
	Prev    key.Binding
	Save    key.Binding
	Cancel  key.Binding
	Confirm key.Binding
	Yes     key.Binding
	No      key.Binding
	Cycle   key.Binding
}

// DefaultKeyMap returns the bindings with help in the catalog's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], t.T(help)))
	}
	k := KeyMap{
		CallNext:     b("key.call_next", "n"),
		CallSelected: b("key.call_selected", "enter"),
		StartAnswer:  b("key.start_answer", "r"),
		EndAnswer:    b("key.end_answer", "d"),
		InWriting:    b("key.in_writing", "w"),
		Postpone:     b("key.postpone", "p"),
		Withdraw:     b("key.withdraw", "x"),
		ToggleClock:  b("key.toggle_clock", "space"),
		Add:          b("key.add", "a"),
		Edit:         b("key.edit", "e"),
		AddDept:      b("key.add_department", "D"),
		MoveUp:       b("key.move_up", "K", "shift+up"),
		MoveDown:     b("key.move_down", "J", "shift+down"),
		Undo:         b("key.undo", "u"),
		Redo:         b("key.redo", "U"),
		Filter:       b("key.filter", "/"),
		Up:           b("key.up", "up", "k"),
		Down:         b("key.down", "down", "j"),
		PageUp:       b("key.page_up", "pgup"),
		PageDown:     b("key.page_down", "pgdown"),
		FullText:     b("key.full_text", "v"),
		Language:     b("key.language", "L"),
		Blank:        b("key.blank", "B"),
		NextItem:     b("key.next_item", "N"),
		Mark:         b("key.mark", "g"),
		CallGroup:    b("key.call_group", "G"),
		AnswerAgain:  b("key.answer_again", "R"),
		Order:        b("key.order", "o"),
		TitleCard:    b("key.title_card", "T"),
		DismissNote:  b("key.dismiss_note", "M"),
		SendNote:     b("key.send_note", "m"),
		Help:         b("key.help", "?"),
		Quit:         b("key.quit", "q", "ctrl+c"),

		NextScreen: b("key.next_screen", "tab"),
		Screens:    b("key.screens", "1", "2", "3", "4", "5"),
		WriteNotes: b("key.write_notes", "enter", "i"),
		Outcome:    b("key.outcome", "o"),
		Responder:  b("key.responder", "s"),
		Conclusion: b("key.conclusion", "c"),
		PrevAnswer: b("key.prev_answer", "["),
		NextAnswer: b("key.next_answer", "]"),
		ToFloor:    b("key.to_floor", "f"),

		Next:    b("key.next_field", "tab", "down"),
		Prev:    b("key.prev_field", "shift+tab", "up"),
		Save:    b("key.save", "ctrl+s"),
		Cancel:  b("key.cancel", "esc"),
		Confirm: b("key.confirm", "enter"),
		Yes:     b("key.yes", "y"),
		No:      b("key.no", "n", "esc"),
		Cycle:   b("key.cycle", "left", "right"),
	}
	k.Up.SetHelp("↑/k", t.T("key.up"))
	k.Down.SetHelp("↓/j", t.T("key.down"))
	k.MoveUp.SetHelp("K/⇧↑", t.T("key.move_up"))
	k.MoveDown.SetHelp("J/⇧↓", t.T("key.move_down"))
	k.Quit.SetHelp("q", t.T("key.quit"))
	k.Screens.SetHelp("1-5", t.T("key.screens"))
	k.PrevAnswer.SetHelp("[ ]", t.T("key.prev_answer"))
	k.Cycle.SetHelp("←/→", t.T("key.cycle"))
	k.Next.SetHelp("tab", t.T("key.next_field"))
	k.Prev.SetHelp("⇧tab", t.T("key.prev_field"))
	return k
}
