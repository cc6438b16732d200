package sshserve

import (
	"errors"
	"io"
	"math"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"podium/model"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui"
	"podium/ui/i18n"
	"podium/ui/joinaddr"
)

const wait = 10 * time.Second // generous: a 2-core machine running other tests

var en = map[string]string{"LANG": "en_US.UTF-8"}

// A key typed in one session reaches every other screen: the moderator
// calls the next speaker over SSH; the projector shows the question and
// the clerk's screen the speaker.
func TestACommandFromOneScreenReachesTheOthers(t *testing.T) {
	f := serve(t, nil)
	mod := f.open(t, "moderator", 100, 30, en, key(f.keys[hub.RoleModerator]))
	clerk := f.open(t, "clerk", 80, 24, en, keyboard(f.codes[hub.RoleClerk], nil))
	disp := f.open(t, "display", 80, 24, en, password(f.codes[hub.RoleDisplay]))
	for _, s := range []*screen{mod, clerk, disp} {
		if !s.ready() {
			t.Fatalf("a screen never drew the meeting: %q", s.text())
		}
	}
	q := f.hub.Snapshot().Meeting.Question(1)
	clerk.reset()
	disp.reset()
	mod.press("n")
	if !mod.waitFor("Called no. 1", wait) {
		t.Fatalf("the moderator's screen does not say it called: %q", mod.text())
	}
	if !disp.waitFor("trí tuệ nhân tạo", wait) {
		t.Errorf("the projector does not show question 1 (%q): %q", q.Text, disp.text())
	}
	if !clerk.waitFor(q.Asker.Name, wait) {
		t.Errorf("the clerk's screen does not show %s: %q", q.Asker.Name, clerk.text())
	}
	s := f.hub.Snapshot()
	if s.Last.Verb != "call_next" || s.Last.Who != "moderator" || s.Meeting.Speaker() == nil || s.Meeting.Speaker().ID != 1 {
		t.Errorf("the hub has %+v, speaker %v", s.Last, s.Meeting.Speaker())
	}
}

// What the login proved decides: unknown names, wrong or missing keys,
// wrong codes and another role's code are all refused.
func TestLoginsThatAreRefused(t *testing.T) {
	f := serve(t, func(c *Config) { delete(c.Codes, hub.RoleModerator) })
	stranger := newKey(t)
	cases := []struct {
		name, user string
		auth       []gossh.AuthMethod
	}{
		{"unknown user with the clerk's code", "admin", []gossh.AuthMethod{password(f.codes[hub.RoleClerk])}},
		{"unknown user with the moderator's key", "root", []gossh.AuthMethod{key(f.keys[hub.RoleModerator])}},
		{"role name in capitals", "Clerk", []gossh.AuthMethod{password(f.codes[hub.RoleClerk])}},
		{"no key, no code", "moderator", nil},
		{"a stranger's key", "moderator", []gossh.AuthMethod{key(stranger)}},
		{"the clerk's key as moderator", "moderator", []gossh.AuthMethod{key(f.keys[hub.RoleClerk])}},
		{"the display's key as clerk", "clerk", []gossh.AuthMethod{key(f.keys[hub.RoleDisplay])}},
		{"a wrong code", "clerk", []gossh.AuthMethod{password("aaaa-aaaa")}},
		{"an empty code", "clerk", []gossh.AuthMethod{password("")}},
		{"a wrong code, keyboard-interactive", "clerk", []gossh.AuthMethod{keyboard("aaaa-aaaa", nil)}},
		{"the display's code as clerk", "clerk", []gossh.AuthMethod{password(f.codes[hub.RoleDisplay])}},
		{"a code for a role that has none", "moderator", []gossh.AuthMethod{password(f.codes[hub.RoleClerk]), password("")}},
	}
	for _, c := range cases {
		if cl, err := f.dial(c.user, c.auth...); err == nil {
			cl.Close()
			t.Errorf("%s: logged in", c.name)
		}
	}
	// The right ones, typed loosely, get in.
	for user, auth := range map[string]gossh.AuthMethod{
		"clerk":     password(strings.ToUpper(strings.ReplaceAll(f.codes[hub.RoleClerk], "-", ""))),
		"display":   keyboard(" "+f.codes[hub.RoleDisplay]+" ", nil),
		"moderator": key(f.keys[hub.RoleModerator]),
	} {
		cl, err := f.dial(user, auth)
		if err != nil {
			t.Errorf("%s: %v", user, err)
			continue
		}
		cl.Close()
	}
}

