package ui

import (
	"encoding/json"
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/ui/i18n"
	"podium/ui/theme"
)

// ThemeKeys are the Themes screen's.
type ThemeKeys struct {
	Up       key.Binding
	Down     key.Binding
	Add      key.Binding
	Rename   key.Binding
	Remove   key.Binding
	MoveUp   key.Binding
	MoveDown key.Binding
	List     key.Binding // a question's theme not in the list: add it
}

func themeKeys(b bindFunc, h helpFunc, s ScrollKeys) ThemeKeys {
	return ThemeKeys{
		Up:       s.Up,
		Down:     s.Down,
		Add:      b("key.theme_add", "a"),
		Rename:   h(b("key.theme_rename", "e", "enter"), "e/enter", "key.theme_rename"),
		Remove:   b("key.theme_remove", "x"),
		MoveUp:   h(b("key.move_up", "K", "shift+up"), "K/⇧↑", "key.move_up"),
		MoveDown: h(b("key.move_down", "J", "shift+down"), "J/⇧↓", "key.move_down"),
		List:     b("key.theme_list", "l"),
	}
}

// themeRow is one row of the Themes screen: a theme of the list, or a
// questions' theme that is not in it.
type themeRow struct {
	name   string
	ids    []int // the questions that carry it
	listed bool
}

// themeTally is which questions carry each theme (by its folded name,
// their IDs ascending), followed from snapshot to snapshot: a commit
// refiles only the questions it replaced. Walking every question on each
// snapshot cost 16 ms at 100,000 while the screen showed.
type themeTally struct {
	of     *model.Meeting
	byFold map[string][]int
	folded map[string]string // a meeting's few spellings, each folded once
}

func (t *themeTally) fold(theme string) string {
	k, ok := t.folded[theme]
	if !ok {
		k = model.Fold(theme)
		t.folded[theme] = k
	}
	return k
}

// follow brings the tally to mt.
func (t *themeTally) follow(mt *model.Meeting) {
	if t.of == mt {
		return
	}
	var old model.List[model.Question]
	if t.of == nil {
		t.byFold, t.folded = map[string][]int{}, map[string]string{}
	} else {
		old = t.of.Questions
	}
	// Each theme's questions taken out and put in, ascending (as Changed
	// yields them), then each list made once: the first snapshot files
	// every question.
	type refiling struct{ out, in []int }
	changes := map[string]*refiling{}
	change := func(k string) *refiling {
		r := changes[k]
		if r == nil {
			r = &refiling{}
			changes[k] = r
		}
		return r
	}
	for id := range mt.Questions.Changed(old) {
		was, q := old.At(id), mt.Question(id)
		var from, to string
		if was != nil && was.Theme != "" {
			from = t.fold(was.Theme)
		}
		if q != nil && q.Theme != "" {
			to = t.fold(q.Theme)
		}
		if from == to {
			continue
		}
		if from != "" {
			change(from).out = append(change(from).out, id)
		}
		if to != "" {
			change(to).in = append(change(to).in, id)
		}
	}
	for k, r := range changes {
		t.byFold[k] = refiled(t.byFold[k], r.out, r.in)
	}
	t.of = mt
}

// refiled is a new list (the old one is the rows' too): ids less out, plus
// in, all three ascending.
func refiled(ids, out, in []int) []int {
	next := make([]int, 0, len(ids)+len(in))
	for _, id := range ids {
		if len(out) > 0 && out[0] == id {
			out = out[1:]
			continue
		}
		for len(in) > 0 && in[0] < id {
			next, in = append(next, in[0]), in[1:]
		}
		next = append(next, id)
	}
	return append(next, in...)
}

// themeRows are the list's themes, in its order, then the questions'
// themes not in the list, in the order of their first question and as it
// spells them (as model.Meeting.UnlistedThemes gives them).
func (t *themeTally) rows(mt *model.Meeting) []themeRow {
	t.follow(mt)
	rows := make([]themeRow, 0, len(mt.Themes))
	listed := map[string]bool{}
	for _, name := range mt.Themes {
		k := t.fold(name)
		listed[k] = true
		rows = append(rows, themeRow{name: name, ids: t.byFold[k], listed: true})
	}
	var unlisted []themeRow
	for k, ids := range t.byFold {
		if k != "" && len(ids) > 0 && !listed[k] {
			unlisted = append(unlisted, themeRow{name: mt.Question(ids[0]).Theme, ids: ids})
		}
	}
	slices.SortFunc(unlisted, func(a, b themeRow) int { return a.ids[0] - b.ids[0] })
	return append(rows, unlisted...)
}

