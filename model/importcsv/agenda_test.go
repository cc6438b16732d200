package importcsv

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"podium/model"
)

func agendaFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "agenda", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// agendaItems reads a file into its run of show, failing on a refusal.
func agendaItems(t *testing.T, data []byte) []model.AgendaItem {
	t.Helper()
	b, err := Agenda(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Commands) != 1 {
		t.Fatalf("%d commands, want one SetAgenda", len(b.Commands))
	}
	return b.Commands[0].(model.SetAgenda).Items
}

func TestAgendaReadsAVietnameseSheet(t *testing.T) {
	// A byte-order mark, CRLF, columns it does not know (STT, Ghi chú), a
	// blank row, "5 phút" and "10p", a kind that is no dialogue.
	items := agendaItems(t, agendaFile(t, "good_vi.csv"))
	want := []model.AgendaItem{
		{Title: "Khai mạc, giới thiệu đại biểu", Planned: 10 * time.Minute},
		{Title: "Tặng hoa chúc mừng 92 năm thành lập Đoàn", Planned: 5 * time.Minute},
		{Title: "Đối thoại với thanh niên", Planned: 150 * time.Minute, Dialogue: true},
		{Title: "Kết luận của đồng chí chủ trì", Planned: 20 * time.Minute},
		{Title: "Bế mạc", Planned: 10 * time.Minute},
	}
	if !slices.Equal(items, want) {
		t.Errorf("items\n%+v\nwant\n%+v", items, want)
	}
	// It replaces the demo's run of show, which has not started.
	b, _ := Agenda(agendaFile(t, "good_vi.csv"))
	m, err := b.Apply(meeting(t), now)
	if err != nil || len(m.Agenda.Items) != 5 || model.Check(m) != nil {
		t.Fatalf("apply: %v, %d items", err, len(m.Agenda.Items))
	}
}

func TestAgendaReadsEnglishAndSemicolons(t *testing.T) {
	items := agendaItems(t, agendaFile(t, "good_en.csv"))
	if len(items) != 3 || !items[1].Dialogue || items[1].Planned != 90*time.Minute || items[2].Dialogue {
		t.Errorf("English: %+v", items)
	}
	items = agendaItems(t, agendaFile(t, "semicolon.csv"))
	if len(items) != 3 || items[1].Title != "Đối thoại; hỏi đáp" || !items[1].Dialogue {
		t.Errorf("semicolons: %+v", items)
	}
}

// Each refusal names its line and, where there is one, its column.
func TestAgendaRefusals(t *testing.T) {
	long := "Nội dung,Thời lượng (phút)\r\nKhai mạc,10\r\n\"" + strings.Repeat("ơ", 10000) + "\",5\r\n"
	var many strings.Builder
	many.WriteString("Item,Minutes\n")
	for range model.MaxAgendaItems + 1 {
		many.WriteString("Mục,1\n")
	}
	for _, c := range []struct {
		name string
		data []byte
		want Error
	}{
		{"missing column", agendaFile(t, "missing_column.csv"), Error{Line: 1, Code: ErrMissingColumns, Args: []any{FieldMinutes}}},
		{"bad minutes", agendaFile(t, "bad_minutes.csv"), Error{Line: 3, Column: 2, Header: "Thời lượng (phút)", Field: FieldMinutes, Code: ErrBadMinutes, Args: []any{"1,5 giờ", 1, 600}}},
		{"two dialogues", agendaFile(t, "two_dialogues.csv"), Error{Line: 5, Column: 3, Header: "Loại", Field: FieldKind, Code: ErrTwoDialogues, Args: []any{3}}},
		{"a cell of 10,000 letters", []byte(long), Error{Line: 3, Column: 1, Header: "Nội dung", Field: FieldItem, Code: ErrTooLong, Args: []any{10000, model.MaxLineLen}}},
		{"no title", []byte("Item,Minutes\nOpening,10\n ,5\n"), Error{Line: 3, Column: 1, Header: "Item", Field: FieldItem, Code: ErrEmptyItem}},
		{"no minutes", []byte("Item,Minutes\nOpening\n"), Error{Line: 2, Column: 2, Header: "Minutes", Field: FieldMinutes, Code: ErrBadMinutes, Args: []any{"", 1, 600}}},
		{"601 minutes", []byte("Item,Minutes\nOpening,601\n"), Error{Line: 2, Column: 2, Header: "Minutes", Field: FieldMinutes, Code: ErrBadMinutes, Args: []any{"601", 1, 600}}},
		{"negative minutes", []byte("Item,Minutes\nOpening,-5\n"), Error{Line: 2, Column: 2, Header: "Minutes", Field: FieldMinutes, Code: ErrBadMinutes, Args: []any{"-5", 1, 600}}},
		{"too many items", []byte(many.String()), Error{Line: model.MaxAgendaItems + 2, Code: ErrTooManyItems, Args: []any{model.MaxAgendaItems}}},
		{"only the heading", []byte("Item,Minutes\n"), Error{Code: ErrNoRows}},
	} {
		_, err := Agenda(c.data)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%s: %v, want an *Error", c.name, err)
			continue
		}
		if e.Line != c.want.Line || e.Column != c.want.Column || e.Header != c.want.Header || e.Field != c.want.Field ||
			e.Code != c.want.Code || !slices.Equal(e.Args, c.want.Args) {
			t.Errorf("%s: %+v\nwant %+v", c.name, *e, c.want)
		}
	}
}

func TestParseMinutes(t *testing.T) {
	for s, want := range map[string]int{"15": 15, " 15 ": 15, "15 phút": 15, "15 PHÚT": 15, "15p": 15, "15'": 15, "15 min": 15, "600": 600, "1": 1, "007": 7} {
		if n, ok := parseMinutes(s); !ok || n != want {
			t.Errorf("%q: %d %v, want %d", s, n, ok, want)
		}
	}
	for _, s := range []string{"", "0", "601", "-5", "+5", "1.5", "1,5", "1:30", "mười", "15 giờ", "99999999999999999999"} {
		if n, ok := parseMinutes(s); ok {
			t.Errorf("%q read as %d minutes", s, n)
		}
	}
}
