package ui

import (
	"maps"
	"testing"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// The status bar's counts follow every commit and undo, counted from the
// questions each one replaced, equal to counting afresh.
func TestCountsFollowCommits(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	mod := hub.As(hub.RoleModerator)
	check := func(step string) {
		t.Helper()
		r.m.Update(snapshotMsg(r.hub.Snapshot()))
		if got, want := r.m.counts, r.hub.Snapshot().Meeting.Count(); !maps.Equal(got, want) {
			t.Fatalf("%s: counts %v, afresh %v", step, got, want)
		}
	}
	check("opening")
	added := model.AddQuestion{Asker: model.Person{Name: "Người mới"}, Kind: model.KindQuestion, Text: "Câu hỏi mới"}
	for i, cmd := range []model.Command{model.CallNext{}, model.Postpone{}, added, model.Withdraw{ID: 9}} {
		if err := r.hub.Do(cmd, mod); err != nil {
			t.Fatalf("command %d: %v", i, err)
		}
		check(cmd.Verb())
	}
	for range 4 { // the undone addition leaves one question fewer
		if _, err := r.hub.Undo(mod); err != nil {
			t.Fatal(err)
		}
		check("undo")
	}
	r.wantOnScreen("Chờ 24")
}
