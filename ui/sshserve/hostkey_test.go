//go:build unix

package sshserve

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"podium/storage/safefile"
)

// The host key is made once, 0600, through safefile, and never written
// over; a FIFO or a folder in its place is refused at once, not waited on.
func TestHostKeyFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "meeting-hostkey")
	k1, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v, %v", fi, err)
	}
	k2, err := LoadOrCreateHostKey(path)
	if err != nil || Fingerprint(k1) != Fingerprint(k2) {
		t.Fatalf("second load: %v (fingerprints %s, %s)", err, Fingerprint(k1), Fingerprint(k2))
	}
	es, _ := os.ReadDir(dir)
	if len(es) != 1 {
		t.Errorf("%d entries in the folder, want only the key", len(es))
	}
	fifo := filepath.Join(dir, "fifo-hostkey")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	var r *safefile.RefusedError
	if _, err := LoadOrCreateHostKey(fifo); !errors.As(err, &r) || r.Kind != safefile.KindFIFO {
		t.Errorf("a FIFO: %v", err)
	}
	if _, err := LoadOrCreateHostKey(dir); !errors.As(err, &r) || r.Kind != safefile.KindDirectory {
		t.Errorf("a folder: %v", err)
	}
}
