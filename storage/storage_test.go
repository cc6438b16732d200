package storage

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

func TestCreateApplyReopen(t *testing.T) {
	s, path := newStore(t)
	want := s.Meeting()
	sameMeeting(t, "after create", want, demoMeeting(t))
	if e := newest(t, s); e.Verb != VerbCreate || e.Seq != 1 || e.Who != "tester" || !e.Time.Equal(t0) {
		t.Fatalf("first entry = %+v", e)
	}

	cmds := []model.Command{
		model.CallNext{},
		model.StartAnswer{Department: "GDDT"},
		model.SetNotes{Answer: 1, Notes: "Sở sẽ mở lớp kỹ năng số ở 10 huyện."},
		model.EndAnswer{},
		model.AddQuestion{Asker: model.Person{Name: "Ngô Văn Khải"}, Text: "Câu hỏi từ hội trường", Channel: model.ChannelFloor},
		model.MoveQuestion{ID: 4, By: -5},
		model.DeferToWriting{ID: 3, Department: "CA", Deadline: at(86400 * 30)},
		model.Call{ID: 2},
		model.ToggleClock{},
	}
	for i, c := range cmds {
		want = mustApply(t, s, c, at(100+i*60))
	}
	if got := s.Meeting(); got != want {
		t.Fatal("Meeting() is not the meeting Apply returned")
	}
	if n := logLen(t, s); n != 1+len(cmds) {
		t.Fatalf("log has %d entries, want %d", n, 1+len(cmds))
	}
	checkModel(t, want)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path)

	r := mustOpen(t, path, nil)
	sameMeeting(t, "after reopen", r.Meeting(), want)
	checkModel(t, r.Meeting())
	if r.Path() != path {
		t.Fatalf("Path() = %q", r.Path())
	}

	// The log says what happened, newest first, and its commands decode.
	var verbs []string
	err := r.Log(func(e LogEntry) bool {
		verbs = append(verbs, e.Verb)
		if cmd, err := e.Decode(); err != nil || (e.Verb != VerbCreate && cmd == nil) {
			t.Errorf("entry %d (%s) decodes to %v, %v", e.Seq, e.Verb, cmd, err)
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	wantVerbs := []string{"toggle_clock", "call", "defer_to_writing", "move_question", "add_question", "end_answer", "set_notes", "start_answer", "call_next", "create"}
	if strings.Join(verbs, " ") != strings.Join(wantVerbs, " ") {
		t.Fatalf("log verbs = %v, want %v", verbs, wantVerbs)
	}
}

func TestCreateRefusesExisting(t *testing.T) {
	s, path := newStore(t)
	before := readFile(t, path)
	_, err := Create(path, demoMeeting(t), "x", t0, nil)
	wantCode(t, err, CodeExists)
	s.Close()
	if !bytes.Equal(before, readFile(t, path)) {
		t.Fatal("Create changed an existing file")
	}

	other := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(other, []byte("hello\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Create(other, demoMeeting(t), "x", t0, nil)
	wantCode(t, err, CodeExists)
	if string(readFile(t, other)) != "hello\n" {
		t.Fatal("Create overwrote a text file")
	}
}

func TestRefusedAndNoOpWriteNothing(t *testing.T) {
	s, path := newStore(t)
	m := s.Meeting()
	n := logLen(t, s)
	info, _ := os.Stat(path)

	got, err := s.Apply(model.StartAnswer{Department: "KHCN"}, "tester", at(10))
	var me *model.Error
	if !errors.As(err, &me) || me.Code != model.ErrNothingOnFloor {
		t.Fatalf("err = %v, want the model's %s", err, model.ErrNothingOnFloor)
	}
	if got != m || s.Meeting() != m {
		t.Fatal("a refused command changed the meeting")
	}
	// A no-op: moving the first question earlier.
	if got, err = s.Apply(model.MoveQuestion{ID: 1, By: -1}, "tester", at(11)); err != nil || got != m {
		t.Fatalf("no-op: %v", err)
	}
	if k := logLen(t, s); k != n {
		t.Fatalf("log grew from %d to %d", n, k)
	}
	if info2, _ := os.Stat(path); info2.Size() != info.Size() || !info2.ModTime().Equal(info.ModTime()) {
		t.Fatal("the file was written")
	}
}

func TestUndo(t *testing.T) {
	s, path := newStore(t)
	_, _, err := s.Undo("tester", at(1))
	wantCode(t, err, CodeNothingToUndo)

	// Undo of an AddQuestion removes the question.
	m0 := s.Meeting()
	m1 := mustApply(t, s, model.AddQuestion{Asker: model.Person{Name: "Hồ Văn Nam"}, Text: "Tạm"}, at(10))
	if m1.Question(4) == nil {
		t.Fatal("question 4 was not added")
	}
	got, undone, err := s.Undo("tester", at(11))
	if err != nil {
		t.Fatal(err)
	}
	if undone.Verb != "add_question" || undone.Seq != 2 || len(undone.Before) == 0 {
		t.Fatalf("undid %+v", undone)
	}
	if got.Question(4) != nil || got.Questions.Len() != 3 {
		t.Fatalf("question 4 still there: %d questions", got.Questions.Len())
	}
	sameMeeting(t, "undo add", got, m0)
	if e := newest(t, s); e.Verb != VerbUndo || e.Undoes != 2 || e.Who != "tester" {
		t.Fatalf("undo entry = %+v", e)
	}
	// The next question gets the same number as a reopened file would give.
	m2 := mustApply(t, s, model.AddQuestion{Asker: model.Person{Name: "Hồ Văn Nam"}, Text: "Lần hai"}, at(12))
	if q := m2.Question(4); q == nil || q.Text != "Lần hai" {
		t.Fatal("the re-added question is not number 4")
	}

	// Twice in a row: the two newest commands, in turn.
	before := []*model.Meeting{s.Meeting()}
	for i, c := range []model.Command{model.CallNext{}, model.StartAnswer{Department: "GDDT"}, model.SetNotes{Answer: 1, Notes: "ghi chép"}} {
		before = append(before, mustApply(t, s, c, at(20+i)))
	}
	for i := len(before) - 2; i >= 1; i-- {
		got, _, err := s.Undo("tester", at(30))
		if err != nil {
			t.Fatal(err)
		}
		sameMeeting(t, fmt.Sprintf("undo to step %d", i), got, before[i])
	}

	// Across a reopen: the in-memory patch equals what the file says.
	s.Close()
	r := mustOpen(t, path, nil)
	sameMeeting(t, "reopen", r.Meeting(), before[1])
	got, e, err := r.Undo("tester", at(40))
	if err != nil {
		t.Fatal(err)
	}
	if e.Verb != "call_next" {
		t.Fatalf("undid %s, want call_next", e.Verb)
	}
	sameMeeting(t, "undo after reopen", got, before[0])
	checkModel(t, got)
	r.Close()
	r = mustOpen(t, path, nil)
	sameMeeting(t, "reopen after undo", r.Meeting(), before[0])

	// Undo reaches back to the second add_question, then the first was
	// already undone, so nothing is left.
	if _, e, err = r.Undo("tester", at(50)); err != nil || e.Verb != "add_question" {
		t.Fatalf("undo = %+v, %v", e, err)
	}
	sameMeeting(t, "back to the start", r.Meeting(), m0)
	_, _, err = r.Undo("tester", at(51))
	wantCode(t, err, CodeNothingToUndo)
	r.Close()
	checkFile(t, path)
}

func TestRedo(t *testing.T) {
	s, path := newStore(t)
	_, _, err := s.Redo("tester", at(1))
	wantCode(t, err, CodeNothingToRedo)

	m0 := s.Meeting()
	m1 := mustApply(t, s, model.CallNext{}, at(10))
	m2 := mustApply(t, s, model.StartAnswer{Department: "GDDT"}, at(20))
	s.Undo("tester", at(30))
	s.Undo("tester", at(31))
	sameMeeting(t, "undone twice", s.Meeting(), m0)

	got, e, err := s.Redo("tester", at(40))
	if err != nil || e.Verb != VerbUndo {
		t.Fatalf("redo = %+v, %v", e, err)
	}
	sameMeeting(t, "redo 1", got, m1)
	s.Close()
	s = mustOpen(t, path, nil)
	got, _, err = s.Redo("tester", at(41))
	if err != nil {
		t.Fatal(err)
	}
	sameMeeting(t, "redo 2", got, m2)
	_, _, err = s.Redo("tester", at(42))
	wantCode(t, err, CodeNothingToRedo)

	// A redo can be undone.
	got, e, err = s.Undo("tester", at(50))
	if err != nil || e.Verb != VerbRedo {
		t.Fatalf("undo of redo = %+v, %v", e, err)
	}
	sameMeeting(t, "undo of redo", got, m1)

	// A new command ends what could be redone.
	mustApply(t, s, model.Postpone{}, at(60))
	_, _, err = s.Redo("tester", at(61))
	wantCode(t, err, CodeNothingToRedo)
	s.Close()
	checkFile(t, path)
}

func TestClocksSurviveReopen(t *testing.T) {
	s, path := newStore(t)
	mustApply(t, s, model.CallNext{}, at(0))
	started := at(100)
	mustApply(t, s, model.StartAnswer{Department: "GDDT"}, started)
	s.Close()

	r := mustOpen(t, path, nil)
	m := r.Meeting()
	if m.Floor.State != model.FloorAnswering {
		t.Fatalf("floor is %s, want answering", m.Floor.State)
	}
	k, ok := m.RunningClock()
	if !ok || !k.Running() || !k.RunningSince.Equal(started) {
		t.Fatalf("clock = %+v, want running since %v", k, started)
	}
	if got := k.Elapsed(started.Add(90 * time.Second)); got != 90*time.Second {
		t.Fatalf("elapsed = %v, want 1m30s", got)
	}
	// The question's speaking clock stopped at 100 s and stays stopped.
	if q := m.Question(1); q.Speaking.Running() || q.Speaking.Accumulated != 100*time.Second {
		t.Fatalf("speaking clock = %+v", q.Speaking)
	}
}

// rawUpdate changes a closed file with bare bbolt.
func rawUpdate(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	s, path := newStore(t)
	s.Close()
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, fmt.Appendf(nil, "%d", SchemaVersion+1))
	})
	before := readFile(t, path)
	for _, opts := range []*Options{nil, {ReadOnly: true}} {
		_, err := Open(path, opts)
		e := wantCode(t, err, CodeNewerSchema)
		if len(e.Args) != 2 || e.Args[0] != SchemaVersion+1 || e.Args[1] != SchemaVersion {
			t.Fatalf("args = %v, want [%d %d]", e.Args, SchemaVersion+1, SchemaVersion)
		}
		msg := e.Error()
		if !strings.Contains(msg, fmt.Sprint(SchemaVersion+1)) || !strings.Contains(msg, fmt.Sprint(SchemaVersion)) {
			t.Fatalf("message %q does not name both versions", msg)
		}
	}
	errs := Check(path)
	if len(errs) != 1 {
		t.Fatalf("Check = %v", errs)
	}
	wantCode(t, errs[0], CodeNewerSchema)
	if !bytes.Equal(before, readFile(t, path)) {
		t.Fatal("a newer file was written to")
	}
}

func TestSecondOpenIsLocked(t *testing.T) {
	_, path := newStore(t)
	for _, opts := range []*Options{nil, {ReadOnly: true}} {
		start := time.Now()
		_, err := Open(path, opts)
		took := time.Since(start)
		e := wantCode(t, err, CodeLocked)
		if took >= 1500*time.Millisecond {
			t.Fatalf("locked open took %v, want < 1.5s", took)
		}
		if !strings.Contains(e.Error(), "locked by another Podium") {
			t.Fatalf("message %q", e.Error())
		}
	}
	start := time.Now()
	errs := Check(path)
	if len(errs) != 1 || time.Since(start) >= 1500*time.Millisecond {
		t.Fatalf("Check on a locked file = %v after %v", errs, time.Since(start))
	}
	wantCode(t, errs[0], CodeLocked)

	// A short timeout is honoured.
	start = time.Now()
	_, err := Open(path, &Options{Timeout: 100 * time.Millisecond})
	wantCode(t, err, CodeLocked)
	if took := time.Since(start); took > 500*time.Millisecond {
		t.Fatalf("100ms timeout took %v", took)
	}
}

func TestReadOnly(t *testing.T) {
	s, path := newStore(t)
	want := mustApply(t, s, model.CallNext{}, at(5))
	s.Close()
	a := mustOpen(t, path, &Options{ReadOnly: true})
	b := mustOpen(t, path, &Options{ReadOnly: true}) // readers share the file
	sameMeeting(t, "read-only", a.Meeting(), want)
	sameMeeting(t, "read-only", b.Meeting(), want)
	_, err := a.Apply(model.Postpone{}, "x", at(6))
	wantCode(t, err, CodeReadOnly)
	_, _, err = a.Undo("x", at(6))
	wantCode(t, err, CodeReadOnly)
	if n := logLen(t, a); n != 2 {
		t.Fatalf("log has %d entries", n)
	}
	var buf bytes.Buffer
	if err := a.WriteBackup(&buf); err != nil || buf.Len() == 0 {
		t.Fatalf("backup from a read-only store: %v", err)
	}
}

func TestOpenMissingCreatesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope.podium")
	for _, opts := range []*Options{nil, {ReadOnly: true}} {
		_, err := Open(path, opts)
		e := wantCode(t, err, CodeMissing)
		if !errors.Is(e, fs.ErrNotExist) {
			t.Fatalf("err %v is not ErrNotExist", e)
		}
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("Open created the file")
	}
}