// The keyboard-interactive prompt names the role, in the server's language.
func TestTheCodePromptNamesTheRole(t *testing.T) {
	f := serve(t, nil)
	var prompt string
	cl, err := f.dial("clerk", keyboard(f.codes[hub.RoleClerk], &prompt))
	if err != nil {
		t.Fatal(err)
	}
	cl.Close()
	if prompt != "Join code for clerk: " {
		t.Errorf("prompt %q", prompt)
	}
}

// offeredOnly offers a public key it does not hold (the victim's) and,
// when the server says that key would do, answers with no proof at all (a
// signature of a kind the server does not accept, which it refuses without
// hanging up): the client of soft-serve GHSA-pchf-49fh-w34r, which offered
// a victim's key and then logged in some other way.
type offeredOnly struct {
	victim gossh.PublicKey
	signs  atomic.Int32 // the server said "that key would do" this often
}

func (o *offeredOnly) PublicKey() gossh.PublicKey { return o.victim }

func (o *offeredOnly) Sign(r io.Reader, data []byte) (*gossh.Signature, error) {
	return o.SignWithAlgorithm(r, data, "")
}

func (o *offeredOnly) SignWithAlgorithm(io.Reader, []byte, string) (*gossh.Signature, error) {
	o.signs.Add(1)
	return &gossh.Signature{Format: "offered-only@podium.test", Blob: []byte{0}}, nil
}

func TestAnOfferedKeyProvesNothing(t *testing.T) {
	f := serve(t, nil)
	attacker := newKey(t)
	// The attacker's own key is a clerk's; it knows the clerk's code too.
	clerkKeys := KeysFile(f.srv.cfg.KeysDir, hub.RoleClerk)
	data, _ := os.ReadFile(clerkKeys)
	data = append(data, gossh.MarshalAuthorizedKey(attacker.PublicKey())...)
	if err := os.WriteFile(clerkKeys, data, 0o600); err != nil {
		t.Fatal(err)
	}

	// 1. As the moderator: offer the moderator's key, then log in with
	// its own key, then with the clerk's code. All refused.
	fake := &offeredOnly{victim: f.keys[hub.RoleModerator].PublicKey()}
	cl, err := f.dial("moderator",
		gossh.PublicKeys(fake, attacker),
		password(f.codes[hub.RoleClerk]),
		keyboard(f.codes[hub.RoleClerk], nil),
	)
	if err == nil {
		cl.Close()
		t.Fatal("an offered moderator's key let a clerk in as the moderator")
	}
	if fake.signs.Load() == 0 {
		t.Fatal("the server never accepted the offer; the test did not reach the attack")
	}

	// 2. As a clerk: offer a clerk's key it does not hold (accepted as an
	// offer), then log in with the code. It gets in, but as a join-code
	// clerk: no key is attributed to it.
	fake = &offeredOnly{victim: f.keys[hub.RoleClerk].PublicKey()}
	s := f.open(t, "clerk", 80, 24, en, gossh.PublicKeys(fake), password(f.codes[hub.RoleClerk]))
	if fake.signs.Load() == 0 {
		t.Fatal("the server never accepted the offer")
	}
	if !s.ready() {
		t.Fatalf("no screen: %q", s.text())
	}
	ids := f.identities()
	if len(ids) != 1 || ids[0].role != hub.RoleClerk || ids[0].key != "" {
		t.Fatalf("the session is %+v; want one clerk by join code", ids)
	}
}

