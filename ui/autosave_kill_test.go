package ui

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui/i18n"
)

const childEnv = "PODIUM_NOTES_CHILD"

// The clerk types steadily into the notes of a running answer; the process
// is killed with SIGKILL at a random moment. Reopened, the file holds a
// prefix of what was typed, missing at most what was typed in about the
// last second.
func TestNotesSurviveAKill(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		t.Skip("in the child")
	}
	if testing.Short() {
		t.Skip("kills child processes")
	}
	for round := range 3 {
		path := filepath.Join(t.TempDir(), "notes.podium")
		m, err := demo.Meeting(start)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []model.Command{model.CallNext{}, model.StartAnswer{Department: "GDDT"}} {
			if m, _, err = model.Apply(m, c, start); err != nil {
				t.Fatal(err)
			}
		}
		s, err := storage.Create(path, m, "test", start, nil)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()

		cmd := exec.Command(os.Args[0], "-test.run=^TestNotesChild$", "-test.v")
		cmd.Env = append(os.Environ(), childEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		killAt := time.Now().Add(time.Duration(1500+rand.IntN(1500)) * time.Millisecond)
		var typedAt []time.Time // when the parent learnt that char i was typed
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if n, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "typed ")); err == nil && strings.HasPrefix(sc.Text(), "typed ") {
				for len(typedAt) < n {
					typedAt = append(typedAt, time.Now())
				}
			}
			if time.Now().After(killAt) {
				break
			}
		}
		killed := time.Now()
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()

		s, err = storage.Open(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		notes := s.Meeting().Answer(1).Notes
		s.Close()
		if len(typedAt) < 50 {
			t.Fatalf("round %d: the child typed only %d characters", round, len(typedAt))
		}
		if !strings.HasPrefix(typing(len(typedAt)), notes) {
			t.Fatalf("round %d: stored notes are not what was typed: %q", round, notes)
		}
		// Everything typed more than 1.5 s before the kill (a second of
		// autosave, plus the commit and scheduling on a busy 2-core
		// machine) must be there.
		mustHave := 0
		for i, at := range typedAt {
			if killed.Sub(at) > 1500*time.Millisecond {
				mustHave = i + 1
			}
		}
		if len(notes) < mustHave {
			t.Fatalf("round %d: %d of %d characters stored, %d were typed over 1.5 s before the kill",
				round, len(notes), len(typedAt), mustHave)
		}
		lostFor := time.Duration(0)
		if len(notes) < len(typedAt) {
			lostFor = killed.Sub(typedAt[len(notes)])
		}
		t.Logf("round %d: typed %d, stored %d, lost %d characters: the last %v of typing",
			round, len(typedAt), len(notes), len(typedAt)-len(notes), lostFor.Round(time.Millisecond))
	}
}

// typing is the text the child types: letters without spaces, so cleaning
// cannot change it.
func typing(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteByte(byte('a' + i%26))
	}
	return b.String()
}

// TestNotesChild is the clerk in the child process: the real program loop
// with the real autosave timer, typing one character every 5 ms and saying
// so on stdout.
func TestNotesChild(t *testing.T) {
	path := os.Getenv(childEnv)
	if path == "" {
		t.Skip("run by TestNotesSurviveAKill")
	}
	s, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := hub.New(s, time.Now)
	m := New(NewContext(i18n.VI, "clerk"), h, time.Now)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	tm.Send(keyMsg("2"))
	tm.Send(keyMsg("enter"))
	text := typing(100000)
	for i := range len(text) {
		tm.Send(keyMsg(text[i : i+1]))
		fmt.Printf("typed %d\n", i+1)
		time.Sleep(5 * time.Millisecond)
	}
}