func TestNotAPodiumFile(t *testing.T) {
	dir := t.TempDir()
	files := map[string]func(path string){
		"text.podium": func(p string) {
			os.WriteFile(p, []byte("Biên bản hội nghị đối thoại\nnot a database\n"), 0o644)
		},
		"empty.podium": func(p string) { os.WriteFile(p, nil, 0o644) },
		"big-text.podium": func(p string) {
			os.WriteFile(p, bytes.Repeat([]byte("0123456789abcdef"), 4096), 0o644)
		},
		"empty-bolt.podium": func(p string) {
			db, err := bolt.Open(p, 0o644, &bolt.Options{Timeout: time.Second})
			if err != nil {
				t.Fatal(err)
			}
			db.Close()
		},
		"other-bolt.podium": func(p string) {
			db, err := bolt.Open(p, 0o644, &bolt.Options{Timeout: time.Second})
			if err != nil {
				t.Fatal(err)
			}
			db.Update(func(tx *bolt.Tx) error {
				b, _ := tx.CreateBucket([]byte("meta"))
				return b.Put([]byte("owner"), []byte("someone else"))
			})
			db.Close()
		},
	}
	for name, make := range files {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			make(path)
			before := readFile(t, path)
			info, _ := os.Stat(path)
			for _, opts := range []*Options{nil, {ReadOnly: true}} {
				_, err := Open(path, opts)
				e := wantCode(t, err, CodeNotPodium)
				if !strings.Contains(e.Error(), "not a Podium meeting file") {
					t.Fatalf("message %q", e.Error())
				}
			}
			errs := Check(path)
			if len(errs) != 1 {
				t.Fatalf("Check = %v", errs)
			}
			wantCode(t, errs[0], CodeNotPodium)
			after, _ := os.Stat(path)
			if !bytes.Equal(before, readFile(t, path)) || !after.ModTime().Equal(info.ModTime()) {
				t.Fatal("the file changed")
			}
		})
	}
	_, err := Open(dir, nil)
	wantCode(t, err, CodeNotPodium)
}

