package storage

import (
	"path/filepath"
	"reflect"
	"testing"

	"podium/model"
	"podium/model/demo"
)

// After its pages are let go, the meeting reads and writes as before: the
// map is the file's, so what a later read faults back in is the same.
func TestReleaseMemoryChangesNothing(t *testing.T) {
	s, path := newStore(t)
	s.Close()
	s = mustOpen(t, path, nil) // Open lets go of what loading read
	for i, cmd := range []model.Command{&model.CallNext{}, &model.Postpone{}, &model.CallNext{}} {
		s.ReleaseMemory()
		mustApply(t, s, cmd, at(i+1))
	}
	s.ReleaseMemory()
	if _, _, err := s.Undo("tester", at(100)); err != nil {
		t.Fatal(err)
	}
	s.ReleaseMemory()
	want := s.Meeting()
	if n := logLen(t, s); n != 5 {
		t.Fatalf("%d log entries, want 5 (create, 3 commands, undo)", n)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s.ReleaseMemory() // closed: does nothing
	checkFile(t, path)
	sameMeeting(t, "reopened", mustOpen(t, path, nil).Meeting(), want)
}

// The log of a big file reads the same before and after letting go.
func TestReleaseMemoryLogReadsTheSame(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.podium")
	m, err := demo.Meeting(t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteBigFile(path, m, t0, 2000, 2000); err != nil {
		t.Fatal(err)
	}
	s := mustOpen(t, path, nil)
	before := logEntries(t, s)
	s.ReleaseMemory()
	after := logEntries(t, s)
	if !reflect.DeepEqual(after, before) {
		t.Fatalf("the log read %d entries before letting go and %d after, or not the same", len(before), len(after))
	}
}

func logEntries(t *testing.T, s *Store) []LogEntry {
	t.Helper()
	var es []LogEntry
	if err := s.Log(func(e LogEntry) bool { es = append(es, e); return true }); err != nil {
		t.Fatal(err)
	}
	if len(es) == 0 {
		t.Fatal("no log entries")
	}
	return es
}
