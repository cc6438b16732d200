package ui

import (
	"strings"
	"testing"

	"podium/ui/i18n"
)

// Trying the projector's modes makes one Timeline row, not one per key:
// the steps of the meeting stay on the screen. u takes back the newest.
func TestTimelineFoldsProjectorSwitches(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n", "B", "B", "T", "T", "B")
	r.press("4")
	r.m.Update(r.m.timeline.load()())
	r.wantOnScreen("đổi màn chiếu (5 lần, từ 08:30:00)", "mời ý kiến tiếp theo")
	if n := strings.Count(r.screen(), "đổi màn chiếu"); n != 1 {
		t.Fatalf("%d rows of projector switches, want 1:\n%s", n, r.screen())
	}
	mode := r.hub.Snapshot().Meeting.Stage.Display
	r.press("u")
	r.m.Update(r.m.timeline.load()())
	if got := r.hub.Snapshot().Meeting.Stage.Display; got == mode {
		t.Fatalf("u on the folded row left the projector at %q", got)
	}
	r.wantOnScreen("hoàn tác: đổi màn chiếu", "đổi màn chiếu (5 lần, từ 08:30:00)")
}