func TestDamagedFile(t *testing.T) {
	corruptions := map[string]func(b []byte) []byte{
		// Both meta pages fail their checksum.
		"meta": func(b []byte) []byte {
			b[4096+64] ^= 0xff
			b[64] ^= 0xff
			return b
		},
		// Everything after the meta pages is noise.
		"pages": func(b []byte) []byte {
			for i := 2 * 4096; i < len(b); i++ {
				b[i] = byte(i * 7)
			}
			return b
		},
		// The file lost its end.
		"truncated": func(b []byte) []byte { return b[:3*4096] },
	}
	for name, corrupt := range corruptions {
		t.Run(name, func(t *testing.T) {
			s, path := newStore(t)
			for i := range 20 {
				mustApply(t, s, model.AddQuestion{Asker: model.Person{Name: "A"}, Text: strings.Repeat("chữ ", 200) + fmt.Sprint(i)}, at(i))
			}
			first, err := s.BackupTo(BackupDir(path), at(100))
			if err != nil {
				t.Fatal(err)
			}
			backup, err := s.BackupTo(BackupDir(path), at(200))
			if err != nil {
				t.Fatal(err)
			}
			if first == backup {
				t.Fatal("two backups share a name")
			}
			s.Close()
			bad := corrupt(readFile(t, path))
			if err := os.WriteFile(path, bad, 0o600); err != nil {
				t.Fatal(err)
			}
			for _, opts := range []*Options{nil, {ReadOnly: true}} {
				_, err := Open(path, opts)
				e := wantCode(t, err, CodeDamaged)
				if len(e.Args) != 1 || e.Args[0] != backup {
					t.Fatalf("args = %v, want the newest backup %s", e.Args, backup)
				}
				if !strings.Contains(e.Error(), backup) {
					t.Fatalf("message %q does not name the backup", e.Error())
				}
			}
			errs := Check(path)
			if len(errs) == 0 {
				t.Fatal("Check found nothing wrong")
			}
			wantCode(t, errs[0], CodeDamaged)
			if !bytes.Equal(bad, readFile(t, path)) {
				t.Fatal("a damaged file was written to")
			}
			// The backup itself is good.
			checkFile(t, backup)
		})
	}
}

