package ui

import (
	"testing"

	"podium/model"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// The Timeline names an import's sender the same in old files and new.
func TestOfficeIsNamedTheSameOldAndNew(t *testing.T) {
	tr := i18n.New(i18n.EN)
	for _, who := range []string{"office", "moderator:office"} {
		if got := whoName(tr, who); got != "office" {
			t.Errorf("whoName(%q) = %q, want office", who, got)
		}
	}
	if got := whoName(tr, "clerk:Lan"); got != "clerk Lan" {
		t.Errorf("whoName(clerk:Lan) = %q", got)
	}
	if got := whoName(tr, "tester"); got != "tester" {
		t.Errorf("whoName(tester) = %q", got)
	}
}

// A session whose who is no sender ("frobnicate") has no role: its context
// carries none, and nothing it sends is accepted, neither through its
// screen's keys nor straight to the writer; the meeting stays as it was.
func TestUnknownWhoSendsNothingTheWriterAccepts(t *testing.T) {
	r := newRig(t, i18n.VI, 100, 30)
	r.press("n") // a step of the moderator's that the stranger might take back
	stranger := r.join("frobnicate", 100, 30)
	who := stranger.m.ctx.Who
	if who != (hub.Sender{}) || who.Known() {
		t.Fatalf("NewContext(frobnicate).Who = %#v, want no sender", who)
	}
	before := r.hub.Snapshot()

	stranger.press("n")
	stranger.press("u")
	if !stranger.m.messageErr {
		t.Errorf("the stranger's keys were not refused: message %q", stranger.m.message)
	}

	noRole := func(what string, err error) {
		t.Helper()
		if storage.CodeOf(err) != hub.CodeNoRole {
			t.Errorf("%s as %#v: %v, want no_role", what, who, err)
		}
	}
	noRole("call_next", r.hub.Do(model.CallNext{}, who))
	noRole("add_question", r.hub.Do(model.AddQuestion{Asker: model.Person{Name: "Lạ"}, Text: "?", Departments: []string{"CA"}}, who))
	noRole("import", r.hub.DoAll([]model.Command{model.CallNext{}}, storage.VerbImport, who))
	_, err := r.hub.Undo(who)
	noRole("undo", err)
	_, err = r.hub.Redo(who)
	noRole("redo", err)
	_, err = r.hub.UndoOf(hub.As(hub.RoleModerator).String(), who)
	noRole("undo of the moderator's", err)

	after := r.hub.Snapshot()
	if after.Version != before.Version || after.Meeting != before.Meeting {
		t.Errorf("an unknown sender changed the meeting: version %d → %d", before.Version, after.Version)
	}
}
