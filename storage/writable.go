package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// notWritable says why the meeting at path cannot be changed in place: the
// file is read-only, or its folder is (where backups and exports go), or
// the disk is mounted read-only. It returns nil when the file can be
// written, and for failures that opening the file reports by itself.
func notWritable(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		if refusedWrite(err) {
			return err
		}
		return nil
	}
	_ = f.Close()
	dir := filepath.Dir(path)
	probe, err := os.CreateTemp(dir, ".podium-probe-*")
	if err != nil {
		if refusedWrite(err) {
			return fmt.Errorf("%s: %w", dir, err)
		}
		return nil // a full disk, say: the meeting itself may still take changes
	}
	_ = probe.Close()
	_ = os.Remove(probe.Name())
	return nil
}

// refusedWrite reports whether err is the system refusing to write, as
// opposed to a missing file or a full disk.
func refusedWrite(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}
