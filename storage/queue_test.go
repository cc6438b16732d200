package storage

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// queueImages is how many queue records the newest log entry holds, and
// its stored size.
func newestEntry(t *testing.T, s *Store) (diskEntry, int) {
	t.Helper()
	var e diskEntry
	n := 0
	if err := s.db.View(func(tx *bolt.Tx) error {
		l, err := logOf(tx)
		if err != nil {
			return err
		}
		k, v := l.cursor().Last()
		n = len(v)
		_, js, err := unsealEntry(k, v)
		if err != nil {
			return err
		}
		return json.Unmarshal(js, &e)
	}); err != nil {
		t.Fatal(err)
	}
	return e, n
}

// A queue command writes the records of the questions that changed place,
// not the queue: at 100 and at 3,000 questions, call next, postpone, move
// and withdraw log the same number of images and entries of the same size.
func TestQueueCommandsTouchConstantRecords(t *testing.T) {
	sizes := map[int][]int{} // queue length → each command's entry size
	images := map[int][]int{}
	for _, n := range []int{100, 3_000} {
		path := filepath.Join(t.TempDir(), "big.podium")
		if err := WriteBigFile(path, demoMeeting(t), t0, n, 0); err != nil {
			t.Fatal(err)
		}
		s := mustOpen(t, path, nil)
		for i, cmd := range []func(m *model.Meeting) model.Command{
			func(*model.Meeting) model.Command { return model.CallNext{} },
			func(*model.Meeting) model.Command { return model.Postpone{} },
			func(m *model.Meeting) model.Command {
				return model.MoveQuestion{ID: m.Queue.At(m.Queue.Len() - 1), By: -m.Queue.Len()}
			},
			func(m *model.Meeting) model.Command {
				return model.MoveQuestion{ID: m.Queue.At(0), By: m.Queue.Len() / 2}
			},
			func(m *model.Meeting) model.Command { return model.Withdraw{ID: m.Queue.At(m.Queue.Len() / 2)} },
		} {
			mustApply(t, s, cmd(s.Meeting()), at(n+i))
			e, size := newestEntry(t, s)
			q := 0
			for _, r := range e.After {
				if r.Kind == recQueued {
					q++
				}
			}
			if q == 0 || q > 2 {
				t.Errorf("%d questions, %s: %d queue images", n, e.Verb, q)
			}
			sizes[n] = append(sizes[n], size)
			images[n] = append(images[n], q)
		}
		checkModel(t, s.Meeting())
		// (WriteBigFile's log is not one check would pass: no check here.)
		closedSame(t, s, path, "reopened")
	}
	if !slices.Equal(images[100], images[3_000]) {
		t.Errorf("queue images at 100: %v, at 3,000: %v", images[100], images[3_000])
	}
	for i := range sizes[100] {
		// The same entry but for the question numbers' digits.
		if d := sizes[3_000][i] - sizes[100][i]; d < 0 || d > 40 {
			t.Errorf("command %d: entry of %d bytes at 100 questions, %d at 3,000", i, sizes[100][i], sizes[3_000][i])
		}
	}
}

// queueDiff names every question that left, and enough of the others that
// the rest keep their order: for random changes of every kind.
func TestQueueDiffRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 14))
	for range 2000 {
		n := rng.IntN(12)
		old := rng.Perm(n + 4)[:n]
		nw := slices.Clone(old)
		for range 1 + rng.IntN(3) {
			switch rng.IntN(4) {
			case 0: // add
				nw = slices.Insert(nw, rng.IntN(len(nw)+1), 100+rng.IntN(1000))
			case 1: // take out
				if len(nw) > 0 {
					i := rng.IntN(len(nw))
					nw = slices.Delete(nw, i, i+1)
				}
			default: // move
				if len(nw) > 1 {
					i := rng.IntN(len(nw))
					id := nw[i]
					nw = slices.Delete(nw, i, i+1)
					nw = slices.Insert(nw, rng.IntN(len(nw)+1), id)
				}
			}
		}
		nw = slices.Compact(nw) // an added number may repeat
		if len(slices.Compact(slices.Sorted(slices.Values(nw)))) != len(nw) {
			continue
		}
		removed, placed := queueDiff(model.QueueOf(old...), model.QueueOf(nw...))
		var kept []int
		moved := map[int]bool{}
		for _, i := range placed {
			moved[nw[i]] = true
		}
		for _, id := range nw {
			if !moved[id] {
				kept = append(kept, id)
			}
		}
		var oldKept []int
		for _, id := range old {
			if !slices.Contains(removed, id) && !moved[id] {
				oldKept = append(oldKept, id)
			}
			if !slices.Contains(nw, id) && !slices.Contains(removed, id) {
				t.Fatalf("%v → %v: %d left but is not removed (%v, %v)", old, nw, id, removed, placed)
			}
		}
		if !slices.Equal(kept, oldKept) {
			t.Fatalf("%v → %v: removed %v, placed %v leave %v and %v", old, nw, removed, placed, oldKept, kept)
		}
		for _, id := range nw {
			if !slices.Contains(old, id) && !moved[id] {
				t.Fatalf("%v → %v: %d is new but not placed", old, nw, id)
			}
		}
	}
}

