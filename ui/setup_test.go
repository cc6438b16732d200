package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"podium/model"
	"podium/ui/i18n"
)

// setupRig is the new-meeting form at 80x24, driven by Update alone.
type setupRig struct {
	t *testing.T
	s *Setup
}

var setupDay = time.Date(2023, 3, 23, 15, 4, 0, 0, time.Local)

func newSetupRig(t *testing.T, lang i18n.Lang) *setupRig {
	t.Helper()
	s := NewSetup(NewContext(lang, "moderator"), "hung-yen.podium", setupDay)
	s.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return &setupRig{t: t, s: s}
}

// press sends one key and tells whether the form asked to quit.
func (r *setupRig) press(k string) (quit bool) {
	_, cmd := r.s.Update(keyMsg(k))
	if cmd == nil {
		return false
	}
	_, quit = cmd().(tea.QuitMsg)
	return quit
}

func (r *setupRig) typeText(s string) {
	for _, c := range s {
		r.s.Update(tea.KeyPressMsg{Code: c, Text: string(c)})
	}
}

// clear empties the focused field.
func (r *setupRig) clear() {
	for range 40 {
		r.press("backspace")
	}
}

func (r *setupRig) screen() string {
	return ansi.Strip(r.s.View().Content)
}

// Typing every field and pressing enter on the last one completes the
// form: the header as the model cleaned it, dated 08:00 on the day typed,
// in the form's language.
func TestSetupTypedAndCompleted(t *testing.T) {
	r := newSetupRig(t, i18n.VI)
	for i, text := range []string{
		"Hội nghị đối thoại với thanh niên",
		"Thanh niên Hưng Yên với chuyển đổi số",
		"Hội trường Tỉnh ủy",
		"Nguyễn Văn A",
		"Phó Chủ tịch UBND tỉnh",
	} {
		if r.s.form.focus != i {
			t.Fatalf("field %d has the keyboard, want %d", r.s.form.focus, i)
		}
		r.typeText(text)
		if r.press("enter") {
			t.Fatalf("enter on field %d finished the form", i)
		}
	}
	if got := r.s.form.fields[5].value(); got != "23/03/2023" {
		t.Errorf("the date starts as %q, want today", got)
	}
	r.clear()
	r.typeText("24/03/2023")
	if !r.press("enter") || !r.s.Done {
		t.Fatalf("enter on the last field did not complete the form (error %q)", r.s.err)
	}
	h := r.s.Header
	want := model.Header{
		Title: "Hội nghị đối thoại với thanh niên", Topic: "Thanh niên Hưng Yên với chuyển đổi số",
		Venue: "Hội trường Tỉnh ủy", Chair: model.Person{Name: "Nguyễn Văn A", Role: "Phó Chủ tịch UBND tỉnh"},
		Date:       time.Date(2023, 3, 24, 8, 0, 0, 0, time.Local),
		Language:   "vi",
		SpeakLimit: model.DefaultSpeakLimit, AnswerLimit: model.DefaultAnswerLimit,
	}
	if h.Title != want.Title || h.Topic != want.Topic || h.Venue != want.Venue || h.Chair != want.Chair ||
		!h.Date.Equal(want.Date) || h.Language != want.Language ||
		h.SpeakLimit != want.SpeakLimit || h.AnswerLimit != want.AnswerLimit {
		t.Errorf("header\n got %+v\nwant %+v", h, want)
	}
}

// ctrl+s saves from any field; tab, shift+tab, up and down move between
// fields (round from the last to the first) without leaving the form.
func TestSetupSavesFromAnyFieldAndMoves(t *testing.T) {
	r := newSetupRig(t, i18n.EN)
	r.typeText("Youth dialogue")
	for _, c := range []struct {
		key   string
		focus int
	}{{"tab", 1}, {"down", 2}, {"shift+tab", 1}, {"up", 0}, {"up", 5}, {"down", 0}} { // the ends wrap round
		if r.press(c.key) {
			t.Fatalf("%s finished the form", c.key)
		}
		if r.s.form.focus != c.focus {
			t.Errorf("after %s field %d has the keyboard, want %d", c.key, r.s.form.focus, c.focus)
		}
	}
	if !r.press("ctrl+s") || !r.s.Done || r.s.Header.Title != "Youth dialogue" || r.s.Header.Language != "en" {
		t.Fatalf("ctrl+s: done %v, header %+v, error %q", r.s.Done, r.s.Header, r.s.err)
	}
}

