package ui

import (
	"charm.land/bubbles/v2/key"

	"podium/ui/i18n"
)

// KeyMap is every key binding, grouped by the screen or mode where it
// acts; each screen's help shows its own group and Global. The letters are
// the ones the README, the help screen and the tests rely on. No two
// bindings of one group share a key, and no screen's group shadows a
// Global key except where it means to (keys_test.go).
type KeyMap struct {
	Global    GlobalKeys
	Moderate  ModerateKeys
	Record    RecordKeys
	Notes     NotesKeys
	FollowUps FollowUpKeys
	Timeline  TimelineKeys
	Stats     ScrollKeys
	Filter    FilterKeys
	Picker    PickerKeys
	Reader    ReaderKeys // the full text of a question, and the help
	Form      FormKeys
	Confirm   ConfirmKeys
	Leave     LeaveKeys // N out of the dialogue with questions waiting
	Agenda    AgendaKeys
	Themes    ThemeKeys // themes.go
	Details   DetailsKeys
	Display   DisplayKeys
	Inbox     InboxKeys // inbox.go

	// The screens that prepare the meeting.
	Departments DepartmentKeys
}

// GlobalKeys act on every screen when no mode has the keyboard.
type GlobalKeys struct {
	NextScreen key.Binding
	Screens    key.Binding
	Undo       key.Binding
	Redo       key.Binding
	Language   key.Binding
	Help       key.Binding
	Quit       key.Binding
}

// ModerateKeys are the moderator's: the floor, the queue, the stage.
type ModerateKeys struct {
	CallNext     key.Binding
	CallSelected key.Binding
	StartAnswer  key.Binding
	EndAnswer    key.Binding
	InWriting    key.Binding
	Postpone     key.Binding
	Withdraw     key.Binding
	ToggleClock  key.Binding
	FullText     key.Binding

	Add         key.Binding
	Edit        key.Binding
	AddDept     key.Binding
	Import      key.Binding // a file of questions (importform.go)
	MoveUp      key.Binding
	MoveDown    key.Binding
	Mark        key.Binding
	CallGroup   key.Binding
	AnswerAgain key.Binding

	Up          key.Binding
	Down        key.Binding
	PageUp      key.Binding
	PageDown    key.Binding
	First       key.Binding
	Last        key.Binding
	Filter      key.Binding
	ClearFilter key.Binding
	Order       key.Binding

	NextItem    key.Binding
	Blank       key.Binding
	TitleCard   key.Binding
	DismissNote key.Binding
	NewCodes    key.Binding // podium serve: new join codes, after a y/n
}

// RecordKeys are the clerk's on the Record screen, outside the editor.
type RecordKeys struct {
	WriteNotes key.Binding
	ToFloor    key.Binding // back to the answer on the floor
	PrevAnswer key.Binding
	NextAnswer key.Binding
	Outcome    key.Binding
	Responder  key.Binding
	Conclusion key.Binding
	Add        key.Binding
	SendNote   key.Binding
}

// NotesKeys are the notes editor's own: every other key types.
type NotesKeys struct {
	Done key.Binding
}

// FollowUpKeys are the Follow-ups screen's.
type FollowUpKeys struct {
	Up         key.Binding
	Down       key.Binding
	Update     key.Binding
	Conclusion key.Binding
}

// ScrollKeys move a list or a page.
type ScrollKeys struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
}

// TimelineKeys scroll the log and take back the step at its top.
type TimelineKeys struct {
	ScrollKeys
	UndoStep key.Binding
}

// FilterKeys act while the queue's filter is typed.
type FilterKeys struct {
	Done  key.Binding
	Clear key.Binding
	Up    key.Binding
	Down  key.Binding
}

// PickerKeys choose a department.
type PickerKeys struct {
	Up       key.Binding
	Down     key.Binding
	Pick     key.Binding // a digit hands the floor over at once
	Choose   key.Binding
	Deadline key.Binding
	Cancel   key.Binding
}

// ReaderKeys scroll a page of text; any other key closes it.
type ReaderKeys struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Close    key.Binding
}