// The projector's keys change nothing: the writer refuses whatever a
// display sends, and its screen sends nothing anyway.
func TestTheProjectorsKeysChangeNothing(t *testing.T) {
	f := serve(t, nil)
	disp := f.open(t, "display", 80, 24, en, key(f.keys[hub.RoleDisplay]))
	if !disp.ready() {
		t.Fatalf("no screen: %q", disp.text())
	}
	before := f.hub.Snapshot()
	disp.press("nr1dupwxaDBTMK \r")
	time.Sleep(500 * time.Millisecond)
	if after := f.hub.Snapshot(); after.Version != before.Version {
		t.Fatalf("the display changed the meeting: %+v", after.Last)
	}
	// q leaves.
	disp.press("q")
	done := make(chan error, 1)
	go func() { done <- disp.sess.Wait() }()
	select {
	case <-done:
	case <-time.After(wait):
		t.Fatal("q did not end the projector's session")
	}
}

// A clerk who reaches for the moderator's keys changes nothing either: the
// writer refuses it, whatever the screen lets through.
func TestAClerkCannotCallTheNextSpeaker(t *testing.T) {
	f := serve(t, nil)
	clerk := f.open(t, "clerk", 100, 30, en, password(f.codes[hub.RoleClerk]))
	if !clerk.ready() {
		t.Fatalf("no screen: %q", clerk.text())
	}
	before := f.hub.Snapshot()
	clerk.press("1") // the Moderate screen, if the clerk's screen has it
	time.Sleep(200 * time.Millisecond)
	clerk.press("n")
	time.Sleep(500 * time.Millisecond)
	if after := f.hub.Snapshot(); after.Version != before.Version || after.Meeting.Speaker() != nil {
		t.Fatalf("the clerk called a speaker: %+v", after.Last)
	}
}

// The refusal a session shows says which role may do it, in its language.
func TestTheRefusalSaysWhoMay(t *testing.T) {
	f := serve(t, nil)
	err := f.hub.Do(model.CallNext{}, hub.As(hub.RoleClerk))
	if storage.CodeOf(err) != hub.CodeRoleRefused {
		t.Fatalf("clerk call_next: %v", err)
	}
	got := ui.ErrorText(i18n.New(i18n.EN), err)
	if got != "The “clerk” role may not do this; only the moderator role may. Nothing changed." {
		t.Errorf("en: %q", got)
	}
	if got := ui.ErrorText(i18n.New(i18n.VI), err); !strings.Contains(got, "Vai trò “thư ký” không được thực hiện thao tác này; chỉ vai trò điều hành được phép.") {
		t.Errorf("vi: %q", got)
	}
	if err := f.hub.Do(model.AddQuestion{Asker: model.Person{Name: "Từ hội trường"}, Text: "Câu hỏi", Departments: []string{"CA"}}, hub.As(hub.RoleClerk)); err != nil {
		t.Fatal(err)
	}
	err = f.hub.Do(model.AddQuestion{}, hub.As(hub.RoleDisplay))
	if got := ui.ErrorText(i18n.New(i18n.EN), err); !strings.Contains(got, "only the moderator or clerk role may.") {
		t.Errorf("display add_question: %q", got)
	}
	if _, err := f.hub.Undo(hub.As(hub.RoleClerk)); err != nil {
		t.Fatalf("the clerk undoing its own question: %v", err)
	}
	if err := f.hub.Do(model.CallNext{}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	// Undo is per person: the clerk's u never reaches the moderator's call,
	// and taking it back explicitly is refused with the role's reason.
	_, err = f.hub.Undo(hub.As(hub.RoleClerk))
	if got := ui.ErrorText(i18n.New(i18n.EN), err); got != "Nothing left to undo." {
		t.Errorf("clerk's undo with nothing of its own: %q", got)
	}
	_, err = f.hub.UndoOf("moderator", hub.As(hub.RoleClerk))
	if got := ui.ErrorText(i18n.New(i18n.EN), err); !strings.Contains(got, "A clerk cannot undo the moderator's steps") {
		t.Errorf("clerk undoing the moderator's call: %q", got)
	}
	for _, code := range []storage.Code{hub.CodeRoleRefused, hub.CodeUndoNotYours} {
		if !i18n.Has("storage." + string(code)) {
			t.Errorf("no message storage.%s", code)
		}
	}
}

// Each session speaks its client's language: LANG or LC_ALL if sent, else
// the server's.
func TestEachSessionHasItsOwnLanguage(t *testing.T) {
	f := serve(t, nil)
	vi := f.open(t, "display", 80, 24, map[string]string{"LANG": "vi_VN.UTF-8"}, password(f.codes[hub.RoleDisplay]))
	en := f.open(t, "display", 80, 24, map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "vi_VN.UTF-8"}, password(f.codes[hub.RoleDisplay]))
	none := f.open(t, "display", 80, 24, nil, password(f.codes[hub.RoleDisplay]))
	if !vi.waitFor("Tiếp theo:", wait) {
		t.Errorf("vi: %q", vi.text())
	}
	if !en.waitFor("Next:", wait) {
		t.Errorf("en: %q", en.text())
	}
	// The fixture's server speaks English; a client that sends no locale
	// gets Vietnamese, as Podium run without one does (i18n.FromLocale).
	if !none.waitFor("Tiếp theo:", wait) {
		t.Errorf("default: %q", none.text())
	}
}

