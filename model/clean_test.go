package model_test

import (
	"reflect"
	"strings"
	"testing"

	"podium/model"
	"podium/model/demo"
	"podium/model/hostile"
)

// allVerbs is every verb NewCommand knows.
var allVerbs = []string{
	"set_header", "add_department", "add_question", "edit_question", "move_question",
	"call_next", "call", "start_answer", "end_answer", "defer_to_writing", "postpone",
	"withdraw", "merge", "toggle_clock", "set_notes", "set_outcome", "set_responder",
	"add_conclusion", "edit_follow_up", "update_follow_up", "call_group", "next_speaker",
	"answer_again", "set_agenda", "next_agenda_item", "set_display", "send_note",
	"dismiss_note", "remove_conclusion",
}

// evil is every kind of hostile text around a Vietnamese word, with a
// newline that only multi-line fields may keep.
const evil = "\x1b]0;pwned\x07Hội\u202e nghị\x1b]52;c;aGk=\x07\u200b\u009b31m\x1bP1q\x1b\\\x00\x7f\r\nthanh\u2066niên\u0085\u200dĐ"

// TestCleanCommandReachesEveryField: every string field of every command,
// nested ones and lists included, comes out of CleanCommand clean, and
// Vietnamese letters survive.
func TestCleanCommandReachesEveryField(t *testing.T) {
	for _, verb := range allVerbs {
		cmd := model.NewCommand(verb)
		if cmd == nil {
			t.Fatalf("NewCommand(%q) = nil", verb)
		}
		n := 0
		hostile.Fill(cmd, func(string, string) string { n++; return evil })
		clean := model.CleanCommand(cmd)
		if clean.Verb() != verb {
			t.Errorf("%s: cleaned verb %q", verb, clean.Verb())
		}
		for _, b := range hostile.Check(clean) {
			t.Errorf("%s: %s", verb, b)
		}
		hostile.Walk(clean, func(path, s string) {
			if !strings.Contains(s, "Hội") || !strings.Contains(s, "Đ") {
				t.Errorf("%s: %s = %+q lost its letters", verb, path, s)
			}
		})
		// The command given is not changed.
		hostile.Walk(cmd, func(path, s string) {
			if s != evil {
				t.Errorf("%s: CleanCommand changed the caller's %s", verb, path)
			}
		})
	}
	if model.CleanCommand(nil) != nil {
		t.Error("CleanCommand(nil) != nil")
	}
}

// TestApplyCleans: a command with hostile text is stored clean, through
// Apply, whichever command carries it.
func TestApplyCleans(t *testing.T) {
	m := fxBase(t)
	title := "\x1b]0;pwned\x07Đối thoại\x1b]52;c;aGk=\x07 \u202eevil\u202c\u200b"
	next, _, err := model.Apply(m, model.SetHeader{Header: model.Header{Title: title}}, at(1))
	if err != nil {
		t.Fatal(err)
	}
	if got := next.Header.Title; got != "Đối thoại evil" {
		t.Errorf("title stored as %+q", got)
	}
	next, _, err = model.Apply(next, model.AddQuestion{
		Asker: model.Person{Name: "An\x1b[2J"}, Text: "một\r\nhai\x1b]0;x\x07\u009d0;t\u009c", Departments: []string{"CA\u200b"},
	}, at(2))
	if err != nil {
		t.Fatal(err)
	}
	q := next.Question(next.Questions.Len())
	if q.Asker.Name != "An" || q.Text != "một\nhai" || len(q.Departments) != 1 || q.Departments[0] != "CA" {
		t.Errorf("question stored as %+q %+q %+q", q.Asker.Name, q.Text, q.Departments)
	}
	for _, b := range hostile.Check(next) {
		t.Error(b)
	}
}

// hostileMeeting is the demo meeting, played, with evil in every string
// field of every record.
func hostileMeeting(t *testing.T) *model.Meeting {
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	m = deepCopy(t, m)
	hostile.Fill(m, func(path, old string) string {
		// Enumerations keep their value, hostile text around it.
		return "\u202e\x1b]0;x\x07" + old + "\u200b\x1b[31m" + evil
	})
	return m
}

func TestCleanMeetingReachesEveryField(t *testing.T) {
	m := hostileMeeting(t)
	before := dump(t, m)
	clean, changes := model.CleanMeeting(m)
	if dump(t, m) != before {
		t.Error("CleanMeeting changed the meeting it was given")
	}
	for _, b := range hostile.Check(clean) {
		t.Error(b)
	}
	fields := 0
	hostile.Walk(m, func(path, s string) {
		// A question's list of department codes is one field.
		if !strings.Contains(path, "].Departments[") || strings.HasSuffix(path, "[0]") {
			fields++
		}
	})
	// Every field changed, and each is named once (a list of codes is one field).
	if len(changes) != fields {
		t.Errorf("%d changes for %d fields", len(changes), fields)
	}
	seen := map[model.FieldChange]bool{}
	for _, c := range changes {
		if seen[c] {
			t.Errorf("change named twice: %+v", c)
		}
		seen[c] = true
		if c.Field == "" || c.Emptied {
			t.Errorf("change %+v", c)
		}
	}
	// The cleaned meeting cleans to itself.
	again, more := model.CleanMeeting(clean)
	if len(more) != 0 || dump(t, again) != dump(t, clean) {
		t.Errorf("cleaning twice changed %+v", more)
	}
}

// TestCleanMeetingLeavesACleanMeeting: a meeting Apply built needs no
// cleaning, and its records are shared, not copied.
func TestCleanMeetingLeavesACleanMeeting(t *testing.T) {
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	clean, changes := model.CleanMeeting(m)
	if len(changes) != 0 {
		t.Errorf("changes on a clean meeting: %+v", changes)
	}
	if dump(t, clean) != dump(t, m) {
		t.Error("a clean meeting changed")
	}
	for id := range clean.Questions.Changed(m.Questions) {
		t.Errorf("question %d was copied though nothing changed", id)
	}
}

func TestCleanMeetingNamesFields(t *testing.T) {
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	m = deepCopy(t, m)
	m.Header.Title = "\x1b]0;pwned\x07"
	m.Header.Venue = "Hưng Yên\u202e"
	m.Question(3).Text = "Câu hỏi\x1b]52;c;aGk=\x07\nthứ hai"
	m.Departments[0].Representative.Name = "Ông\u200b A"
	_, changes := model.CleanMeeting(m)
	want := []model.FieldChange{
		{Kind: model.RecHeader, Field: "title", Emptied: true},
		{Kind: model.RecHeader, Field: "venue"},
		{Kind: model.RecDepartment, ID: 1, Field: "representative.name"},
		{Kind: model.RecQuestion, ID: 3, Field: "text"},
	}
	if !reflect.DeepEqual(changes, want) {
		t.Errorf("changes = %+v\nwant %+v", changes, want)
	}
	if !changes[0].Required() || changes[1].Required() {
		t.Error("Required: the title is, the venue is not")
	}
}