// Moving a question to the top again and again runs out of room between
// positions: neighbours are spread out, and the order on disk stays the
// order in memory.
func TestQueueRoomRunsOut(t *testing.T) {
	s, path := newStore(t)
	for i := range 5 {
		mustApply(t, s, model.AddQuestion{Asker: model.Person{Name: "Người hỏi"}, Text: "Câu hỏi thêm", Departments: []string{"CA"}}, at(10+i))
	}
	for i := range 150 {
		m := s.Meeting()
		mustApply(t, s, model.MoveQuestion{ID: m.Queue.At(m.Queue.Len() - 1 - i%3), By: -100}, at(100+i))
		if i%2 == 1 {
			m = s.Meeting()
			mustApply(t, s, model.MoveQuestion{ID: m.Queue.At(0), By: 1}, at(100+i))
		}
	}
	closedSame(t, s, path, "reopened")
	checkFile(t, path)
}

// An undo puts a question back where it was while keeping what others did
// to the queue since: a clerk's question added after the moderator's call
// stays, at the end.
func TestUndoQueueAroundOthers(t *testing.T) {
	s, path := newStore(t)
	m := mustApply(t, s, model.MoveQuestion{ID: 3, By: -2}, at(10))
	if !slices.Equal(m.Queue.Slice(), []int{3, 1, 2}) {
		t.Fatalf("queue %v", m.Queue)
	}
	if _, err := s.Apply(model.CallNext{}, "moderator", at(11)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(model.AddQuestion{Asker: model.Person{Name: "Khách"}, Text: "Câu hỏi từ hội trường", Departments: []string{"CA"}}, "clerk", at(12)); err != nil {
		t.Fatal(err)
	}
	got, _, err := s.Undo("moderator", at(13))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Queue.Slice(), []int{3, 1, 2, 4}) {
		t.Fatalf("after undo: queue %v, want [3 1 2 4]", got.Queue)
	}
	if got, _, err = s.Redo("moderator", at(14)); err != nil || !slices.Equal(got.Queue.Slice(), []int{1, 2, 4}) {
		t.Fatalf("after redo: queue %v, %v", got.Queue, err)
	}
	s.Close()
	checkFile(t, path)
}

// testdata/v2.podium was written by Podium at schema version 2 (commit
// 86633db, the generator in its comment below): the demo, three questions
// added by a clerk, a moderator's call next, postpone, move, withdraw and
// call next, the clerk's fourth question, two undos and a redo by the
// moderator. v2.json holds the meeting as that version left it and after
// each of undo, undo, redo, undo, undo by the moderator.
//
// Migrated, the meeting, the log, undo and redo (through entries written
// before the migration, whose images hold the whole queue) and check all
// survive.
func TestMigrateVersion2(t *testing.T) {
	s, path, steps, verbs := openOldFixture(t, "2")
	want := []string{VerbMigrate, VerbRedo, VerbUndo, VerbUndo, "add_question", "call_next", "withdraw", "move_question", "postpone", "call_next", "add_question", "add_question", "add_question", VerbCreate}
	if !slices.Equal(verbs, want) {
		t.Fatalf("log %v", verbs)
	}
	s.Close()
	if v := fileSchema(t, path); v != fmt.Sprint(SchemaVersion) {
		t.Fatalf("schema %s", v)
	}
	checkFile(t, path)
	// Undo and redo walk back through the version 2 entries.
	s = mustOpen(t, path, nil)
	undoRedoAsRecorded(t, s, steps)
	closedSame(t, s, path, "reopened")
	checkFile(t, path)
	// The clerk's own step is still the clerk's to undo.
	s = mustOpen(t, path, nil)
	if _, e, err := s.Undo("clerk", at(400)); err != nil || e.Verb != "add_question" {
		t.Fatalf("clerk's undo: %+v, %v", e, err)
	}
	s.Close()
	checkFile(t, path)
}

// Undoing an import takes its questions out of the queue in one pass and
// a redo puts each back at its stored place among the others', moved and
// added since (more than a few queue records: the path that takes them
// out all at once).
func TestUndoImportPlacesTheQueue(t *testing.T) {
	s, path := newStore(t)
	if _, err := s.Apply(importOf(40), "office", at(10)); err != nil {
		t.Fatal(err)
	}
	// Others' moves, of questions it added too.
	mustApply(t, s, model.MoveQuestion{ID: 3, By: 100}, at(11))
	mustApply(t, s, model.MoveQuestion{ID: 1, By: 20}, at(12))
	mustApply(t, s, model.MoveQuestion{ID: 20, By: -100}, at(12))
	m := mustApply(t, s, model.AddQuestion{Asker: model.Person{Name: "Khách"}, Text: "Câu hỏi từ hội trường", Departments: []string{"CA"}}, at(13))
	before := m.Queue.Slice()
	imported := func(id int) bool { return id >= 4 && id <= 43 }
	got, _, err := s.Undo("office", at(14))
	if err != nil {
		t.Fatal(err)
	}
	if want := slices.DeleteFunc(slices.Clone(before), imported); !slices.Equal(got.Queue.Slice(), want) {
		t.Fatalf("after the undo: queue %v, want %v", got.Queue.Slice(), want)
	}
	s.Close()
	sameMeeting(t, "reopened after the undo", reopened(t, path), got)
	s = mustOpen(t, path, nil)
	if got, _, err = s.Redo("office", at(15)); err != nil || !slices.Equal(got.Queue.Slice(), before) {
		t.Fatalf("after the redo: queue %v (%v), want %v", got.Queue.Slice(), err, before)
	}
	closedSame(t, s, path, "reopened after the redo")
	checkFile(t, path)
}

