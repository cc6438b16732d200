package projector

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/ui/i18n"
)

var at = time.Date(2023, 3, 23, 8, 30, 0, 0, time.FixedZone("ICT", 7*3600))

// meeting is the demo with cmds applied.
func meeting(t *testing.T, cmds ...model.Command) *model.Meeting {
	t.Helper()
	m, err := demo.Meeting(at)
	if err != nil {
		t.Fatal(err)
	}
	return apply(t, m, cmds...)
}

// A question being asked: its number, kind and how many asked it above
// the name; the asker's role and unit under it (never the name again);
// the speaking clock; the next three in the queue. The names of those
// merged in are not on it.
func TestFloorAsking(t *testing.T) {
	m := meeting(t,
		model.AddQuestion{Asker: model.Person{Name: "Ông Tám"}, Kind: model.KindQuestion, Text: "Đường Lê Lợi ngập?", Departments: []string{"CA"}},
		model.SubmitQuestion{Name: "Người Thứ Hai", Text: "Cũng hỏi vậy"},
	)
	id := m.Question(m.Questions.Len()).ID
	m = apply(t, m, model.MergeSubmission{ID: 1, Into: id}, model.Call{ID: id})
	f := FloorOf(m, i18n.New(i18n.VI))
	q := m.Question(id)
	want := Floor{State: model.FloorAsking, Meta: fmt.Sprintf("Số %d · Câu hỏi · 2 người cùng hỏi", id), Name: "Ông Tám", Sub: "",
		Text: "Đường Lê Lợi ngập?", Clocked: true, Clock: q.Speaking, Limit: m.SpeakLimitOf(q)}
	next := f.Next
	f.Next = nil
	if !equal(f, want) {
		t.Errorf("floor\n%+v\nwant\n%+v", f, want)
	}
	if len(next) != MaxNext || next[0] != "1. Nguyễn Văn An — Bí thư Đoàn trường, Trường THPT Hưng Yên" {
		t.Errorf("next %q", next)
	}
	if strings.Contains(strings.Join(next, "|")+f.Meta+f.Sub, "Người Thứ Hai") {
		t.Errorf("the floor names a sender merged in")
	}
}

// An answer to a group: the questions it answers above the department's
// name, who answers under it, the first question's text, the answer's
// clock and limit.
func TestFloorAnswering(t *testing.T) {
	m := meeting(t, model.CallGroup{IDs: []int{2, 3}}, model.NextSpeaker{}, model.StartAnswer{Department: "GDDT"})
	f := FloorOf(m, i18n.New(i18n.VI))
	if f.State != model.FloorAnswering || f.Meta != i18n.New(i18n.VI).T("display.answering", "2, 3") ||
		f.Name != "Sở Giáo dục và Đào tạo" || !strings.HasPrefix(f.Sub, "Phạm Thị Hòa — ") ||
		f.Text != m.Question(2).Text || !f.Clocked || f.Limit != m.Header.AnswerLimit || f.Idle != "" {
		t.Errorf("floor %+v", f)
	}
}

// No one on the floor: the idle line and who is next, no clock; in
// English when asked.
func TestFloorIdle(t *testing.T) {
	en := i18n.New(i18n.EN)
	f := FloorOf(meeting(t), en)
	if f.Clocked || f.Idle != en.T("display.idle") || f.Name != "" || len(f.Next) != MaxNext {
		t.Errorf("floor %+v", f)
	}
}

// The title card: the title, the topic in quotation marks, the day and
// the venue, the chair.
func TestTitleOf(t *testing.T) {
	m := meeting(t)
	c := TitleOf(m, i18n.New(i18n.VI))
	if c.Title != m.Header.Title || c.Topic != "“"+m.Header.Topic+"”" ||
		!strings.HasPrefix(c.Where, "23/03/2023 · ") || !strings.Contains(c.Chair, "Nguyễn Duy Hưng — ") {
		t.Errorf("title card %+v", c)
	}
	if c := TitleOf(&model.Meeting{Header: model.Header{Title: "Trống"}}, i18n.New(i18n.VI)); c != (Title{Title: "Trống"}) {
		t.Errorf("an empty header's card %+v", c)
	}
}

func apply(t *testing.T, m *model.Meeting, cmds ...model.Command) *model.Meeting {
	t.Helper()
	var err error
	for _, c := range cmds {
		if m, _, err = model.Apply(m, c, at); err != nil {
			t.Fatalf("%s: %v", c.Verb(), err)
		}
	}
	return m
}

func equal(a, b Floor) bool {
	return a.State == b.State && a.Meta == b.Meta && a.Name == b.Name && a.Sub == b.Sub && a.Text == b.Text &&
		a.Idle == b.Idle && a.Clocked == b.Clocked && a.Clock == b.Clock && a.Limit == b.Limit && slices.Equal(a.Next, b.Next)
}
