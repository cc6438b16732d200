package storage

import (
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

// readMigratedCopy copies path into a temporary folder (as a restore
// copies: copyMeeting), opens the copy (which migrates it) and reads it;
// the copy and its backups go.
func readMigratedCopy(path string) (*model.Meeting, error) {
	dir, err := os.MkdirTemp("", "podium-read-")
	if err != nil {
		return nil, fail(CodeIO, path, err)
	}
	defer os.RemoveAll(dir)
	copyPath := filepath.Join(dir, filepath.Base(path))
	if err := copyMeeting(path, copyPath); err != nil {
		return nil, err
	}
	s, err := Open(copyPath, nil)
	if err != nil {
		return nil, err
	}
	m := s.Meeting()
	return m, s.Close()
}
