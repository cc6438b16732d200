package ui

import (
	"os"
	"syscall"
	"testing"

	"podium/ui/i18n"
)

// A path to a named pipe or a folder is refused before it is read: the
// pipe froze the moderator's screen for good (no writer, the read never
// returned), and the folder's message was the system's, in English.
func TestImportFormRefusesWhatIsNotAFile(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	pipe := "pipe.csv" // in the rig's folder: the message names it whole
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipe here: %v", err)
	}
	dir := "ds.csv"
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{pipe: "là một đường ống có tên (FIFO)", dir: "là một thư mục"} {
		r.press("i")
		r.typeText(path)
		r.press("ctrl+s")
		r.wantOnScreen(want)
		r.press("esc", "y")
	}
}
