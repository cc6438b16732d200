package ui

import (
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// fakeClock is a wall clock the test moves by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

var start = time.Date(2023, 3, 23, 8, 30, 0, 0, time.FixedZone("ICT", 7*3600))

// rig is a Moderate screen on a real demo meeting file.
type rig struct {
	t     *testing.T
	m     *Model
	hub   *hub.Hub
	clock *fakeClock
}

// newRig opens the demo in a fresh temp folder, working from that folder so
// the path on screen is the same in every run.
func newRig(t *testing.T, lang i18n.Lang, width, height int) *rig {
	t.Helper()
	mt, err := demo.Meeting(start)
	if err != nil {
		t.Fatal(err)
	}
	return newRigOf(t, mt, lang, width, height)
}

// newRigWithoutThemeList is newRig on the demo as a file from before the
// themes were a list has it: its questions' themes, no list.
func newRigWithoutThemeList(t *testing.T, lang i18n.Lang, width, height int) *rig {
	t.Helper()
	mt, err := demo.Meeting(start)
	if err != nil {
		t.Fatal(err)
	}
	mt.Themes = nil
	return newRigOf(t, mt, lang, width, height)
}

func newRigOf(t *testing.T, mt *model.Meeting, lang i18n.Lang, width, height int) *rig {
	t.Helper()
	return newRigFile(t, mt, "demo.podium", start, lang, width, height)
}

// newRigFile is a rig on a new file name, in a folder of its own, made of
// mt at at, the clock standing at at.
func newRigFile(t *testing.T, mt *model.Meeting, name string, at time.Time, lang i18n.Lang, width, height int) *rig {
	t.Helper()
	t.Chdir(t.TempDir())
	clock := &fakeClock{t: at}
	store, err := storage.Create(filepath.Join(".", name), mt, "test", at, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := hub.New(store, clock.Now)
	t.Cleanup(func() { h.Close() })
	m := New(NewContext(lang, "moderator"), h, clock.Now)
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil } // tests tick by hand
	t.Cleanup(m.Close)
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	return &rig{t: t, m: m, hub: h, clock: clock}
}

// key builds the message a terminal sends for a key name as key.Binding
// spells it.
func keyMsg(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "shift+up":
		return tea.KeyPressMsg{Code: tea.KeyUp, Mod: tea.ModShift}
	case "shift+down":
		return tea.KeyPressMsg{Code: tea.KeyDown, Mod: tea.ModShift}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+s":
		return tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}

// press sends keys one by one, runs what each returns the way the program
// would (commands to the hub complete before the next key), and takes in
// the hub's newest snapshot.
func (r *rig) press(keys ...string) {
	r.t.Helper()
	for _, k := range keys {
		_, cmd := r.m.Update(keyMsg(k))
		r.run(cmd)
	}
}

// typeText types text into whatever has the keyboard.
func (r *rig) typeText(s string) {
	for _, c := range s {
		_, cmd := r.m.Update(tea.KeyPressMsg{Code: c, Text: string(c)})
		r.run(cmd)
	}
}

func (r *rig) run(cmd tea.Cmd) {
	if cmd == nil || strings.Contains(runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name(), ".waitSnapshot.") {
		return // tests hand the snapshots over themselves
	}
	msg := cmd()
	if _, quit := msg.(tea.QuitMsg); quit {
		return
	}
	switch msg := msg.(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			r.run(c)
		}
	case doneMsg, formSavedMsg:
		r.m.Update(msg)
		r.m.Update(snapshotMsg(r.hub.Snapshot()))
	case notesSavedMsg:
		// The answer to a save may send the next one (a merge, or esc
		// waiting to close): run it too.
		_, next := r.m.Update(msg)
		_, more := r.m.Update(snapshotMsg(r.hub.Snapshot()))
		r.run(next)
		r.run(more)
	}
}

// screen is the rendered screen without colour.
func (r *rig) screen() string { return ansi.Strip(r.m.render()) }

func (r *rig) wantOnScreen(parts ...string) {
	r.t.Helper()
	s := r.screen()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			r.t.Errorf("screen lacks %q:\n%s", p, s)
		}
	}
}

func pasteMsg(s string) tea.PasteMsg        { return tea.PasteMsg{Content: s} }
func windowSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

func displayWidth(s string) int { return ansi.StringWidth(s) }
