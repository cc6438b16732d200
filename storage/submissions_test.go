package storage

import (
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// inboxCommands send three questions to the inbox, approve one, merge one,
// reject one and close the inbox.
func inboxCommands() []model.Command {
	return []model.Command{
		model.SubmitQuestion{Name: "Lê Minh Châu", Unit: "Khoái Châu", Text: "Xã có wifi miễn phí không?"},
		model.SubmitQuestion{Name: "Trần Thị Mai", Anonymous: true, Text: "Học phí trường nghề?"},
		model.SubmitQuestion{Text: "Đường điện cho khu sản xuất?", Paper: true},
		model.ApproveSubmission{ID: 1},
		model.MergeSubmission{ID: 2, Into: 1},
		model.RejectSubmission{ID: 3},
		model.SetSubmissions{Closed: true},
	}
}

// The inbox is stored and comes back on reopening; each of its commands
// is undone and redone.
func TestSubmissionsReopen(t *testing.T) {
	s, path := newStore(t)
	var ms []*model.Meeting
	for i, c := range inboxCommands() {
		ms = append(ms, mustApply(t, s, c, at(100+i)))
	}
	want := s.Meeting()
	if len(want.Submissions) != 3 || !want.SubmissionsClosed || want.Question(1).AskedBy() != 2 || want.Question(4).Channel != model.ChannelHall {
		t.Fatalf("meeting %s", mjson(t, want))
	}
	s.Close()
	checkFile(t, path)
	s = mustOpen(t, path, nil)
	sameMeeting(t, "reopened", s.Meeting(), want)
	for i := len(ms) - 1; i > 0; i-- {
		m, _, err := s.Undo("tester", at(200))
		if err != nil {
			t.Fatal(err)
		}
		sameMeeting(t, "undo "+inboxCommands()[i].Verb(), m, ms[i-1])
	}
	s.Close()
	s = mustOpen(t, path, nil)
	sameMeeting(t, "reopened after undo", s.Meeting(), ms[0])
	for i := 1; i < len(ms); i++ {
		m, _, err := s.Redo("tester", at(300))
		if err != nil {
			t.Fatal(err)
		}
		sameMeeting(t, "redo "+inboxCommands()[i].Verb(), m, ms[i])
	}
	checkModel(t, s.Meeting())
}

// A file written before the inbox has no submissions bucket: it opens
// (read-only too) with an empty inbox, passes the check, and the first
// question sent creates the bucket.
func TestSubmissionsInAnOlderFile(t *testing.T) {
	s, path := newStore(t)
	mustApply(t, s, model.CallNext{}, at(10))
	s.Close()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketSubmissions) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	checkFile(t, path)

	ro := mustOpen(t, path, &Options{ReadOnly: true})
	if m := ro.Meeting(); len(m.Submissions) != 0 || m.SubmissionsClosed {
		t.Fatalf("read-only: %s", mjson(t, m))
	}
	ro.Close()
	s = mustOpen(t, path, nil)
	mustApply(t, s, model.SubmitQuestion{Text: "Câu hỏi"}, at(20))
	want := s.Meeting()
	s.Close()
	checkFile(t, path)
	s = mustOpen(t, path, nil)
	sameMeeting(t, "reopened", s.Meeting(), want)
	if _, _, err := s.Undo("tester", at(30)); err != nil {
		t.Fatal(err)
	}
	if n := len(s.Meeting().Submissions); n != 0 {
		t.Fatalf("after undo: %d submissions", n)
	}
}

// testdata/v1.podium, from before the inbox, migrates and takes questions.
func TestSubmissionsAfterMigratingVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "meeting.podium")
	if err := os.WriteFile(path, readFile(t, filepath.Join("testdata", "v1.podium")), 0o600); err != nil {
		t.Fatal(err)
	}
	s := mustOpen(t, path, nil)
	if len(s.Meeting().Submissions) != 0 {
		t.Fatal("submissions in a version 1 file")
	}
	mustApply(t, s, model.SubmitQuestion{Name: "Lê Minh Châu", Text: "Câu hỏi"}, at(20))
	mustApply(t, s, model.MergeSubmission{ID: 1, Into: 1}, at(21))
	want := s.Meeting()
	s.Close()
	checkFile(t, path)
	s = mustOpen(t, path, nil)
	sameMeeting(t, "reopened", s.Meeting(), want)
}