// What the model or the date refuses keeps the form open, says why in the
// user's language on the screen, and is put right in place.
func TestSetupRefusals(t *testing.T) {
	r := newSetupRig(t, i18n.EN)
	if r.press("ctrl+s") || r.s.Done {
		t.Fatal("a meeting without a title was accepted")
	}
	if !strings.Contains(r.s.err, "title") || !strings.Contains(r.screen(), r.s.err) {
		t.Errorf("no title: error %q, screen\n%s", r.s.err, r.screen())
	}
	r.typeText("  \u200b ") // only spaces and an invisible character is no title
	if r.press("ctrl+s") || r.s.Done {
		t.Fatal("a title of spaces was accepted")
	}
	r.clear()
	r.typeText("Youth dialogue")
	for range 5 {
		r.press("tab")
	}
	for _, bad := range []string{"31/02/2023", "2023-03-24", "", "24/3"} {
		r.clear()
		r.typeText(bad)
		if r.press("enter") || r.s.Done {
			t.Fatalf("date %q was accepted", bad)
		}
		if want := i18n.New(i18n.EN).T("setup.bad_date", bad); r.s.err != want {
			t.Errorf("date %q: error %q, want %q", bad, r.s.err, want)
		}
	}
	r.clear()
	r.typeText(strings.Repeat("x", 3)) // the error stays until the next try
	if r.s.err == "" {
		t.Error("typing cleared the error before the next try")
	}
	r.clear()
	r.typeText("07/04/2023")
	if !r.press("enter") || !r.s.Done || r.s.Header.Date.Day() != 7 {
		t.Fatalf("a good date after bad ones: done %v, %+v, error %q", r.s.Done, r.s.Header, r.s.err)
	}
}

// esc and ctrl+c leave without a meeting, from any field, whatever was typed.
func TestSetupCancels(t *testing.T) {
	for _, k := range []string{"esc", "ctrl+c"} {
		r := newSetupRig(t, i18n.VI)
		r.typeText("Hội nghị")
		r.press("tab")
		r.typeText("Chủ đề")
		if !r.press(k) {
			t.Fatalf("%s did not leave the form", k)
		}
		if r.s.Done || r.s.Header.Title != "" {
			t.Errorf("%s: done %v, header %+v", k, r.s.Done, r.s.Header)
		}
	}
}

// Pasted text loses its escape sequences, and decomposed Vietnamese is
// stored composed (NFC), as a cursor placed by rune count needs.
func TestSetupCleansWhatArrives(t *testing.T) {
	r := newSetupRig(t, i18n.VI)
	r.s.Update(tea.PasteMsg{Content: "\x1b]0;owned\x07Hội nghị\x1b[2J"})
	r.typeText(" Nguye\u0302\u0303n")
	if got := r.s.form.fields[0].value(); got != "Hội nghị Nguyễn" {
		t.Errorf("title %+q", got)
	}
}

// At 80x24 every field, the file it will be saved to, the error line and
// the keys show, and nothing is wider or taller than the terminal.
func TestSetupFitsAt80x24(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		r := newSetupRig(t, lang)
		r.press("ctrl+s") // no title: an error to show
		screen := r.screen()
		lines := strings.Split(screen, "\n")
		if len(lines) != 24 {
			t.Errorf("%s: %d lines, want 24", lang, len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > 80 {
				t.Errorf("%s: line %d is %d wide: %q", lang, i+1, w, l)
			}
		}
		tr := i18n.New(lang)
		for _, k := range []string{"setup.title", "setup.meeting", "setup.topic", "setup.venue", "setup.chair", "setup.chair_role", "setup.date"} {
			if !strings.Contains(screen, tr.T(k)) {
				t.Errorf("%s: %q is not on the screen:\n%s", lang, tr.T(k), screen)
			}
		}
		if !strings.Contains(screen, "hung-yen.podium") || !strings.Contains(screen, "23/03/2023") {
			t.Errorf("%s: the file or the date is not on the screen:\n%s", lang, screen)
		}
		if !strings.Contains(screen, cut(r.s.err, 80)) {
			t.Errorf("%s: the error %q is not on the screen", lang, r.s.err)
		}
	}
}

// Before the first resize the form draws at 80x24 rather than panic.
func TestSetupDrawsBeforeAResize(t *testing.T) {
	s := NewSetup(NewContext(i18n.EN, "moderator"), "x.podium", setupDay)
	if got := strings.Count(ansi.Strip(s.View().Content), "\n") + 1; got != 24 {
		t.Errorf("%d lines before a resize", got)
	}
}
