package storage

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"podium/model"
	"podium/model/demo"
)

func importedQuestions(n int) []model.Command {
	var cmds []model.Command
	for i := range n {
		cmds = append(cmds, model.AddQuestion{Asker: model.Person{Name: fmt.Sprintf("Người hỏi %d", i+1), Unit: "Ân Thi"},
			Kind: model.KindRecommendation, Text: fmt.Sprintf("Kiến nghị số %d về chuyển đổi số", i+1), Departments: []string{"KHCN"}})
	}
	return cmds
}

// A batch is one transaction and one log entry: reopened, the file holds
// it all; one Undo takes all of it back, one Redo brings it back.
func TestApplyAllIsOneUndoableChange(t *testing.T) {
	s, path := newStore(t)
	before := s.Meeting()
	entries := logLen(t, s)
	cmds := append(importedQuestions(5), model.AddDepartment{Code: "TTTT", Name: "Sở Thông tin và Truyền thông"}, model.Withdraw{ID: 2})
	m, err := s.ApplyAll(cmds, VerbImport, "office", at(100))
	if err != nil {
		t.Fatal(err)
	}
	if m.Questions.Len() != 8 || m.Question(2).Status != model.StatusWithdrawn || m.DepartmentByCode("TTTT") == nil {
		t.Fatalf("after the batch: %d questions, q2 %s", m.Questions.Len(), m.Question(2).Status)
	}
	checkModel(t, m)
	if n := logLen(t, s); n != entries+1 {
		t.Fatalf("log has %d entries, want %d: one for the whole batch", n, entries+1)
	}
	e := newest(t, s)
	if e.Verb != VerbImport || e.Who != "office" || !e.Time.Equal(at(100)) {
		t.Errorf("entry %+v", e)
	}
	// Each record once, as it was before the batch: q2 was waiting.
	seen := map[model.Ref]bool{}
	for _, r := range e.Before {
		if seen[r.ref()] {
			t.Errorf("record %v has two before-images", r.ref())
		}
		seen[r.ref()] = true
		if r.Kind == model.RecQuestion && r.ID == 2 && !bytes.Contains(r.Value, []byte(`"status":"waiting"`)) {
			t.Errorf("question 2's before-image %s, want it waiting", r.Value)
		}
	}
	got, err := DecodeBatch(e)
	if err != nil || len(got) != len(cmds) || got[5].Verb() != "add_department" {
		t.Fatalf("DecodeBatch: %v, %d commands", err, len(got))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path)
	s = mustOpen(t, path, nil)
	sameMeeting(t, "reopened", s.Meeting(), m)

	undone, undid, err := s.Undo("office", at(200))
	if err != nil {
		t.Fatal(err)
	}
	if undid.Verb != VerbImport {
		t.Errorf("undid %q", undid.Verb)
	}
	sameMeeting(t, "after one undo", undone, before)
	redone, _, err := s.Redo("office", at(300))
	if err != nil {
		t.Fatal(err)
	}
	sameMeeting(t, "after redo", redone, m)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path)
}

// One refused command refuses the batch: the error names it, and the file
// is byte for byte what it was.
func TestApplyAllRefusedWritesNothing(t *testing.T) {
	s, path := newStore(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	was := readFile(t, path)
	s = mustOpen(t, path, nil)
	before := s.Meeting()
	cmds := importedQuestions(4)
	cmds[2] = model.AddQuestion{Asker: model.Person{Name: "Lê Văn Cường"}, Text: "Hỏi về vốn", Departments: []string{"NHCS"}}
	m, err := s.ApplyAll(cmds, VerbImport, "office", at(100))
	var be *BatchError
	if !errors.As(err, &be) || be.Index != 2 || model.CodeOf(err) != model.ErrUnknownDepartment {
		t.Fatalf("err = %v, want command 3 refused for an unknown department", err)
	}
	if m != before || s.Meeting() != before {
		t.Error("a refused batch changed the meeting")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(readFile(t, path), was) {
		t.Error("a refused batch changed the file")
	}
}

func TestApplyAllEdges(t *testing.T) {
	s, _ := newStore(t)
	before := s.Meeting()
	entries := logLen(t, s)
	if m, err := s.ApplyAll(nil, VerbImport, "office", at(1)); err != nil || m != before {
		t.Errorf("empty batch: %v", err)
	}
	// Commands that change nothing write nothing.
	if m, err := s.ApplyAll([]model.Command{model.MoveQuestion{ID: 1, By: -1}}, VerbImport, "office", at(1)); err != nil || m != before {
		t.Errorf("no-op batch: %v", err)
	}
	if n := logLen(t, s); n != entries {
		t.Errorf("log grew to %d", n)
	}
	for _, verb := range []string{"", "undo", "create", "add_question"} {
		if _, err := s.ApplyAll(importedQuestions(1), verb, "office", at(1)); err == nil {
			t.Errorf("verb %q accepted for a batch", verb)
		}
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	ro := mustOpen(t, path, &Options{ReadOnly: true})
	_, err := ro.ApplyAll(importedQuestions(1), VerbImport, "office", at(1))
	wantCode(t, err, CodeReadOnly)
}

// The clerk's record through the store: the played demo's script, a
// follow-up removed (a record deleted from its bucket), and undo all the
// way back; memory and file agree at every reopen.
func TestFollowUpsOnDisk(t *testing.T) {
	m0, err := demo.Meeting(demo.Registered)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "played.podium")
	s, err := Create(path, m0, "test", demo.Registered, nil)
	if err != nil {
		t.Fatal(err)
	}
	cmds, times := demo.Script()
	cmds = append(cmds,
		model.SetOutcome{Answer: 5, Outcome: model.OutcomeAnswered}, // drops follow-up 3, the commitment
		model.RemoveConclusion{ID: 5},
		model.EditFollowUp{ID: 6, Department: "KHCN", What: "Tham mưu cơ chế hỗ trợ khởi nghiệp", Questions: []int{7}},
	)
	times = append(times, demo.AsOf, demo.AsOf, demo.AsOf)
	reopen := func(what string) {
		t.Helper()
		mem := s.Meeting()
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		checkFile(t, path)
		if s, err = Open(path, nil); err != nil {
			t.Fatal(err)
		}
		sameMeeting(t, what, s.Meeting(), mem)
	}
	for i, c := range cmds {
		if _, err := s.Apply(c, "clerk", times[i]); err != nil {
			t.Fatalf("step %d (%s): %v", i+1, c.Verb(), err)
		}
		if i%9 == 8 {
			reopen(fmt.Sprint("after step ", i+1))
		}
	}
	m := s.Meeting()
	checkModel(t, m)
	if m.FollowUp(3) != nil || m.FollowUp(5) != nil || m.FollowUp(6) == nil {
		t.Fatalf("follow-ups %v", m.FollowUps)
	}
	reopen("at the end")
	played, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, _, err := s.Undo("clerk", demo.AsOf); err != nil {
			t.Fatal(err)
		}
	}
	sameMeeting(t, "three undos back", s.Meeting(), played)
	reopen("after the undos")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}
