package sshserve

import (
	"bytes"
	"log"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"podium/storage/hub"
	"podium/ui/i18n"
)

// lockedBuffer is a log's file, read while it is written.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// fakeClock is the lockout's clock, moved by the test.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// guesses is a client that tries up to n wrong codes on one connection,
// counting each it sends.
func guesses(n int, sent *atomic.Int64) gossh.AuthMethod {
	return gossh.RetryableAuthMethod(gossh.PasswordCallback(func() (string, error) {
		sent.Add(1)
		return "aaaa-aaaa-aaaa", nil
	}), n)
}

// dialFrom logs in from another loopback address (127.0.0.2): another
// computer, as far as the server can tell.
func (f *fixture) dialFrom(ip, user string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 5 * time.Second}
	conn, err := d.Dial("tcp", f.addr)
	if err != nil {
		return nil, err
	}
	c, chans, reqs, err := gossh.NewClientConn(conn, f.addr, &gossh.ClientConfig{
		User: user, Auth: auth, HostKeyCallback: gossh.FixedHostKey(f.host), Timeout: 5 * time.Second,
	})
	if err != nil {
		conn.Close()
		return nil, err
	}
	return gossh.NewClient(c, chans, reqs), nil
}

// flood makes wrong guesses from n connections at once for d, one a
// connection (a connection waits its turn to be checked), and reconnecting
// as soon as refused; it returns how many it sent and the longest a
// connection took.
func (f *fixture) flood(t *testing.T, n int, d time.Duration) (int64, time.Duration) {
	t.Helper()
	var sent atomic.Int64
	var mu sync.Mutex
	var longest time.Duration
	var wg sync.WaitGroup
	stop := time.Now().Add(d)
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(stop) {
				begin := time.Now()
				if cl, err := f.dial("clerk", guesses(1, &sent)); err == nil {
					cl.Close()
					t.Error("a wrong code got in")
					return
				}
				mu.Lock()
				longest = max(longest, time.Since(begin))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return sent.Load(), longest
}

// Many connections guessing at once get at most about 10 codes a second
// checked, for the whole server (on main: every guess was checked, 916 a
// second from 300 connections); the others wait their turn.
func TestGuessesAreLimitedForTheWholeServer(t *testing.T) {
	f := serve(t, func(c *Config) { c.LockoutAfter = 1 << 30 }) // this test is about the whole server's rate
	start := time.Now()
	sent, longest := f.flood(t, 24, 2*time.Second)
	elapsed := time.Since(start)
	checked := f.srv.limits.checked.Load()
	// A full bucket (10), then 10 a second; generous: the bound is what
	// matters, not the exact count on a busy machine.
	bound := 10 + int64(10*elapsed.Seconds()*1.5) + 5
	t.Logf("%d guesses sent in %v, %d checked (bound %d); the longest connection took %v",
		sent, elapsed.Round(time.Millisecond), checked, bound, longest.Round(time.Millisecond))
	if checked > bound {
		t.Errorf("%d codes checked in %v; at most %d expected", checked, elapsed, bound)
	}
	// 24 connections at 10 a second: the last in line waits about 2 s.
	if longest < 500*time.Millisecond {
		t.Errorf("no guess waited its turn (the longest connection took %v): the flood did not try the limit", longest)
	}
	// The right code still gets in once the flood stops: a check that
	// succeeds is not a failure.
	cl, err := f.dial("clerk", password(f.codes[hub.RoleClerk]))
	if err != nil {
		t.Fatalf("after the flood the right code is refused: %v", err)
	}
	cl.Close()
}

// After 20 failures from one address, that address waits a minute: even
// the right code is refused, at once; other addresses are not. When the
// minute is over, the right code gets in.
func TestAnAddressThatKeepsGuessingWaitsAMinute(t *testing.T) {
	clock := &fakeClock{now: time.Now()}
	f := serve(t, func(c *Config) { c.LockoutClock = clock.Now; c.FailDelay = 0 })
	var sent atomic.Int64
	for sent.Load() < 20 {
		if cl, err := f.dial("clerk", guesses(int(min(6, 20-sent.Load())), &sent)); err == nil {
			cl.Close()
			t.Fatal("a wrong code got in")
		}
	}
	if !f.srv.limits.lockedOut(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)}) {
		t.Fatal("20 failures and the address is not locked out")
	}
	begin := time.Now()
	for _, auth := range []gossh.AuthMethod{password(f.codes[hub.RoleClerk]), keyboard(f.codes[hub.RoleClerk], nil)} {
		if cl, err := f.dial("clerk", auth); err == nil {
			cl.Close()
			t.Fatal("the right code got in from an address locked out")
		}
	}
	if d := time.Since(begin); d > 2*time.Second {
		t.Errorf("refusing an address locked out took %v", d)
	}
	if f.srv.limits.checked.Load() > 20 {
		t.Errorf("%d codes checked: an attempt from an address locked out was checked", f.srv.limits.checked.Load())
	}
	// Another computer is not locked out.
	if cl, err := f.dialFrom("127.0.0.2", "clerk", password(f.codes[hub.RoleClerk])); err != nil {
		t.Errorf("another address is refused too: %v", err)
	} else {
		cl.Close()
	}
	clock.add(59 * time.Second)
	if cl, err := f.dial("clerk", password(f.codes[hub.RoleClerk])); err == nil {
		cl.Close()
		t.Fatal("the right code got in before the minute was over")
	}
	clock.add(2 * time.Second)
	cl, err := f.dial("clerk", password(f.codes[hub.RoleClerk]))
	if err != nil {
		t.Fatalf("the minute is over and the right code is refused: %v", err)
	}
	cl.Close()
}

