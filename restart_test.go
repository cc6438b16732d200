package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
	gossh "golang.org/x/crypto/ssh"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
)

// serveChildEnv carries, to the test binary run as a child, the command
// line of the podium serve it is to be (words separated by \x1f).
const serveChildEnv = "PODIUM_SERVE_CHILD"

// TestServeChild is podium serve in a child process, under a terminal
// (a pty) as a moderator would run it; TestServeRestart kills it.
func TestServeChild(t *testing.T) {
	args := os.Getenv(serveChildEnv)
	if args == "" {
		t.Skip("the child of TestServeRestart")
	}
	os.Exit(run(strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
}

// served is a podium serve running in a child process, and what its
// terminal (the moderator's screen) was sent.
type served struct {
	t    *testing.T
	cmd  *exec.Cmd
	tty  *os.File
	mu   sync.Mutex
	out  bytes.Buffer
	done chan struct{}
}

func startServe(t *testing.T, args ...string) *served {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeChild$")
	cmd.Env = append(os.Environ(), serveChildEnv+"="+strings.Join(args, "\x1f"), "TERM=xterm-256color")
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 35, Cols: 120})
	if err != nil {
		t.Fatal(err)
	}
	s := &served{t: t, cmd: cmd, tty: tty, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		buf := make([]byte, 32<<10)
		for {
			n, err := tty.Read(buf)
			s.mu.Lock()
			s.out.Write(buf[:n])
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(s.kill)
	return s
}

// kill ends the child as a power cut or a crash would: SIGKILL, nothing
// saved on the way out.
func (s *served) kill() {
	if s.cmd.ProcessState == nil {
		_ = s.cmd.Process.Signal(syscall.SIGKILL)
		_ = s.cmd.Wait()
	}
	s.tty.Close()
	<-s.done
}

// screen is what the moderator's terminal was sent, escape sequences
// removed.
func (s *served) screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return ansi.Strip(s.out.String())
}

func (s *served) waitFor(what string) {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(s.screen(), what) {
		if time.Now().After(deadline) {
			s.t.Fatalf("the moderator's screen never showed %q:\n%s", what, s.screen())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// redrawn makes the moderator's screen draw itself whole again (a resize
// repaints every line; otherwise only the cells that changed are sent)
// until it shows what, and reports whether it did.
func (s *served) redrawn(what string) bool {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for rows := uint16(36); time.Now().Before(deadline); rows = 71 - rows {
		s.mu.Lock()
		s.out.Reset()
		s.mu.Unlock()
		if err := pty.Setsize(s.tty, &pty.Winsize{Rows: rows, Cols: 120}); err != nil {
			s.t.Fatal(err)
		}
		for end := time.Now().Add(time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
			if strings.Contains(s.screen(), what) {
				return true
			}
		}
	}
	return false
}

// sshClient is a clerk's or a projector's terminal over SSH.
type sshClient struct {
	c    *gossh.Client
	sess *gossh.Session
	mu   sync.Mutex
	out  bytes.Buffer
}

func (c *sshClient) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.out.Write(p)
}

func (c *sshClient) screen() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return ansi.Strip(c.out.String())
}

func (c *sshClient) close() {
	if c.sess != nil {
		c.sess.Close()
	}
	c.c.Close()
}

// dialRole signs in as role with a join code, retrying while the server
// is not listening yet (it is being started again), and opens a terminal.
func dialRole(t *testing.T, addr string, host gossh.PublicKey, role, code string, within time.Duration) (*sshClient, error) {
	t.Helper()
	cfg := &gossh.ClientConfig{User: role, Auth: []gossh.AuthMethod{gossh.Password(code)},
		HostKeyCallback: gossh.FixedHostKey(host), Timeout: 5 * time.Second}
	deadline := time.Now().Add(within)
	var c *gossh.Client
	var err error
	for {
		c, err = gossh.Dial("tcp", addr, cfg)
		var op *net.OpError
		if err == nil || !errors.As(err, &op) || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond) // connection refused: not up yet
	}
	if err != nil {
		return nil, err
	}
	cl := &sshClient{c: c}
	if cl.sess, err = c.NewSession(); err != nil {
		c.Close()
		return nil, err
	}
	_ = cl.sess.Setenv("LANG", "en_US.UTF-8")
	if err := cl.sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		cl.close()
		return nil, err
	}
	cl.sess.Stdout, cl.sess.Stderr = cl, cl
	if _, err := cl.sess.StdinPipe(); err != nil {
		cl.close()
		return nil, err
	}
	if err := cl.sess.Shell(); err != nil {
		cl.close()
		return nil, err
	}
	t.Cleanup(cl.close)
	return cl, nil
}