// themesScreen keeps the meeting's list of themes: add, rename (which
// merges two spellings), remove, reorder; and shows the questions' themes
// that are not in the list, to add deliberately.
type themesScreen struct {
	*shared
	baseScreen
	sel   int
	rows  []themeRow // of tally.of: the screen is drawn every frame
	tally themeTally
}

// themeRows are the rows of the meeting shown, made once per snapshot.
func (m *themesScreen) themeRows() []themeRow {
	if mt := m.meeting(); mt != m.tally.of {
		m.rows = m.tally.rows(mt)
	}
	return m.rows
}

func (m *themesScreen) titleKey() string { return "screen.themes" }

func (m *themesScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k, t := m.ctx.Keys.Themes, m.ctx.T
	rows := m.themeRows()
	m.sel = clampIndex(m.sel, len(rows))
	var row *themeRow
	if m.sel < len(rows) {
		row = &rows[m.sel]
	}
	switch {
	case key.Matches(msg, k.Up):
		m.sel = clampIndex(m.sel-1, len(rows))
	case key.Matches(msg, k.Down):
		m.sel = clampIndex(m.sel+1, len(rows))
	case key.Matches(msg, k.Add):
		m.openThemeForm(nil)
	case row == nil:
		return nil, key.Matches(msg, k.Rename, k.Remove, k.MoveUp, k.MoveDown, k.List)
	case key.Matches(msg, k.List):
		if row.listed {
			m.notice(t.T("themes.listed"))
			return nil, true
		}
		m.sel = len(m.meeting().Themes) // it joins the list's end: stay on it
		return m.send(model.AddTheme{Name: row.name}, t.T("themes.done_add", row.name)), true
	case key.Matches(msg, k.Rename, k.Remove, k.MoveUp, k.MoveDown) && !row.listed:
		m.fail(t.T("themes.not_listed"))
	case key.Matches(msg, k.Rename):
		m.openThemeForm(row)
	case key.Matches(msg, k.Remove):
		return m.send(model.RemoveTheme{Name: row.name}, t.T("themes.done_remove", row.name)), true
	case key.Matches(msg, k.MoveUp, k.MoveDown):
		by := 1
		if key.Matches(msg, k.MoveUp) {
			by = -1
		}
		m.sel = clampIndex(m.sel+by, len(m.meeting().Themes))
		return m.send(model.MoveTheme{Name: row.name, By: by}, t.T("themes.done_move", row.name)), true
	default:
		return nil, false
	}
	return nil, true
}

// openThemeForm adds a theme (row nil) or renames one; renaming to
// another theme's name merges the two.
func (m *themesScreen) openThemeForm(row *themeRow) {
	t := m.ctx.T
	if row == nil {
		fm := newForm(t.T("themes.add_title"), newTextField(t.T("themes.name"), ""))
		fm.hint = t.T("themes.add_hint")
		fm.submit = func(f []*field) (model.Command, string, string) {
			name := model.CleanLine(f[0].value())
			return model.AddTheme{Name: name}, t.T("themes.done_add", name), ""
		}
		m.openForm(fm)
		return
	}
	from, n := row.name, len(row.ids)
	fm := newForm(t.T("themes.rename_title", from), newTextField(t.T("themes.name"), from))
	fm.hint = t.T("themes.rename_hint", n)
	mt := m.meeting()
	fm.submit = func(f []*field) (model.Command, string, string) {
		to := model.CleanLine(f[0].value())
		ok := t.T("themes.done_rename", to, n)
		if i := mt.ThemeIndex(to); i >= 0 && model.Fold(mt.Themes[i]) != model.Fold(from) {
			ok = t.T("themes.done_merge", from, mt.Themes[i], n)
		}
		return model.RenameTheme{From: from, To: to}, ok, ""
	}
	m.openForm(fm)
}

func (m *themesScreen) ShortHelp() []key.Binding {
	k, g := m.ctx.Keys.Themes, m.ctx.Keys.Global
	return []key.Binding{k.Add, k.Rename, k.List, k.Remove, k.MoveUp, g.Help}
}

func (m *themesScreen) FullHelp() []helpGroup {
	k := m.ctx.Keys.Themes
	return []helpGroup{{m.ctx.T.T("help.themes"), []key.Binding{k.Up, k.Down, k.Add, k.Rename, k.Remove, k.MoveUp, k.MoveDown, k.List}}}
}