// Without a terminal there is no screen to run: the session is told so.
func TestASessionWithoutATerminalIsTurnedAway(t *testing.T) {
	f := serve(t, nil)
	cl, err := f.dial("display", password(f.codes[hub.RoleDisplay]))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	sess, err := cl.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Setenv("LANG", "en_US.UTF-8"); err != nil {
		t.Fatal(err)
	}
	out, err := sess.CombinedOutput("")
	if err == nil || !strings.Contains(string(out), "needs a terminal") {
		t.Errorf("no pty: %v %q", err, out)
	}
}

// The host key is made once and kept: the same fingerprint next time, a
// private file, and a damaged one is an error, never replaced.
func TestTheHostKeyIsKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m-hostkey")
	a, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if Fingerprint(a) != Fingerprint(b) {
		t.Fatal("a second start made a new host key")
	}
	if st, err := os.Stat(path); err != nil || (runtime.GOOS != "windows" && st.Mode().Perm() != 0o600) {
		t.Errorf("host key file: %v %v", st.Mode(), err)
	}
	if err := os.WriteFile(path, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOrCreateHostKey(path); err == nil {
		t.Error("a damaged host key was accepted")
	}
	if data, _ := os.ReadFile(path); string(data) != "not a key" {
		t.Error("a damaged host key was replaced")
	}
}

// Join codes are readable (three groups of four letters, none easily
// mistaken for another), different each time, and hold at least 40 bits:
// computed from the alphabet and the length, and checked against what
// NewCode makes (every letter of the alphabet used, nothing else).
func TestJoinCodes(t *testing.T) {
	bits := float64(codeGroups*codeGroupLen) * math.Log2(float64(len(codeAlphabet)))
	if bits < 40 {
		t.Errorf("a join code holds %.1f bits; at least 40 wanted", bits)
	}
	if strings.ContainsAny(codeAlphabet, "ilo0123456789") {
		t.Errorf("the alphabet %q has letters easily mistaken for others", codeAlphabet)
	}
	seen := map[string]bool{}
	used := map[rune]int{}
	for range 2000 {
		c := NewCode()
		if len(c) != 14 || c[4] != '-' || c[9] != '-' {
			t.Fatalf("code %q is not three groups of four", c)
		}
		for _, r := range strings.ReplaceAll(c, "-", "") {
			if !strings.ContainsRune(codeAlphabet, r) {
				t.Fatalf("code %q has %q, not in the alphabet", c, r)
			}
			used[r]++
		}
		if seen[c] {
			t.Fatalf("code %q twice", c)
		}
		seen[c] = true
	}
	// 24,000 letters of 23: each about 1,043 times; none far off.
	for _, r := range codeAlphabet {
		if used[r] < 800 || used[r] > 1300 {
			t.Errorf("%q drawn %d times in 24,000 letters", r, used[r])
		}
	}
	// Typed loosely, a code is the same code.
	c := NewCode()
	loose := strings.ToUpper(strings.ReplaceAll(c, "-", " ")) + " "
	if string(normCode(loose)) != string(normCode(c)) {
		t.Errorf("%q and %q compare different", loose, c)
	}
}

