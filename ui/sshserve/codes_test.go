package sshserve

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"

	"podium/storage/hub"
	"podium/storage/safefile"
)

var codeRoles = []hub.Role{hub.RoleClerk, hub.RoleDisplay}

func TestJoinCodesAreKeptWithTheMeeting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "demo-codes")
	f, fresh, err := OpenCodesFile(path, codeRoles, false)
	if err != nil || !fresh {
		t.Fatalf("first open: %v, fresh %v", err, fresh)
	}
	first := f.Codes()
	if len(first) != 2 || !validCode(first[hub.RoleClerk]) || !validCode(first[hub.RoleDisplay]) || first[hub.RoleClerk] == first[hub.RoleDisplay] {
		t.Fatalf("codes %v", first)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the codes file: %v %v, want mode 0600", fi.Mode(), err)
	}
	if err := f.SetConnected([]Peer{{Role: hub.RoleClerk}, {Role: hub.RoleDisplay, Name: "hall"}}); err != nil {
		t.Fatal(err)
	}

	// The next run: the same codes, and who was connected.
	g, fresh, err := OpenCodesFile(path, codeRoles, false)
	if err != nil || fresh {
		t.Fatalf("second open: %v, fresh %v", err, fresh)
	}
	if !equalCodes(g.Codes(), first) {
		t.Errorf("codes changed across runs: %v, then %v", first, g.Codes())
	}
	if want := []Peer{{Role: hub.RoleClerk}, {Role: hub.RoleDisplay, Name: "hall"}}; !slices.Equal(g.Before(), want) {
		t.Errorf("before: %v, want %v", g.Before(), want)
	}

	// A run with fewer roles keeps the others' codes in the file...
	h, _, err := OpenCodesFile(path, []hub.Role{hub.RoleClerk}, false)
	if err != nil || len(h.Codes()) != 1 || h.Codes()[hub.RoleClerk] != first[hub.RoleClerk] {
		t.Fatalf("clerk only: %v %v", h.Codes(), err)
	}
	if k, _, _ := OpenCodesFile(path, codeRoles, false); k.Codes()[hub.RoleDisplay] != first[hub.RoleDisplay] {
		t.Errorf("the projector's code was lost by a run without it")
	}
	// ...and --new-codes drops every one, so no old code comes back.
	r, fresh, err := OpenCodesFile(path, []hub.Role{hub.RoleClerk}, true)
	if err != nil || !fresh || r.Codes()[hub.RoleClerk] == first[hub.RoleClerk] {
		t.Fatalf("renew: %v %v %v", r.Codes(), fresh, err)
	}
	k, _, _ := OpenCodesFile(path, codeRoles, false)
	if k.Codes()[hub.RoleDisplay] == first[hub.RoleDisplay] || k.Codes()[hub.RoleClerk] != r.Codes()[hub.RoleClerk] {
		t.Errorf("after renew: %v (first %v, renewed %v)", k.Codes(), first, r.Codes())
	}
	again, err := k.Renew()
	if err != nil || again[hub.RoleClerk] == k.Codes()[hub.RoleClerk] && again[hub.RoleClerk] == r.Codes()[hub.RoleClerk] {
		t.Errorf("Renew: %v %v", again, err)
	}
	if last, _, _ := OpenCodesFile(path, codeRoles, false); !equalCodes(last.Codes(), again) {
		t.Errorf("Renew was not stored: %v, then %v", again, last.Codes())
	}
}

func equalCodes(a, b map[hub.Role]string) bool {
	if len(a) != len(b) {
		return false
	}
	for r, c := range a {
		if b[r] != c {
			return false
		}
	}
	return true
}

