package ui

import (
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/ui/i18n"
)

// answering puts question 1 on the floor with GDDT answering, on the
// Record screen.
func answering(t *testing.T, w, h int) *rig {
	r := newRig(t, i18n.VI, w, h)
	r.press("n", "r", "enter", "2")
	if r.m.screen != screenRecord {
		t.Fatalf("2 did not open the Record screen (screen %d)", r.m.screen)
	}
	return r
}

// tick delivers the autosave timer as the program would after a second.
func (r *rig) tick() {
	_, cmd := r.m.Update(notesSaveMsg{round: r.m.record.notes.round})
	if cmd != nil {
		r.m.Update(cmd())
	}
}

func TestNotesAreSavedWithoutAKey(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	if !r.m.record.notes.editing() {
		t.Fatal("enter did not open the notes")
	}
	r.typeText("Sở sẽ mở lớp kỹ năng số")
	if !r.m.record.notes.pending {
		t.Fatal("typing scheduled no save")
	}
	r.tick()
	if got := r.hub.Snapshot().Meeting.Answer(1).Notes; got != "Sở sẽ mở lớp kỹ năng số" {
		t.Fatalf("after a second the store has %q", got)
	}
	r.typeText(" cho đoàn viên.")
	r.press("esc") // leaving the editor saves at once
	if got := r.hub.Snapshot().Meeting.Answer(1).Notes; got != "Sở sẽ mở lớp kỹ năng số cho đoàn viên." {
		t.Fatalf("after esc the store has %q", got)
	}
	r.wantOnScreen("Đã lưu ghi chép", "Sở sẽ mở lớp kỹ năng số cho đoàn viên.")
}

// Typing for a long time is saved every second, not only when it stops.
func TestLongTypingIsSavedEverySecond(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	for i := range 5 {
		r.typeText("abc ")
		r.tick()
		if got := r.hub.Snapshot().Meeting.Answer(1).Notes; got != strings.TrimSpace(strings.Repeat("abc ", i+1)) {
			t.Fatalf("second %d: store has %q", i+1, got)
		}
	}
}

func TestSwitchingScreenSavesNotes(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("enter")
	r.typeText("Ghi dở")
	r.press("esc", "1")
	if got := r.hub.Snapshot().Meeting.Answer(1).Notes; got != "Ghi dở" {
		t.Fatalf("store has %q", got)
	}
	if r.m.screen != screenModerate {
		t.Error("1 did not return to Moderate")
	}
}

func TestOutcomeInWritingOpensAFollowUp(t *testing.T) {
	r := answering(t, 80, 24)
	r.press("o", "right") // answered → in writing
	r.press("tab", "tab", "tab", "tab")
	r.typeText("30/04/2023")
	r.press("enter")
	mt := r.hub.Snapshot().Meeting
	if a := mt.Answer(1); a.Outcome != model.OutcomeInWriting {
		t.Fatalf("outcome %q (message %q)", a.Outcome, r.m.message)
	}
	f := mt.FollowUpOf(1)
	if f == nil || f.Department != "GDDT" || f.Deadline.Format(dateLayout) != "30/04/2023" {
		t.Fatalf("follow-up %+v", f)
	}
	r.wantOnScreen("Trả lời bằng văn bản", "hạn 30/04/2023")
}

func TestResponderAndConclusion(t *testing.T) {
	r := answering(t, 120, 35)
	r.press("s")
	for range 20 {
		r.press("backspace")
	}
	r.typeText("Lê Thị Hòa")
	r.press("ctrl+s")
	if got := r.hub.Snapshot().Meeting.Answer(1).Responder.Name; got != "Lê Thị Hòa" {
		t.Fatalf("responder %q (%q)", got, r.m.message)
	}
	r.press("c", "tab", "tab") // past "to whom" (departments) and the prefilled code
	r.typeText("Số hóa tài liệu ôn thi lên cổng thông tin")
	r.press("tab")
	r.typeText("30/06/2023")
	r.press("ctrl+s")
	mt := r.hub.Snapshot().Meeting
	var conc *model.FollowUp
	for _, f := range mt.FollowUps {
		if f != nil && f.Source == model.SourceConclusion {
			conc = f
		}
	}
	if conc == nil || conc.Department != "GDDT" || len(conc.Questions) != 1 || conc.Questions[0] != 1 {
		t.Fatalf("conclusion %+v (%q)", conc, r.m.message)
	}
}

func TestFollowUpsScreenUpdatesStatus(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n", "w", "enter") // question 1 in writing by GDDT, 07/04/2023
	r.press("3")
	r.wantOnScreen("Sở Giáo dục và Đào tạo (GDDT)", "07/04/2023", "Đang theo dõi")
	r.clock.Advance(30 * 24 * time.Hour)
	r.m.Update(tickMsg{})
	r.wantOnScreen("QUÁ HẠN", "1 quá hạn")
	r.press("enter", "right") // open → replied
	r.press("tab")
	r.typeText("125/SGDĐT-VP")
	r.press("tab")
	r.typeText("05/04/2023")
	r.press("ctrl+s")
	f := r.hub.Snapshot().Meeting.FollowUp(1)
	if f.Status != model.FollowUpReplied || f.ReplyDoc != "125/SGDĐT-VP" {
		t.Fatalf("follow-up %+v (%q)", f, r.m.message)
	}
	r.wantOnScreen("Đã trả lời")
}

func TestTimelineShowsWhatHappened(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n", "down", "x", "u")
	r.press("4")
	msg := r.m.timeline.load()()
	r.m.Update(msg)
	r.wantOnScreen("Diễn biến", "mời ý kiến tiếp theo", "rút ý kiến", "hoàn tác: rút ý kiến")
}

func TestTabCyclesScreens(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	for _, want := range []string{"Ghi chép", "Theo dõi", "Diễn biến", "Thống kê", "Thông tin", "Chương trình", "Đơn vị", "Chủ đề", "Hộp thư", "Điều hành"} {
		r.press("tab")
		r.wantOnScreen(want + " │")
	}
}

// The laptop's zone does not move a typed date: the meeting's zone rules.
func TestDatesAreTheMeetingsWhateverTheLaptopsZone(t *testing.T) {
	r := answering(t, 80, 24)
	utc := r.clock.Now().UTC()
	r.clock.t = utc // the laptop says UTC; the demo meeting is in ICT (+07)
	r.press("o", "right", "right", "right", "tab", "tab", "tab")
	r.typeText("Trình đề án")
	r.press("tab")
	r.typeText("30/09/2023")
	r.press("enter")
	f := r.hub.Snapshot().Meeting.FollowUpOf(1)
	if f == nil {
		t.Fatalf("no follow-up (%q)", r.m.message)
	}
	ict := r.hub.Snapshot().Meeting.Header.Date.Location()
	if got := f.Deadline.In(ict).Format(dateLayout); got != "30/09/2023" {
		t.Errorf("deadline %s in the meeting's zone, want 30/09/2023", got)
	}
}
