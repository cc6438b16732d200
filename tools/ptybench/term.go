package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// session is one program running in a pseudo-terminal whose output goes
// through a terminal emulator, so that "the frame that shows the change"
// is the screen as a terminal would show it, not a guess from the bytes a
// renderer that only redraws changed cells happens to write.
type session struct {
	cmd     *exec.Cmd
	pty     *os.File
	started time.Time

	mu     sync.Mutex
	cond   *sync.Cond
	emu    *vt.Emulator
	screen string // the emulator's screen after the last chunk read
	seen   time.Time
	done   bool
}

// start runs name with args in a w×h pseudo-terminal.
func start(w, h int, env []string, name string, args ...string) (*session, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Env = append(cmd.Env, "TERM=xterm-256color", "COLORTERM=truecolor")
	s := &session{cmd: cmd, emu: vt.NewEmulator(w, h)}
	s.cond = sync.NewCond(&s.mu)
	s.started = time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)})
	if err != nil {
		return nil, err
	}
	s.pty = f
	go s.read()
	go s.answer()
	return s, nil
}

// read feeds the program's output to the emulator and notes when each
// chunk arrived.
func (s *session) read() {
	buf := make([]byte, 64<<10)
	for {
		n, err := s.pty.Read(buf)
		now := time.Now()
		if n > 0 {
			s.mu.Lock()
			_, _ = s.emu.Write(buf[:n])
			s.screen = s.emu.String()
			s.seen = now
			s.cond.Broadcast()
			s.mu.Unlock()
		}
		if err != nil {
			s.mu.Lock()
			s.done = true
			s.cond.Broadcast()
			s.mu.Unlock()
			return
		}
	}
}

// answer sends the emulator's replies to the program's queries (the
// background colour, the terminal's features) back as input, as a
// terminal does.
func (s *session) answer() {
	buf := make([]byte, 4096)
	for {
		n, err := s.emu.Read(buf)
		if n > 0 {
			_, _ = s.pty.Write(buf[:n])
		}
		if err != nil {
			return
		}
	}
}

var errTimeout = errors.New("timed out")

// waitFor waits until the screen satisfies ok and returns when the chunk
// that made it so arrived.
func (s *session) waitFor(ok func(screen string) bool, limit time.Duration) (time.Time, error) {
	deadline := time.Now().Add(limit)
	timer := time.AfterFunc(limit, func() {
		s.mu.Lock()
		s.cond.Broadcast()
		s.mu.Unlock()
	})
	defer timer.Stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	for !ok(s.screen) {
		if s.done {
			return time.Time{}, fmt.Errorf("program ended; screen:\n%s", s.screen)
		}
		if time.Now().After(deadline) {
			return time.Time{}, fmt.Errorf("%w; screen:\n%s", errTimeout, s.screen)
		}
		s.cond.Wait()
	}
	return s.seen, nil
}

// press types keys and returns the time until the screen satisfies ok.
func (s *session) press(keys string, ok func(string) bool) (time.Duration, error) {
	t0 := time.Now()
	if _, err := io.WriteString(s.pty, keys); err != nil {
		return 0, err
	}
	at, err := s.waitFor(ok, 60*time.Second)
	if err != nil {
		return 0, err
	}
	return at.Sub(t0), nil
}

// contains is a predicate: the screen shows every one of texts.
func contains(texts ...string) func(string) bool {
	return func(screen string) bool {
		for _, t := range texts {
			if !strings.Contains(screen, t) {
				return false
			}
		}
		return true
	}
}

// memory is the program's VmRSS, VmHWM, RssAnon and RssFile in MB, from
// /proc.
func (s *session) memory() memory {
	var m memory
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return m
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		f := strings.Fields(string(line))
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseFloat(f[1], 64)
		switch f[0] {
		case "VmRSS:":
			m.rss = kb / 1024
		case "VmHWM:":
			m.hwm = kb / 1024
		case "RssAnon:":
			m.anon = kb / 1024
		case "RssFile:":
			m.file = kb / 1024
		}
	}
	return m
}

// stop ends the program (it is sent quit keys first, then killed).
func (s *session) stop(quit string) {
	if quit != "" {
		_, _ = io.WriteString(s.pty, quit)
		s.mu.Lock()
		deadline := time.Now().Add(3 * time.Second)
		timer := time.AfterFunc(3*time.Second, func() { s.mu.Lock(); s.cond.Broadcast(); s.mu.Unlock() })
		for !s.done && time.Now().Before(deadline) {
			s.cond.Wait()
		}
		timer.Stop()
		s.mu.Unlock()
	}
	_ = s.cmd.Process.Kill()
	_ = s.cmd.Wait()
	_ = s.pty.Close()
}

// cpu is the program's user and system time so far, from /proc.
func (s *session) cpu() time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	// The fields after the command's name, which is in parentheses.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.Atoi(f[11])
	stime, _ := strconv.Atoi(f[12])
	return time.Duration(utime+stime) * 10 * time.Millisecond // USER_HZ is 100 on Linux
}

// settle waits until the program has used under 20 ms of CPU in half a
// second, or limit has passed.
func (s *session) settle(limit time.Duration) {
	deadline := time.Now().Add(limit)
	last := s.cpu()
	for time.Now().Before(deadline) {
		time.Sleep(500 * time.Millisecond)
		now := s.cpu()
		if now-last < 20*time.Millisecond {
			return
		}
		last = now
	}
}