// The moderator's screen is told how to join, in its language.
func TestJoinInfo(t *testing.T) {
	f := serve(t, func(c *Config) { delete(c.Codes, hub.RoleModerator) })
	addr, _ := net.ResolveTCPAddr("tcp", f.addr)
	lines := f.srv.JoinInfo(i18n.New(i18n.EN), addr)
	all := strings.Join(lines, "\n")
	port := addr.Port
	for _, want := range []string{
		"clerk: ssh -p " + strconv.Itoa(port) + " clerk@127.0.0.1 · code " + f.codes[hub.RoleClerk] + " or a key",
		"projector: ssh -p " + strconv.Itoa(port) + " display@127.0.0.1 · code " + f.codes[hub.RoleDisplay],
		"moderator: ssh -p " + strconv.Itoa(port) + " moderator@127.0.0.1 · with a key in demo-keys" + string(filepath.Separator) + "moderator.keys",
		"only this computer can join",
		"host key SHA256:",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("join info lacks %q:\n%s", want, all)
		}
	}
	host, _ := joinaddr.Host(&net.TCPAddr{IP: net.IPv4zero, Port: 2323})
	if host == "" || host == "0.0.0.0" {
		t.Errorf("every address: host %q", host)
	}
}

// A session nobody types in is closed after the idle time and says why; a
// projector is never closed for that, and typing keeps a session open.
func TestIdleSessionsAreClosed(t *testing.T) {
	f := serve(t, func(c *Config) { c.Idle = 700 * time.Millisecond })
	clerk := f.open(t, "clerk", 80, 24, en, password(f.codes[hub.RoleClerk]))
	mod := f.open(t, "moderator", 80, 24, en, key(f.keys[hub.RoleModerator]))
	f.open(t, "display", 80, 24, en, password(f.codes[hub.RoleDisplay]))
	stop := make(chan struct{})
	var typing sync.WaitGroup
	typing.Go(func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(150 * time.Millisecond):
				mod.press("j")
			}
		}
	})
	if !clerk.waitFor("closed after 700ms without a key press", wait) {
		t.Errorf("the idle clerk was not told: %q", clerk.text())
	}
	time.Sleep(time.Second)
	close(stop)
	typing.Wait()
	ids := f.identities()
	roles := map[hub.Role]bool{}
	for _, id := range ids {
		roles[id.role] = true
	}
	if roles[hub.RoleClerk] || !roles[hub.RoleModerator] || !roles[hub.RoleDisplay] {
		t.Errorf("open sessions %+v; want the typing moderator and the display", ids)
	}
}

