package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"podium/model"
	"podium/ui/i18n"
)

// projector is a Display session on the rig's hub.
func (r *rig) projector(w, h int) *Display {
	d := NewDisplay(NewContext(i18n.VI, "display"), r.hub, r.clock.Now)
	r.t.Cleanup(d.Close)
	d.Update(windowSize(w, h))
	d.Update(snapshotMsg(r.hub.Snapshot()))
	d.Update(tickMsg{})
	return d
}

func TestGoldenProjector(t *testing.T) {
	scenes := []struct {
		name string
		play func(r *rig)
	}{
		{"asking", func(r *rig) {
			r.press("n")
			r.clock.Advance(2*time.Minute + 41*time.Second)
		}},
		{"answering", func(r *rig) {
			r.press("n", "r", "enter")
			r.clock.Advance(5*time.Minute + 12*time.Second) // overtime
		}},
		{"blank", func(r *rig) { r.press("n", "B") }},
		{"title", func(r *rig) { r.press("T") }},
	}
	for _, size := range [][2]int{{80, 24}, {120, 35}} {
		for _, sc := range scenes {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				wd, _ := os.Getwd()
				r := newRig(t, i18n.VI, 80, 24)
				sc.play(r)
				screen := ansi.Strip(r.projector(size[0], size[1]).render())
				checkFits(t, screen, size[0], size[1])
				if err := os.Chdir(wd); err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, []byte(screen))
			})
		}
	}
}

func TestProjectorKeysToggle(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("B")
	if got := r.hub.Snapshot().Meeting.Stage.Display; got != model.DisplayBlank {
		t.Fatalf("B: display %q", got)
	}
	r.wantOnScreen("Màn chiếu đang TẮT")
	r.press("T")
	if got := r.hub.Snapshot().Meeting.Stage.Display; got != model.DisplayTitle {
		t.Fatalf("T: display %q", got)
	}
	r.press("T")
	if got := r.hub.Snapshot().Meeting.Stage.Display; got != model.DisplayLive {
		t.Fatalf("T again: display %q", got)
	}
	if s := r.screen(); strings.Contains(s, "TẮT") || strings.Contains(s, "TÊN HỘI NGHỊ") {
		t.Error("the projector line stayed after going back to the floor")
	}
}

func TestBackstageNoteFromClerkToModerator(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	clerk := New(NewContext(i18n.VI, "clerk"), r.hub, r.clock.Now)
	t.Cleanup(clerk.Close)
	clerk.after = r.m.after
	c := &rig{t: t, m: clerk, hub: r.hub, clock: r.clock}
	clerk.OpenRecord()
	c.press("m")
	c.typeText("Công an tỉnh xin trả lời gộp 7 và 9")
	c.press("enter")
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.wantOnScreen("✉ Thư ký nhắn: Công an tỉnh xin trả lời gộp 7 và 9 · M để đóng")
	checkFits(t, r.screen(), 80, 24)
	r.press("M")
	if len(r.hub.Snapshot().Meeting.Stage.OpenNotes()) != 0 {
		t.Fatal("M did not dismiss the note")
	}
	if strings.Contains(r.screen(), "✉") {
		t.Error("the note is still on screen")
	}
}

// On the podium laptop the moderator's session has the Record screen too:
// a note typed there is the clerk's seat writing, not "the moderator
// writes to the moderator".
func TestBackstageNoteTypedOnThePodiumLaptopIsTheClerks(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("2", "m")
	r.typeText("Đại biểu số 12 xin phát biểu sau")
	r.press("enter", "1")
	r.wantOnScreen("✉ Thư ký nhắn: Đại biểu số 12 xin phát biểu sau")
	if n := r.hub.Snapshot().Meeting.Stage.OpenNotes(); len(n) != 1 || n[0].From != "clerk" {
		t.Fatalf("notes %+v", n)
	}
}

func TestJoinInfoInHelp(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.m.SetJoinInfo([]string{"ssh -p 2323 clerk@127.0.0.1 (mã 482913)\x1b[2J"})
	r.press("?")
	r.wantOnScreen("Tham gia từ máy khác:", "ssh -p 2323 clerk@127.0.0.1 (mã 482913)")
}

// The join lines under the floor show whole or not at all: an address cut
// short would be typed wrong; ? has them in full.
func TestJoinLinesUnderTheFloorAreWholeOrPointToHelp(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.m.SetJoinInfo([]string{"thư ký: ssh -p 2323 clerk@192.168.1.20 (mã 482913)"})
	r.wantOnScreen("thư ký: ssh -p 2323 clerk@192.168.1.20 (mã 482913)")
	r.m.SetJoinInfo([]string{"thư ký: ssh -p 2323 clerk@192.168.1.20 (mã 482913)",
		"màn chiếu: ssh -p 2323 display@192.168.1.20 (mã 771203)",
		"trang chiếu: http://192.168.1.20:8080/display?code=aaaabbbbcccc",
		"gửi câu hỏi: http://192.168.1.20:8080/ask?code=ddddeeeeffff"})
	r.m.Update(tickMsg{})
	r.wantOnScreen("thư ký: ssh -p 2323 clerk@192.168.1.20 (mã 482913) · nhấn ? để xem các địa chỉ còn lại")
	if strings.Contains(r.screen(), "http://192.168.1.20") {
		t.Error("a join line is shown cut short")
	}
	r.press("?")
	r.wantOnScreen("http://192.168.1.20:8080/ask?code=ddddeeeeffff")
	r.press("esc")
	r.m.SetJoinInfo([]string{strings.Repeat("x", 130)})
	r.m.Update(tickMsg{})
	r.wantOnScreen("nhấn ? để xem đủ")
}
