package model

import (
	"slices"
	"testing"
)

// cleanValues copies its slice once, at the first value clean changes,
// keeps the values before it, and leaves the slice it was given alone; it
// gives nil when nothing changed.
func TestCleanValuesCopiesOnFirstChange(t *testing.T) {
	in := []string{"a", "b\x1b[2J", "c", "d\u202e"}
	var seen []int
	out := cleanValues(in, func(i int, s *string) bool {
		seen = append(seen, i)
		v := CleanLine(*s)
		changed := v != *s
		*s = v
		return changed
	})
	if !slices.Equal(out, []string{"a", "b", "c", "d"}) {
		t.Errorf("out %q", out)
	}
	if in[1] != "b\x1b[2J" || in[3] != "d\u202e" {
		t.Errorf("the slice given was changed: %q", in)
	}
	if !slices.Equal(seen, []int{0, 1, 2, 3}) {
		t.Errorf("clean saw indexes %v", seen)
	}
	if out := cleanValues([]string{"a", "b"}, func(int, *string) bool { return false }); out != nil {
		t.Errorf("nothing changed, yet %q", out)
	}
}

// CleanMeeting cleans the lists kept as values — the backstage notes, the
// run of show, the commendations, the themes — into copies, each field it
// changed noted under its record, and the meeting it was given untouched.
func TestCleanMeetingCleansTheValueLists(t *testing.T) {
	m := New(Header{Title: "Đối thoại"})
	m.Stage.Notes = []BackstageNote{{ID: 1, From: "Thư ký", Text: "Sở TTTT xin lùi"}, {ID: 2, Text: "Mời\x1b]0;x\x07 số 5"}}
	m.Agenda.Items = []AgendaItem{{Title: "Khai mạc"}, {Title: "Đối thoại\u202e"}}
	m.Commendations = []Commendation{{ID: 1, Kind: "group\x00", Name: "Đoàn xã Đông Kết"}}
	m.Themes = []string{"Giáo dục", "An toàn\x07 thông tin"}
	before := []string{m.Stage.Notes[1].Text, m.Agenda.Items[1].Title, string(m.Commendations[0].Kind), m.Themes[1]}

	out, changes := CleanMeeting(m)
	if got := []string{out.Stage.Notes[1].Text, out.Agenda.Items[1].Title, string(out.Commendations[0].Kind), out.Themes[1]}; slices.Equal(got, before) {
		t.Errorf("nothing was cleaned: %q", got)
	}
	for _, s := range []string{out.Stage.Notes[1].Text, out.Agenda.Items[1].Title, string(out.Commendations[0].Kind), out.Themes[1]} {
		if s != CleanLine(s) {
			t.Errorf("%q is not clean", s)
		}
	}
	if after := []string{m.Stage.Notes[1].Text, m.Agenda.Items[1].Title, string(m.Commendations[0].Kind), m.Themes[1]}; !slices.Equal(after, before) {
		t.Errorf("the meeting given was changed: %q", after)
	}
	if out.Stage.Notes[0] != m.Stage.Notes[0] || out.Agenda.Items[0] != m.Agenda.Items[0] || out.Themes[0] != "Giáo dục" {
		t.Errorf("clean values were not kept")
	}
	var fields []string
	for _, c := range changes {
		fields = append(fields, c.Field)
	}
	want := []string{"note.text", "item.title", "commendation.kind", "theme"}
	if !slices.Equal(fields, want) {
		t.Errorf("changes %q, want %q", fields, want)
	}
}