func TestBackups(t *testing.T) {
	s, path := newStore(t)
	want := mustApply(t, s, model.CallNext{}, at(1))
	if got := BackupDir(path); got != filepath.Join(filepath.Dir(path), "meeting-backups") {
		t.Fatalf("BackupDir = %s", got)
	}
	if newestBackup(path) != "" {
		t.Fatal("a backup before any was made")
	}
	now := time.Date(2023, 3, 26, 9, 5, 7, 0, ict)
	p1, err := s.BackupTo(BackupDir(path), now)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(p1) != "meeting-20230326-090507.podium" {
		t.Fatalf("backup name %s", p1)
	}
	p2, err := s.BackupTo(BackupDir(path), now)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(p2) != "meeting-20230326-090507-2.podium" {
		t.Fatalf("second backup name %s", p2)
	}
	if got := newestBackup(path); got != p2 {
		t.Fatalf("newest backup %s, want %s", got, p2)
	}
	if entries, _ := os.ReadDir(BackupDir(path)); len(entries) != 2 {
		t.Fatalf("backup dir holds %d files", len(entries))
	}
	checkFile(t, p1)
	b := mustOpen(t, p1, nil)
	sameMeeting(t, "backup", b.Meeting(), want)

	var buf bytes.Buffer
	if err := s.WriteBackup(&buf); err != nil {
		t.Fatal(err)
	}
	p3 := filepath.Join(t.TempDir(), "copy.podium")
	os.WriteFile(p3, buf.Bytes(), 0o600)
	c := mustOpen(t, p3, nil)
	sameMeeting(t, "WriteBackup", c.Meeting(), want)
}

