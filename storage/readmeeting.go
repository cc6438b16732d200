package storage

import "podium/model"

// ReadMeeting loads the meeting at path read-only and lets go of the file
// at once, for the commands that only read (export). A meeting open in a
// running Podium cannot be read (bbolt's lock is exclusive), so then it is
// read from the newest backup that Podium keeps beside the file, and
// from is that backup's path ("" when the file itself was read; when it
// was taken: BackupTime). A locked file with no backup yet is CodeLocked.
func ReadMeeting(path string) (m *model.Meeting, from string, err error) {
	s, err := Open(path, &Options{ReadOnly: true})
	if CodeOf(err) == CodeLocked {
		from = NewestBackup(path)
		if from == "" {
			return nil, "", err
		}
		s, err = Open(from, &Options{ReadOnly: true})
	}
	if err != nil {
		return nil, "", err
	}
	m = s.Meeting()
	return m, from, s.Close()
}
