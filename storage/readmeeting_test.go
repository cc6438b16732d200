package storage

import (
	"bytes"
	"os"
	"path/filepath"
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
	if err != nil || from != backup || m.Questions.Len() != s.Meeting().Questions.Len()-1 {
		t.Fatalf("locked: from %q (want %q), %v", from, backup, err)
	}

	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	m, from, err = ReadMeeting(path)
	if err != nil || from != "" || m.Question(m.Questions.Len()).Asker.Name != "Người đến muộn" {
		t.Fatalf("free: from %q, %v", from, err)
	}
}

// Last year's meeting, in an older format, is read for export without a
// byte of it changing: from a copy migrated elsewhere.
func TestReadMeetingOfAnOlderFormatLeavesItAsItIs(t *testing.T) {
	for _, name := range []string{"v1.podium", "v2.podium"} {
		path := filepath.Join(t.TempDir(), name)
		orig, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, orig, 0o644); err != nil {
			t.Fatal(err)
		}
		m, from, err := ReadMeeting(path)
		if err != nil || from != "" || m == nil || m.Questions.Len() == 0 {
			t.Fatalf("%s: %v, from %q", name, err, from)
		}
		after, _ := os.ReadFile(path)
		if !bytes.Equal(after, orig) {
			t.Errorf("%s: reading it changed the file", name)
		}
		if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
			t.Errorf("%s: reading it left %d entries beside it", name, len(entries))
		}
	}
}
