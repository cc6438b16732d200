package ui

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// TestGoldenScreens draws the demo's Moderate screen at the two sizes the
// podium laptop meets, in each floor state. Update with -update after
// reading the diff.
func TestGoldenScreens(t *testing.T) {
	scenes := []struct {
		name string
		play func(r *rig)
	}{
		{"idle", func(r *rig) {}},
		{"asking", func(r *rig) {
			r.press("n")
			r.clock.Advance(2*time.Minute + 30*time.Second) // warning: past 80% of 3:00
		}},
		{"answering", func(r *rig) {
			r.press("n")
			r.clock.Advance(2 * time.Minute)
			r.press("r", "enter")
			r.clock.Advance(time.Minute)
		}},
		{"payloads", func(r *rig) {
			// A row as a spreadsheet nobody here controls might send it.
			err := r.hub.Do(model.AddQuestion{
				Asker: model.Person{
					Name: "Mallory\x1b]0;owned\x07 \u202eLê\u202c",
					Role: "\x1b[2J\x1b[HClear\u200b",
					Unit: "OSC52\x1b]52;c;aGVsbG8=\x07\u0085x",
				},
				Theme:       "\x1bPq#0\x1b\\DCS \u009b31mC1",
				Text:        "Xin chào\x1bc\r\nhai dòng\u2028\u2066isolate\u2069 \x00\x07 hết.",
				Departments: []string{"CA"},
			}, hub.As(hub.RoleModerator))
			if err != nil {
				r.t.Fatal(err)
			}
			r.m.Update(snapshotMsg(r.hub.Snapshot()))
			r.press("end", "enter")
		}},
		{"overtime", func(r *rig) {
			r.press("down", "down", "down", "enter")
			r.clock.Advance(3*time.Minute + 23*time.Second)
		}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 35}} {
		for _, sc := range scenes {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				wd, err := os.Getwd()
				if err != nil {
					t.Fatal(err)
				}
				r := newRig(t, i18n.VI, size[0], size[1])
				sc.play(r)
				r.m.Update(tickMsg{})
				r.m.message = "" // the last command's note is not part of the scene
				if bad := nonColourEscapes.FindString(stripSGR.ReplaceAllString(r.m.render(), "")); bad != "" {
					t.Errorf("the frame carries a non-colour control or escape: %q", bad)
				}
				screen := r.screen()
				checkFits(t, screen, size[0], size[1])
				if err := os.Chdir(wd); err != nil { // golden files live in ./testdata
					t.Fatal(err)
				}
				golden.RequireEqual(t, []byte(screen))
			})
		}
	}
}

var (
	stripSGR         = regexp.MustCompile("\x1b\\[[0-9;:]*m")
	nonColourEscapes = regexp.MustCompile("[\x00-\x09\x0b-\x1f\x7f\u0080-\u009f\u202a-\u202e\u2066-\u2069]")
)

// checkFits fails if any line of the screen is wider than the terminal, or
// there are more lines than rows: a wrapped border.
func checkFits(t *testing.T, screen string, w, h int) {
	t.Helper()
	lines := bytes.Split([]byte(screen), []byte("\n"))
	if len(lines) != h {
		t.Errorf("%d lines, want exactly %d", len(lines), h)
	}
	for i, l := range lines {
		if n := displayWidth(string(l)); n != w {
			t.Errorf("line %d is %d cells wide, want %d: %q", i+1, n, w, l)
		}
	}
}

// TestProgramRunsTheFlow drives the real Bubble Tea program loop (teatest,
// plain colour profile) through a question's whole cycle.
func TestProgramRunsTheFlow(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	tm := teatest.NewTestModel(t, r.m,
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.NoTTY)))
	waitFor := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	}
	waitFor("Tiếp theo: số 1")
	tm.Send(keyMsg("n"))
	waitFor("Đã mời số 1")
	tm.Send(keyMsg("r"))
	waitFor("★ GDDT")
	tm.Send(keyMsg("enter"))
	waitFor("Nhấn d khi trả lời xong")
	tm.Send(keyMsg("d"))
	waitFor("đã trả lời xong")
	tm.Send(keyMsg("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
	if s := r.hub.Snapshot().Meeting.Question(1).Status; s != "answered" {
		t.Errorf("question 1 is %s after the flow", s)
	}
}
