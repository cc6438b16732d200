package model_test

import (
	"encoding/json"
	"testing"

	"podium/model"
)

// A set_notes logged before Base existed decodes without one (and so
// replaces the notes, as it did); one with a base, even empty notes,
// keeps it through JSON.
func TestNotesBaseJSON(t *testing.T) {
	var old model.SetNotes
	if err := json.Unmarshal([]byte(`{"answer":1,"notes":"Sở sẽ mở lớp"}`), &old); err != nil {
		t.Fatal(err)
	}
	if old.Base != nil {
		t.Errorf("an old entry decoded with base %+v", old.Base)
	}
	b, err := json.Marshal(model.SetNotes{Answer: 1, Notes: "x", Base: model.BaseOf("")})
	if err != nil {
		t.Fatal(err)
	}
	var back model.SetNotes
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Base == nil || back.Base.Notes != "" {
		t.Errorf("%s decoded with base %+v, want empty notes", b, back.Base)
	}
	if b, _ := json.Marshal(model.SetNotes{Answer: 1, Notes: "x"}); string(b) != `{"answer":1,"notes":"x"}` {
		t.Errorf("without a base: %s", b)
	}
}
