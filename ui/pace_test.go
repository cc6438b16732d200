package ui

import (
	"strings"
	"testing"
	"time"

	"podium/ui/i18n"
)

func TestAgendaLineAndNextItem(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.wantOnScreen("Chương trình chưa bắt đầu · N: bắt đầu “Khai mạc, giới thiệu đại biểu”")
	r.press("N")
	r.wantOnScreen("▸ Khai mạc, giới thiệu đại biểu", "còn 10:00", "Bắt đầu: Khai mạc")
	r.clock.Advance(12 * time.Minute)
	r.m.Update(tickMsg{})
	r.wantOnScreen("quá 2:00")
	r.press("N", "N") // flowers, then the dialogue
	if it := r.hub.Snapshot().Meeting.Agenda.Item(); it == nil || !it.Dialogue {
		t.Fatalf("item %+v", it)
	}
	r.wantOnScreen("▸ Đối thoại với thanh niên", "còn 2:30:00", "ước tính 8:00/ý kiến", "chỉ 18/24 ý kiến kịp")
}

// The moderator is told once when the queue stops fitting, not every second.
func TestPaceWarnsOnce(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("N", "N")
	if r.m.alert != "" {
		t.Fatalf("warned before the dialogue: %q", r.m.alert)
	}
	r.press("N")     // the dialogue starts: 150 minutes, 24 questions at ~8 minutes
	r.m.message = "" // the note of the command
	r.wantOnScreen("⚠ Không đủ thời gian: với tốc độ hiện nay, 6 trong 24 ý kiến đang chờ")
	r.press("down") // any key: it has been read
	r.clock.Advance(time.Second)
	r.m.Update(tickMsg{})
	if r.m.alert != "" {
		t.Errorf("warned again: %q", r.m.alert)
	}
	r.wantOnScreen("chỉ 18/24 ý kiến kịp; 6 cần trả lời bằng văn bản")
}

// N on the last item ends the run of show and says so, not "Bắt đầu: .";
// another N says the run of show is over and changes nothing.
func TestNextItemAfterTheLast(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	n := len(r.m.meeting().Agenda.Items)
	for range n {
		r.press("N")
		if r.m.active().mode() == modeLeave { // out of the dialogue: keep the waiting questions
			r.press("enter")
		}
	}
	r.press("N")
	r.wantOnScreen("Đã kết thúc mục cuối: hết chương trình.")
	if s := r.screen(); strings.Contains(s, "Bắt đầu: .") {
		t.Fatalf("an empty start:\n%s", s)
	}
	v := r.hub.Snapshot().Version
	r.press("N")
	r.wantOnScreen("Đã hết chương trình.")
	if r.hub.Snapshot().Version != v {
		t.Fatal("N after the end changed the meeting")
	}
}

// During the opening the forecast is the limits' over the dialogue's own
// 150 minutes: the opening and the flowers are not question time, so 18 of
// 24 fit, as when the dialogue starts, not 20.
func TestPaceBeforeTheDialogueIsTheDialoguesLength(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("N")
	r.wantOnScreen("ước tính 8:00/ý kiến", "chỉ 18/24 ý kiến kịp")
	if r.m.alert != "" {
		t.Fatalf("warned before the dialogue: %q", r.m.alert)
	}
	r.clock.Advance(9 * time.Minute)
	r.m.Update(tickMsg{})
	r.wantOnScreen("chỉ 18/24 ý kiến kịp")
}
