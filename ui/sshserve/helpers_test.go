package sshserve

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"podium/model/demo"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// fixture is a demo meeting served on a loopback port, with a key and a
// join code for every role.
type fixture struct {
	hub   *hub.Hub
	srv   *Server
	addr  string
	host  gossh.PublicKey
	keys  map[hub.Role]gossh.Signer
	codes map[hub.Role]string
	dir   string
}

func newKey(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func serve(t testing.TB, tweak func(*Config)) *fixture {
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
	hostKey, err := LoadOrCreateHostKey(filepath.Join(dir, "demo-hostkey"))
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{hub: h, host: hostKey.PublicKey(), keys: map[hub.Role]gossh.Signer{}, dir: dir}
	keysDir := filepath.Join(dir, "demo-keys")
	if err := os.Mkdir(keysDir, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, r := range hub.Roles {
		k := newKey(t)
		f.keys[r] = k
		// Each key's comment names its holder ("display-key"): the name
		// the moderator's screen gives a session that signed in with it.
		line := "# " + string(r) + "\n" + strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k.PublicKey()))) + " " + string(r) + "-key\n"
		if err := os.WriteFile(KeysFile(keysDir, r), []byte(line), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	f.codes = NewCodes(hub.Roles...)
	cfg := Config{HostKey: hostKey, KeysDir: keysDir, Codes: f.codes, Lang: i18n.EN}
	if tweak != nil {
		tweak(&cfg)
	}
	srv, err := New(h, cfg)
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	f.srv, f.addr = srv, l.Addr().String()
	t.Cleanup(func() {
		srv.Close()
		h.Close()
	})
	return f
}

func (f *fixture) dial(user string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", f.addr, &gossh.ClientConfig{
		User:            user,
		Auth:            auth,
		HostKeyCallback: gossh.FixedHostKey(f.host),
		Timeout:         5 * time.Second,
	})
}

// screen is one client's terminal: what it typed and what it was sent.
type screen struct {
	t      testing.TB
	client *gossh.Client
	sess   *gossh.Session
	in     io.WriteCloser
	mu     sync.Mutex
	out    bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.Write(p)
}

// text is everything received, escape sequences removed.
func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return ansi.Strip(s.out.String())
}

func (s *screen) reset() {
	s.mu.Lock()
	s.out.Reset()
	s.mu.Unlock()
}

func (s *screen) waitFor(what string, within time.Duration) bool {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if strings.Contains(s.text(), what) {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}

// ready waits until the screen has drawn the meeting (in English: the
// queue's count on the moderator's and clerk's, who is next on the
// projector's).
func (s *screen) ready() bool {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if txt := s.text(); strings.Contains(txt, "Waiting 24") || strings.Contains(txt, "Next:") {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}

func (s *screen) press(keys string) {
	if _, err := io.WriteString(s.in, keys); err != nil {
		s.t.Errorf("typing %q: %v", keys, err)
	}
}

// open logs in and starts a terminal session of w×h with the given
// environment.
func (f *fixture) open(t testing.TB, user string, w, h int, env map[string]string, auth ...gossh.AuthMethod) *screen {
	t.Helper()
	c, err := f.dial(user, auth...)
	if err != nil {
		t.Fatalf("%s: %v", user, err)
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range env {
		if err := sess.Setenv(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	in, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &screen{t: t, client: c, sess: sess, in: in}
	sess.Stdout, sess.Stderr = s, s
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.close() })
	return s
}

func (s *screen) close() {
	s.sess.Close()
	s.client.Close()
}

func password(code string) gossh.AuthMethod { return gossh.Password(code) }

func key(k gossh.Signer) gossh.AuthMethod { return gossh.PublicKeys(k) }