func (c *sshClient) waitFor(t *testing.T, what string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(c.screen(), what) {
		if time.Now().After(deadline) {
			t.Fatalf("the screen never showed %q:\n%s", what, c.screen())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// keptCodes reads the codes file as the test's owner may.
func keptCodes(t *testing.T, path string) (codes map[string]string, connected []map[string]string) {
	t.Helper()
	var k struct {
		Codes     map[string]string   `json:"codes"`
		Connected []map[string]string `json:"connected"`
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &k); err != nil {
		t.Fatal(err)
	}
	return k.Codes, k.Connected
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func waitForFile(t *testing.T, path string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if _, err := os.Stat(path); err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never appeared", path)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A running podium serve is killed (SIGKILL) and started again on the
// same file: the clerk's and the projector's same ssh command and code
// work again, the clerk lands on the answer being given, and until each
// is back the moderator's screen says who is not. --new-codes then makes
// new codes and the old one is refused. The codes are in no export and
// no log, and their file is the owner's only.
func TestServeRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("starts podium serve three times")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "hung-yen.podium")
	now := time.Now()
	m, err := demo.Meeting(now)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []model.Command{model.CallNext{}, model.StartAnswer{Department: "GDDT"}} {
		if m, _, err = model.Apply(m, c, now); err != nil {
			t.Fatal(err)
		}
	}
	s, err := storage.Create(file, m, "test", now, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	addr := freeAddr(t)
	args := []string{"--lang", "en", "serve", "--listen", addr, file}
	codesFile := filepath.Join(dir, "hung-yen-codes")

	first := startServe(t, args...)
	waitForFile(t, codesFile)
	codes, _ := keptCodes(t, codesFile)
	first.waitFor("code " + codes["clerk"])
	hostKey := hostPublicKey(t, filepath.Join(dir, "hung-yen-hostkey"))
	clerk, err := dialRole(t, addr, hostKey, "clerk", codes["clerk"], 20*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	clerk.waitFor(t, "Sở Giáo dục và Đào tạo")
	disp, err := dialRole(t, addr, hostKey, "display", codes["display"], 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	disp.waitFor(t, "Answering question 1")
	deadline := time.Now().Add(10 * time.Second)
	for _, conn := keptCodes(t, codesFile); len(conn) < 2; _, conn = keptCodes(t, codesFile) {
		if time.Now().After(deadline) {
			t.Fatalf("the codes file never held both: %v", conn)
		}
		time.Sleep(20 * time.Millisecond)
	}

	first.kill()
	killed := time.Now()
	clerk.close()
	disp.close()

	second := startServe(t, args...)
	clerk2, err := dialRole(t, addr, hostKey, "clerk", codes["clerk"], 20*time.Second)
	if err != nil {
		t.Fatalf("the clerk's code from before the kill: %v", err)
	}
	clerk2.waitFor(t, "Sở Giáo dục và Đào tạo")
	t.Logf("from the kill to the clerk's screen, restarted at once by the test: %v", time.Since(killed).Round(time.Millisecond))
	if !second.redrawn("Not back yet: projector") {
		t.Fatalf("with the clerk back, the moderator's screen does not say the projector is not:\n%s", second.screen())
	}
	disp2, err := dialRole(t, addr, hostKey, "display", codes["display"], 5*time.Second)
	if err != nil {
		t.Fatalf("the projector's code from before the kill: %v", err)
	}
	disp2.waitFor(t, "Answering question 1")
	if !second.redrawn("code "+codes["clerk"]) || strings.Contains(second.screen(), "Not back yet") {
		t.Errorf("with everyone back, the line stays:\n%s", second.screen())
	}
	deadline = time.Now().Add(10 * time.Second)
	for _, conn := keptCodes(t, codesFile); len(conn) < 2; _, conn = keptCodes(t, codesFile) {
		if time.Now().After(deadline) {
			t.Fatalf("the codes file never held both again: %v", conn)
		}
		time.Sleep(20 * time.Millisecond)
	}
	second.kill()
	clerk2.close()
	disp2.close()

	// Started again with nobody reconnecting yet: the line names both.
	third := startServe(t, append([]string{"--lang", "en", "serve", "--new-codes", "--listen", addr}, file)...)
	third.waitFor("Not back yet: clerk, projector")
	third.waitFor("New join codes")
	renewed, _ := keptCodes(t, codesFile)
	if renewed["clerk"] == codes["clerk"] || renewed["display"] == codes["display"] || renewed["clerk"] == "" {
		t.Fatalf("--new-codes kept %v (was %v)", renewed, codes)
	}
	if _, err := dialRole(t, addr, hostKey, "clerk", codes["clerk"], 20*time.Second); err == nil {
		t.Fatal("the old clerk's code still lets in after --new-codes")
	}
	clerk3, err := dialRole(t, addr, hostKey, "clerk", renewed["clerk"], 5*time.Second)
	if err != nil {
		t.Fatalf("the new code: %v", err)
	}
	clerk3.waitFor(t, "Sở Giáo dục và Đào tạo")
	if !third.redrawn("Not back yet: projector") {
		t.Errorf("the clerk is back, the projector not:\n%s", third.screen())
	}
	third.kill()

	// The codes file is the owner's only; no code is in an export or the log.
	if fi, err := os.Stat(codesFile); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("codes file: %v %v, want 0600", fi.Mode(), err)
	}
	log, _ := os.ReadFile(filepath.Join(dir, "hung-yen-serve.log"))
	if len(log) == 0 {
		t.Error("no serve log")
	}
	places := map[string]string{"serve log": string(log)}
	for _, format := range []string{"json", "md", "csv", "html"} {
		code, out, errOut := podium(t, "export", "--format", format, file)
		if code != 0 {
			t.Fatalf("export %s: %d %s", format, code, errOut)
		}
		places["export "+format] = out
	}
	for where, text := range places {
		for _, c := range []string{codes["clerk"], codes["display"], renewed["clerk"], renewed["display"]} {
			if strings.Contains(text, c) || strings.Contains(text, strings.ReplaceAll(c, "-", "")) {
				t.Errorf("the %s holds the join code %s", where, c)
			}
		}
	}
}

func hostPublicKey(t *testing.T, path string) gossh.PublicKey {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	k, err := gossh.ParsePrivateKey(data)
	if err != nil {
		t.Fatal(err)
	}
	return k.PublicKey()
}