// An import can be undone after the moderator has moved a question of the
// meeting's next to the imported ones: the move writes the position of
// the question it passes (here the last imported one, found by the real
// binary on a meeting of 100,000), and the undo still takes that one out.
// It was refused as changed by someone else, naming nobody.
func TestUndoImportAfterAMoveNextToIt(t *testing.T) {
	s, path := newStore(t)
	if _, err := s.Apply(importOf(20), "office", at(10)); err != nil {
		t.Fatal(err)
	}
	mustApply(t, s, model.CallNext{}, at(11))
	mustApply(t, s, model.Postpone{}, at(12)) // 1 after the imported ones
	// Up one, twice, as K does: a swap of two neighbours, which the queue's
	// diff writes as the other one moved down.
	mustApply(t, s, model.MoveQuestion{ID: 1, By: -1}, at(13))
	mustApply(t, s, model.MoveQuestion{ID: 1, By: -1}, at(14))
	if got, _, err := s.UndoOf("office", "moderator", at(15)); err != nil {
		t.Fatal(err)
	} else if want := []int{2, 3, 1}; !slices.Equal(got.Queue.Slice(), want) {
		t.Fatalf("queue %v, want %v", got.Queue.Slice(), want)
	}
	s.Close()
	checkFile(t, path)
}

// reopened is the meeting the file at path holds, read by a fresh Open.
func reopened(t testing.TB, path string) *model.Meeting {
	t.Helper()
	s := mustOpen(t, path, nil)
	defer s.Close()
	return s.Meeting()
}

// undoRedoAsRecorded has the moderator undo, undo, redo, undo and undo,
// and checks each step leaves the meeting steps[1:] recorded when the
// testdata file was written.
func undoRedoAsRecorded(t *testing.T, s *Store, steps []*model.Meeting) {
	t.Helper()
	for i, op := range []string{"undo", "undo", "redo", "undo", "undo"} {
		var m *model.Meeting
		var err error
		if op == "undo" {
			m, _, err = s.Undo("moderator", at(300+i))
		} else {
			m, _, err = s.Redo("moderator", at(300+i))
		}
		if err != nil {
			t.Fatalf("%s %d: %v", op, i+1, err)
		}
		sameMeeting(t, op, m, steps[i+1])
		checkModel(t, m)
	}
}

// The head taken off in place (call next: the same array, one on) is
// found without comparing the rest; a copy of the same list is found the
// long way, with the same answer.
func TestQueueDiffHeadInPlace(t *testing.T) {
	old := []int{5, 3, 9, 1, 7}
	for _, nw := range [][]int{old[1:5:5], slices.Clone(old[1:])} {
		if removed, placed := queueDiff(model.QueueOf(old...), model.QueueOf(nw...)); !slices.Equal(removed, []int{5}) || placed != nil {
			t.Errorf("%v → %v: removed %v, placed %v", old, nw, removed, placed)
		}
	}
	if removed, placed := queueDiff(model.QueueOf(old...), model.QueueOf(old[1:4]...)); !slices.Equal(removed, []int{5, 7}) || placed != nil {
		t.Errorf("head and tail off: removed %v, placed %v", removed, placed)
	}
}

// openOldFixture copies testdata/v<version>.podium to a new folder and
// opens it, as a program of today would: read-only it is refused as older;
// opened, it is migrated, the meeting as testdata/v<version>.json's first
// step, one backup of the old version beside it. It returns the store, the
// file, the steps recorded with it, and the log's verbs, newest first.
func openOldFixture(t *testing.T, version string) (*Store, string, []*model.Meeting, []string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "meeting.podium")
	if err := os.WriteFile(path, readFile(t, filepath.Join("testdata", "v"+version+".podium")), 0o600); err != nil {
		t.Fatal(err)
	}
	var steps []*model.Meeting
	if err := json.Unmarshal(readFile(t, filepath.Join("testdata", "v"+version+".json")), &steps); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path, &Options{ReadOnly: true})
	wantCode(t, err, CodeOldSchema)

	s := mustOpen(t, path, nil)
	sameMeeting(t, "migrated", s.Meeting(), steps[0])
	if b := backupsNewestFirst(path); len(b) != 1 || fileSchema(t, b[0]) != version {
		t.Fatalf("backups %v", b)
	}
	var verbs []string
	if err := s.Log(func(e LogEntry) bool { verbs = append(verbs, e.Verb); return true }); err != nil {
		t.Fatal(err)
	}
	return s, path, steps, verbs
}