// FormKeys fill a form.
type FormKeys struct {
	Next   key.Binding
	Prev   key.Binding
	Cycle  key.Binding
	Enter  key.Binding // the next field; on the last one, save
	Save   key.Binding
	Cancel key.Binding
	Quit   key.Binding // the setup form only
}

// ConfirmKeys answer a yes-or-no question.
type ConfirmKeys struct {
	Yes key.Binding
	No  key.Binding
}

// LeaveKeys answer N out of the dialogue while questions are waiting:
// send them all to written answers, keep them, or stay in the dialogue.
type LeaveKeys struct {
	InWriting key.Binding
	Keep      key.Binding
	Stay      key.Binding
}

// DetailsKeys are the meeting details screen's: a line to edit, and the
// lines of the attendees and the recipients to add, remove and move.
type DetailsKeys struct {
	ScrollKeys
	Edit     key.Binding
	Add      key.Binding
	Remove   key.Binding
	MoveUp   key.Binding
	MoveDown key.Binding
}

// AgendaKeys are the Run of show screen's.
type AgendaKeys struct {
	Up       key.Binding
	Down     key.Binding
	Add      key.Binding
	Edit     key.Binding
	MoveUp   key.Binding
	MoveDown key.Binding
	Remove   key.Binding
	Dialogue key.Binding
}

// DisplayKeys are the projector's: it only leaves.
type DisplayKeys struct {
	Quit key.Binding
}

// DefaultKeyMap returns the bindings with help in the catalog's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], t.T(help)))
	}
	h := func(bd key.Binding, k, help string) key.Binding {
		bd.SetHelp(k, t.T(help))
		return bd
	}
	scroll := ScrollKeys{
		Up:       h(b("key.up", "up", "k"), "↑/k", "key.up"),
		Down:     h(b("key.down", "down", "j"), "↓/j", "key.down"),
		PageUp:   b("key.page_up", "pgup"),
		PageDown: b("key.page_down", "pgdown"),
	}
	return KeyMap{
		Global: GlobalKeys{
			NextScreen: b("key.next_screen", "tab"),
			Screens:    h(b("key.screens", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), "0-9", "key.screens"),
			Undo:       b("key.undo", "u"),
			Redo:       b("key.redo", "U"),
			Language:   b("key.language", "L"),
			Help:       b("key.help", "?"),
			Quit:       h(b("key.quit", "q", "ctrl+c"), "q", "key.quit"),
		},
		Moderate:  moderateKeys(b, h, scroll),
		Record:    recordKeys(b, h),
		Notes:     NotesKeys{Done: b("key.notes_done", "esc")},
		FollowUps: FollowUpKeys{Up: scroll.Up, Down: scroll.Down, Update: b("key.update_followup", "enter"), Conclusion: b("key.conclusion", "c")},
		Timeline:  TimelineKeys{ScrollKeys: scroll, UndoStep: b("key.undo_step", "u")},
		Stats:     scroll,
		Filter: FilterKeys{Done: b("key.filter_done", "enter"), Clear: b("key.filter_clear", "esc"),
			Up: b("key.up", "up"), Down: b("key.down", "down")},
		Picker: PickerKeys{Up: scroll.Up, Down: scroll.Down, Pick: h(b("key.pick", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), "0-9", "key.pick"),
			Choose: b("key.confirm", "enter"), Deadline: h(b("key.deadline", "tab", "shift+tab"), "tab", "key.deadline"), Cancel: b("key.cancel", "esc")},
		Reader: ReaderKeys{Up: scroll.Up, Down: scroll.Down, PageUp: scroll.PageUp,
			PageDown: h(b("key.page_down", "pgdown", "space"), "pgdn/space", "key.page_down"), Close: b("key.close", "esc")},
		Form: FormKeys{
			Next:   h(b("key.next_field", "tab", "down"), "tab", "key.next_field"),
			Prev:   h(b("key.prev_field", "shift+tab", "up"), "⇧tab", "key.prev_field"),
			Cycle:  h(b("key.cycle", "left", "right", "space"), "←/→", "key.cycle"),
			Enter:  b("key.enter_field", "enter"),
			Save:   b("key.save", "ctrl+s"),
			Cancel: b("key.cancel", "esc"),
			Quit:   b("key.quit", "ctrl+c"),
		},
		Confirm: ConfirmKeys{Yes: b("key.yes", "y"), No: b("key.no", "n", "esc")},
		Leave: LeaveKeys{InWriting: b("key.leave_in_writing", "w"), Keep: b("key.leave_keep", "enter"),
			Stay: b("key.leave_stay", "esc")},
		Display: DisplayKeys{Quit: h(b("key.quit", "q", "ctrl+c"), "q", "key.quit")},
		Agenda:  agendaKeys(b, h, scroll), // agenda.go
		Inbox:   inboxKeys(b, h, scroll),
		Themes:  themeKeys(b, h, scroll),
		Details: DetailsKeys{
			ScrollKeys: scroll,
			Edit:       h(b("key.details_edit", "enter", "e"), "enter/e", "key.details_edit"),
			Add:        b("key.details_add", "a"),
			Remove:     h(b("key.details_remove", "x", "delete"), "x", "key.details_remove"),
			MoveUp:     h(b("key.details_move_up", "K", "shift+up"), "K/⇧↑", "key.details_move_up"),
			MoveDown:   h(b("key.details_move_down", "J", "shift+down"), "J/⇧↓", "key.details_move_down"),
		},

		Departments: departmentKeys(b, h, scroll),
	}
}

