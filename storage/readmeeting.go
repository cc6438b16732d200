package storage

import (
	"io"
	"os"
	"path/filepath"

	"podium/model"
)

// ReadMeeting loads the meeting at path read-only and lets go of the file
// at once, for the commands that only read (export). A meeting open in a
// running Podium cannot be read (bbolt's lock is exclusive), so then it is
// read from the newest backup that Podium keeps beside the file, and
// from is that backup's path ("" when the file itself was read; when it
// was taken: BackupTime). A locked file with no backup yet is CodeLocked.
//
// A file of an older format (last year's meeting) is read from a copy
// migrated in a temporary folder: reading must not write to it, and an
// office exporting an old meeting must not be told to open it first.
func ReadMeeting(path string) (m *model.Meeting, from string, err error) {
	read := path
	s, err := Open(path, &Options{ReadOnly: true})
	if CodeOf(err) == CodeLocked {
		from = NewestBackup(path)
		if from == "" {
			return nil, "", err
		}
		read = from
		s, err = Open(from, &Options{ReadOnly: true})
	}
	if CodeOf(err) == CodeOldSchema {
		m, err = readMigratedCopy(read)
		return m, from, err
	}
	if err != nil {
		return nil, "", err
	}
	m = s.Meeting()
	return m, from, s.Close()
}

// readMigratedCopy copies path into a temporary folder, opens the copy
// (which migrates it) and reads it; the copy and its backups go.
func readMigratedCopy(path string) (*model.Meeting, error) {
	dir, err := os.MkdirTemp("", "podium-read-")
	if err != nil {
		return nil, fail(CodeIO, path, err)
	}
	defer os.RemoveAll(dir)
	src, err := os.Open(path)
	if err != nil {
		return nil, fail(CodeRead, path, err)
	}
	defer src.Close()
	copyPath := filepath.Join(dir, filepath.Base(path))
	dst, err := os.OpenFile(copyPath, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, fail(CodeIO, copyPath, err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return nil, fail(CodeIO, copyPath, err)
	}
	if err := dst.Close(); err != nil {
		return nil, fail(CodeIO, copyPath, err)
	}
	s, err := Open(copyPath, nil)
	if err != nil {
		return nil, err
	}
	m := s.Meeting()
	return m, s.Close()
}
