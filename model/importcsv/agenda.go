package importcsv

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"podium/model"
)

// The run of show's refusals.
const (
	ErrEmptyItem    Code = "empty_item"     //
	ErrBadMinutes   Code = "bad_minutes"    // Args: the cell, the fewest and the most minutes
	ErrTwoDialogues Code = "two_dialogues"  // Args: the line of the item marked first
	ErrTooManyItems Code = "too_many_items" // Args: model.MaxAgendaItems
)

// The run of show's columns (and FieldKind).
const (
	FieldItem    Field = "item" // an item's title
	FieldMinutes Field = "minutes"
)

func init() {
	columns[agendaSheet] = []struct {
		f        Field
		required bool
	}{{FieldItem, true}, {FieldMinutes, true}, {FieldKind, false}}
	aliases[agendaSheet] = map[Field][]string{
		FieldItem:    {"noi dung", "muc", "noi dung chuong trinh", "chuong trinh", "hoat dong", "item", "agenda item", "title"},
		FieldMinutes: {"thoi luong phut", "thoi luong", "so phut", "thoi gian phut", "thoi gian", "phut", "minutes", "duration minutes", "duration", "mins"},
		FieldKind:    {"loai", "loai muc", "kind", "type"},
	}
}

// Agenda reads a spreadsheet of the run of show, one item a row, into one
// SetAgenda (the batch's only command; Lines[0] is its first row's line).
// Required columns: the item ("Nội dung", "Item") and its planned minutes
// ("Thời lượng (phút)", "Minutes"); also read: its kind ("Loại", "Kind"),
// where "đối thoại" or "dialogue" marks the dialogue item (case and
// accents ignored) and anything else, or nothing, is an ordinary item. At
// most one item is the dialogue and at most model.MaxAgendaItems items.
func Agenda(data []byte) (*Batch, error) {
	b, err := read(data, agendaSheet)
	if err != nil {
		return nil, err
	}
	items := make([]model.AgendaItem, 0, len(b.Commands))
	dialogue := 0 // the index of the row marked first, plus one
	for i, c := range b.Commands {
		a := c.(model.AddAgendaItem)
		if i == model.MaxAgendaItems {
			return nil, &Error{Line: b.Lines[i], Code: ErrTooManyItems, Args: []any{model.MaxAgendaItems}}
		}
		if a.Dialogue && dialogue > 0 {
			return nil, b.cells[i][FieldKind].refuse(FieldKind, ErrTwoDialogues, b.Lines[dialogue-1])
		}
		if a.Dialogue {
			dialogue = i + 1
		}
		items = append(items, model.AgendaItem{Title: a.Title, Planned: a.Planned, Dialogue: a.Dialogue})
	}
	b.Commands = []model.Command{model.SetAgenda{Items: items}}
	b.Lines, b.cells, b.values = b.Lines[:1], b.cells[:1], b.values[:1]
	return b, nil
}

// agendaRow reads one row of the run of show as the item it adds.
func agendaRow(row map[Field]string, bad func(Field, Code, ...any) error) (model.Command, error) {
	title := model.CleanLine(row[FieldItem])
	switch n := model.Len(title); {
	case title == "":
		return nil, bad(FieldItem, ErrEmptyItem)
	case n > model.MaxLineLen:
		return nil, bad(FieldItem, ErrTooLong, n, model.MaxLineLen)
	}
	minutes, ok := parseMinutes(row[FieldMinutes])
	if !ok {
		return nil, bad(FieldMinutes, ErrBadMinutes, shown(row[FieldMinutes]), int(model.MinAgendaPlanned/time.Minute), int(model.MaxAgendaPlanned/time.Minute))
	}
	return model.AddAgendaItem{Title: title, Planned: time.Duration(minutes) * time.Minute, Dialogue: isDialogue(row[FieldKind])}, nil
}

// minuteWords are what may follow the number of minutes, folded: "15
// phút", "15p", "15 min", "15'" (the apostrophe folds away).
var minuteWords = []string{"", "phut", "p", "minutes", "minute", "mins", "min", "m"}

// parseMinutes reads a whole number of minutes within the bounds of an
// agenda item's planned time.
func parseMinutes(s string) (int, bool) {
	s = strings.TrimSpace(s)
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if digits == 0 || digits > 6 || !slices.Contains(minuteWords, model.Fold(s[digits:])) {
		return 0, false
	}
	n, err := strconv.Atoi(s[:digits])
	d := time.Duration(n) * time.Minute
	return n, err == nil && d >= model.MinAgendaPlanned && d <= model.MaxAgendaPlanned
}

// dialogueWords mark the dialogue item in the kind column, folded.
var dialogueWords = []string{"doi thoai", "dialogue", "dialog"}

func isDialogue(s string) bool {
	f := model.Fold(s)
	for _, w := range dialogueWords {
		if f == w {
			return true
		}
	}
	return false
}
