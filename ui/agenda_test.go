package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// TestGoldenAgenda draws the Run of show screen of the demo before the
// meeting and with the dialogue under way, and of a meeting with no run of
// show, at the two sizes. Update with -update after reading the diff.
func TestGoldenAgenda(t *testing.T) {
	scenes := []struct {
		name string
		rig  func(t *testing.T, w, h int) *rig
		play func(r *rig)
	}{
		{"demo", newDemoRig, func(r *rig) { r.press("7") }},
		{"under_way", newDemoRig, func(r *rig) {
			r.press("N")
			r.clock.Advance(12 * time.Minute)
			r.press("N")
			r.clock.Advance(4 * time.Minute)
			r.press("N")
			r.clock.Advance(20 * time.Minute)
			r.press("7", "down", "down", "down")
		}},
		{"empty", func(t *testing.T, w, h int) *rig { return newBlankRig(t, i18n.VI, w, h, start) }, func(r *rig) { r.press("7") }},
	}
	for _, sc := range scenes {
		for _, size := range [][2]int{{80, 24}, {120, 35}} {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				wd, err := os.Getwd()
				if err != nil {
					t.Fatal(err)
				}
				r := sc.rig(t, size[0], size[1])
				sc.play(r)
				r.m.Update(tickMsg{})
				r.m.message = ""
				screen := r.screen()
				checkFits(t, screen, size[0], size[1])
				if err := os.Chdir(wd); err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, []byte(screen))
			})
		}
	}
}

func newDemoRig(t *testing.T, w, h int) *rig { return newRig(t, i18n.VI, w, h) }

// newBlankRig is a rig on a meeting made as the setup form makes one: a
// title and a start at 8:00 on day's date, nothing else.
func newBlankRig(t *testing.T, lang i18n.Lang, w, h int, day time.Time) *rig {
	t.Helper()
	hd := model.Header{Title: "Hội nghị đối thoại với thanh niên năm 2026",
		Date: time.Date(day.Year(), day.Month(), day.Day(), 8, 0, 0, 0, day.Location())}
	mt, _, err := model.Apply(model.New(model.Header{}), model.SetHeader{Header: hd}, day)
	if err != nil {
		t.Fatal(err)
	}
	return newRigFile(t, mt, "hoi-nghi.podium", day, lang, w, h)
}

// addItem adds an item through the form: a, the title, the minutes, the
// dialogue choice, ctrl+s.
func (r *rig) addItem(title, minutes string, dialogue bool) {
	r.t.Helper()
	r.press("a")
	r.typeText(title)
	r.press("tab")
	r.typeText(minutes)
	r.press("tab")
	if dialogue {
		r.press("space")
	}
	r.press("ctrl+s")
}

func (r *rig) titles() string {
	var out []string
	for _, it := range r.hub.Snapshot().Meeting.Agenda.Items {
		s := it.Title
		if it.Dialogue {
			s += "*"
		}
		out = append(out, s)
	}
	return strings.Join(out, " | ")
}

func (r *rig) wantTitles(want string) {
	r.t.Helper()
	if got := r.titles(); got != want {
		r.t.Errorf("run of show %q, want %q", got, want)
	}
}

