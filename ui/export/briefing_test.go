package export

import (
	"strings"
	"testing"

	"podium/model"
	"podium/model/demo"
)

func unplayed(t *testing.T) *model.Meeting {
	t.Helper()
	m, err := demo.Meeting(demo.Date)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestBriefingGolden(t *testing.T) {
	m := unplayed(t)
	golden(t, "briefing.vi.md", BriefingMarkdown(m, demo.Date))
	e := *m
	e.Header.Language = "en"
	golden(t, "briefing.en.md", BriefingMarkdown(&e, demo.Date))
}

// Each department finds every question addressed to it, the one it shares
// with another naming the other; the chair's list follows the queue.
func TestBriefingByDepartmentAndInQueueOrder(t *testing.T) {
	m := unplayed(t)
	b := newBriefing(m, demo.Date)
	total := 0
	for _, d := range b.depts {
		for _, r := range d.rows {
			q := m.Question(r.id)
			if !contains(q.Departments, d.code) {
				t.Errorf("%s lists question %d, addressed to %v", d.code, r.id, q.Departments)
			}
			if len(q.Departments) > 1 && r.withOthers == "" {
				t.Errorf("%s: question %d is shared but does not say with whom", d.code, r.id)
			}
		}
		total += len(d.rows)
	}
	want := 0
	for _, q := range m.Questions.All() {
		if q != nil {
			want += len(q.Departments)
		}
	}
	if total != want {
		t.Errorf("%d department rows, want %d (one per question and department)", total, want)
	}
	if len(b.order) != m.Queue.Len() {
		t.Fatalf("%d in the chair's list, queue has %d", len(b.order), m.Queue.Len())
	}
	for i, r := range b.order {
		if r.id != m.Queue.At(i) || r.place != i+1 {
			t.Fatalf("place %d is question %d (place %d), queue has %d", i+1, r.id, r.place, m.Queue.At(i))
		}
	}
}

// Moving a question in the queue moves it in the chair's list; a withdrawn
// one leaves both lists; one taken up stays, marked, after those waiting.
func TestBriefingFollowsTheMeeting(t *testing.T) {
	m := unplayed(t)
	apply := func(c model.Command) {
		t.Helper()
		var err error
		if m, _, err = model.Apply(m, c, demo.Date); err != nil {
			t.Fatalf("%T: %v", c, err)
		}
	}
	apply(model.MoveQuestion{ID: 5, By: -4})
	if first := newBriefing(m, demo.Date).order[0]; first.id != 5 || first.place != 1 {
		t.Fatalf("the chair's list starts with question %d (place %d), want 5 moved to the top", first.id, first.place)
	}
	apply(model.Withdraw{ID: 7})
	apply(model.CallNext{})
	md := string(BriefingMarkdown(m, demo.Date))
	order := md[strings.Index(md, "## II."):]
	if !strings.Contains(order, "| 1 | 1 |") {
		t.Errorf("question 1 is not first once 5 is on the floor:\n%s", order[:400])
	}
	if strings.Contains(md, "Hoàng Thị Mai") {
		t.Error("the withdrawn question 7 is still in the briefing")
	}
	if !strings.Contains(order, "| – | 5 |") || !strings.Contains(order, "Đang phát biểu") {
		t.Errorf("the question on the floor is not marked as taken up:\n%s", order)
	}
}

func TestBriefingEscapesWhatPeopleTyped(t *testing.T) {
	m := unplayed(t)
	m, _, err := model.Apply(m, model.EditQuestion{ID: 9, Asker: model.Person{Name: "A | <b>B</b>"},
		Text: "<script>alert(1)</script> | # x", Departments: []string{"TD"}}, demo.Date)
	if err != nil {
		t.Fatal(err)
	}
	h := BriefingHTML(m, demo.Date)
	if s := string(h); strings.Contains(s, "<script>") || strings.Contains(s, "<b>B") {
		t.Error("the HTML briefing holds markup typed by a person")
	}
	counts := parseXML(t, h)
	if counts["h1"] != 1 || counts["table"] < 5 {
		t.Errorf("structure %v", counts)
	}
	md := string(BriefingMarkdown(m, demo.Date))
	if strings.Contains(md, "<script>") || strings.Contains(md, "A | <b>") {
		t.Error("the Markdown briefing holds a raw pipe or markup")
	}
	raw := string(docxPart(t, BriefingDocx(m, demo.Date), "word/document.xml"))
	if strings.Contains(raw, "<script>") || !strings.Contains(docText(t, BriefingDocx(m, demo.Date)), "<script>alert(1)</script>") {
		t.Error("the Word briefing does not hold the typed text, escaped")
	}
}

// A meeting with nothing yet still gives a briefing that says so.
func TestBriefingOfAnEmptyMeeting(t *testing.T) {
	m := &model.Meeting{Header: model.Header{Title: "Đối thoại 2027", Language: "vi"}}
	md := string(BriefingMarkdown(m, demo.Date))
	for _, want := range []string{"Hội nghị chưa có đơn vị nào.", "Chưa có ý kiến nào."} {
		if !strings.Contains(md, want) {
			t.Errorf("the briefing lacks %q:\n%s", want, md)
		}
	}
	parseXML(t, BriefingHTML(m, demo.Date))
	if len(BriefingDocx(m, demo.Date)) == 0 {
		t.Error("no Word briefing")
	}
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}
