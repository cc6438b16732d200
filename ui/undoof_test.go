package ui

import (
	"testing"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// The moderator's u does not take back the clerk's notes: it says the
// clerk has changed the answer since. On the Timeline the moderator selects
// the clerk's step, is asked whose it is, and takes it back; then the
// moderator's own u takes back the hand-over.
func TestUndoNamesWhoseChangeAndTheTimelineTakesItBack(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("n", "r", "1") // question 1, answered by the first department offered
	if r.m.meeting().FloorAnswer() == nil {
		t.Fatalf("no answer on the floor:\n%s", r.screen())
	}
	a := r.m.meeting().FloorAnswer().ID
	if err := r.hub.Do(model.SetNotes{Answer: a, Notes: "Sở trả lời: mở lớp kỹ năng số"}, hub.As(hub.RoleClerk)); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))

	r.press("u")
	r.wantOnScreen("Chưa hoàn tác", "thư ký đã")

	if got := r.m.meeting().Answer(a).Notes; got != "Sở trả lời: mở lớp kỹ năng số" {
		t.Fatalf("the clerk's notes are now %q", got)
	}

	r.press("4") // the Timeline
	r.m.Update(r.m.timeline.load()())
	r.wantOnScreen("▸", "thư ký")
	r.press("u")
	r.wantOnScreen("Hoàn tác bước của thư ký")
	r.press("y")
	r.wantOnScreen("Đã hoàn tác bước của thư ký")
	if got := r.m.meeting().Answer(a).Notes; got != "" {
		t.Fatalf("after taking back the clerk's step the notes are %q", got)
	}
	r.press("1", "u") // back on the Moderate screen, the moderator's own newest step: the hand-over
	if r.m.meeting().FloorAnswer() != nil {
		t.Fatalf("the hand-over was not taken back:\n%s", r.screen())
	}
	if errs := model.Check(r.m.meeting()); len(errs) > 0 {
		t.Fatal(errs)
	}
}