// view draws the list with each theme's questions, then the questions'
// themes not in the list, then how to merge two spellings.
func (m *themesScreen) view(w, h int) string {
	st, t, mt := m.ctx.Styles, m.ctx.T, m.meeting()
	rows := m.themeRows()
	iw, ih := w-2, h-2
	title := t.T("themes.box", len(mt.Themes))
	hint := st.Dim.Render(cut(t.T("themes.hint"), iw))
	if len(rows) == 0 {
		msg, _ := wrap(t.T("themes.none"), iw, max(1, ih))
		return box(title, msg, w, h, st.Border, st.BoxTitle)
	}
	m.sel = clampIndex(m.sel, len(rows))
	countW := max(width(t.T("themes.col.questions")), 4)
	nameW := max(4, iw-countW-4)
	lines := []string{st.QueueHeader.Render(fit("  "+t.T("themes.col.theme"), nameW+2) + " " + fmt.Sprintf("%*s", countW, t.T("themes.col.questions")))}
	if len(mt.Themes) == 0 {
		lines = append(lines, st.Dim.Render(cut(t.T("themes.empty_list"), iw)))
	}
	selLine := 0
	for i, r := range rows {
		if i == len(mt.Themes) {
			lines = append(lines, "", st.Label.Render(cut(t.T("themes.unlisted", len(rows)-i), iw)))
		}
		mark := theme.Unselected
		if i == m.sel {
			mark = theme.Selected
		}
		text := mark + " " + fit(r.name, nameW) + " " + fmt.Sprintf("%*d", countW, len(r.ids))
		switch {
		case i == m.sel:
			selLine = len(lines)
			lines = append(lines, st.QueueSelected.Render(fit(text, iw)))
		case !r.listed:
			lines = append(lines, st.Dim.Render(fit(text, iw)))
		default:
			lines = append(lines, text)
		}
	}
	room := max(1, ih-2) // the hint and a blank line above it stay
	lines = lines[scrollTop(0, selLine, selLine, room, len(lines)):]
	if len(lines) > room {
		lines = lines[:room]
	}
	for len(lines) < room {
		lines = append(lines, "")
	}
	return box(title, append(lines, "", hint), w, h, st.Border, st.BoxTitle)
}

// themeField is the question form's theme: a choice from the meeting's
// list, or (with none) no theme. A theme is added to the list
// deliberately, on the Themes screen, never by a typing slip in the form.
// A question whose theme is not in the list (an older file, a theme since
// renamed or removed, a paper slip) keeps it, marked so. The Inbox's
// approve form offers no "no theme" for a submission sent with one: an
// approval's empty theme is the submission's own (model.ApproveSubmission).
func (m *shared) themeField(current string, none bool) *field {
	t, mt := m.ctx.T, m.meeting()
	var choices, labels []string
	if none || current == "" {
		choices, labels = []string{""}, []string{t.T("form.no_theme")}
	}
	for _, th := range mt.Themes {
		choices, labels = append(choices, th), append(labels, th)
	}
	value := current
	if i := mt.ThemeIndex(current); i >= 0 {
		value = mt.Themes[i]
	} else if current != "" {
		choices, labels = append(choices, current), append(labels, t.T("form.theme_unlisted", current))
	}
	return newChoiceField(t.T("form.theme"), choices, labels, value)
}

// themeCommandText says what a logged theme or import command did, by the
// theme's name or the file's ("nhập 24 ý kiến từ cau-hoi.csv"); ok false
// for every other verb.
func themeCommandText(t i18n.Catalog, verb string, command json.RawMessage) (string, bool) {
	var args struct {
		Name        string            `json:"name"`
		From        string            `json:"from"`
		File        string            `json:"file"`
		Questions   []json.RawMessage `json:"questions"`
		Departments []json.RawMessage `json:"departments"`
	}
	switch verb {
	case "add_theme", "rename_theme", "remove_theme", "move_theme":
		_ = json.Unmarshal(command, &args)
		name := model.CleanLine(args.Name + args.From)
		if name == "" {
			return t.T("verb." + verb), true
		}
		return t.T("verb.theme.named", t.T("verb."+verb), name), true
	case "import_questions", "import_departments":
		if json.Unmarshal(command, &args) != nil {
			return t.T("verb." + verb), true
		}
		return t.T("verb."+verb+".file", len(args.Questions)+len(args.Departments), model.CleanLine(args.File)), true
	}
	return "", false
}