// A meeting made from nothing gets its run of show on this screen: items
// added after the selected one, moved, edited, removed, the dialogue
// marked; the planned end follows and the screen says so; then, started
// from the Moderate screen, the pace shows during the dialogue.
func TestAgendaFromNothingToThePace(t *testing.T) {
	r := newBlankRig(t, i18n.VI, 80, 24, start)
	r.press("7")
	r.wantOnScreen("Chưa có chương trình.", "podium import CHUONG-TRINH.csv --what agenda hoi-nghi.podium")
	r.addItem("Khai mạc", "10", false)
	r.wantOnScreen("Đã thêm mục 1 “Khai mạc”.")
	r.addItem("Bế mạc", "5", false)
	r.addItem("Đối thoại với thanh niên", "60", true)
	r.wantTitles("Khai mạc | Bế mạc | Đối thoại với thanh niên*")
	// The selection went with the new item (third): K moves it up.
	r.press("K")
	r.wantTitles("Khai mạc | Đối thoại với thanh niên* | Bế mạc")
	r.wantOnScreen("Đã chuyển “Đối thoại với thanh niên” tới vị trí 2.")
	r.press("K", "K")
	r.wantOnScreen("Mục 1 đã ở đầu chương trình.")
	r.press("J")
	r.wantTitles("Khai mạc | Đối thoại với thanh niên* | Bế mạc")
	// Added after the selected item (the dialogue, second).
	r.addItem("Giải lao", "15", false)
	r.wantTitles("Khai mạc | Đối thoại với thanh niên* | Giải lao | Bế mạc")
	r.wantOnScreen("Kết thúc dự kiến 09:30, theo chương trình")
	r.press("x")
	r.wantTitles("Khai mạc | Đối thoại với thanh niên* | Bế mạc")
	r.wantOnScreen("Đã xóa mục 3 “Giải lao”. Nhấn u để hoàn tác.", "Kết thúc dự kiến 09:15, theo chương trình", "08:10")
	// Edit: the dialogue gets 70 minutes.
	r.press("up", "e")
	r.press("tab")
	for range 2 {
		r.press("backspace")
	}
	r.typeText("70")
	r.press("ctrl+s")
	r.wantOnScreen("Đã sửa mục 2 “Đối thoại với thanh niên”.", "Kết thúc dự kiến 09:25")
	if got := r.hub.Snapshot().Meeting.Header.PlannedEnd.Format("15:04"); got != "09:25" {
		t.Errorf("planned end %s, want 09:25", got)
	}
	// Not a number of minutes: the form stays and says so.
	r.press("e", "tab", "backspace", "backspace")
	r.typeText("1,5")
	r.press("ctrl+s")
	r.wantOnScreen("Thời lượng “1,5” không phải số phút")
	r.press("esc", "y")

	// A question, then the meeting starts on the Moderate screen.
	if err := r.hub.Do(model.AddQuestion{Asker: model.Person{Name: "Lê Văn Nam"}, Text: "Hỗ trợ khởi nghiệp số?"}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.press("1", "N")
	r.clock.Advance(10 * time.Minute)
	r.press("N")
	r.m.Update(tickMsg{})
	r.wantOnScreen("ước tính 8:00/ý kiến", "với tốc độ này kịp 1/1 ý kiến")
	// During the meeting: the items done and under way stay.
	r.press("7", "x")
	r.wantOnScreen("Mục 2 đang diễn ra: chỉ đổi được thời lượng, không đổi tên, chuyển hay xóa.")
	r.press("up", "x")
	r.wantOnScreen("Mục 1 đã diễn ra xong nên giữ nguyên: không sửa, chuyển hay xóa được.")
	r.wantTitles("Khai mạc | Đối thoại với thanh niên* | Bế mạc")
	r.wantOnScreen("Đang diễn ra mục 2")
}

// The dialogue mark: d marks the selected item and takes the mark from the
// one that had it; d again unmarks it and the screen warns.
func TestAgendaDialogueMark(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("7", "down", "down", "down", "d")
	r.wantOnScreen("Mục 4 “Kết luận của đồng chí chủ trì” là phần đối thoại.")
	if it := r.hub.Snapshot().Meeting.Agenda.Items; it[2].Dialogue || !it[3].Dialogue {
		t.Errorf("marks %v %v", it[2].Dialogue, it[3].Dialogue)
	}
	r.press("d")
	r.wantOnScreen("không còn là phần đối thoại", "Chưa có mục đối thoại")
	r.press("u")
	r.wantOnScreen("Đã hoàn tác")
}

// A planned end set by hand stays when the run of show changes, and the
// screen says where it comes from.
func TestAgendaPlannedEndByHand(t *testing.T) {
	r := newRig(t, i18n.EN, 120, 35)
	r.press("7")
	r.wantOnScreen("Planned end 11:30, from the run of show")
	h := r.hub.Snapshot().Meeting.Header
	h.PlannedEnd = h.PlannedEnd.Add(30 * time.Minute)
	if err := r.hub.Do(model.SetHeader{Header: h}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.press("x") // the opening goes
	r.wantOnScreen("Planned end 12:00, set on the Details screen; the run of show gives 11:20")
}
