package ui

import (
	"fmt"
	"strings"
	"syscall"
	"testing"

	"podium/storage"
	"podium/ui/i18n"
)

// A backup that fails (a full disk) stays on the moderator's screen, named
// with its cause, at 80 columns too, until a backup succeeds.
func TestAFailedBackupStaysOnScreenUntilOneSucceeds(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	full := &storage.Error{Code: storage.CodeIO, Path: "/media/usb/hy-backups", Err: fmt.Errorf("write: %w", syscall.ENOSPC)}
	r.m.Update(BackupMsg{Err: full})
	r.wantOnScreen("⚠ CHƯA SAO LƯU", "Chưa sao lưu được: Không ghi được vào /media/usb/hy-backups: ổ đĩa đã đầy")
	r.press("j") // a key does not take it away: the disk is still full
	r.wantOnScreen("⚠ CHƯA SAO LƯU")
	r.m.Update(BackupMsg{})
	if s := r.screen(); strings.Contains(s, "SAO LƯU") {
		t.Fatalf("the warning stayed after a backup succeeded:\n%s", s)
	}
}
