package web

import (
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
	"podium/storage/hub"
)

// fixture is a demo meeting served on a loopback port.
type fixture struct {
	hub   *hub.Hub
	srv   *Server
	base  string
	codes Codes
	clock *fakeClock
}

// fakeClock is a wall clock a test moves on.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func serve(t testing.TB) *fixture {
	t.Helper()
	dir := t.TempDir()
	now := time.Now()
	m, err := demo.Meeting(now)
	if err != nil {
		t.Fatal(err)
	}
	store, err := storage.Create(filepath.Join(dir, "demo.podium"), m, "test", now, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := hub.New(store, time.Now)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{hub: h, codes: Codes{Display: "dddd-eeee-ffff", Ask: "aaaa-bbbb-cccc"}, clock: &fakeClock{t: now}}
	f.srv = New(h, h, Config{Addr: l.Addr(), Codes: func() Codes { return f.codes }, Clock: f.clock.now})
	f.base = "http://" + l.Addr().String()
	go f.srv.Serve(l)
	t.Cleanup(func() {
		f.srv.Close()
		h.Close()
	})
	return f
}

// do sends a command as the moderator.
func (f *fixture) do(t testing.TB, cmd model.Command) {
	t.Helper()
	if err := f.hub.Do(cmd, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
}

// client is a browser of its own: its own cookies, no redirects.
func client(t testing.TB) *http.Client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, Timeout: 10 * time.Second}
}

// get fetches path and returns the status, the headers and the body.
func get(t testing.TB, c *http.Client, u string, hdr ...string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func post(t testing.TB, c *http.Client, u string, form url.Values) (int, http.Header, string) {
	t.Helper()
	resp, err := c.PostForm(u, form)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

var tokenRE = regexp.MustCompile(`name="token" value="([^"]+)"`)

// askForm opens the ask page in c and returns a form ready to post: the
// code and the page's token.
func (f *fixture) askForm(t testing.TB, c *http.Client) url.Values {
	t.Helper()
	status, _, body := get(t, c, f.base+"/ask?code="+f.codes.Ask)
	if status != 200 {
		t.Fatalf("GET /ask: %d\n%s", status, body)
	}
	m := tokenRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no token in the form:\n%s", body)
	}
	return url.Values{"code": {f.codes.Ask}, "token": {m[1]}}
}

func wantIn(t testing.TB, body string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(body, s) {
			t.Errorf("want %q in:\n%s", s, body)
		}
	}
}

func wantNotIn(t testing.TB, body string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if strings.Contains(body, s) {
			t.Errorf("did not want %q in:\n%s", s, body)
		}
	}
}
