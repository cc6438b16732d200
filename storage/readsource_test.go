package storage

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// An import reads an ordinary file; a folder or a named pipe is refused
// before anything reads it (a pipe with no writer would block the reader
// for ever: the moderator's screen froze on it), a missing file says so.
func TestReadSourceRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "cau-hoi.csv")
	if err := os.WriteFile(good, []byte("Nội dung\nHỏi\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if b, err := ReadSource(good); err != nil || string(b) != "Nội dung\nHỏi\n" {
		t.Fatalf("%q, %v", b, err)
	}
	pipe := filepath.Join(dir, "pipe.csv")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipe here: %v", err)
	}
	for path, code := range map[string]Code{dir: CodeTargetDirectory, pipe: CodeTargetFIFO, filepath.Join(dir, "none.csv"): CodeRead} {
		if _, err := ReadSource(path); CodeOf(err) != code {
			t.Errorf("%s: %v, want %s", path, err, code)
		}
	}
}
