package storage

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// tailState is what a test sees of the log's two buckets: the keys of
// each, the tail's bytes on its page, the log's root page.
type tailState struct {
	logKeys, tailKeys []uint64
	tailBytes         int
	tailBranches      int
	logRoot           uint64
	pageSize          int
}

func readTail(t *testing.T, s *Store) tailState {
	t.Helper()
	var st tailState
	if err := s.db.View(func(tx *bolt.Tx) error {
		keys := func(b *bolt.Bucket) (out []uint64) {
			_ = b.ForEach(func(k, _ []byte) error {
				n, _ := btoi(k)
				out = append(out, n)
				return nil
			})
			return out
		}
		st.logKeys, st.tailKeys = keys(tx.Bucket(bucketLog)), keys(tx.Bucket(bucketLogTail))
		_, st.tailBytes = tailUse(tx.Bucket(bucketLogTail))
		st.tailBranches = tx.Bucket(bucketLogTail).Stats().BranchPageN
		st.logRoot = uint64(tx.Bucket(bucketLog).Root())
		st.pageSize = tx.DB().Info().PageSize
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return st
}

// Commands of every size, from a note to an import bigger than a page:
// the tail never outgrows its one node, its entries are always the newest
// and the log and tail together are every entry once, in order; a commit
// that fits the tail leaves the log's pages alone; undo reaches entries in
// either; what a load reads (the buckets, the tail's records over them)
// is the meeting the store holds; the file checks and reopens the same.
func TestLogTailHoldsTheNewestEntries(t *testing.T) {
	s, path := newStore(t)
	mustApply(t, s, model.CallNext{}, at(1))
	mustApply(t, s, model.StartAnswer{Department: "GDDT"}, at(2))
	rng := rand.New(rand.NewPCG(4, 14))
	entries, untouched, folds := 3, 0, 0
	for i := range 300 {
		before := readTail(t, s)
		switch {
		case i%97 == 50: // an import: one entry bigger than a page
			var qs []model.AddQuestion
			for j := range 40 {
				qs = append(qs, model.AddQuestion{Asker: model.Person{Name: fmt.Sprint("Người hỏi ", j)}, Kind: model.KindQuestion, Text: strings.Repeat("Câu hỏi dài về chuyển đổi số. ", 5)})
			}
			mustApply(t, s, model.ImportQuestions{File: "cau-hoi.csv", Questions: qs}, at(10+i))
		case i%13 == 7:
			if _, _, err := s.Undo("tester", at(10+i)); err != nil {
				t.Fatalf("undo %d: %v", i, err)
			}
		case i%11 == 3: // the queue's records wait in the tail too
			mustApply(t, s, model.AddQuestion{Asker: model.Person{Name: fmt.Sprint("Đoàn viên ", i)}, Kind: model.KindQuestion, Text: "Câu hỏi từ hội trường."}, at(10+i))
		case i%11 == 5 && s.Meeting().Queue.Len() > 2:
			q := s.Meeting().Queue
			mustApply(t, s, model.MoveQuestion{ID: q.At(q.Len() - 1), By: -1 - rng.IntN(q.Len()-1)}, at(10+i))
		default:
			mustApply(t, s, model.SetNotes{Answer: 1, Notes: fmt.Sprint(i, " ", strings.Repeat("Ghi chép. ", 1+rng.IntN(rng.IntN(150)+1)))}, at(10+i))
		}
		entries++
		after := readTail(t, s)
		if n := len(after.tailKeys); n > tailEntries || after.tailBytes > tailPages*after.pageSize || after.tailBranches > 0 {
			t.Fatalf("commit %d: the tail holds %d entries in %d bytes, %d branch pages", i, n, after.tailBytes, after.tailBranches)
		}
		all := append(slices.Clone(after.logKeys), after.tailKeys...)
		if len(all) != entries || !slices.IsSorted(all) || all[0] != 1 || all[len(all)-1] != uint64(entries) {
			t.Fatalf("commit %d: log %v + tail %v, want 1..%d in order", i, after.logKeys, after.tailKeys, entries)
		}
		if len(after.tailKeys) > 0 && len(after.logKeys) > 0 && after.tailKeys[0] <= after.logKeys[len(after.logKeys)-1] {
			t.Fatalf("commit %d: the tail starts at %d, the log ends at %d", i, after.tailKeys[0], after.logKeys[len(after.logKeys)-1])
		}
		if i%5 == 0 {
			sameMeeting(t, fmt.Sprint("loaded after commit ", i), loadFrom(t, s), s.Meeting())
		}
		if inFile := waitingIn(t, s); !maps.EqualFunc(s.waiting, inFile, sameRecord) {
			t.Fatalf("commit %d: the store's copy of what waits in the tail is %v, the file's %v", i, s.waiting, inFile)
		}
		if len(after.logKeys) == len(before.logKeys) {
			untouched++
			if after.logRoot != before.logRoot {
				t.Fatalf("commit %d went to the tail, yet the log's root page moved (%d → %d)", i, before.logRoot, after.logRoot)
			}
		} else {
			folds++
		}
	}
	if untouched < 100 || folds < 20 {
		t.Fatalf("%d commits left the log alone, %d moved the tail into it: the test did not exercise both", untouched, folds)
	}
	var seqs []uint64
	if err := s.Log(func(e LogEntry) bool { seqs = append(seqs, e.Seq); return true }); err != nil {
		t.Fatal(err)
	}
	if len(seqs) != entries || seqs[0] != uint64(entries) || seqs[len(seqs)-1] != 1 || !slices.IsSortedFunc(seqs, func(a, b uint64) int { return int(b) - int(a) }) {
		t.Fatalf("Log gave %d entries (%v…), want %d newest first", len(seqs), seqs[:min(5, len(seqs))], entries)
	}
	closedSame(t, s, path, "reopened")
	checkFile(t, path)
}

// testdata/v3.podium was written by Podium at schema version 3 (commit
// 7ca6aea; the generator is testdata/genv3_test.go.txt): the small demo,
// a clerk's question, call next, an answer with notes, call next and
// postpone, a move, a second clerk's question, call next, then undo, undo
// and redo by the moderator. v3.json holds the meeting as that version
// left it and after each of undo, undo, redo, undo, undo by the moderator.
//
// Migrated to version 4, the meeting, the log, undo and redo, and check
// all survive, and new entries go to the tail.
func TestMigrateVersion3(t *testing.T) {
	s, path, steps, verbs := openOldFixture(t, "3")
	want := []string{VerbRedo, VerbUndo, VerbUndo, "call_next", "add_question", "move_question", "postpone", "call_next", "end_answer", "set_notes", "start_answer", "call_next", "add_question", VerbCreate}
	if !slices.Equal(verbs, want) {
		t.Fatalf("log %v", verbs)
	}
	if st := readTail(t, s); len(st.tailKeys) != 0 || len(st.logKeys) != len(want) {
		t.Fatalf("after the migration: log %v, tail %v", st.logKeys, st.tailKeys)
	}
	s.Close()
	if v := fileSchema(t, path); v != fmt.Sprint(SchemaVersion) {
		t.Fatalf("schema %s", v)
	}
	checkFile(t, path)

	s = mustOpen(t, path, nil)
	undoRedoAsRecorded(t, s, steps)
	if st := readTail(t, s); len(st.tailKeys) == 0 || len(st.logKeys)+len(st.tailKeys) != len(want)+5 {
		t.Fatalf("the new entries: log %v, tail %v", st.logKeys, st.tailKeys)
	}
	closedSame(t, s, path, "reopened")
	checkFile(t, path)
	s = mustOpen(t, path, nil)
	if _, e, err := s.Undo("clerk", at(400)); err != nil || e.Verb != "add_question" {
		t.Fatalf("clerk's undo: %+v, %v", e, err)
	}
	s.Close()
	checkFile(t, path)
}

// loadFrom reads the meeting from s's file, as Open would.
func loadFrom(t *testing.T, s *Store) *model.Meeting {
	t.Helper()
	m, _, err := loadTx(s.db)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// waitingIn is what waits in s's tail, read from the file.
func waitingIn(t *testing.T, s *Store) map[string]Record {
	t.Helper()
	var vals map[string]Record
	if err := s.db.View(func(tx *bolt.Tx) error {
		p, err := pendingOf(tx)
		if err == nil {
			vals = p.vals
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return vals
}

func sameRecord(a, b Record) bool {
	return a.Kind == b.Kind && a.ID == b.ID && bytes.Equal(a.Value, b.Value)
}

// A commit can fail after bbolt wrote its meta page (an fdatasync that
// fails): the file holds it while the store still has the meeting and the
// tail from before. commitFailed, what every write does on an error, puts
// the store back in step with the file: the next command builds on what
// the file holds, and the file checks good. Kept as it was, the copy of
// the tail gave the next command stale before-images, and check called
// the file damaged (found in review).
func TestFailedCommitThatLandedLeavesTheStoreInStep(t *testing.T) {
	s, path := newStore(t)
	mustApply(t, s, model.CallNext{}, at(1))
	mustApply(t, s, model.StartAnswer{Department: "GDDT"}, at(2))
	mustApply(t, s, model.SetNotes{Answer: 1, Notes: "một"}, at(3))
	// Nothing reached the file: the store stays as it is.
	kept, keptWaiting := s.Meeting(), s.waiting
	if err := s.commitFailed(errors.New("no space left on device")); wantCode(t, err, CodeIO) == nil {
		return
	}
	if s.Meeting() != kept || !maps.EqualFunc(s.waiting, keptWaiting, sameRecord) {
		t.Fatal("a commit that wrote nothing changed the store")
	}
	staleWaiting, staleMeeting, staleTx := maps.Clone(s.waiting), s.Meeting(), s.lastTx
	// On disk, though its commit "fails": the store as such an Apply left it.
	mustApply(t, s, model.SetNotes{Answer: 1, Notes: "hai"}, at(4))
	s.waiting, s.lastTx = staleWaiting, staleTx
	s.meeting.Store(staleMeeting)
	if err := s.commitFailed(errors.New("fdatasync: input/output error")); wantCode(t, err, CodeIO) == nil {
		return
	}
	if got := s.Meeting().Answer(1).Notes; got != "hai" {
		t.Fatalf("after the failed commit the store has notes %q, the file %q", got, "hai")
	}
	mustApply(t, s, model.SetNotes{Answer: 1, Notes: "ba"}, at(5))
	if inFile := waitingIn(t, s); !maps.EqualFunc(s.waiting, inFile, sameRecord) {
		t.Errorf("the store's copy of the tail (%d records) is not the file's (%d)", len(s.waiting), len(inFile))
	}
	s.Close()
	checkFile(t, path)
}

// WriteBigFile writes its questions over the meeting Create left waiting
// in the tail, not under it (found in review: questions 1-3 of every
// benchmark file were the demo's).
func TestBigFileQuestionsAreItsOwn(t *testing.T) {
	for _, nlog := range []int{0, 5} {
		path := filepath.Join(t.TempDir(), "big.podium")
		if err := WriteBigFile(path, demoMeeting(t), t0, 10, nlog); err != nil {
			t.Fatal(err)
		}
		s := mustOpen(t, path, nil)
		if q := s.Meeting().Question(1); !strings.HasPrefix(q.Text, "Đề nghị tỉnh hỗ trợ") {
			t.Errorf("%d log entries: question 1 is %q, not WriteBigFile's", nlog, q.Text)
		}
		s.Close()
	}
}
