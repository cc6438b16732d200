package ui

import (
	"testing"

	"podium/model"
	"podium/ui/i18n"
)

// The labels built from the model's names all exist in the catalog.
func TestModelNamesHaveLabels(t *testing.T) {
	var keys []string
	for _, k := range model.Kinds {
		keys = append(keys, "kind."+string(k))
	}
	for _, s := range []model.Status{model.StatusWaiting, model.StatusAsking, model.StatusAwaiting,
		model.StatusAnswered, model.StatusInWriting, model.StatusWithdrawn, model.StatusMerged} {
		keys = append(keys, "status."+string(s))
	}
	for _, v := range []string{"set_header", "add_department", "add_question", "edit_question", "move_question",
		"call_next", "call", "start_answer", "end_answer", "defer_to_writing", "postpone", "withdraw",
		"merge", "toggle_clock", "set_notes", "create", "undo"} {
		if model.NewCommand(v) == nil && v != "create" && v != "undo" {
			t.Errorf("%s is not a command verb", v)
		}
		keys = append(keys, "verb."+v)
	}
	for _, k := range keys {
		if !i18n.Has(k) {
			t.Errorf("no label %q", k)
		}
	}
}

func TestStageLabelsExist(t *testing.T) {
	for _, k := range []string{"done.display.live", "done.display.blank", "done.display.title",
		"stage.display.blank", "stage.display.title"} {
		if !i18n.Has(k) {
			t.Errorf("no label %q", k)
		}
	}
}
