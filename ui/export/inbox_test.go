package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"podium/model"
	"podium/model/demo"
)

// inboxMeeting is the played demo with the inbox used: a question from
// the hall approved, one merged into question 1 (anonymous), one
// rejected, one waiting, and the inbox closed.
func inboxMeeting(t *testing.T) *model.Meeting {
	t.Helper()
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []model.Command{
		model.SubmitQuestion{Name: "Lê Minh Châu", Unit: "Khoái Châu", Text: "Xã có wifi miễn phí không?"},
		model.SubmitQuestion{Name: "Trần Thị Mai", Anonymous: true, Unit: "Mỹ Hào", Text: "Học phí trường nghề?"},
		model.SubmitQuestion{Text: "Đường điện ba pha?", Paper: true},
		model.SubmitQuestion{Text: "Còn chờ"},
		model.ApproveSubmission{ID: 1},
		model.MergeSubmission{ID: 2, Into: 1},
		model.RejectSubmission{ID: 3},
		model.SetSubmissions{Closed: true},
	} {
		if m, _, err = model.Apply(m, c, demo.AsOf); err != nil {
			t.Fatalf("%s: %v", c.Verb(), err)
		}
	}
	return m
}

// The JSON export has the inbox under its own key, and reads back to the
// same bytes.
func TestJSONHoldsTheInbox(t *testing.T) {
	m := inboxMeeting(t)
	first, err := JSON(m)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(first, &raw); err != nil {
		t.Fatal(err)
	}
	var subs []model.Submission
	if err := json.Unmarshal(raw["submissions"], &subs); err != nil || len(subs) != 4 || subs[2].Status != model.SubmissionRejected || !subs[2].Paper {
		t.Fatalf("submissions %s (%v)", raw["submissions"], err)
	}
	if string(raw["submissions_closed"]) != "true" {
		t.Errorf("submissions_closed %s", raw["submissions_closed"])
	}
	back, err := DecodeJSON(first)
	if err != nil {
		t.Fatal(err)
	}
	second, err := JSON(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Fatal("export → decode → export differs")
	}
	if back.PendingCount() != 1 || !back.SubmissionsClosed || back.Question(1).AskedBy() != 2 {
		t.Errorf("read back: %d pending, closed %v", back.PendingCount(), back.SubmissionsClosed)
	}
	// A meeting without an inbox has no such keys.
	plain, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := JSON(plain)
	if bytes.Contains(b, []byte(`"submissions`)) {
		t.Error("an empty inbox is exported")
	}
}

// The minutes and the CSV take a question from the hall, and one that
// others asked too, like any other.
func TestMinutesWithTheHall(t *testing.T) {
	m := inboxMeeting(t)
	hall := m.Question(m.Submission(1).Question)
	for name, b := range map[string][]byte{
		"markdown": Markdown(m, demo.AsOf),
		"html":     HTML(m, demo.AsOf),
		"csv":      QuestionsCSV(m, demo.AsOf),
	} {
		if !strings.Contains(string(b), hall.Text) || !strings.Contains(string(b), "Lê Minh Châu") {
			t.Errorf("%s lacks the question from the hall", name)
		}
		if strings.Contains(string(b), "Trần Thị Mai") {
			t.Errorf("%s names the anonymous sender", name)
		}
	}
	if _, err := XLSX(m, demo.AsOf, false); err != nil {
		t.Fatal(err)
	}
	if len(MinutesDocx(m)) == 0 {
		t.Fatal("no docx")
	}
}