// Sessions that drop, cleanly or not, leave nothing behind: no screen
// listening to the hub, no goroutine; the others go on.
func TestDroppedSessionsLeaveNoTrace(t *testing.T) {
	f := serve(t, nil)
	warm := f.open(t, "display", 80, 24, en, password(f.codes[hub.RoleDisplay]))
	warm.ready()
	warm.close()
	waitUntil(t, "the warm-up session to end", func() bool { return f.srv.Sessions() == 0 })
	settle()
	base := runtime.NumGoroutine()

	var screens []*screen
	for range 3 {
		screens = append(screens,
			f.open(t, "moderator", 80, 24, en, key(f.keys[hub.RoleModerator])),
			f.open(t, "clerk", 80, 24, en, password(f.codes[hub.RoleClerk])),
			f.open(t, "display", 80, 24, en, password(f.codes[hub.RoleDisplay])))
	}
	for _, s := range screens {
		if !s.ready() {
			t.Fatalf("no screen: %q", s.text())
		}
	}
	if n := f.srv.Sessions(); n != 9 {
		t.Fatalf("%d sessions, want 9", n)
	}
	for i, s := range screens {
		if i%2 == 0 {
			s.client.Close() // the laptop's lid closes: the connection just ends
		} else {
			s.sess.Close() // the window is closed: the session ends first
			s.client.Close()
		}
	}
	waitUntil(t, "every session to end", func() bool { return f.srv.Sessions() == 0 })
	waitUntil(t, "the goroutines to go", func() bool { return runtime.NumGoroutine() <= base+1 })

	// The writer and a new screen go on as before.
	d := f.open(t, "display", 80, 24, en, password(f.codes[hub.RoleDisplay]))
	d.ready()
	if err := f.hub.Do(model.CallNext{}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	if !d.waitFor("trí tuệ nhân tạo", wait) {
		t.Errorf("the new projector did not follow: %q", d.text())
	}
}

// A client that stops answering (a laptop asleep, a cable pulled) is
// dropped by the keep-alive, and its screen with it.
func TestASilentClientIsDropped(t *testing.T) {
	f := serve(t, func(c *Config) { c.KeepAlive = 100 * time.Millisecond })
	p := newFreezer(t, f.addr)
	saved := f.addr
	f.addr = p.addr
	s := f.open(t, "display", 80, 24, en, password(f.codes[hub.RoleDisplay]))
	f.addr = saved
	if !s.ready() {
		t.Fatalf("no screen: %q", s.text())
	}
	time.Sleep(300 * time.Millisecond) // keep-alives answered meanwhile
	if f.srv.Sessions() != 1 {
		t.Fatal("a live client was dropped")
	}
	p.freeze()
	waitUntil(t, "the silent client to be dropped", func() bool { return f.srv.Sessions() == 0 })
}

// freezer passes a TCP connection through until frozen, then passes
// nothing more either way.
type freezer struct {
	addr   string
	frozen chan struct{}
	once   sync.Once
}

func newFreezer(t *testing.T, target string) *freezer {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &freezer{addr: l.Addr().String(), frozen: make(chan struct{})}
	var conns []net.Conn
	var mu sync.Mutex
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
	})
	go func() {
		for {
			a, err := l.Accept()
			if err != nil {
				return
			}
			b, err := net.Dial("tcp", target)
			if err != nil {
				a.Close()
				return
			}
			mu.Lock()
			conns = append(conns, a, b)
			mu.Unlock()
			go p.pipe(a, b)
			go p.pipe(b, a)
		}
	}()
	return p
}

func (p *freezer) freeze() { p.once.Do(func() { close(p.frozen) }) }

func (p *freezer) pipe(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		select {
		case <-p.frozen:
			return // drop it, and read no more: the peer's writes back up
		default:
		}
		if n > 0 {
			if _, err := dst.Write(buf[:n]); err != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// identities are the sessions' proven identities.
func (f *fixture) identities() []identity {
	f.srv.mu.Lock()
	defer f.srv.mu.Unlock()
	var ids []identity
	for st := range f.srv.live {
		ids = append(ids, st.id)
	}
	return ids
}

func keyboard(code string, prompt *string) gossh.AuthMethod {
	return gossh.KeyboardInteractive(func(_, _ string, questions []string, _ []bool) ([]string, error) {
		if len(questions) == 0 {
			return nil, nil
		}
		if prompt != nil {
			*prompt = questions[0]
		}
		if len(questions) != 1 {
			return nil, errors.New("more than one question")
		}
		return []string{code}, nil
	})
}

func waitUntil(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// settle lets timers of programs that just ended (a clock tick) fire.
func settle() { time.Sleep(1200 * time.Millisecond) }

// Closing the server ends each program first: the client gets its terminal
// back (the alternate screen left) and a word that sharing stopped.
func TestClosingTheServerGivesEachClientItsTerminalBack(t *testing.T) {
	f := serve(t, nil)
	d := f.open(t, "display", 80, 24, en, password(f.codes[hub.RoleDisplay]))
	c := f.open(t, "clerk", 80, 24, en, password(f.codes[hub.RoleClerk]))
	for _, s := range []*screen{d, c} {
		if !s.ready() {
			t.Fatalf("no screen: %q", s.text())
		}
	}
	start := time.Now()
	if err := f.srv.Close(); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 2*time.Second || f.srv.Sessions() != 0 {
		t.Fatalf("closing took %v, %d sessions left", took, f.srv.Sessions())
	}
	for _, s := range []*screen{d, c} {
		if !s.waitFor("stopped sharing the meeting", wait) {
			t.Errorf("not told: %q", s.text())
		}
		s.mu.Lock()
		raw := s.out.String()
		s.mu.Unlock()
		if !strings.Contains(raw, "\x1b[?1049l") {
			t.Errorf("the alternate screen was not left")
		}
	}
}
