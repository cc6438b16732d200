package storage

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// groupStep is one step of a script: a group of commands, or an undo,
// redo or undo-of by one sender between groups.
type groupStep struct {
	items []GroupItem
	undo  string // "undo", "redo", "undo_of" or ""
	who   string
	owner string
}

// groupScript is a random script, independent of the meeting's state, so
// that two runs get the same commands: several senders, commands the
// model refuses (an answer or a department that is not there, an empty
// question), commands that change nothing, and undos between groups.
func groupScript(seed uint64, steps int) []groupStep {
	rng := rand.New(rand.NewPCG(seed, 11))
	senders := []string{"moderator", "clerk", "clerk:Lan", "audience"}
	depts := []string{"KHCN", "CA", "GDDT", "XX"}
	var out []groupStep
	sec := 100
	for i := range steps {
		who := senders[rng.IntN(len(senders))]
		if r := rng.IntN(10); r < 3 {
			ops := []string{"undo", "redo", "undo_of"}
			out = append(out, groupStep{undo: ops[r], who: who, owner: senders[rng.IntN(len(senders))], items: []GroupItem{{Time: at(sec)}}})
			sec++
			continue
		}
		var items []GroupItem
		for j := range 1 + rng.IntN(12) {
			who := senders[rng.IntN(len(senders))]
			cmds := []model.Command{
				model.SubmitQuestion{Name: fmt.Sprint("Người ", i, "-", j), Text: fmt.Sprint("Câu hỏi ", i, "-", j)},
				model.SubmitQuestion{Name: "Trống"}, // refused: no text
				model.SetNotes{Answer: 1 + rng.IntN(4), Notes: fmt.Sprint(who, " ghi ", i, "-", j)},
				model.CallNext{}, model.StartAnswer{Department: depts[rng.IntN(len(depts))]}, model.EndAnswer{},
				model.Postpone{}, model.ToggleClock{},
				model.AddQuestion{Asker: model.Person{Name: fmt.Sprint("Hỏi ", i)}, Kind: model.KindQuestion, Text: fmt.Sprint("Câu ", i, "-", j)},
			}
			// Some items share a time, as requests waiting together may.
			items = append(items, GroupItem{Cmd: cmds[rng.IntN(len(cmds))], Who: who, Time: at(sec)})
			if rng.IntN(3) > 0 {
				sec++
			}
		}
		out = append(out, groupStep{items: items})
	}
	return out
}

// outcome is what one item or undo came to, as a caller sees it.
type outcome struct {
	code string
	refs []model.Ref
	seq  uint64
}

func codeOf(err error) string {
	if err == nil {
		return ""
	}
	if c := model.CodeOf(err); c != "" {
		return "model:" + string(c)
	}
	if c := CodeOf(err); c != "" {
		return string(c)
	}
	return err.Error()
}

