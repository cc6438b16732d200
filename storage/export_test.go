package storage

import "time"

// LastLogSeq is the seq and time of the file's newest log entry.
func (s *Store) LastLogSeq() (uint64, time.Time, error) {
	var newest LogEntry
	err := s.Log(func(e LogEntry) bool { newest = e; return false })
	return newest.Seq, newest.Time, err
}

// BackupLastLogSeq is the seq of the newest log entry of the meeting file
// or backup at path, opened read-only.
func BackupLastLogSeq(path string) (uint64, time.Time, error) {
	h, err := backupHead(path)
	return h.last, time.Time{}, err
}
