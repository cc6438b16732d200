package export

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/model/hostile"
)

// evilDoc is the played demo as a JSON export, with f applied to its
// decoded form.
func evilDoc(t *testing.T, f func(d *Document)) []byte {
	t.Helper()
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	b, err := JSON(m)
	if err != nil {
		t.Fatal(err)
	}
	var d Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	f(&d)
	if b, err = json.Marshal(d); err != nil {
		t.Fatal(err)
	}
	return b
}

const (
	osc0  = "\x1b]0;pwned\x07"
	osc52 = "\x1b]52;c;cm0gLXJmIH4K\x07"
	rlo   = "\u202e"
)

// TestImportJSONCleans: a title carrying a window title, a clipboard write
// and a bidi override, and a question and a name with more, are imported
// clean; the import names the three fields; every export is clean.
func TestImportJSONCleans(t *testing.T) {
	b := evilDoc(t, func(d *Document) {
		d.Header.Title = osc0 + "Đối thoại" + osc52 + " " + rlo + "thanh niên"
		d.Questions[0].Text = "Câu hỏi\x1b[2J\u009d0;x\u009c\r\nhai"
		d.Departments[1].Representative.Name += "\u200b\x1bP$q\"p\x1b\\"
	})
	m, changes, err := ImportJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Header.Title; got != "Đối thoại thanh niên" {
		t.Errorf("title %+q", got)
	}
	if got := m.Question(1).Text; got != "Câu hỏi\nhai" {
		t.Errorf("text %+q", got)
	}
	want := []model.FieldChange{
		{Kind: model.RecHeader, Field: "title"},
		{Kind: model.RecDepartment, ID: 2, Field: "representative.name"},
		{Kind: model.RecQuestion, ID: 1, Field: "text"},
	}
	if len(changes) != len(want) {
		t.Fatalf("changes %+v, want %+v", changes, want)
	}
	for i := range want {
		if changes[i] != want[i] {
			t.Errorf("change %d = %+v, want %+v", i, changes[i], want[i])
		}
	}
	for _, bad := range hostile.Check(m) {
		t.Error(bad)
	}
	checkExports(t, m)
	// DecodeJSON cleans too.
	if m2, err := DecodeJSON(b); err != nil || m2.Header.Title != m.Header.Title {
		t.Errorf("DecodeJSON: %v %+q", err, m2.Header.Title)
	}
}

// An export Podium wrote has nothing to clean.
func TestImportJSONCleanExport(t *testing.T) {
	b := evilDoc(t, func(*Document) {})
	if _, changes, err := ImportJSON(b); err != nil || len(changes) != 0 {
		t.Errorf("err %v, changes %+v", err, changes)
	}
}

func TestImportJSONRefusesEmptied(t *testing.T) {
	for name, c := range map[string]struct {
		f     func(d *Document)
		code  string
		field string
	}{
		"a title of escapes only": {func(d *Document) { d.Header.Title = osc0 + osc52 + rlo }, "emptied", "title"},
		"a question of escapes":   {func(d *Document) { d.Questions[3].Text = "\x1b[2J\u200b" }, "emptied", "text"},
		"two codes made one": {func(d *Document) {
			// The second department's code, disguised.
			d.Departments[0].Code = d.Departments[1].Code + "\u200b"
		}, "invalid", ""},
	} {
		_, _, err := ImportJSON(evilDoc(t, c.f))
		var je *JSONError
		if !errors.As(err, &je) || je.Code != c.code {
			t.Errorf("%s: err %v, want %s", name, err, c.code)
			continue
		}
		if c.field != "" && (je.Field == nil || je.Field.Field != c.field) {
			t.Errorf("%s: field %+v, want %s", name, je.Field, c.field)
		}
	}
}

func exports(t *testing.T, m *model.Meeting) map[string][]byte {
	t.Helper()
	now := time.Date(2023, 3, 30, 9, 0, 0, 0, time.UTC)
	j, err := JSON(m)
	if err != nil {
		t.Fatal(err)
	}
	return map[string][]byte{
		"md":            Markdown(m, now),
		"html":          HTML(m, now),
		"questions.csv": QuestionsCSV(m, now),
		"followups.csv": FollowUpsCSV(m, now),
		"json":          j,
	}
}

// checkExports fails t for each export of m that holds anything a
// terminal would act on or that hides or reorders text.
func checkExports(t *testing.T, m *model.Meeting) {
	t.Helper()
	for name, doc := range exports(t, m) {
		check := hostile.CheckDocument
		if name == "json" {
			check = hostile.CheckJSON
		}
		if why := check(doc); why != "" {
			t.Errorf("%s export: %s", name, why)
		}
	}
}
