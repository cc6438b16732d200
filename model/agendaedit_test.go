package model_test

import (
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
)

// The run of show the editing cases start from: opening 10, the dialogue
// 90, the conclusion 20, closing 5 (two hours and five minutes).
var fourItems = []model.AgendaItem{
	{Title: "Khai mạc", Planned: 10 * time.Minute},
	{Title: "Đối thoại", Planned: 90 * time.Minute, Dialogue: true},
	{Title: "Kết luận", Planned: 20 * time.Minute},
	{Title: "Bế mạc", Planned: 5 * time.Minute},
}

// dated is fxBase with a start at 8:00 (t0) and no planned end.
func dated(t testing.TB) *model.Meeting {
	h := fxBase(t).Header
	h.Date = t0
	return build(t, fxBase(t), step{model.SetHeader{Header: h}, t0})
}

func withFour(t testing.TB) *model.Meeting {
	return build(t, dated(t), step{model.SetAgenda{Items: fourItems}, t0})
}

// underWay: the opening ran 8:00–8:12; the dialogue is under way since 8:12.
func underWay(t testing.TB) *model.Meeting {
	return build(t, withFour(t), step{model.NextAgendaItem{}, at(0)}, step{model.NextAgendaItem{}, at(12)})
}

// over: every item has ended.
func over(t testing.TB) *model.Meeting {
	return build(t, underWay(t), step{model.NextAgendaItem{}, at(100)}, step{model.NextAgendaItem{}, at(120)}, step{model.NextAgendaItem{}, at(125)})
}

func titles(m *model.Meeting) []string {
	var out []string
	for _, it := range m.Agenda.Items {
		s := it.Title
		if it.Dialogue {
			s += "*"
		}
		out = append(out, s)
	}
	return out
}

func wantTitles(want ...string) func(*testing.T, *model.Meeting, *model.Meeting) {
	return func(t *testing.T, _, m *model.Meeting) {
		t.Helper()
		if got := titles(m); len(got) != len(want) || func() bool {
			for i := range got {
				if got[i] != want[i] {
					return true
				}
			}
			return false
		}() {
			t.Errorf("items %q, want %q", got, want)
		}
	}
}