// A link, a FIFO or a folder where the codes file belongs is refused and
// never read (a FIFO would hang the start); a file others could read is
// made the owner's only.
func TestTheCodesFileIsTheOwnersOnly(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "elsewhere")
	if err := os.WriteFile(target, []byte(`{"version":1,"codes":{"clerk":"abcd-efgh-jkmn"}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link-codes")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo-codes")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "folder-codes")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		kind safefile.Kind
	}{{link, safefile.KindSymlink}, {fifo, safefile.KindFIFO}, {folder, safefile.KindDirectory}} {
		for _, renew := range []bool{false, true} {
			_, _, err := OpenCodesFile(c.path, codeRoles, renew)
			var refused *safefile.RefusedError
			if !errors.As(err, &refused) || refused.Kind != c.kind {
				t.Errorf("%s (renew %v): %v, want a refusal as %s", filepath.Base(c.path), renew, err, c.kind)
			}
		}
	}
	if data, _ := os.ReadFile(target); string(data) != `{"version":1,"codes":{"clerk":"abcd-efgh-jkmn"}}` {
		t.Errorf("the link's target was changed: %s", data)
	}

	wide := filepath.Join(dir, "wide-codes")
	if err := os.WriteFile(wide, []byte(`{"version":1,"codes":{"clerk":"abcd-efgh-jkmn"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	f, fresh, err := OpenCodesFile(wide, []hub.Role{hub.RoleClerk}, false)
	if err != nil || fresh || f.Codes()[hub.RoleClerk] != "abcd-efgh-jkmn" {
		t.Fatalf("wide: %v %v %v", f, fresh, err)
	}
	if fi, _ := os.Stat(wide); fi.Mode().Perm() != 0o600 {
		t.Errorf("a codes file others could read stays %v", fi.Mode().Perm())
	}

	bad := filepath.Join(dir, "bad-codes")
	if err := os.WriteFile(bad, []byte("not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := OpenCodesFile(bad, codeRoles, false); !errors.Is(err, ErrCodesFile) {
		t.Errorf("a damaged file: %v", err)
	}
	if data, _ := os.ReadFile(bad); string(data) != "not json" {
		t.Errorf("a damaged file was replaced without --new-codes")
	}
	if _, fresh, err := OpenCodesFile(bad, codeRoles, true); err != nil || !fresh {
		t.Errorf("--new-codes over a damaged file: %v %v", fresh, err)
	}
}

// New codes reach the running server: from then on the old code is
// refused and the new one lets in; whoever is in stays.
func TestNewCodesReplaceTheOldOnes(t *testing.T) {
	f := serve(t, nil)
	old := f.codes[hub.RoleClerk]
	clerk := f.open(t, "clerk", 80, 24, en, password(old))
	if !clerk.ready() {
		t.Fatalf("the clerk's screen: %q", clerk.text())
	}
	fresh := NewCodes(codeRoles...)
	var wg sync.WaitGroup
	for range 4 { // replaced while sign-ins read them: go test -race
		wg.Add(1)
		go func() {
			defer wg.Done()
			if c, err := f.dial("display", password(f.codes[hub.RoleDisplay])); err == nil {
				c.Close()
			}
		}()
	}
	f.srv.SetCodes(fresh)
	wg.Wait()
	if c, err := f.dial("clerk", password(old)); err == nil {
		c.Close()
		t.Fatal("the old clerk's code still lets in")
	}
	c, err := f.dial("clerk", password(fresh[hub.RoleClerk]))
	if err != nil {
		t.Fatalf("the new code: %v", err)
	}
	c.Close()
	if f.srv.Sessions() != 1 {
		t.Errorf("sessions: %d, want the clerk's", f.srv.Sessions())
	}
}

// Who was connected before a restart is awaited until each comes back;
// the server tells who is connected as sessions come and go, but not
// while it closes (what was connected at a quit is what the next run
// awaits).
func TestWhoIsNotBackYet(t *testing.T) {
	var mu sync.Mutex
	var calls [][2][]Peer
	f := serve(t, func(c *Config) {
		c.Before = []Peer{{Role: hub.RoleClerk}, {Role: hub.RoleDisplay}, {Role: hub.RoleDisplay}}
		c.Presence = func(connected, awaited []Peer) {
			mu.Lock()
			calls = append(calls, [2][]Peer{connected, awaited})
			mu.Unlock()
		}
	})
	last := func() (int, []Peer, []Peer) {
		mu.Lock()
		defer mu.Unlock()
		if len(calls) == 0 {
			return 0, nil, nil
		}
		c := calls[len(calls)-1]
		return len(calls), c[0], c[1]
	}
	if got := f.srv.Awaited(); len(got) != 3 {
		t.Fatalf("awaited at start: %v", got)
	}
	clerk := f.open(t, "clerk", 80, 24, en, password(f.codes[hub.RoleClerk]))
	waitUntil(t, "the clerk counts as back", func() bool { n, _, _ := last(); return n == 1 })
	if _, conn, aw := last(); !slices.Equal(conn, []Peer{{Role: hub.RoleClerk}}) || !slices.Equal(aw, []Peer{{Role: hub.RoleDisplay}, {Role: hub.RoleDisplay}}) {
		t.Errorf("after the clerk: connected %v, awaited %v", conn, aw)
	}
	disp := f.open(t, "display", 80, 24, en, key(f.keys[hub.RoleDisplay]))
	waitUntil(t, "the projector counts as back", func() bool { n, _, _ := last(); return n == 2 })
	if _, conn, aw := last(); !slices.Equal(conn, []Peer{{Role: hub.RoleClerk}, {Role: hub.RoleDisplay, Name: "display-key"}}) || !slices.Equal(aw, []Peer{{Role: hub.RoleDisplay}}) {
		t.Errorf("after one projector: connected %v, awaited %v", conn, aw)
	}
	// The clerk leaves: no longer connected, and not awaited again.
	clerk.close()
	waitUntil(t, "the clerk counts as gone", func() bool { n, _, _ := last(); return n == 3 })
	if _, conn, aw := last(); !slices.Equal(conn, []Peer{{Role: hub.RoleDisplay, Name: "display-key"}}) || len(aw) != 1 {
		t.Errorf("after the clerk left: connected %v, awaited %v", conn, aw)
	}
	_ = disp
	f.srv.Close()
	if n, conn, _ := last(); n != 3 {
		t.Errorf("closing the server told of %v (call %d): what was connected must stay for the next run", conn, n)
	}
}

// A moderator over SSH sees who is not back yet, follows it as people
// return, and can make new codes with C: the old code is refused then.
func TestTheModeratorOverSSHSeesWhoIsNotBackAndRenewsCodes(t *testing.T) {
	var renewed map[hub.Role]string
	f := serve(t, func(c *Config) {
		c.Before = []Peer{{Role: hub.RoleClerk}, {Role: hub.RoleDisplay}}
		c.Renew = func() (map[hub.Role]string, error) {
			renewed = NewCodes(codeRoles...)
			return renewed, nil
		}
	})
	mod := f.open(t, "moderator", 100, 30, en, key(f.keys[hub.RoleModerator]))
	if !mod.waitFor("Not back yet: clerk, projector", wait) {
		t.Fatalf("the moderator's screen: %q", mod.text())
	}
	old := f.codes[hub.RoleClerk]
	clerk := f.open(t, "clerk", 80, 24, en, password(old))
	if !clerk.ready() {
		t.Fatalf("the clerk's screen: %q", clerk.text())
	}
	mod.reset()
	if err := mod.sess.WindowChange(31, 100); err != nil { // a resize draws the screen whole
		t.Fatal(err)
	}
	if !mod.waitFor("Not back yet: projector", wait) || strings.Contains(mod.text(), "clerk, projector") {
		t.Fatalf("with the clerk back: %q", mod.text())
	}
	mod.press("C")
	if !mod.waitFor("Make new join codes?", wait) {
		t.Fatalf("C did not ask: %q", mod.text())
	}
	mod.press("y")
	if !mod.waitFor("New join codes", wait) {
		t.Fatalf("y did not make new codes: %q", mod.text())
	}
	if c, err := f.dial("clerk", password(old)); err == nil {
		c.Close()
		t.Error("the old code still lets in")
	}
	if c, err := f.dial("clerk", password(renewed[hub.RoleClerk])); err != nil {
		t.Errorf("the new code: %v", err)
	} else {
		c.Close()
	}
}