func TestLogPagesAndReentry(t *testing.T) {
	s, _ := newStore(t)
	const n = 7*logFirstBatch + 5 // crosses the 16, 32 and 64 batches
	for i := range n {
		mustApply(t, s, model.SetHeader{Header: model.Header{Title: fmt.Sprint("Title ", i)}}, at(i))
	}
	var seqs []uint64
	if err := s.Log(func(e LogEntry) bool { seqs = append(seqs, e.Seq); return true }); err != nil {
		t.Fatal(err)
	}
	if len(seqs) != n+1 {
		t.Fatalf("%d entries, want %d", len(seqs), n+1)
	}
	for i, seq := range seqs {
		if seq != uint64(n+1-i) {
			t.Fatalf("entry %d has seq %d", i, seq)
		}
	}
	// Stops when told; fn may write (no transaction is held while it runs).
	k := 0
	err := s.Log(func(e LogEntry) bool {
		k++
		mustApply(t, s, model.SetHeader{Header: model.Header{Title: fmt.Sprint("Again ", k)}}, at(k))
		return k < 3
	})
	if err != nil || k != 3 {
		t.Fatalf("k = %d, err = %v", k, err)
	}
	if got := logLen(t, s); got != n+1+3 {
		t.Fatalf("log has %d entries", got)
	}
}

func TestRecordJSON(t *testing.T) {
	for _, r := range []Record{
		{Kind: model.RecHeader, Value: []byte(`{"title":"x"}`)},
		{Kind: model.RecQuestion, ID: 7},
		{Kind: model.RecFollowUp, ID: 2, Value: []byte(`{"id":2}`)},
	} {
		b, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		var got Record
		if err := got.UnmarshalJSON(b); err != nil {
			t.Fatal(err)
		}
		if got.Kind != r.Kind || got.ID != r.ID || !bytes.Equal(got.Value, r.Value) {
			t.Fatalf("%s round-trips to %+v", b, got)
		}
	}
	if _, err := (Record{Kind: 99}).MarshalJSON(); err == nil {
		t.Fatal("unknown kind marshalled")
	}
}

