package hub

import (
	"errors"
	"fmt"
	"testing"

	"podium/model"
	"podium/storage"
)

// A batch reaches subscribers as one snapshot, after its commit; one Undo
// takes it all back.
func TestDoAllPublishesOnceAndUndoesAtOnce(t *testing.T) {
	h := newHub(t)
	sub, stop := h.Subscribe()
	defer stop()
	<-sub
	var cmds []model.Command
	for i := range 12 {
		cmds = append(cmds, add(fmt.Sprint("Người ", i)))
	}
	if err := h.DoAll(cmds, storage.VerbImport, Office()); err != nil {
		t.Fatal(err)
	}
	s := <-sub
	if s.Version != 1 || s.Meeting.Questions.Len() != 12 || s.Last.Verb != storage.VerbImport || s.Last.Who != "moderator:office" {
		t.Fatalf("snapshot version %d, %d questions, last %+v", s.Version, s.Meeting.Questions.Len(), s.Last)
	}
	select {
	case s := <-sub:
		t.Fatalf("a second snapshot, version %d", s.Version)
	default:
	}
	entry, err := h.Undo(Office())
	if err != nil || entry.Verb != storage.VerbImport {
		t.Fatalf("undo: %v %+v", err, entry)
	}
	if m := h.Snapshot().Meeting; m.Queue.Len() != 0 {
		t.Fatalf("after one undo the queue holds %v", m.Queue)
	}
}

// A refused batch reaches the sender, names the command, publishes nothing.
func TestDoAllRefused(t *testing.T) {
	h := newHub(t)
	sub, stop := h.Subscribe()
	defer stop()
	<-sub
	err := h.DoAll([]model.Command{add("An"), model.AddQuestion{Asker: model.Person{Name: "Bình"}}}, storage.VerbImport, Office())
	var be *storage.BatchError
	if !errors.As(err, &be) || be.Index != 1 || model.CodeOf(err) != model.ErrEmptyText {
		t.Fatalf("err = %v", err)
	}
	if err := h.DoAll(nil, storage.VerbImport, Office()); err != nil {
		t.Fatalf("an empty batch: %v", err)
	}
	select {
	case s := <-sub:
		t.Fatalf("published version %d", s.Version)
	default:
	}
	if h.Snapshot().Meeting.Questions.Len() != 0 {
		t.Error("a refused batch changed the meeting")
	}
}