func addAgendaCases() []applyCase {
	add := func(at int, title string, mins int, dlg bool) model.AddAgendaItem {
		return model.AddAgendaItem{At: at, Title: title, Planned: time.Duration(mins) * time.Minute, Dialogue: dlg}
	}
	return []applyCase{
		{name: "the first item of a meeting without a start", setup: fxBase, cmd: add(0, " Khai mạc\x1b[2J ", 10, false), refs: []model.Ref{rAgenda},
			check: wantTitles("Khai mạc")},
		{name: "at the end; the planned end follows", setup: withFour, cmd: add(0, "Văn nghệ", 15, false), refs: []model.Ref{rAgenda, rHeader},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantTitles("Khai mạc", "Đối thoại*", "Kết luận", "Bế mạc", "Văn nghệ")(t, nil, m)
				if want := at(140); !m.Header.PlannedEnd.Equal(want) {
					t.Errorf("planned end %v, want %v", m.Header.PlannedEnd, want)
				}
			}},
		{name: "in second place", setup: withFour, cmd: add(2, "Tặng hoa", 5, false), refs: []model.Ref{rAgenda, rHeader},
			check: wantTitles("Khai mạc", "Tặng hoa", "Đối thoại*", "Kết luận", "Bế mạc")},
		{name: "as the dialogue, the mark moves to it", setup: withFour, cmd: add(3, "Đối thoại phần hai", 30, true), refs: []model.Ref{rAgenda, rHeader},
			check: wantTitles("Khai mạc", "Đối thoại", "Đối thoại phần hai*", "Kết luận", "Bế mạc")},
		{name: "after the item under way", setup: underWay, cmd: add(3, "Giải lao", 10, false), refs: []model.Ref{rAgenda, rHeader},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantTitles("Khai mạc", "Đối thoại*", "Giải lao", "Kết luận", "Bế mạc")(t, nil, m)
				if m.Agenda.Current != 2 || m.Agenda.Item().Title != "Đối thoại" {
					t.Errorf("current %d", m.Agenda.Current)
				}
			}},
		{name: "not before the item under way", setup: underWay, cmd: add(2, "Giải lao", 10, false), code: model.ErrAgendaBeforeCurrent, args: []any{2}},
		{name: "not as the dialogue once it has begun", setup: underWay, cmd: add(0, "Đối thoại tiếp", 10, true), code: model.ErrDialogueBegun, args: []any{2}},
		{name: "not after the last item ended", setup: over, cmd: add(0, "Thêm", 10, false), code: model.ErrAgendaDone},
		{name: "without a title", setup: withFour, cmd: add(0, " \x1b[1m ", 10, false), code: model.ErrEmptyItemTitle},
		{name: "a title too long", setup: withFour, cmd: add(0, strings.Repeat("ơ", model.MaxLineLen+1), 10, false), code: model.ErrTooLong, args: []any{"agenda_item", model.MaxLineLen}},
		{name: "no minutes", setup: withFour, cmd: add(0, "Bế mạc", 0, false), code: model.ErrBadPlanned, args: []any{1, 600}},
		{name: "601 minutes", setup: withFour, cmd: add(0, "Bế mạc", 601, false), code: model.ErrBadPlanned, args: []any{1, 600}},
		{name: "600 minutes", setup: withFour, cmd: add(0, "Cả ngày", 600, false), refs: []model.Ref{rAgenda, rHeader}},
		{name: "not a 51st item", setup: func(t testing.TB) *model.Meeting {
			items := make([]model.AgendaItem, model.MaxAgendaItems)
			for i := range items {
				items[i] = model.AgendaItem{Title: "Mục", Planned: time.Minute}
			}
			return build(t, fxBase(t), step{model.SetAgenda{Items: items}, t0})
		}, cmd: add(0, "Mục", 1, false), code: model.ErrTooLong, args: []any{"agenda", model.MaxAgendaItems}},
	}
}

func editAgendaCases() []applyCase {
	edit := func(n int, title string, mins int, dlg bool) model.EditAgendaItem {
		return model.EditAgendaItem{Item: n, Title: title, Planned: time.Duration(mins) * time.Minute, Dialogue: dlg}
	}
	return []applyCase{
		{name: "title and minutes before the start", setup: withFour, cmd: edit(1, "Khai mạc, giới thiệu đại biểu", 15, false), refs: []model.Ref{rAgenda, rHeader},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantTitles("Khai mạc, giới thiệu đại biểu", "Đối thoại*", "Kết luận", "Bế mạc")(t, nil, m)
				if !m.Header.PlannedEnd.Equal(at(130)) {
					t.Errorf("planned end %v", m.Header.PlannedEnd)
				}
			}},
		{name: "marking another item moves the mark", setup: withFour, cmd: edit(3, "Kết luận", 20, true), refs: []model.Ref{rAgenda},
			check: wantTitles("Khai mạc", "Đối thoại", "Kết luận*", "Bế mạc")},
		{name: "unmarking leaves no dialogue", setup: withFour, cmd: edit(2, "Đối thoại", 90, false), refs: []model.Ref{rAgenda},
			check: wantTitles("Khai mạc", "Đối thoại", "Kết luận", "Bế mạc")},
		{name: "unchanged changes nothing", setup: withFour, cmd: edit(2, "Đối thoại", 90, true)},
		{name: "the item under way takes new minutes", setup: underWay, cmd: edit(2, "Đối thoại", 105, true), refs: []model.Ref{rAgenda, rHeader},
			check: func(t *testing.T, _, m *model.Meeting) {
				if it := m.Agenda.Item(); it.Planned != 105*time.Minute || !it.Start.Equal(at(12)) {
					t.Errorf("item under way %+v", it)
				}
			}},
		{name: "the item under way keeps its title", setup: underWay, cmd: edit(2, "Hỏi đáp", 90, true), code: model.ErrAgendaItemUnderWay, args: []any{2}},
		{name: "the item under way keeps its mark", setup: underWay, cmd: edit(2, "Đối thoại", 90, false), code: model.ErrAgendaItemUnderWay, args: []any{2}},
		{name: "an item done stays", setup: underWay, cmd: edit(1, "Khai mạc", 12, false), code: model.ErrAgendaItemDone, args: []any{1}},
		{name: "an item to come, during the meeting", setup: underWay, cmd: edit(3, "Kết luận của chủ trì", 25, false), refs: []model.Ref{rAgenda, rHeader},
			check: wantTitles("Khai mạc", "Đối thoại*", "Kết luận của chủ trì", "Bế mạc")},
		{name: "the mark stays with a dialogue begun", setup: underWay, cmd: edit(3, "Kết luận", 20, true), code: model.ErrDialogueBegun, args: []any{2}},
		{name: "no such item", setup: withFour, cmd: edit(5, "Thêm", 10, false), code: model.ErrNoSuchAgendaItem, args: []any{5}},
		{name: "no item in an empty run of show", setup: fxBase, cmd: edit(1, "Thêm", 10, false), code: model.ErrNoSuchAgendaItem, args: []any{1}},
		{name: "not to an empty title", setup: withFour, cmd: edit(1, "", 10, false), code: model.ErrEmptyItemTitle},
	}
}

