package storage

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"podium/model"
)

// notesEvent is one acknowledged SetNotes: who wrote what on which answer,
// and whether it has been undone since.
type notesEvent struct {
	seq    uint64
	who    string
	answer int
	text   string
	undone bool
}

// Several senders, each with their own undo and redo, in long random
// sequences: after every step the invariants hold, and every answer's
// notes are the newest acknowledged text written on it that nobody has
// undone. So no sender's acknowledged text is gone unless it was undone,
// by its sender or, seeing whose it was, by someone taking it back
// explicitly (UndoOf). At the end the file checks good: the chains per
// sender hold, and replaying the log rebuilds every record.
func TestUndoPerSenderRandom(t *testing.T) {
	steps := 2500
	if testing.Short() {
		steps = 600
	}
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) { undoPerSenderRandom(t, seed, steps) })
	}
}

func undoPerSenderRandom(t *testing.T, seed uint64, steps int) {
	rng := rand.New(rand.NewPCG(seed, 7))
	path := filepath.Join(t.TempDir(), "random.podium")
	s, err := Create(path, demoMeeting(t), "moderator", t0, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	senders := []string{"moderator", "clerk", "clerk:Lan"}
	depts := []string{"KHCN", "CA", "GDDT"}
	var events []*notesEvent
	bySeq := map[uint64]*notesEvent{}
	newestSeq := func() uint64 {
		var seq uint64
		_ = s.Log(func(e LogEntry) bool { seq = e.Seq; return false })
		return seq
	}
	// origin follows undos and redos back to the step they are about: an
	// undo of a redo of an undo of a SetNotes is about that SetNotes.
	origin := map[uint64]uint64{}
	originOf := func(seq uint64) uint64 {
		if o, ok := origin[seq]; ok {
			return o
		}
		return seq
	}
	// mark records that the step reversed (seq) is now undone or not, and
	// that the entry just logged is about the same step.
	mark := func(seq uint64, undone bool) {
		o := originOf(seq)
		origin[newestSeq()] = o
		if ev, ok := bySeq[o]; ok {
			ev.undone = undone
		}
	}
	counts := map[string]int{}
	for i := range steps {
		now := at(10 + i)
		who := senders[rng.IntN(len(senders))]
		m := s.Meeting()
		var op string
		var err error
		switch r := rng.IntN(100); {
		case r < 12:
			op = "undo"
			var e LogEntry
			if _, e, err = s.Undo(who, now); err == nil {
				mark(e.Seq, true)
			}
		case r < 18:
			op = "redo"
			var e LogEntry
			if _, e, err = s.Redo(who, now); err == nil {
				mark(e.Seq, false)
			}
		case r < 21:
			op = "undo_of"
			owner := senders[rng.IntN(len(senders))]
			var e LogEntry
			if _, e, err = s.UndoOf(owner, who, now); err == nil {
				mark(e.Seq, true)
			}
		case r < 50 && len(m.Answers) > 0:
			op = "set_notes"
			a := m.Answers[rng.IntN(len(m.Answers))]
			if a == nil {
				continue
			}
			base := a.Notes
			if rng.IntN(8) == 0 {
				base += " (cũ)" // an editor that missed a change
			}
			text := fmt.Sprintf("%s ghi bước %d", who, i)
			_, err = s.Apply(model.SetNotes{Answer: a.ID, Notes: text, Base: &model.NotesBase{Notes: base}}, who, now)
			if err == nil {
				ev := &notesEvent{seq: newestSeq(), who: who, answer: a.ID, text: text}
				events, bySeq[ev.seq] = append(events, ev), ev
			}
		default:
			cmds := []model.Command{
				model.CallNext{}, model.StartAnswer{Department: depts[rng.IntN(len(depts))]}, model.EndAnswer{},
				model.Postpone{}, model.AddQuestion{Asker: model.Person{Name: "Người hỏi " + fmt.Sprint(i)}, Kind: model.KindQuestion, Text: "Câu hỏi số " + fmt.Sprint(i)},
			}
			cmd := cmds[rng.IntN(len(cmds))]
			op = cmd.Verb()
			_, err = s.Apply(cmd, who, now)
		}
		switch {
		case err == nil:
			counts[op]++
		case CodeOf(err) == CodeChangedSince:
			counts[op+" refused: changed since"]++
		case CodeOf(err) == CodeNothingToUndo, CodeOf(err) == CodeNothingToRedo, model.CodeOf(err) != "":
		default:
			t.Fatalf("step %d: %s by %s: %v", i, op, who, err)
		}
		m = s.Meeting()
		if errs := model.Check(m); len(errs) > 0 {
			t.Fatalf("step %d: %s by %s broke the invariants: %v", i, op, who, errs)
		}
		for _, a := range m.Answers {
			if a == nil {
				continue
			}
			want := ""
			for _, ev := range events {
				if ev.answer == a.ID && !ev.undone {
					want = ev.text
				}
			}
			if a.Notes != want {
				t.Fatalf("step %d: %s by %s: answer %d holds %q, want %q (the newest acknowledged notes not undone)", i, op, who, a.ID, a.Notes, want)
			}
		}
		for _, ev := range events {
			if !ev.undone && m.Answer(ev.answer) == nil {
				t.Fatalf("step %d: %s by %s: answer %d with %s's notes %q is gone", i, op, who, ev.answer, ev.who, ev.text)
			}
		}
	}
	t.Logf("seed %d: %v", seed, counts)
	if counts["undo"] == 0 || counts["redo"] == 0 || counts["set_notes"] == 0 || counts["undo refused: changed since"] == 0 {
		t.Fatalf("the sequence did not exercise undo, redo, notes and refusals: %v", counts)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path)
}
