package storage

import (
	"testing"

	"podium/model"
)

// A file a running Podium holds is read from its newest backup, named; with
// no backup yet the lock is the answer; a free file is read itself.
func TestReadMeetingFallsBackToTheNewestBackup(t *testing.T) {
	s, path := newStore(t)
	_, _, err := ReadMeeting(path)
	wantCode(t, err, CodeLocked)

	backup, err := s.BackupTo(BackupDir(path), at(1))
	if err != nil {
		t.Fatal(err)
	}
	mustApply(t, s, model.AddQuestion{Asker: model.Person{Name: "Người đến muộn"}, Text: "Sau bản sao lưu"}, at(2))
	m, from, err := ReadMeeting(path)
	if err != nil || from != backup || len(m.Questions) != len(s.Meeting().Questions)-1 {
		t.Fatalf("locked: from %q (want %q), %v", from, backup, err)
	}

	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	m, from, err = ReadMeeting(path)
	if err != nil || from != "" || m.Question(len(m.Questions)).Asker.Name != "Người đến muộn" {
		t.Fatalf("free: from %q, %v", from, err)
	}
}
