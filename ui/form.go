package ui

import (
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"podium/model"
)

// form is a column of labelled fields: text inputs, and choices cycled with
// ←/→. It only collects text; what the text means is the caller's business.
type form struct {
	title  string
	fields []*field
	focus  int
	dirty  bool
	hint   string // a line under the fields, e.g. the known department codes

	// submit turns the fields into a command and the note shown once it is
	// committed, or into a problem to show (a date that is not a date)
	// without sending anything.
	submit func(fields []*field) (cmd model.Command, ok, problem string)
	// done, when set, is the note shown once the command is committed, in
	// place of submit's ok, made from the records it changed (the question
	// an approved submission became).
	done func(refs []model.Ref) string
}

type field struct {
	label   string
	input   textinput.Model
	choices []string // when set, the field is a choice, not free text
	labels  []string // what the choices are called on screen
	choice  int
}

func newTextField(label, value string) *field {
	in := newInput("")
	in.SetValue(value)
	in.CursorEnd()
	return &field{label: label, input: in}
}

// newInput is a text input with a steady cursor: a blinking one redraws the
// screen twice a second, for every SSH session too, and tells nobody
// anything.
func newInput(prompt string) textinput.Model {
	in := textinput.New()
	in.Prompt = prompt
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	return in
}

func newChoiceField(label string, choices, labels []string, value string) *field {
	f := &field{label: label, choices: choices, labels: labels, input: newInput("")}
	for i, c := range choices {
		if c == value {
			f.choice = i
		}
	}
	return f
}

func (f *field) value() string {
	if f.choices != nil {
		return f.choices[f.choice]
	}
	return f.input.Value()
}

func newForm(title string, fields ...*field) *form {
	fm := &form{title: title, fields: fields}
	fm.focusField(0)
	return fm
}

func (fm *form) focusField(i int) {
	fm.focus = (i + len(fm.fields)) % len(fm.fields)
	for j, f := range fm.fields {
		if j == fm.focus {
			f.input.Focus()
		} else {
			f.input.Blur()
		}
	}
}

// update handles a key for the focused field; save and cancel are the
// caller's.
func (fm *form) update(k FormKeys, msg tea.Msg) tea.Cmd {
	f := fm.fields[fm.focus]
	msg = cleanPaste(msg)
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, k.Next), key.Matches(kp, k.Enter) && fm.focus < len(fm.fields)-1:
			fm.focusField(fm.focus + 1)
			return nil
		case key.Matches(kp, k.Prev):
			fm.focusField(fm.focus - 1)
			return nil
		case f.choices != nil && key.Matches(kp, k.Cycle):
			d := 1
			if kp.Code == tea.KeyLeft {
				d = -1
			}
			f.choice = (f.choice + d + len(f.choices)) % len(f.choices)
			fm.dirty = true
			return nil
		}
	}
	if f.choices != nil {
		return nil
	}
	before := f.input.Value()
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	normalizeInput(&f.input)
	if f.input.Value() != before {
		fm.dirty = true
	}
	return cmd
}

// cleanPaste strips escape sequences from pasted text before the text input
// sees it: the input drops a lone ESC itself, which would leave the rest of
// a sequence ("]0;title") behind as visible text.
func cleanPaste(msg tea.Msg) tea.Msg {
	if p, ok := msg.(tea.PasteMsg); ok {
		p.Content = model.Sanitize(p.Content)
		return p
	}
	return msg
}

// normalizeInput cleans what was typed or pasted as it arrives — no
// escape, control, bidi or zero-width characters, recomposed to NFC — and
// keeps the cursor after the same letter. Input methods on Windows and
// macOS send decomposed Vietnamese, and the text input counts runes, so
// without this the cursor would drift (bubbles #906).
func normalizeInput(in *textinput.Model) {
	v := in.Value()
	clean := model.Sanitize(v)
	if clean == v {
		return
	}
	runes := []rune(v)
	pos := min(in.Position(), len(runes))
	before := model.Sanitize(string(runes[:pos]))
	in.SetValue(clean)
	in.SetCursor(utf8.RuneCountInString(before))
}

// view draws the form in w×h cells. When the fields and the hint do not
// all fit, the hint stays and the fields scroll so that the focused one
// shows; a line says how many fields are above or below.
func (fm *form) view(c *Context, w, h int) []string {
	st := c.Styles
	labelW := 0
	for _, f := range fm.fields {
		labelW = max(labelW, len([]rune(f.label)))
	}
	labelW = min(labelW+3, w/3+2)
	var hint []string
	if fm.hint != "" {
		wrapped, _ := wrap(fm.hint, w, max(1, h-2))
		hint = append([]string{""}, wrapped...)
		for i := 1; i < len(hint); i++ {
			hint[i] = st.Dim.Render(hint[i])
		}
	}
	room := len(fm.fields)
	if room+len(hint) > h {
		room = max(1, h-len(hint), min(room, h/2))
		hint = hint[:max(0, min(len(hint), h-room))]
	}
	top := 0
	if room < len(fm.fields) {
		top = min(max(0, fm.focus-room/2), len(fm.fields)-room)
	}
	lines := make([]string, 0, h)
	for i := top; i < top+room && i < len(fm.fields); i++ {
		lines = append(lines, fm.fieldLine(c, i, labelW, w))
	}
	if room < len(fm.fields) && len(hint) > 0 {
		hint[0] = st.Dim.Render(cut(c.T.T("form.more_fields", top, len(fm.fields)-top-room), w))
	}
	return append(lines, hint...)
}

// fieldLine draws field i: its label, then its value.
func (fm *form) fieldLine(c *Context, i, labelW, w int) string {
	st, f := c.Styles, fm.fields[i]
	// The focused field is marked, not only coloured: ▸ shows without colour.
	label := "  " + fit(f.label, labelW-2)
	if i == fm.focus {
		label = st.Focused.Render("▸ " + fit(f.label, labelW-2))
	} else {
		label = st.Label.Render(label)
	}
	valueW := max(1, w-labelW-1)
	var v string
	if f.choices != nil {
		v = "‹ " + f.labels[f.choice] + " ›"
		if i == fm.focus {
			v = st.Focused.Render(v)
		}
	} else {
		f.input.SetWidth(valueW - 1)
		v = f.input.View()
	}
	return label + " " + padStyled(v, valueW)
}