func TestPatchTrimsAndClones(t *testing.T) {
	m := demoMeeting(t)
	orig := mjson(t, m)
	c := ownedCopy(m)
	if err := c.patchRaw(model.RecQuestion, 3, nil); err != nil {
		t.Fatal(err)
	}
	if err := c.patchRaw(model.RecQuestion, 2, []byte("null")); err != nil {
		t.Fatal(err)
	}
	if n := c.m.Questions.Len(); n != 1 {
		t.Fatalf("%d questions after deleting the last two", n)
	}
	if err := c.patchRaw(model.RecQuestion, 5, []byte(`{"id":4}`)); err == nil {
		t.Fatal("a record stored under the wrong id was accepted")
	}
	if mjson(t, m) != orig {
		t.Fatal("patching a copy changed the original")
	}
}

func TestConcurrentWriters(t *testing.T) {
	s, path := newStore(t)
	const writers, each = 4, 10
	done := make(chan error)
	for w := range writers {
		go func() {
			var err error
			for i := range each {
				_, err = s.Apply(model.AddQuestion{Asker: model.Person{Name: fmt.Sprint("W", w)}, Text: fmt.Sprint(w, "-", i)}, "w", at(i))
				if err != nil {
					break
				}
				_ = s.Meeting()
			}
			done <- err
		}()
	}
	for range writers {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	want := s.Meeting()
	if n := want.Questions.Len(); n != 3+writers*each {
		t.Fatalf("%d questions", n)
	}
	checkModel(t, want)
	s.Close()
	sameMeeting(t, "reopen", mustOpen(t, path, nil).Meeting(), want)
}

func TestCreateInMissingDir(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "meeting.podium")
	_, err := Create(path, demoMeeting(t), "x", t0, nil)
	wantCode(t, err, CodeIO)
	if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("Create made directories")
	}
}

// TestRandomMatchesDisk drives a store with the crash test's random mix of
// commands, undos and redos, and checks after every few steps that the
// meeting in memory (patched in place by undo and redo) is the meeting
// the file holds.
func TestRandomMatchesDisk(t *testing.T) {
	seeds, steps := 30, 80
	if testing.Short() {
		seeds = 5
	}
	for seed := range seeds {
		path := filepath.Join(t.TempDir(), "random.podium")
		s, err := Create(path, demoMeeting(t), "x", t0, nil)
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(uint64(seed), 1))
		var hist []string
		for i := range steps {
			cmd, undo, redo := randomStep(rng, s.Meeting(), fmt.Sprint(i))
			var e LogEntry
			switch {
			case undo:
				_, e, err = s.Undo("x", at(i))
				hist = append(hist, fmt.Sprintf("undo #%d (%s)", e.Seq, e.Verb))
			case redo:
				_, e, err = s.Redo("x", at(i))
				hist = append(hist, fmt.Sprintf("redo #%d", e.Seq))
			default:
				_, err = s.Apply(cmd, "x", at(i))
				hist = append(hist, cmd.Verb())
			}
			if c := CodeOf(err); c == CodeNothingToUndo || c == CodeNothingToRedo {
				continue
			}
			if err != nil {
				t.Fatalf("seed %d step %d: %v", seed, i, err)
			}
			if errs := model.Check(s.Meeting()); errs != nil {
				t.Fatalf("seed %d step %d: %v\n%s", seed, i, errs, strings.Join(hist, "\n"))
			}
			if i%8 != 7 && i != steps-1 {
				continue
			}
			mem := s.Meeting()
			s.Close()
			if s, err = Open(path, nil); err != nil {
				t.Fatal(err)
			}
			if mjson(t, s.Meeting()) != mjson(t, mem) {
				t.Fatalf("seed %d step %d: memory and file differ after\n%s\n%s\n%s", seed, i, strings.Join(hist, "\n"), mjson(t, s.Meeting()), mjson(t, mem))
			}
		}
		s.Close()
		checkFile(t, path)
	}
}