// With --max-sessions 3, the fourth connection is told, in both languages
// (before it signs in, its language is not known), that the server is
// full, and closed at once, even with the right code; when one leaves, it
// gets in.
func TestTheServerHoldsAtMostMaxSessions(t *testing.T) {
	f := serve(t, func(c *Config) { c.MaxSessions = 3 })
	var screens []*screen
	for _, r := range []hub.Role{hub.RoleClerk, hub.RoleDisplay, hub.RoleModerator} {
		s := f.open(t, string(r), 80, 24, en, key(f.keys[r]))
		if !s.ready() {
			t.Fatalf("%s: no screen: %q", r, s.text())
		}
		screens = append(screens, s)
	}
	fourth := func() (string, error) {
		var banner string
		cl, err := gossh.Dial("tcp", f.addr, &gossh.ClientConfig{
			User:            "display",
			Auth:            []gossh.AuthMethod{password(f.codes[hub.RoleDisplay])},
			HostKeyCallback: gossh.FixedHostKey(f.host),
			BannerCallback:  func(m string) error { banner += m; return nil },
			Timeout:         5 * time.Second,
		})
		if err == nil {
			cl.Close()
		}
		return banner, err
	}
	begin := time.Now()
	banner, err := fourth()
	if err == nil {
		t.Fatal("a fourth connection got in with --max-sessions 3")
	}
	if d := time.Since(begin); d > 3*time.Second {
		t.Errorf("the fourth connection was held %v", d)
	}
	for _, l := range []i18n.Lang{i18n.VI, i18n.EN} {
		if want := i18n.New(l).T("serve.full", 3); !strings.Contains(banner, want) {
			t.Errorf("the fourth connection was not told %q: %q", want, banner)
		}
	}
	if f.srv.Sessions() != 3 {
		t.Errorf("%d sessions", f.srv.Sessions())
	}
	screens[0].close()
	waitUntil(t, "a fourth connection to get in once one left", func() bool {
		_, err := fourth()
		return err == nil
	})
}

// Failures are logged once a minute, as a count, from how many addresses:
// one line, whatever their number.
func TestFailuresAreLoggedOnceAMinute(t *testing.T) {
	var logged lockedBuffer
	f := serve(t, func(c *Config) { c.Log = log.New(&logged, "", 0) })
	var sent atomic.Int64
	for range 2 {
		if cl, err := f.dial("clerk", guesses(6, &sent)); err == nil {
			cl.Close()
			t.Fatal("a wrong code got in")
		}
	}
	if cl, err := f.dialFrom("127.0.0.2", "clerk", guesses(3, &sent)); err == nil {
		cl.Close()
		t.Fatal("a wrong code got in")
	}
	if s := logged.String(); s != "" {
		t.Fatalf("failures were logged before the minute was over: %q", s)
	}
	f.srv.logMinute()
	want := "15 failed sign-ins from 2 addresses in the last minute; 0 addresses locked out for a minute\n"
	if got := logged.String(); got != want {
		t.Errorf("the minute's summary is %q; want %q", got, want)
	}
	f.srv.logMinute() // a quiet minute says nothing
	if got := logged.String(); got != want {
		t.Errorf("a quiet minute logged %q", strings.TrimPrefix(got, want))
	}
}

// A flood of wrong guesses does not grow the log: nothing per failure,
// one summary line a minute (on main: a line for each, 237 MB an hour at
// 916 failures a second).
func TestTheLogDoesNotGrowWithEachFailure(t *testing.T) {
	var logged lockedBuffer
	f := serve(t, func(c *Config) { c.Log = log.New(&logged, "", log.LstdFlags); c.LockoutAfter = 1 << 30 })
	sent, _ := f.flood(t, 12, time.Second)
	if n := len(logged.String()); n != 0 {
		t.Errorf("%d failures wrote %d bytes to the log before the minute's summary: %q", sent, n, logged.String())
	}
	f.srv.logMinute()
	if s := logged.String(); strings.Count(s, "\n") != 1 || len(s) > 200 {
		t.Errorf("%d failures: the minute's summary is %q", sent, s)
	}
	t.Logf("%d failures, %d bytes logged", sent, len(logged.String()))
}