// runScript plays script on a new file, one command per Apply, or each
// group in one CommitGroup, and returns the file's path and the outcomes.
func runScript(t *testing.T, script []groupStep, grouped bool) (string, []outcome) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "group.podium")
	s, err := Create(path, demoMeeting(t), "moderator", t0, nil)
	if err != nil {
		t.Fatal(err)
	}
	var outs []outcome
	for _, st := range script {
		now := st.items[0].Time
		var e LogEntry
		switch st.undo {
		case "undo":
			_, e, err = s.Undo(st.who, now)
		case "redo":
			_, e, err = s.Redo(st.who, now)
		case "undo_of":
			_, e, err = s.UndoOf(st.owner, st.who, now)
		}
		if st.undo != "" {
			outs = append(outs, outcome{code: codeOf(err), seq: e.Seq})
			continue
		}
		if grouped {
			for _, r := range s.CommitGroup(st.items) {
				outs = append(outs, outcome{code: codeOf(r.Err), refs: r.Refs})
			}
			continue
		}
		for _, it := range st.items {
			before := s.Meeting()
			_, refs, _ := model.Apply(before, it.Cmd, it.Time)
			_, err := s.Apply(it.Cmd, it.Who, it.Time)
			if err != nil || s.Meeting() == before {
				refs = nil
			}
			outs = append(outs, outcome{code: codeOf(err), refs: refs})
		}
		if errs := model.Check(s.Meeting()); len(errs) > 0 {
			t.Fatalf("model.Check: %v", errs)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, outs
}

// dumpFile is every bucket's every key and stored value (checksums and
// the log's hash chain included), by bucket.
func dumpFile(t *testing.T, path string) map[string][][2][]byte {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string][][2][]byte{}
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				out[string(name)] = append(out[string(name)], [2][]byte{bytes.Clone(k), bytes.Clone(v)})
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The same random script, played once command by command and once in
// groups, gives every caller the same answer and leaves byte for byte the
// same records, log (hash chain, seals, before and after images) and undo
// chains, and both files check good.
func TestCommitGroupSameAsOneByOne(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			script := groupScript(seed, 150)
			onePath, oneOuts := runScript(t, script, false)
			groupPath, groupOuts := runScript(t, script, true)
			refused, grouped, undone := 0, 0, 0
			for i := range oneOuts {
				if oneOuts[i].seq != 0 {
					undone++
				}
				if !reflect.DeepEqual(oneOuts[i], groupOuts[i]) {
					t.Fatalf("outcome %d: one by one %+v, grouped %+v", i, oneOuts[i], groupOuts[i])
				}
				if oneOuts[i].code != "" {
					refused++
				}
			}
			for _, st := range script {
				if len(st.items) > 1 {
					grouped++
				}
			}
			if refused == 0 || grouped == 0 || undone == 0 {
				t.Fatalf("the script refused %d, grouped %d, undid or redid %d", refused, grouped, undone)
			}
			t.Logf("%d outcomes: %d refused, %d groups, %d undos and redos done", len(oneOuts), refused, grouped, undone)
			one, group := dumpFile(t, onePath), dumpFile(t, groupPath)
			if !reflect.DeepEqual(one, group) {
				for name := range one {
					if !reflect.DeepEqual(one[name], group[name]) {
						t.Errorf("bucket %s differs", name)
					}
				}
				t.FailNow()
			}
			if len(one["log"]) < 100 {
				t.Fatalf("only %d log entries", len(one["log"]))
			}
			a, b := mustOpen(t, onePath, &Options{ReadOnly: true}), mustOpen(t, groupPath, &Options{ReadOnly: true})
			sameMeeting(t, "grouped", b.Meeting(), a.Meeting())
			var la, lb []LogEntry
			_ = a.Log(func(e LogEntry) bool { la = append(la, e); return true })
			_ = b.Log(func(e LogEntry) bool { lb = append(lb, e); return true })
			if !reflect.DeepEqual(la, lb) {
				t.Fatal("the logs differ")
			}
			checkFile(t, onePath)
			checkFile(t, groupPath)
		})
	}
}

// A group is one transaction: a group of n commands that change something
// grows the log by n entries in one commit; one that fails to commit
// writes nothing, tells every writing item so, and leaves the meeting as
// it was.
func TestCommitGroupOneTransaction(t *testing.T) {
	s, path := newStore(t)
	items := []GroupItem{
		{Cmd: model.SubmitQuestion{Name: "An", Text: "Câu một"}, Who: "audience", Time: at(10)},
		{Cmd: model.SubmitQuestion{Name: "Bình"}, Who: "audience", Time: at(10)}, // refused
		{Cmd: model.SubmitQuestion{Name: "Cúc", Text: "Câu hai"}, Who: "audience", Time: at(11)},
	}
	n := logLen(t, s)
	commits := commitCount(s)
	res := s.CommitGroup(items)
	if res[0].Err != nil || res[2].Err != nil || model.CodeOf(res[1].Err) == "" {
		t.Fatalf("results %+v", res)
	}
	if len(res[0].Refs) == 0 || len(res[2].Refs) == 0 || res[1].Refs != nil {
		t.Fatalf("refs %+v", res)
	}
	if got := logLen(t, s); got != n+2 {
		t.Fatalf("log grew by %d, want 2", got-n)
	}
	if got := commitCount(s) - commits; got != 1 {
		t.Fatalf("%d commits, want 1", got)
	}
	if len(s.Meeting().Submissions) != 2 {
		t.Fatalf("%d submissions", len(s.Meeting().Submissions))
	}

	// The file goes away under the store: the commit fails.
	before := s.Meeting()
	if err := s.db.Close(); err != nil {
		t.Fatal(err)
	}
	res = s.CommitGroup(items)
	if res[0].Err == nil || res[2].Err == nil || res[0].Refs != nil || model.CodeOf(res[1].Err) == "" {
		t.Fatalf("results after a failed commit %+v", res)
	}
	if s.Meeting() != before {
		t.Fatal("a failed group changed the meeting")
	}
	s = mustOpen(t, path, nil)
	if got := logLen(t, s); got != n+2 {
		t.Fatalf("after a failed group the log has %d entries, want %d", got, n+2)
	}
	s.Close()
	checkFile(t, path)
}

// commitCount is how many read-write transactions s has committed: bbolt's
// meta page transaction id.
func commitCount(s *Store) int {
	var id int
	_ = s.db.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil })
	return id
}
