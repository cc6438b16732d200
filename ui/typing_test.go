package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// A text being typed is never lost and never out of sight: direct Update()
// tests of the notes editor when the stored notes change under it, when a
// save fails, when the floor moves on, and when the session ends.

// stored is answer id's notes in the hub.
func (r *rig) stored(id int) string {
	r.t.Helper()
	a := r.hub.Snapshot().Meeting.Answer(id)
	if a == nil {
		r.t.Fatalf("no answer %d in the hub", id)
	}
	return a.Notes
}

// deliver hands the screen the hub's newest snapshot, as the subscription
// would, and runs what it asks for.
func (r *rig) deliver() {
	_, cmd := r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.run(cmd)
}

// do sends cmd to the hub as another screen (who) would.
func (r *rig) do(who hub.Sender, cmds ...model.Command) {
	r.t.Helper()
	for _, c := range cmds {
		if err := r.hub.Do(c, who); err != nil {
			r.t.Fatalf("%s: %v", c.Verb(), err)
		}
	}
}

// join opens a second screen on the same hub for who (a role name).
func (r *rig) join(who string, w, h int) *rig {
	m := New(NewContext(i18n.VI, who), r.hub, r.clock.Now)
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	r.t.Cleanup(m.Close)
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return &rig{t: r.t, m: m, hub: r.hub, clock: r.clock}
}

func (r *rig) wantStored(id int, want string) {
	r.t.Helper()
	if got := r.stored(id); got != want {
		r.t.Fatalf("answer %d's notes in the file: %q, want %q", id, got, want)
	}
}

func (r *rig) wantEditor(want string) {
	r.t.Helper()
	if !r.m.record.notes.editing() {
		r.t.Fatalf("the editor closed; screen:\n%s", r.screen())
	}
	if got := r.m.record.notes.area.Value(); got != want {
		r.t.Fatalf("the editor holds %q, want %q", got, want)
	}
}