type (
	bindFunc func(help string, keys ...string) key.Binding
	helpFunc func(b key.Binding, k, help string) key.Binding
)

func moderateKeys(b bindFunc, h helpFunc, s ScrollKeys) ModerateKeys {
	return ModerateKeys{
		CallNext:     b("key.call_next", "n"),
		CallSelected: b("key.call_selected", "enter"),
		StartAnswer:  b("key.start_answer", "r"),
		EndAnswer:    b("key.end_answer", "d"),
		InWriting:    b("key.in_writing", "w"),
		Postpone:     b("key.postpone", "p"),
		Withdraw:     b("key.withdraw", "x"),
		ToggleClock:  b("key.toggle_clock", "space"),
		FullText:     b("key.full_text", "v"),
		Add:          b("key.add", "a"),
		Edit:         b("key.edit", "e"),
		AddDept:      b("key.add_department", "D"),
		Import:       b("key.import", "i"),
		MoveUp:       h(b("key.move_up", "K", "shift+up"), "K/⇧↑", "key.move_up"),
		MoveDown:     h(b("key.move_down", "J", "shift+down"), "J/⇧↓", "key.move_down"),
		Mark:         b("key.mark", "g"),
		CallGroup:    b("key.call_group", "G"),
		AnswerAgain:  b("key.answer_again", "R"),
		Up:           s.Up,
		Down:         s.Down,
		PageUp:       s.PageUp,
		PageDown:     s.PageDown,
		First:        b("key.first", "home"),
		Last:         b("key.last", "end"),
		Filter:       b("key.filter", "/"),
		ClearFilter:  b("key.filter_clear", "esc"),
		Order:        b("key.order", "o"),
		NextItem:     b("key.next_item", "N"),
		Blank:        b("key.blank", "B"),
		TitleCard:    b("key.title_card", "T"),
		DismissNote:  b("key.dismiss_note", "M"),
		NewCodes:     b("key.new_codes", "C"),
	}
}

func recordKeys(b bindFunc, h helpFunc) RecordKeys {
	return RecordKeys{
		WriteNotes: h(b("key.write_notes", "enter", "i"), "enter/i", "key.write_notes"),
		ToFloor:    b("key.to_floor", "f"),
		PrevAnswer: h(b("key.prev_answer", "["), "[ ]", "key.prev_answer"),
		NextAnswer: b("key.next_answer", "]"),
		Outcome:    b("key.outcome", "o"),
		Responder:  b("key.responder", "s"),
		Conclusion: b("key.conclusion", "c"),
		Add:        b("key.add", "a"),
		SendNote:   b("key.send_note", "m"),
	}
}
