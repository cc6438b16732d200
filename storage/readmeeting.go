package storage

import (
	"podium/model"

	bolt "go.etcd.io/bbolt"
)

// ReadMeeting loads the meeting at path read-only and lets go of the file
// at once, for the commands that only read (export). A meeting open in a
// running Podium cannot be read (bbolt's lock is exclusive), so then it is
// read from the newest backup that Podium keeps beside the file, and
// from is that backup's path ("" when the file itself was read; when it
// was taken: BackupTime). A locked file with no backup yet is CodeLocked.
//
// A file of an older format (last year's meeting) is read as it is:
// reading must not write to it, and an office exporting an old meeting
// must not be told to open it first.
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
		m, err = readOldFormat(read)
		return m, from, err
	}
	if err != nil {
		return nil, "", err
	}
	m = s.Meeting()
	return m, from, s.Close()
}

// readOldFormat reads a file of an older format where it is, read-only,
// with the loader that reads every version (as check reads old backups).
func readOldFormat(path string) (*model.Meeting, error) {
	db, err := openBolt(path, true, DefaultTimeout)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	var m *model.Meeting
	err = view(db, func(tx *bolt.Tx) error {
		var err error
		m, err = loadMeetingAt(tx, isSealed(tx))
		return err
	})
	if err != nil {
		return nil, damaged(path, err)
	}
	return m, nil
}