// The undo comes after the last save and nothing is typed after it: esc
// still puts the text back (before, the editor thought it saved).
func TestUndoThenEscPutsTheTextBack(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.typeText("Một")
	r.tick()
	r.typeText(" hai")
	r.tick()
	if _, err := r.hub.Undo(hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.wantStored(1, "Một")
	r.deliver()
	r.press("esc")
	r.wantStored(1, "Một hai")
	r.wantOnScreen("Đã lưu ghi chép")
}

// Scenario 1 of issue 16: an undo takes back the clerk's autosave while the
// clerk types. The editor keeps its text, says so, and saves it again;
// esc says "saved" only once the file holds it.
func TestUndoUnderTheEditorKeepsTheText(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.typeText("Sở sẽ mở lớp")
	r.tick()
	r.wantStored(1, "Sở sẽ mở lớp")
	if _, err := r.hub.Undo(hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.wantStored(1, "")
	r.deliver()
	r.wantEditor("Sở sẽ mở lớp")
	r.wantOnScreen("vừa bị hoàn tác ở nơi khác", "Sở sẽ mở lớp")
	if !r.m.record.notes.pending {
		t.Error("the undone text is not scheduled to be saved again")
	}
	r.typeText(" kỹ năng số")
	r.press("esc")
	r.wantStored(1, "Sở sẽ mở lớp kỹ năng số")
	if r.m.record.notes.editing() {
		t.Error("esc did not close the editor once saved")
	}
	r.wantOnScreen("Đã lưu ghi chép")
}

// The undo lands between the editor's last snapshot and its save: the
// writer refuses the save (its base is gone), the answer brings the
// snapshot, the editor keeps its text and saves it on the next second.
func TestSaveRefusedAsChangedIsRetried(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.typeText("Một")
	r.tick()
	r.typeText(" hai")
	r.tick()
	r.wantStored(1, "Một hai")
	r.typeText(" ba")
	if _, err := r.hub.Undo(hub.As(hub.RoleModerator)); err != nil { // takes back "Một hai": "Một"
		t.Fatal(err)
	}
	r.wantStored(1, "Một")
	// The screen has not seen the undo; its save says it was written
	// from "Một hai".
	_, cmd := r.m.Update(notesSaveMsg{round: r.m.record.notes.round})
	msg := cmd()
	if saved := msg.(notesSavedMsg); model.CodeOf(saved.err) != model.ErrNotesChanged {
		t.Fatalf("the save over an undo: %v, want %s", saved.err, model.ErrNotesChanged)
	}
	r.wantStored(1, "Một") // nothing overwritten blindly
	r.m.Update(msg)
	r.wantEditor("Một hai ba")
	r.wantOnScreen("vừa bị hoàn tác")
	r.tick()
	r.wantStored(1, "Một hai ba")
}

// Another clerk saves on the same answer while this editor types after
// what was stored: their text, then this editor's.
func TestAnotherClerksTextIsMerged(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.typeText("Sở trả lời")
	r.tick()
	r.do(hub.As(hub.RoleClerk), model.SetNotes{Answer: 1, Notes: "Sở trả lời\nBổ sung của thư ký 2", Base: model.BaseOf("Sở trả lời")})
	r.typeText(" về học bổng")
	r.deliver()
	r.wantEditor("Sở trả lời\nBổ sung của thư ký 2\nvề học bổng")
	r.wantOnScreen("vừa được sửa ở nơi khác")
	r.press("esc")
	r.wantStored(1, "Sở trả lời\nBổ sung của thư ký 2\nvề học bổng")
}

// When this editor changed what was stored (not only added) and someone
// else did too, both texts are kept, with a line naming whose follows.
func TestConflictingTextsAreBothKept(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.typeText("Sở trả lời abc")
	r.tick()
	r.press("backspace", "backspace", "backspace")
	r.typeText("xyz")
	r.do(hub.As(hub.RoleClerk), model.SetNotes{Answer: 1, Notes: "Sở trả lời abc, thêm", Base: model.BaseOf("Sở trả lời abc")})
	r.deliver()
	want := "Sở trả lời abc, thêm\n— ghi chép của điều hành, 08:30 —\nSở trả lời xyz"
	r.wantEditor(want)
	r.press("esc")
	r.wantStored(1, want)
}

// A save that fails for another reason (here: too long; a full disk or a
// closed file the same) keeps the editor open with the text and the
// reason; esc does not close it or say saved; the save is tried again.
func TestFailedSaveKeepsTheEditorOpen(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.m.Update(pasteMsg(strings.Repeat("ễ", model.MaxNoteLen+3)))
	r.tick()
	r.wantStored(1, "")
	r.wantOnScreen("Chưa lưu được ghi chép trả lời ý kiến số 1")
	if !r.m.record.notes.pending {
		t.Error("a failed save is not tried again")
	}
	r.press("esc")
	if !r.m.record.notes.editing() {
		t.Fatal("esc closed the editor over a text the file does not hold")
	}
	r.wantOnScreen("Chưa lưu được")
	if strings.Contains(r.screen(), "đã tự lưu") || strings.Contains(r.screen(), "Đã lưu") {
		t.Errorf("the screen says saved:\n%s", r.screen())
	}
	r.press("backspace", "backspace", "backspace")
	r.tick()
	r.wantStored(1, strings.Repeat("ễ", model.MaxNoteLen))
	r.press("esc")
	if r.m.record.notes.editing() {
		t.Error("esc did not close once saved")
	}
}

// The hub closed (the server stopping under the editor): the text stays
// on screen with the reason.
func TestClosedHubKeepsTheText(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.typeText("Ghi dở")
	r.hub.Close()
	r.press("esc")
	r.wantEditor("Ghi dở")
	r.wantOnScreen("Chưa lưu được ghi chép trả lời ý kiến số 1", "Ghi dở")
}

// esc while a save is still on its way: the editor stays open, says it is
// saving and that esc will save, and closes with "saved" when the hub
// answers. Text typed after the save went out goes too.
func TestEscWaitsForTheSave(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.typeText("Một")
	_, save := r.m.Update(notesSaveMsg{round: r.m.record.notes.round}) // on its way, not answered
	r.typeText(" hai")
	if !strings.Contains(r.screen(), "lưu rồi đóng") {
		t.Errorf("esc's help does not say it saves first:\n%s", r.screen())
	}
	_, cmd := r.m.Update(keyMsg("esc"))
	if cmd != nil {
		t.Error("esc sent a second save while one is on its way")
	}
	if !r.m.record.notes.editing() {
		t.Fatal("esc closed the editor before the file held its text")
	}
	r.wantOnScreen("Đang lưu ghi chép trả lời ý kiến số 1")
	r.run(save)
	r.wantStored(1, "Một hai")
	if r.m.record.notes.editing() {
		t.Fatal("the editor did not close once saved")
	}
	r.wantOnScreen("Đã lưu ghi chép")
}

// Scenario 3 of issue 16: the moderator closes answer 1 and hands the
// floor to LDTBXH while the clerk types answer 1's notes. The Record
// screen stays on answer 1, says what is on the floor, and f goes there
// after esc.
func TestRecordScreenStaysOnTheAnswerBeingTyped(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.typeText("Sở Giáo dục trả lời")
	r.do(hub.As(hub.RoleModerator), model.EndAnswer{}, model.CallNext{}, model.StartAnswer{Department: "LDTBXH"})
	r.deliver()
	r.wantOnScreen("Ghi chép · ý kiến số 1 · GDDT", "Sở Giáo dục trả lời", "Trên sàn: ý kiến số 2 · LDTBXH — esc rồi f")
	r.typeText(" về kỹ năng số.")
	r.wantOnScreen("kỹ năng số.")
	r.press("esc")
	r.wantStored(1, "Sở Giáo dục trả lời về kỹ năng số.")
	r.wantStored(2, "")
	r.wantOnScreen("Ghi chép · ý kiến số 1 · GDDT", "Trên sàn: ý kiến số 2 · LDTBXH — f để chuyển sang", "f sang trả lời trên sàn")
	r.press("f")
	r.wantOnScreen("Ghi chép · ý kiến số 2 · LDTBXH")
	if strings.Contains(r.screen(), "Trên sàn:") {
		t.Errorf("the floor line stays on the floor's answer:\n%s", r.screen())
	}
	for _, size := range [][2]int{{80, 24}, {120, 35}} {
		r.m.Update(windowSize(size[0], size[1]))
		checkFits(t, r.screen(), size[0], size[1])
	}
}

// An undo that takes the answer itself away (the hand-over) while the
// clerk types: the text stays, the screen says so, and is saved when the
// answer comes back (a redo).
func TestAnswerUndoneUnderTheEditor(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.typeText("Chưa kịp lưu")
	if _, err := r.hub.Undo(hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.deliver()
	r.wantEditor("Chưa kịp lưu")
	r.wantOnScreen("Phần trả lời ý kiến số 1 không còn", "Chưa kịp lưu")
	r.tick() // nothing to save it to
	if _, err := r.hub.Redo(hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.deliver()
	r.tick()
	r.wantStored(1, "Chưa kịp lưu")
	r.press("esc")
	if r.m.record.notes.editing() {
		t.Error("esc did not close")
	}
}

// Whatever ends the session, Close saves what the editor holds, waiting
// for the hub, and the others stop seeing it typing.
func TestCloseSavesTheEditor(t *testing.T) {
	r := answering(t, 80, 24)
	clerk := r.join("clerk", 80, 24)
	clerk.press("2", "enter")
	clerk.typeText("Gõ rồi mất kết nối")
	if got := r.hub.Snapshot().Typing; len(got) != 1 || got[0].Answer != 1 || got[0].Who != hub.As(hub.RoleClerk) {
		t.Fatalf("typing %+v", got)
	}
	clerk.m.Close()
	r.wantStored(1, "Gõ rồi mất kết nối")
	if got := r.hub.Snapshot().Typing; len(got) != 0 {
		t.Errorf("still typing after Close: %+v", got)
	}
	clerk.m.Close() // twice is harmless
}

// Close while a save is on its way and an undo took text back: what the
// editor shows is what the file holds.
func TestCloseAfterAnUndoSaves(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.typeText("Một")
	r.tick()
	r.typeText(" hai")
	if _, err := r.hub.Undo(hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.m.Update(notesSaveMsg{round: r.m.record.notes.round}) // sent, never answered
	r.m.Close()
	r.wantStored(1, "Một hai")
}

// The moderator's screen shows who is typing on which answer, and its
// result messages say so when ending or undoing that answer.
func TestModeratorSeesTheClerkTyping(t *testing.T) {
	r := answering(t, 120, 35)
	r.press("1")
	clerk := r.join("clerk", 80, 24)
	clerk.press("2", "enter")
	clerk.typeText("Đang ghi")
	r.deliver()
	r.wantOnScreen("✎ thư ký đang ghi trả lời ý kiến số 1")
	r.press("d")
	r.wantOnScreen("GDDT đã trả lời xong. ✎ thư ký vẫn đang ghi trả lời ý kiến số 1; chữ ở lại với phần trả lời đó.")
	r.press("u")
	r.wantOnScreen("Đã hoàn tác", "✎ thư ký vẫn đang ghi trả lời ý kiến số 1")
	clerk.press("esc")
	r.deliver()
	if strings.Contains(r.screen(), "✎ thư ký đang ghi") {
		t.Errorf("still shown typing after esc:\n%s", r.screen())
	}
	r.wantStored(1, "Đang ghi")
	// The moderator's own editor is not news to the moderator.
	r.press("2", "enter")
	r.deliver()
	r.press("esc", "1")
	if strings.Contains(r.screen(), "✎ điều hành") {
		t.Errorf("the moderator's own typing is shown:\n%s", r.screen())
	}
}

// Two editors on one answer converge: neither loses a letter.
func TestTwoClerksOnOneAnswer(t *testing.T) {
	r := answering(t, 80, 24)
	a := r.join("clerk", 80, 24)
	b := r.join("clerk:Lan", 80, 24)
	a.press("2", "enter")
	b.press("2", "enter")
	a.typeText("Ý một.")
	b.typeText("Ý hai.")
	a.tick()
	b.tick() // refused: a's text came first; merged and sent again
	b.tick()
	a.deliver()
	for _, c := range []*rig{a, b} {
		c.press("esc")
	}
	r.wantStored(1, "Ý một.\nÝ hai.")
	if a.m.record.notes.editing() || b.m.record.notes.editing() {
		t.Errorf("an editor stayed open: %q / %q", a.m.message, b.m.message)
	}
}

// At 80×24 the answer card has one line: who is typing goes beside the
// clock.
func TestModeratorSeesTheClerkTypingAt80x24(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("1")
	clerk := r.join("clerk", 80, 24)
	clerk.press("2", "enter")
	clerk.typeText("Đang ghi")
	r.deliver()
	r.wantOnScreen("✎ thư ký đang ghi trả lời ý kiến số 1")
	checkFits(t, r.screen(), 80, 24)
	r.m.Update(windowSize(120, 35))
	checkFits(t, r.screen(), 120, 35)
	r.wantOnScreen("✎ thư ký đang ghi trả lời ý kiến số 1")
}
