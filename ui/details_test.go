package ui

import (
	"fmt"
	"os"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// TestGoldenDetails draws the details screen of the demo at the two sizes,
// at its top and scrolled to the recipients, and a new meeting's (what the
// documents lack marked).
func TestGoldenDetails(t *testing.T) {
	scenes := []struct {
		name string
		play func(r *rig)
	}{
		{"top", func(r *rig) { r.press("6") }},
		{"scrolled", func(r *rig) {
			r.press("6")
			for range 40 {
				r.press("down")
			}
		}},
		{"lacking", func(r *rig) {
			h := r.hub.Snapshot().Meeting.Header
			h.MinutesNumber, h.Secretary, h.Recipients, h.End = "", model.Person{}, nil, time.Time{}
			r.do(hub.As(hub.RoleModerator), model.SetHeader{Header: h})
			r.deliver()
			r.press("6")
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

func (r *rig) header() model.Header { return r.hub.Snapshot().Meeting.Header }

// downTo moves the details screen's cursor down to the line labelled
// label.
func (r *rig) downTo(label string) {
	r.t.Helper()
	d := r.m.screens[screenDetails].(*detailsScreen)
	for range 200 {
		rows := d.rows(r.header())
		if rows[d.sel].label == label {
			return
		}
		r.press("down")
	}
	r.t.Fatalf("no line %q on the details screen", label)
}

var ctrlU = tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}

// clearField empties the focused field of the open form.
func (r *rig) clearField() {
	r.m.Update(tea.KeyPressMsg{Code: tea.KeyEnd})
	r.m.Update(ctrlU)
}

// TestDetailsEditsTheTitle: enter on the title opens the Meeting group's
// form; an emptied title is refused naming the field, changes nothing and
// keeps the form; a new title is saved.
func TestDetailsEditsTheTitle(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	before := r.header()
	r.press("6", "enter")
	r.wantOnScreen("Sửa thông tin: Hội nghị", "▸ Tên hội nghị")
	r.clearField()
	r.press("ctrl+s")
	r.wantOnScreen("Ô “Tên hội nghị” không được để trống.")
	if r.header().Title != before.Title || r.m.form == nil {
		t.Fatalf("an empty title changed the header (%q) or closed the form", r.header().Title)
	}
	r.typeText("Hội nghị đối thoại với thanh niên năm 2026")
	r.press("ctrl+s")
	if got := r.header().Title; got != "Hội nghị đối thoại với thanh niên năm 2026" {
		t.Fatalf("title %q", got)
	}
	r.wantOnScreen("Đã lưu thông tin: Hội nghị.", "Hội nghị đối thoại với thanh niên năm 2026")
	if h := r.header(); h.Venue != before.Venue || len(h.Attendees) != len(before.Attendees) || !h.Date.Equal(before.Date) {
		t.Errorf("the rest of the header changed: %+v", h)
	}
}

// TestDetailsTimeForm: a date that is no date and a planned end before the
// start are refused naming the field; a new date and start are read in the
// meeting's zone, the planned end on that day.
func TestDetailsTimeForm(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	before := r.header()
	r.press("6")
	r.downTo("Ngày")
	r.press("enter")
	r.wantOnScreen("Sửa thông tin: Thời gian", "▸ Ngày")
	r.clearField()
	r.typeText("32/13/2026")
	r.press("ctrl+s")
	r.wantOnScreen("Ô “Ngày”: “32/13/2026” không phải ngày.")
	r.clearField()
	r.typeText("24/3/2026")
	r.press("tab")
	r.clearField()
	r.typeText("13h30")
	r.press("ctrl+s") // the planned end stays 11:30: before 13:30
	r.wantOnScreen("Ô kết thúc dự kiến sớm hơn giờ bắt đầu")
	if !r.header().Date.Equal(before.Date) {
		t.Fatal("a refused form changed the date")
	}
	r.press("tab")
	r.clearField()
	r.typeText("17:00")
	r.press("ctrl+s")
	h := r.header()
	loc := before.Date.Location()
	if want := time.Date(2026, 3, 24, 13, 30, 0, 0, loc); !h.Date.Equal(want) {
		t.Errorf("date %v, want %v", h.Date, want)
	}
	if want := time.Date(2026, 3, 24, 17, 0, 0, 0, loc); !h.PlannedEnd.Equal(want) {
		t.Errorf("planned end %v, want %v", h.PlannedEnd, want)
	}
	r.wantOnScreen("24/03/2026", "13:30", "17:00")
}

// TestDetailsKindLimit: a proposal's own speaking limit is set on the
// Limits form, shown, and the speaking clock of a proposal counts against
// it; a limit out of range is refused naming the field.
func TestDetailsKindLimit(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("6")
	r.downTo("Phát biểu: Đề xuất")
	r.press("enter")
	r.wantOnScreen("Sửa thông tin: Thời gian phát biểu và trả lời", "▸ Phát biểu: Đề xuất")
	r.typeText("75:00")
	r.press("ctrl+s")
	r.wantOnScreen("Ô “Phát biểu: Đề xuất”: “75:00” không dùng được.")
	if r.header().KindLimits != (model.KindLimits{}) {
		t.Fatal("a refused limit was saved")
	}
	r.clearField()
	r.typeText("4:30")
	r.press("ctrl+s")
	if got := r.header().SpeakLimitFor(model.KindProposal); got != 4*time.Minute+30*time.Second {
		t.Fatalf("a proposal's limit %v, want 4:30", got)
	}
	r.wantOnScreen("Phát biểu: Đề xuất", "4:30", "Phát biểu: Câu hỏi", "3:00 (như thời gian phát biểu chung)")
	// Question 6 is a proposal: at 4:00 it is within its 4:30.
	r.do(hub.As(hub.RoleModerator), model.Call{ID: 6})
	r.deliver()
	r.clock.Advance(4 * time.Minute)
	r.press("1")
	r.m.Update(tickMsg{})
	r.wantOnScreen("4:00 / 4:30")
}

// TestDetailsListLines: a adds an attendee after the selected line, x
// removes it (u puts it back), K moves a recipient up; an empty line is
// refused.
func TestDetailsListLines(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	before := r.header()
	r.press("6")
	r.downTo("Đại biểu dự 1.")
	r.press("a")
	r.wantOnScreen("Thêm đại biểu dự")
	r.press("ctrl+s")
	r.wantOnScreen("Điền ít nhất họ tên, chức vụ hoặc đơn vị.")
	r.press("tab")
	r.typeText("Đại diện Hội Liên hiệp Thanh niên tỉnh")
	r.press("ctrl+s")
	h := r.header()
	if len(h.Attendees) != len(before.Attendees)+1 || h.Attendees[1].Role != "Đại diện Hội Liên hiệp Thanh niên tỉnh" || h.Attendees[0] != before.Attendees[0] {
		t.Fatalf("attendees %v", h.Attendees)
	}
	r.press("down", "x")
	if got := r.header().Attendees; len(got) != len(before.Attendees) {
		t.Fatalf("x left %d attendees", len(got))
	}
	r.wantOnScreen("Đã bỏ dòng 2 của Đại biểu dự")
	r.press("u")
	if got := r.header().Attendees; len(got) != len(before.Attendees)+1 {
		t.Fatalf("u brought back %d attendees", len(got))
	}
	r.downTo("Nơi nhận 1.")
	for range 7 { // the eighth and last
		r.press("down")
	}
	r.press("K")
	got, n := r.header().Recipients, len(before.Recipients)
	if got[n-2] != before.Recipients[n-1] || got[n-1] != before.Recipients[n-2] {
		t.Errorf("K did not move the last recipient up: %q", got)
	}
	if &got[0] == &before.Recipients[0] {
		t.Error("the old snapshot's list was changed in place")
	}
	if before.Recipients[n-1] != "Lưu: VT, NC" {
		t.Errorf("the old snapshot's recipients changed: %q", before.Recipients)
	}
}

// TestDetailsYouthCount: a count that is no number is refused naming the
// field.
func TestDetailsYouthCount(t *testing.T) {
	r := newRig(t, i18n.EN, 80, 24)
	r.press("6")
	r.downTo("Young delegates")
	r.press("enter")
	r.clearField()
	r.typeText("nhiều")
	r.press("enter")
	r.wantOnScreen("“Young delegates”: “nhiều” is not a number from 0 to 100000.")
	if r.header().YouthDelegates != 200 {
		t.Errorf("youth %d", r.header().YouthDelegates)
	}
}

// The Details screen names the language the documents are written in as
// the exports choose it: a meeting with none gets Vietnamese papers.
func TestDocLanguageIsTheExports(t *testing.T) {
	for lang, want := range map[string]string{"": "vi", "vi-VN": "vi", "en": "en", "EN-GB": "en", "fr": "vi"} {
		if got := docLanguage(lang); got != want {
			t.Errorf("docLanguage(%q) = %q, want %q", lang, got, want)
		}
	}
}
