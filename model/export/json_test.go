package export

import (
	"encoding/json"
	"testing"
	"time"

	"podium/model/demo"
)

func TestJSONHoldsTheWholeMeeting(t *testing.T) {
	m, err := demo.Meeting(time.Date(2023, 3, 23, 7, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	b, err := JSON(m)
	if err != nil {
		t.Fatal(err)
	}
	var d Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	if d.Version != FormatVersion || d.Format != "podium-meeting" {
		t.Errorf("format = %q v%d", d.Format, d.Version)
	}
	if len(d.Questions) != 24 || len(d.Departments) != len(m.Departments) || len(d.Queue) != 24 {
		t.Errorf("got %d questions, %d departments, queue %d", len(d.Questions), len(d.Departments), len(d.Queue))
	}
	if d.Questions[0].Asker.Name != m.Questions[0].Asker.Name || d.Header.Topic != m.Header.Topic {
		t.Errorf("content differs: %+v", d.Questions[0])
	}
}
