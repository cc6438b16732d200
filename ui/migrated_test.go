package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"podium/storage"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// A file of schema version 2 opens migrated: the Timeline lists the
// upgrade as its newest entry, and u on it says it cannot be undone
// rather than asking for somebody's newest step.
func TestTimelineOfAMigratedFile(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "storage", "testdata", "v2.podium"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("v2.podium", src, 0o600); err != nil {
		t.Fatal(err)
	}
	store, err := storage.Open("v2.podium", nil)
	if err != nil {
		t.Fatal(err)
	}
	clock := &fakeClock{t: start}
	h := hub.New(store, clock.Now)
	t.Cleanup(func() { h.Close() })
	m := New(NewContext(i18n.VI, "moderator"), h, clock.Now)
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	t.Cleanup(m.Close)
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	r := &rig{t: t, m: m, hub: h, clock: clock}
	r.press("4")
	r.m.Update(r.m.timeline.load()())
	r.wantOnScreen("▸", "nâng cấp định dạng tệp")
	r.press("u")
	r.wantOnScreen("Không thể hoàn tác việc nâng cấp định dạng tệp.")
}
