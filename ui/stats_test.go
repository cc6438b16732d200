package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"podium/model"
	"podium/model/demo"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// afterScript is a few minutes after the played demo's scripted hour.
var afterScript = time.Date(2023, 3, 23, 9, 5, 0, 0, time.FixedZone("ICT", 7*3600))

// newPlayedRig is newRig on a file made from the played demo (demo.Played:
// seven answers, a withdrawal, a question deferred to writing), the clock
// a few minutes after its scripted hour.
func newPlayedRig(t *testing.T, lang i18n.Lang, width, height int) *rig {
	t.Helper()
	mt, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	return newRigFile(t, mt, "demo.podium", afterScript, lang, width, height)
}

// TestGoldenStats draws the Statistics screen of the played demo at the
// two sizes, scrolled, and with an overrunning speaker on the floor.
// Update with -update after reading the diff.
func TestGoldenStats(t *testing.T) {
	scenes := []struct {
		name  string
		sizes [][2]int
		play  func(r *rig)
	}{
		{"played", [][2]int{{80, 24}, {120, 35}}, func(r *rig) { r.press("5") }},
		{"played_end", [][2]int{{80, 24}}, func(r *rig) {
			r.press("5")
			r.screen() // drawn once, as the program does after each key
			r.press("pgdown", "pgdown", "pgdown")
		}},
		{"overtime", [][2]int{{80, 24}, {120, 35}}, func(r *rig) {
			r.press("n") // question 8 takes the floor and overruns
			r.clock.Advance(3*time.Minute + 40*time.Second)
			r.press("5")
			r.screen()
			r.press("pgdown", "pgdown", "pgdown") // to the askers at 80x24
		}},
	}
	for _, sc := range scenes {
		for _, size := range sc.sizes {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				wd, err := os.Getwd()
				if err != nil {
					t.Fatal(err)
				}
				r := newPlayedRig(t, i18n.VI, size[0], size[1])
				sc.play(r)
				r.m.Update(tickMsg{})
				r.m.message = ""
				if bad := nonColourEscapes.FindString(stripSGR.ReplaceAllString(r.m.render(), "")); bad != "" {
					t.Errorf("the frame carries a non-colour control or escape: %q", bad)
				}
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

// The screen's figures are the played demo's, in Vietnamese order, in
// both languages.
func TestStatsScreenShowsTheFigures(t *testing.T) {
	r := newPlayedRig(t, i18n.VI, 120, 60)
	r.press("5")
	r.wantOnScreen("Thống kê │",
		"7/24 ý kiến đã trình bày · 6 đã trả lời · 2 trả lời bằng văn bản · 15 đang chờ",
		"bình quân 6:25 một ý kiến",
		"Theo đơn vị", "Theo chủ đề", "Theo đại biểu · 7/24 đại biểu đã phát biểu")
	s := r.screen()
	// Departments by code in Vietnamese order: CA before CT before GDDT.
	for _, pair := range [][2]string{{"│CA ", "│CT "}, {"│CT ", "│GDDT "}, {"│LDTBXH ", "│NNPTNT "}, {"│TD ", "│TTTT "}} {
		if i, j := strings.Index(s, pair[0]), strings.Index(s, pair[1]); i < 0 || j < 0 || i > j {
			t.Errorf("%q should come before %q:\n%s", pair[0], pair[1], s)
		}
	}
	// GDDT: addressed 4, two on the spot, two answers, 9:00, average 4:30.
	if !strings.Contains(s, "9:00 4:30") {
		t.Errorf("GDDT's answer time and average are not on screen:\n%s", s)
	}
	// Askers in Vietnamese order: Hoàng before Lê before Nguyễn before
	// Phạm before Phan before Trần before Vũ.
	last := -1
	for _, name := range []string{"Hoàng Thị Mai", "Lê Minh Đức", "Nguyễn Văn An", "Phạm Quốc Huy", "Phan Thị Yến", "Trần Thị Bích Ngọc", "Vũ Hoàng Nam"} {
		i := strings.Index(s, name)
		if i < last {
			t.Errorf("%s is out of order:\n%s", name, s)
		}
		last = i
	}
	// Themes in Vietnamese order: "An ninh" first, "Thu hút" last.
	if i, j := strings.Index(s, "An ninh, an toàn"), strings.Index(s, "Thu hút nhân lực"); i < 0 || j < i {
		t.Errorf("themes out of order:\n%s", s)
	}

	r.press("L") // English
	r.wantOnScreen("Statistics │", "7 of 24 questions asked", "By department", "By theme", "By asker · 7 of 24 have spoken")
}

// up/down/pgup/pgdown scroll, and stop at either end.
func TestStatsScrolls(t *testing.T) {
	r := newPlayedRig(t, i18n.VI, 80, 24)
	r.press("5")
	r.wantOnScreen("dòng 1–19/")
	r.press("up", "pgup")
	r.wantOnScreen("dòng 1–19/")
	r.press("down")
	r.wantOnScreen("dòng 2–20/")
	for range 10 {
		r.press("pgdown")
	}
	total := r.m.stats.lines
	r.wantOnScreen(fmt.Sprintf("dòng %d–%d/%d", total-18, total, total))
	r.press("down")
	r.wantOnScreen(fmt.Sprintf("dòng %d–%d/%d", total-18, total, total))
	r.press("pgup")
	r.wantOnScreen(fmt.Sprintf("dòng %d–%d/%d", total-18-17, total-17, total))
}

// The figures are computed once per snapshot; between snapshots the
// running clock moves them, so the screen's clock and the Moderate
// screen's agree.
func TestStatsFollowTheRunningClock(t *testing.T) {
	r := newPlayedRig(t, i18n.VI, 120, 60)
	r.press("n", "5")
	r.screen()
	first := r.m.stats.mt
	r.clock.Advance(3*time.Minute + 20*time.Second)
	r.m.Update(tickMsg{})
	r.wantOnScreen("quá giờ +0:20", "Bùi Văn Thắng")
	if r.m.stats.mt != first {
		t.Error("a tick recomputed the figures")
	}
	if err := r.hub.Do(model.ToggleClock{}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.clock.Advance(time.Hour)
	r.m.Update(tickMsg{})
	r.wantOnScreen("quá giờ +0:20")
	if r.m.stats.mt == first {
		t.Error("a new snapshot kept the old figures")
	}
}

// An empty meeting says so.
func TestStatsEmpty(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.m.setSnapshot(hub.Snapshot{Meeting: model.New(model.Header{Title: "T"})})
	r.press("5")
	r.wantOnScreen("Chưa có ý kiến nào.")
}

// At any size, in either language, scrolled anywhere, the screen fits its
// terminal exactly.
func TestStatsFitsAnySize(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{60, 20}, {80, 24}, {100, 30}, {109, 30}, {110, 30}, {120, 35}, {200, 50}} {
			r := newPlayedRig(t, lang, size[0], size[1])
			r.press("n") // someone on the floor, overrunning
			r.clock.Advance(4 * time.Minute)
			r.press("5")
			for _, k := range []string{"", "down", "pgdown", "pgdown", "pgdown"} {
				if k != "" {
					r.press(k)
				}
				checkFits(t, r.screen(), size[0], size[1])
			}
		}
	}
}
