package export

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"podium/model"
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
	if d.Questions[0].Asker.Name != m.Question(1).Asker.Name || d.Header.Topic != m.Header.Topic {
		t.Errorf("content differs: %+v", d.Questions[0])
	}
}

// Decoding an export and exporting again gives the same bytes, gaps and
// all.
func TestJSONRoundTrip(t *testing.T) {
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	// A gap: a conclusion removed.
	if m, _, err = model.Apply(m, model.RemoveConclusion{ID: 5}, demo.AsOf); err != nil {
		t.Fatal(err)
	}
	first, err := JSON(m)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeJSON(first)
	if err != nil {
		t.Fatal(err)
	}
	second, err := JSON(back)
	if err != nil {
		t.Fatal(err)
	}
	if string(first) != string(second) {
		t.Fatalf("export → decode → export differs:\n%s\n----\n%s", first, second)
	}
	if back.FollowUp(5) != nil || back.FollowUp(6) == nil {
		t.Error("the gap moved")
	}
}

func TestDecodeJSONRefuses(t *testing.T) {
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	good, _ := JSON(m)
	for name, c := range map[string]struct {
		doc  string
		code string
	}{
		"a CSV file":         {"STT,Người hỏi\n1,An\n", "not_podium"},
		"another JSON":       {`{"name": "x"}`, "not_podium"},
		"a newer version":    {strings.Replace(string(good), `"format_version": 2`, `"format_version": 9`, 1), "version"},
		"truncated":          {string(good[:len(good)/2]), "invalid"},
		"two questions as 1": {strings.Replace(string(good), `"id": 2,`+"\n      \"asker\"", `"id": 1,`+"\n      \"asker\"", 1), "invalid"},
		"a broken floor":     {strings.Replace(string(good), `"state": "idle"`, `"state": "asking"`, 1), "broken"},
		"a huge id":          {strings.Replace(string(good), `"id": 3,`+"\n      \"asker\"", `"id": 99999999,`+"\n      \"asker\"", 1), "invalid"},
	} {
		_, err := DecodeJSON([]byte(c.doc))
		var je *JSONError
		if !errors.As(err, &je) || je.Code != c.code {
			t.Errorf("%s: err %v, want %s", name, err, c.code)
		}
	}
	// Version 1 (before the clerk's record) still reads.
	v1 := strings.Replace(string(good), `"format_version": 2`, `"format_version": 1`, 1)
	if _, err := DecodeJSON([]byte(v1)); err != nil {
		t.Errorf("version 1: %v", err)
	}
}