func moveAgendaCases() []applyCase {
	return []applyCase{
		{name: "down", setup: withFour, cmd: model.MoveAgendaItem{Item: 1, To: 2}, refs: []model.Ref{rAgenda},
			check: wantTitles("Đối thoại*", "Khai mạc", "Kết luận", "Bế mạc")},
		{name: "last to first", setup: withFour, cmd: model.MoveAgendaItem{Item: 4, To: 1}, refs: []model.Ref{rAgenda},
			check: wantTitles("Bế mạc", "Khai mạc", "Đối thoại*", "Kết luận")},
		{name: "to its own place", setup: withFour, cmd: model.MoveAgendaItem{Item: 2, To: 2}},
		{name: "items to come, during the meeting", setup: underWay, cmd: model.MoveAgendaItem{Item: 4, To: 3}, refs: []model.Ref{rAgenda},
			check: wantTitles("Khai mạc", "Đối thoại*", "Bế mạc", "Kết luận")},
		{name: "not above the item under way", setup: underWay, cmd: model.MoveAgendaItem{Item: 3, To: 2}, code: model.ErrAgendaBeforeCurrent, args: []any{2}},
		{name: "not the item under way", setup: underWay, cmd: model.MoveAgendaItem{Item: 2, To: 3}, code: model.ErrAgendaItemUnderWay, args: []any{2}},
		{name: "not an item done", setup: underWay, cmd: model.MoveAgendaItem{Item: 1, To: 4}, code: model.ErrAgendaItemDone, args: []any{1}},
		{name: "not past the end", setup: withFour, cmd: model.MoveAgendaItem{Item: 4, To: 5}, code: model.ErrNoSuchAgendaItem, args: []any{5}},
		{name: "no such item", setup: withFour, cmd: model.MoveAgendaItem{Item: 0, To: 1}, code: model.ErrNoSuchAgendaItem, args: []any{0}},
	}
}

