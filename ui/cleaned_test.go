package ui

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/model/demo"
	"podium/model/hostile"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// A meeting that reached the file unclean (an older Podium imported it) and
// a file name with escapes in it: neither the window title, which leaves
// for the terminal outside the drawn screen, nor the status bar carries
// their escapes.
func TestWindowTitleAndFileNameAreCleaned(t *testing.T) {
	t.Chdir(t.TempDir())
	mt, err := demo.Meeting(start)
	if err != nil {
		t.Fatal(err)
	}
	mt.Header.Title = "\x1b]0;pwned\x07Đối thoại\x1b]52;c;aGk=\x07 \u202ethanh niên\u200b"
	path := filepath.Join(".", "evil\x1b]0;x\x07\u202e.podium")
	store, err := storage.Create(path, mt, "test", start, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := hub.New(store, func() time.Time { return start })
	t.Cleanup(func() { h.Close() })
	m := New(NewContext(i18n.EN, "moderator"), h, func() time.Time { return start })
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	t.Cleanup(m.Close)
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 35})
	if got := m.View().WindowTitle; got != "Podium — Đối thoại thanh niên" {
		t.Errorf("window title %+q", got)
	}
	screen := m.render()
	for _, bad := range []string{"\x1b]", "\x07", "\u202e", "\u200b", "pwned"} {
		if strings.Contains(screen, bad) {
			t.Errorf("the screen holds %+q", bad)
		}
	}
	if !strings.Contains(screen, "evil") {
		t.Error("the file name is not on the status bar")
	}
}

// Every field cleaning can change has a name in both languages.
func TestCleanedFieldsNameEveryField(t *testing.T) {
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(m)
	var c model.Meeting
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	hostile.Fill(&c, func(_, old string) string { return old + "\u200b" })
	_, changes := model.CleanMeeting(&c)
	if len(changes) < 100 {
		t.Fatalf("only %d changes", len(changes))
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		tr := i18n.New(lang)
		for _, ch := range changes {
			if l := FieldLabel(tr, ch); strings.Contains(l, "clean.") || strings.Contains(l, "%!") {
				t.Errorf("%s: %+v is named %q", lang, ch, l)
			}
		}
		all := CleanedFields(tr, changes)
		if strings.Contains(all, "%!") || !strings.Contains(all, fmt.Sprint(len(changes))) {
			t.Errorf("%s: %q", lang, all)
		}
	}
	vi := i18n.New(i18n.VI)
	three := []model.FieldChange{
		{Kind: model.RecHeader, Field: "title"},
		{Kind: model.RecDepartment, ID: 2, Field: "representative.name"},
		{Kind: model.RecQuestion, ID: 1, Field: "text"},
	}
	if got, want := CleanedFields(vi, three), "Đã làm sạch 3 trường (bỏ ký tự điều khiển, ký tự ẩn hoặc khoảng trắng thừa): tên hội nghị, họ tên người đại diện (đơn vị 2), nội dung (ý kiến số 1)."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got := CleanedFields(vi, nil); got != "" {
		t.Errorf("nothing cleaned: %q", got)
	}
	if got := CleanedFields(i18n.New(i18n.EN), changes[:7]); !strings.HasSuffix(got, "and 2 more.") || !strings.HasPrefix(got, "Cleaned 7 fields") {
		t.Errorf("seven: %q", got)
	}
}
