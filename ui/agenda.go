package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
)

// agendaScreen is the run of show: the items with their planned start
// times, durations and dialogue mark, which one is done, under way or
// next, and where the planned end comes from. Items are added, edited,
// moved and removed here, before the meeting and (those not yet begun)
// during it; the model decides what may change (model/agendaedit.go).
type agendaScreen struct {
	*shared
	baseScreen
	sel int // the selected item, from 0

	// follow is the item a move sent away: the selection goes with it
	// when the snapshot shows it at place to (from 0).
	follow *model.AgendaItem
	to     int
}

func (m *agendaScreen) titleKey() string { return "screen.agenda" }

func agendaKeys(b bindFunc, h helpFunc, s ScrollKeys) AgendaKeys {
	return AgendaKeys{
		Up:       s.Up,
		Down:     s.Down,
		Add:      b("key.agenda_add", "a"),
		Edit:     h(b("key.agenda_edit", "e", "enter"), "e/enter", "key.agenda_edit"),
		MoveUp:   h(b("key.move_up", "K", "shift+up"), "K/⇧↑", "key.move_up"),
		MoveDown: h(b("key.move_down", "J", "shift+down"), "J/⇧↓", "key.move_down"),
		Remove:   b("key.agenda_remove", "x"),
		Dialogue: b("key.agenda_dialogue", "d"),
	}
}

func (m *agendaScreen) items() []model.AgendaItem { return m.meeting().Agenda.Items }

// keyPress is the screen's keyboard.
func (m *agendaScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k, t := m.ctx.Keys.Agenda, m.ctx.T
	m.reconcile()
	items := m.items()
	m.follow = nil
	has := len(items) > 0
	switch {
	case key.Matches(msg, k.Up):
		m.sel = clampIndex(m.sel-1, len(items))
	case key.Matches(msg, k.Down):
		m.sel = clampIndex(m.sel+1, len(items))
	case key.Matches(msg, k.Add):
		m.openAgendaForm(-1)
	case !has:
		return nil, key.Matches(msg, k.Edit, k.MoveUp, k.MoveDown, k.Remove, k.Dialogue)
	case key.Matches(msg, k.Edit):
		m.openAgendaForm(m.sel)
	case key.Matches(msg, k.MoveUp):
		if m.sel == 0 {
			m.notice(t.T("agenda.at_top", 1))
			return nil, true
		}
		return m.move(m.sel - 1), true
	case key.Matches(msg, k.MoveDown):
		if m.sel == len(items)-1 {
			m.notice(t.T("agenda.at_bottom", len(items)))
			return nil, true
		}
		return m.move(m.sel + 1), true
	case key.Matches(msg, k.Remove):
		it := items[m.sel]
		return m.send(model.RemoveAgendaItem{Item: m.sel + 1}, t.T("done.agenda_remove", m.sel+1, it.Title)), true
	case key.Matches(msg, k.Dialogue):
		it := items[m.sel]
		ok := t.T("done.agenda_dialogue", m.sel+1, it.Title)
		if it.Dialogue {
			ok = t.T("done.agenda_undialog", m.sel+1, it.Title)
		}
		return m.send(model.EditAgendaItem{Item: m.sel + 1, Title: it.Title, Planned: it.Planned, Dialogue: !it.Dialogue}, ok), true
	default:
		return nil, false
	}
	return nil, true
}

// move sends the selected item to place to (from 0); the selection
// follows it once the snapshot shows it there.
func (m *agendaScreen) move(to int) tea.Cmd {
	it := m.items()[m.sel]
	m.follow, m.to = &it, to
	return m.send(model.MoveAgendaItem{Item: m.sel + 1, To: to + 1}, m.ctx.T.T("done.agenda_move", it.Title, to+1))
}

// reconcile moves the selection with an item just moved or added, once
// the snapshot shows it in its new place, and keeps it on an item. (The
// root hands new snapshots to the Record and Timeline screens only, so
// this runs as a key comes and as the screen is drawn.)
func (m *agendaScreen) reconcile() {
	items := m.items()
	if m.follow != nil && m.to < len(items) && items[m.to].Title == m.follow.Title {
		m.sel = m.to
		m.follow = nil
	}
	m.sel = clampIndex(m.sel, len(items))
}

// openAgendaForm opens the form that edits item i (from 0), or with -1
// adds one after the selected item (and after the item under way).
func (m *agendaScreen) openAgendaForm(i int) {
	t, a := m.ctx.T, m.meeting().Agenda
	var it model.AgendaItem
	title := ""
	place := i + 1
	if i < 0 {
		place = len(a.Items) + 1
		if len(a.Items) > 0 {
			place = max(m.sel+2, a.Begun()+1)
		}
		title = t.T("form.agenda_add", place)
	} else {
		it = a.Items[i]
		title = t.T("form.agenda_edit", place)
	}
	minutes := ""
	if it.Planned > 0 {
		minutes = fmt.Sprint(int(it.Planned / time.Minute))
	}
	dialogue := "no"
	if it.Dialogue {
		dialogue = "yes"
	}
	fm := newForm(title,
		newTextField(t.T("form.agenda_title"), it.Title),
		newTextField(t.T("form.agenda_minutes"), minutes),
		newChoiceField(t.T("form.agenda_dialogue"), []string{"no", "yes"}, []string{t.T("form.no"), t.T("form.yes")}, dialogue),
	)
	fm.hint = t.T("form.agenda_hint")
	if i >= 0 && i+1 == a.Current {
		fm.hint = t.T("form.agenda_hint_now")
	}
	fm.submit = func(f []*field) (model.Command, string, string) {
		typed := strings.TrimSpace(f[1].value())
		mins, err := strconv.Atoi(typed)
		if err != nil || strings.ContainsAny(typed, "+-") {
			return nil, "", t.T("agenda.bad_minutes", model.CleanLine(typed))
		}
		mins = min(mins, 100000) // refused by the model, without overflowing
		name, planned, dlg := f[0].value(), time.Duration(mins)*time.Minute, f[2].value() == "yes"
		m.follow, m.to = &model.AgendaItem{Title: model.CleanLine(name)}, place-1
		if i < 0 {
			return model.AddAgendaItem{At: place, Title: name, Planned: planned, Dialogue: dlg},
				t.T("done.agenda_add", place, model.CleanLine(name)), ""
		}
		return model.EditAgendaItem{Item: place, Title: name, Planned: planned, Dialogue: dlg},
			t.T("done.agenda_edit", place, model.CleanLine(name)), ""
	}
	m.openForm(fm)
}

// ShortHelp is the screen's help line.
func (m *agendaScreen) ShortHelp() []key.Binding {
	k, g, t := m.ctx.Keys.Agenda, m.ctx.Keys.Global, m.ctx.T
	// Shorter than the bindings' own help, so that 80 columns show them all.
	edit := key.NewBinding(key.WithKeys(k.Edit.Keys()...), key.WithHelp("e", k.Edit.Help().Desc))
	move := key.NewBinding(key.WithKeys(append(k.MoveUp.Keys(), k.MoveDown.Keys()...)...), key.WithHelp("K/J", t.T("key.agenda_move")))
	return []key.Binding{k.Add, edit, move, k.Remove, k.Dialogue, g.Help, g.Quit}
}

// FullHelp is every key of the screen.
func (m *agendaScreen) FullHelp() []helpGroup {
	k := m.ctx.Keys.Agenda
	return []helpGroup{{m.ctx.T.T("help.agenda"), []key.Binding{k.Up, k.Down, k.Add, k.Edit, k.MoveUp, k.MoveDown, k.Remove, k.Dialogue}}}
}