func removeAgendaCases() []applyCase {
	return []applyCase{
		{name: "before the start; the planned end follows", setup: withFour, cmd: model.RemoveAgendaItem{Item: 3}, refs: []model.Ref{rAgenda, rHeader},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantTitles("Khai mạc", "Đối thoại*", "Bế mạc")(t, nil, m)
				if !m.Header.PlannedEnd.Equal(at(105)) {
					t.Errorf("planned end %v", m.Header.PlannedEnd)
				}
			}},
		{name: "the last item leaves no run of show and no planned end", setup: func(t testing.TB) *model.Meeting {
			return build(t, dated(t), step{model.SetAgenda{Items: fourItems[:1]}, t0})
		}, cmd: model.RemoveAgendaItem{Item: 1}, refs: []model.Ref{rAgenda, rHeader},
			check: func(t *testing.T, _, m *model.Meeting) {
				if len(m.Agenda.Items) != 0 || !m.Header.PlannedEnd.IsZero() {
					t.Errorf("agenda %+v, planned end %v", m.Agenda, m.Header.PlannedEnd)
				}
			}},
		{name: "an item to come, during the meeting", setup: underWay, cmd: model.RemoveAgendaItem{Item: 3}, refs: []model.Ref{rAgenda, rHeader},
			check: wantTitles("Khai mạc", "Đối thoại*", "Bế mạc")},
		{name: "not the item under way", setup: underWay, cmd: model.RemoveAgendaItem{Item: 2}, code: model.ErrAgendaItemUnderWay, args: []any{2}},
		{name: "not an item done", setup: underWay, cmd: model.RemoveAgendaItem{Item: 1}, code: model.ErrAgendaItemDone, args: []any{1}},
		{name: "no such item", setup: withFour, cmd: model.RemoveAgendaItem{Item: 9}, code: model.ErrNoSuchAgendaItem, args: []any{9}},
	}
}

// The planned end follows the run of show while it is empty or what the
// run of show gave; set by hand to something else, it stays.
func TestPlannedEndFollowsTheRunOfShow(t *testing.T) {
	m := withFour(t)
	if !m.Header.PlannedEnd.Equal(at(125)) || !m.PlannedEndFollows() {
		t.Fatalf("planned end %v, follows %v; want 10:05 from 8:00 + 125 minutes", m.Header.PlannedEnd, m.PlannedEndFollows())
	}
	// Set by hand: the run of show changes, the planned end stays.
	h := m.Header
	h.PlannedEnd = at(180)
	m = build(t, m, step{model.SetHeader{Header: h}, t0}, step{model.RemoveAgendaItem{Item: 4}, t0})
	if !m.Header.PlannedEnd.Equal(at(180)) || m.PlannedEndFollows() || !m.AgendaEnd().Equal(at(120)) {
		t.Errorf("by hand: planned end %v (follows %v), run of show's end %v", m.Header.PlannedEnd, m.PlannedEndFollows(), m.AgendaEnd())
	}
	// Set back to the run of show's end: it follows again.
	h = m.Header
	h.PlannedEnd = at(120)
	m = build(t, m, step{model.SetHeader{Header: h}, t0}, step{model.AddAgendaItem{Title: "Văn nghệ", Planned: 15 * time.Minute}, t0})
	if !m.Header.PlannedEnd.Equal(at(135)) {
		t.Errorf("set back: planned end %v, want 10:15", m.Header.PlannedEnd)
	}
	// A meeting without a start has no run-of-show end to follow.
	m = build(t, fxBase(t), step{model.SetAgenda{Items: fourItems}, t0})
	if !m.Header.PlannedEnd.IsZero() || !m.AgendaEnd().IsZero() {
		t.Errorf("no start: planned end %v, run of show's end %v", m.Header.PlannedEnd, m.AgendaEnd())
	}
	// The demo's planned end (11:30) is its run of show's.
	d, err := demo.Meeting(demo.Date)
	if err != nil {
		t.Fatal(err)
	}
	if !d.PlannedEndFollows() || !d.Header.PlannedEnd.Equal(d.AgendaEnd()) {
		t.Errorf("demo: planned end %v, run of show's end %v", d.Header.PlannedEnd, d.AgendaEnd())
	}
}

// A new start moves a planned end that follows the run of show; one set
// by hand stays; an emptied one follows again.
func TestPlannedEndMovesWithTheStart(t *testing.T) {
	m := withFour(t)
	h := m.Header
	h.Date = at(60)
	m = build(t, m, step{model.SetHeader{Header: h}, t0})
	if !m.Header.PlannedEnd.Equal(at(185)) {
		t.Errorf("start 9:00: planned end %v, want 11:05", m.Header.PlannedEnd)
	}
	h = m.Header
	h.PlannedEnd = at(240)
	m = build(t, m, step{model.SetHeader{Header: h}, t0})
	h = m.Header
	h.Date = at(0)
	m = build(t, m, step{model.SetHeader{Header: h}, t0})
	if !m.Header.PlannedEnd.Equal(at(240)) {
		t.Errorf("by hand: planned end %v, want 12:00 as set", m.Header.PlannedEnd)
	}
	h = m.Header
	h.PlannedEnd = time.Time{}
	m = build(t, m, step{model.SetHeader{Header: h}, t0})
	if !m.Header.PlannedEnd.Equal(at(125)) || !m.PlannedEndFollows() {
		t.Errorf("emptied: planned end %v, want 10:05 from the run of show", m.Header.PlannedEnd)
	}
}

