package ui

import (
	"strings"
	"testing"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// Past 999 questions the queue's number column widens: a number cut to
// "12…" could be any from 1,200 to 1,299, and the moderator calls by
// number. With a group being marked, the mark has its cell too.
func TestQueueNumbersPast999ShowWhole(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 35}} {
		r := newRigOf(t, hugeMeeting(t, 1300), i18n.VI, size[0], size[1])
		r.press("/")
		r.typeText("1234")
		r.wantOnScreen("▸1234 ")
		if strings.Contains(r.screen(), "12…") {
			t.Errorf("%dx%d: a number is cut\n%s", size[0], size[1], r.screen())
		}
	}
}

// A question too long for the floor box ends in one "…" before the hint
// to read it whole, not two.
func TestFloorTextCutOnce(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	long := strings.Repeat("Đề nghị tỉnh hỗ trợ thanh niên khởi nghiệp trong lĩnh vực chuyển đổi số. ", 6)
	if err := r.hub.Do(model.AddQuestion{Asker: model.Person{Name: "Đoàn viên Dài"}, Kind: model.KindQuestion, Text: long}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	id := r.hub.Snapshot().Meeting.Questions.Len()
	if err := r.hub.Do(model.Call{ID: id}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.wantOnScreen("… (v: xem toàn văn)")
	if strings.Contains(r.screen(), "……") {
		t.Errorf("two ellipses\n%s", r.screen())
	}
}
