package hub

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"podium/model"
	"podium/storage"
)

var t0 = time.Date(2023, 3, 23, 8, 0, 0, 0, time.UTC)

func newHub(t *testing.T) *Hub {
	t.Helper()
	m, _, err := model.Apply(model.New(model.Header{Title: "Hub test"}), model.AddDepartment{Code: "CA", Name: "Công an tỉnh"}, t0)
	if err != nil {
		t.Fatal(err)
	}
	s, err := storage.Create(filepath.Join(t.TempDir(), "hub.podium"), m, "test", t0, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := New(s, func() time.Time { return t0 })
	t.Cleanup(func() { h.Close() })
	return h
}

func add(name string) model.Command {
	return model.AddQuestion{Asker: model.Person{Name: name}, Text: "Câu hỏi của " + name, Departments: []string{"CA"}}
}

// Commands sent at the same moment from many screens are each applied
// exactly once.
func TestConcurrentCommandsAreAllAppliedOnce(t *testing.T) {
	h := newHub(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 10 {
				if err := h.Do(add(fmt.Sprintf("Người %d-%d", i, j)), As(RoleModerator)); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	m := h.Snapshot().Meeting
	if m.Questions.Len() != 80 || m.Queue.Len() != 80 {
		t.Fatalf("%d questions, queue %d; want 80", m.Questions.Len(), m.Queue.Len())
	}
	seen := map[string]bool{}
	for _, q := range m.Questions.All() {
		if seen[q.Asker.Name] {
			t.Errorf("%s applied twice", q.Asker.Name)
		}
		seen[q.Asker.Name] = true
	}
	if errs := model.Check(m); errs != nil {
		t.Error(errs)
	}
	if v := h.Snapshot().Version; v != 80 {
		t.Errorf("version %d, want 80 commits", v)
	}
}

// A refusal reaches the sender and publishes nothing.
func TestRefusalPublishesNothing(t *testing.T) {
	h := newHub(t)
	sub, stop := h.Subscribe()
	defer stop()
	<-sub
	err := h.Do(model.EndAnswer{}, As(RoleModerator))
	if model.CodeOf(err) != model.ErrNotAnswering {
		t.Fatalf("err = %v", err)
	}
	select {
	case s := <-sub:
		t.Fatalf("a refusal published version %d", s.Version)
	default:
	}
}

// A subscriber that never reads does not hold up the writer or the others,
// and when it does read it gets the newest snapshot, not a backlog.
func TestStalledSubscriberKeepsOnlyTheNewest(t *testing.T) {
	h := newHub(t)
	stalled, stop1 := h.Subscribe()
	defer stop1()
	live, stop2 := h.Subscribe()
	defer stop2()
	<-live
	for i := range 20 {
		if err := h.Do(add(fmt.Sprint("P", i)), As(RoleModerator)); err != nil {
			t.Fatal(err)
		}
		s := <-live
		if s.Version != uint64(i+1) {
			t.Fatalf("live subscriber saw version %d after commit %d", s.Version, i+1)
		}
	}
	s := <-stalled
	if s.Version != 20 || s.Meeting.Questions.Len() != 20 {
		t.Fatalf("stalled subscriber got version %d", s.Version)
	}
	select {
	case s := <-stalled:
		t.Fatalf("stalled subscriber had a backlog: version %d", s.Version)
	default:
	}
}

func TestUndoThroughTheHub(t *testing.T) {
	h := newHub(t)
	if err := h.Do(add("An"), As(RoleModerator)); err != nil {
		t.Fatal(err)
	}
	entry, err := h.Undo(As(RoleModerator))
	if err != nil || entry.Verb != "add_question" {
		t.Fatalf("undo: %v, %+v", err, entry)
	}
	s := h.Snapshot()
	if s.Meeting.Question(1) != nil || s.Last.Verb != "undo" || s.Last.Undid != "add_question" {
		t.Fatalf("after undo: %+v", s.Last)
	}
}

func TestCommandsAfterCloseAreRefused(t *testing.T) {
	h := newHub(t)
	h.Close()
	if err := h.Do(add("An"), As(RoleModerator)); err != ErrClosed {
		t.Fatalf("err = %v, want ErrClosed", err)
	}
}

// A wall clock set back does not put the meeting's times out of order.
func TestClockSetBackIsHeldAtTheLastTime(t *testing.T) {
	m, _, err := model.Apply(model.New(model.Header{Title: "T"}), model.AddDepartment{Code: "CA", Name: "Công an"}, t0)
	if err != nil {
		t.Fatal(err)
	}
	s, err := storage.Create(filepath.Join(t.TempDir(), "h.podium"), m, "test", t0, nil)
	if err != nil {
		t.Fatal(err)
	}
	now := t0.Add(time.Hour)
	h := New(s, func() time.Time { return now })
	defer h.Close()
	for _, c := range []model.Command{add("An"), model.CallNext{}} {
		if err := h.Do(c, As(RoleModerator)); err != nil {
			t.Fatal(err)
		}
	}
	now = t0.Add(-time.Hour) // someone fixes the laptop's time zone
	if err := h.Do(model.StartAnswer{Department: "CA"}, As(RoleModerator)); err != nil {
		t.Fatal(err)
	}
	if err := h.Do(model.EndAnswer{}, As(RoleModerator)); err != nil {
		t.Fatal(err)
	}
	if errs := model.Check(h.Snapshot().Meeting); errs != nil {
		t.Fatal(errs)
	}
}