// Planned starts count from the meeting's start, item by item.
func TestPlannedStarts(t *testing.T) {
	m := withFour(t)
	for i, want := range []time.Time{at(0), at(10), at(100), at(120)} {
		if got := m.PlannedStart(i); !got.Equal(want) {
			t.Errorf("item %d starts %v, want %v", i+1, got, want)
		}
	}
	if !fxBase(t).PlannedStart(0).IsZero() {
		t.Error("a meeting without a start has planned starts")
	}
}

// Two dialogue items are refused when the run of show is set whole too.
func TestSetAgendaRefusesTwoDialogues(t *testing.T) {
	items := append([]model.AgendaItem(nil), fourItems...)
	items[3].Dialogue = true
	_, _, err := model.Apply(fxBase(t), model.SetAgenda{Items: items}, t0)
	if e, ok := err.(*model.Error); !ok || e.Code != model.ErrTwoDialogues || e.Args[0] != 2 || e.Args[1] != 4 {
		t.Errorf("err %v, want two_dialogues [2 4]", err)
	}
}

// The pace of a meeting whose run of show was built item by item (as on
// the Run of show screen) is known during the dialogue.
func TestPaceOfARunOfShowBuiltHere(t *testing.T) {
	m := build(t, dated(t),
		step{model.AddAgendaItem{Title: "Khai mạc", Planned: 10 * time.Minute}, t0},
		step{model.AddAgendaItem{Title: "Đối thoại", Planned: 60 * time.Minute}, t0},
		step{model.EditAgendaItem{Item: 2, Title: "Đối thoại", Planned: 60 * time.Minute, Dialogue: true}, t0},
		step{model.NextAgendaItem{}, at(0)}, step{model.NextAgendaItem{}, at(10)})
	p := m.Pace(at(20))
	if !p.Known || p.Ahead || p.Left != 50*time.Minute || p.Waiting != 3 {
		t.Errorf("pace %+v; want known, not ahead, 50 minutes left, 3 waiting", p)
	}
}

// agendaCommand draws one of the run of show's commands for the random
// test: the whole agenda, the next item, or an edit.
func (rr *randomRun) agendaCommand(k int) model.Command {
	r := rr.r
	n := func() int { return r.IntN(len(rr.m.Agenda.Items)+3) - 1 }
	title := pick(r, []string{"Khai mạc", "Đối thoại", "", "Bế mạc", "\x1b[2JGiải lao"})
	planned := pick(r, []time.Duration{0, time.Minute, 10 * time.Minute, 601 * time.Minute, -time.Minute})
	switch {
	case k == 0 && r.IntN(3) == 0:
		var items []model.AgendaItem
		for i := range r.IntN(5) {
			items = append(items, model.AgendaItem{Title: pick(r, []string{"Khai mạc", "Đối thoại", "", "Bế mạc"}), Planned: time.Duration(r.IntN(3)) * 10 * time.Minute, Dialogue: i == 1})
		}
		return model.SetAgenda{Items: items}
	case k > 0 && r.IntN(2) == 0:
		return model.NextAgendaItem{}
	}
	switch r.IntN(4) {
	case 0:
		return model.AddAgendaItem{At: n(), Title: title, Planned: planned, Dialogue: r.IntN(3) == 0}
	case 1:
		return model.EditAgendaItem{Item: n(), Title: title, Planned: planned, Dialogue: r.IntN(2) == 0}
	case 2:
		return model.MoveAgendaItem{Item: n(), To: n()}
	}
	return model.RemoveAgendaItem{Item: n()}
}
