package hub

import (
	"fmt"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
	"podium/storage"
)

// Phones posting at once, with a moderator and a clerk among them, are
// committed in groups (fewer transactions than changes), yet each sender
// gets its own answer: its own question's number, its own refusal, and
// its own undo afterwards. The file checks good.
func TestWaitingCommandsCommitTogether(t *testing.T) {
	h := newHub(t)
	path := h.Snapshot().Path
	changes := 0
	for round := range 5 {
		type answer struct {
			text string
			refs []model.Ref
			err  error
		}
		answers := make([]answer, 40)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for i := range answers {
			wg.Go(func() {
				<-start
				switch {
				case i%8 == 7: // refused by the model: no text
					_, answers[i].err = h.DoRefs(model.SubmitQuestion{Name: "Trống"}, Sender{Role: RoleAudience, Name: fmt.Sprint("10.0.0.", i)})
				case i%8 == 6:
					answers[i].err = h.Do(add(fmt.Sprint("Đại biểu ", round, "-", i)), As(RoleModerator))
				case i%8 == 5: // refused by its role
					answers[i].err = h.Do(model.CallNext{}, Sender{Role: RoleAudience, Name: "10.0.0.9"})
				default:
					answers[i].text = fmt.Sprint("Câu hỏi ", round, "-", i)
					answers[i].refs, answers[i].err = h.DoRefs(model.SubmitQuestion{Name: "Khách", Text: answers[i].text}, Sender{Role: RoleAudience, Name: fmt.Sprint("10.0.0.", i)})
				}
			})
		}
		close(start)
		wg.Wait()
		m := h.Snapshot().Meeting
		for i, a := range answers {
			switch {
			case i%8 == 7:
				if model.CodeOf(a.err) == "" {
					t.Fatalf("an empty question: %v", a.err)
				}
			case i%8 == 5:
				if storage.CodeOf(a.err) != CodeRoleRefused {
					t.Fatalf("the audience calling next: %v", a.err)
				}
			case a.err != nil:
				t.Fatalf("sender %d: %v", i, a.err)
			case i%8 == 6:
				changes++
			default:
				changes++
				if len(a.refs) != 1 || a.refs[0].Kind != model.RecSubmission {
					t.Fatalf("sender %d: refs %v", i, a.refs)
				}
				if s := m.Submission(a.refs[0].ID); s == nil || s.Text != a.text {
					t.Fatalf("sender %d sent %q and was given submission %d: %+v", i, a.text, a.refs[0].ID, s)
				}
			}
		}
		if v := h.Snapshot().Version; v != uint64(changes) {
			t.Fatalf("version %d after %d changes", v, changes)
		}
	}
	m := h.Snapshot().Meeting
	if len(m.Submissions) != 125 || m.Questions.Len() != 25 {
		t.Fatalf("%d submissions, %d questions; want 125 and 25", len(m.Submissions), m.Questions.Len())
	}
	// The moderator's undo takes back the moderator's newest question,
	// whichever group it was committed in; the phones' stay.
	e, err := h.Undo(As(RoleModerator))
	if err != nil || e.Verb != "add_question" {
		t.Fatalf("undo: %+v, %v", e, err)
	}
	if m := h.Snapshot().Meeting; m.Questions.Len() != 24 || len(m.Submissions) != 125 {
		t.Fatalf("after the undo: %d questions, %d submissions", m.Questions.Len(), len(m.Submissions))
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	for _, err := range storage.Check(path) {
		t.Error("Check:", err)
	}
	// bbolt numbers its read-write transactions from 2: creating the file took
	// one, the undo one; the 150 changes took fewer than 150.
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var txs int
	_ = db.View(func(tx *bolt.Tx) error { txs = tx.ID() - 3; return nil })
	t.Logf("%d changes in %d transactions", changes, txs)
	if txs >= changes {
		t.Errorf("%d changes took %d transactions: nothing was grouped", changes, txs)
	}
}
