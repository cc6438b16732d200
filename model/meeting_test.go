package model_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"podium/model"
)

func TestNew(t *testing.T) {
	m := model.New(model.Header{Title: "T"})
	if m.Header.SpeakLimit != 3*time.Minute || m.Header.AnswerLimit != 5*time.Minute {
		t.Errorf("default limits %v/%v, want 3m/5m", m.Header.SpeakLimit, m.Header.AnswerLimit)
	}
	if m.Floor.State != model.FloorIdle {
		t.Errorf("floor %q, want idle", m.Floor.State)
	}
	if errs := model.Check(m); errs != nil {
		t.Error(errs)
	}
	kept := model.New(model.Header{SpeakLimit: time.Minute, AnswerLimit: 2 * time.Minute})
	if kept.Header.SpeakLimit != time.Minute || kept.Header.AnswerLimit != 2*time.Minute {
		t.Errorf("given limits not kept: %v/%v", kept.Header.SpeakLimit, kept.Header.AnswerLimit)
	}
}

// TestNewCommand: every command decodes from the log by its verb, and the
// decoded (pointer) command does exactly what the value does.
func TestNewCommand(t *testing.T) {
	deadline := at(60 * 24 * 30)
	cmds := []struct {
		cmd   model.Command
		setup func(testing.TB) *model.Meeting
	}{
		{model.SetHeader{Header: model.Header{Title: "T", SpeakLimit: time.Minute, PlannedEnd: at(200)}}, fxBase},
		{model.AddDepartment{Code: "SYT", Name: "Sở Y tế", Representative: person}, fxBase},
		{model.AddQuestion{Asker: person, Kind: model.KindProposal, Theme: "x", Text: "y", Departments: []string{"CA"}, Channel: model.ChannelFloor}, fxBase},
		{model.EditQuestion{ID: 2, Asker: person, Text: "z", Departments: []string{"DST"}}, fxBase},
		{model.MoveQuestion{ID: 3, By: -1}, fxBase},
		{model.CallNext{}, fxBase},
		{model.Call{ID: 2}, fxBase},
		{model.StartAnswer{Department: "CA", Responder: person}, fxAsking},
		{model.EndAnswer{}, fxAnswering},
		{model.DeferToWriting{ID: 1, Department: "DST", Deadline: deadline}, fxAnswering},
		{model.Postpone{}, fxAsking},
		{model.Withdraw{ID: 3}, fxBase},
		{model.Merge{ID: 3, Into: 2}, fxBase},
		{model.ToggleClock{}, fxAsking},
		{model.SetNotes{Answer: 1, Notes: "n"}, fxAnswering},
	}
	verbs := map[string]bool{}
	for _, c := range cmds {
		verb := c.cmd.Verb()
		t.Run(verb, func(t *testing.T) {
			if verbs[verb] {
				t.Fatalf("verb %q used twice", verb)
			}
			verbs[verb] = true
			decoded := roundTrip(t, c.cmd)
			if decoded.Verb() != verb {
				t.Fatalf("NewCommand(%q).Verb() = %q", verb, decoded.Verb())
			}
			if jsonOf(decoded) != jsonOf(c.cmd) {
				t.Errorf("round trip: %s became %s", jsonOf(c.cmd), jsonOf(decoded))
			}
			m := c.setup(t)
			a, refsA, errA := model.Apply(m, c.cmd, at(10))
			b, refsB, errB := model.Apply(m, decoded, at(10))
			if errA != nil || errB != nil {
				t.Fatalf("value: %v, decoded: %v", errA, errB)
			}
			if dump(t, a) != dump(t, b) || refsString(refsA) != refsString(refsB) {
				t.Errorf("the decoded command did something else:\nvalue   %s %s\ndecoded %s %s",
					refsString(refsA), dump(t, a), refsString(refsB), dump(t, b))
			}
		})
	}
	if len(verbs) != 15 {
		t.Errorf("%d verbs, want 15 (one per command)", len(verbs))
	}
	for _, bad := range []string{"", "undo", "CALL", "call "} {
		if c := model.NewCommand(bad); c != nil {
			t.Errorf("NewCommand(%q) = %T, want nil", bad, c)
		}
	}
}

func TestErrors(t *testing.T) {
	m := fxAsking(t)
	_, _, err := model.Apply(m, model.Call{ID: 2}, at(2))
	if got, want := err.Error(), "podium: floor_busy [1]"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	_, _, err = model.Apply(fxBase(t), model.EndAnswer{}, at(2))
	if got, want := err.Error(), "podium: not_answering"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	wrapped := fmt.Errorf("saving: %w", err)
	if model.CodeOf(wrapped) != model.ErrNotAnswering {
		t.Errorf("CodeOf(wrapped) = %q", model.CodeOf(wrapped))
	}
	if model.CodeOf(nil) != "" || model.CodeOf(errors.New("disk full")) != "" {
		t.Error("CodeOf of a nil or foreign error is not empty")
	}
}

func TestLookups(t *testing.T) {
	m := fxAnswered(t)
	for _, id := range []int{-1, 0, 4, 1 << 40} {
		if m.Question(id) != nil {
			t.Errorf("Question(%d) is not nil", id)
		}
	}
	if m.Answer(0) != nil || m.Answer(2) != nil || m.FollowUp(1) != nil || m.Department(0) != nil || m.Department(4) != nil {
		t.Error("a lookup out of range is not nil")
	}
	if d := m.DepartmentByCode("CA"); d == nil || d.ID != 2 {
		t.Errorf("DepartmentByCode(CA) = %+v", d)
	}
	if m.DepartmentByCode("ca") != nil || m.DepartmentByCode("") != nil {
		t.Error("DepartmentByCode matched a code it should not")
	}
	if m.Speaker() != nil || m.FloorAnswer() != nil {
		t.Error("an idle floor has a speaker or an answer")
	}
	if got := m.QueuePosition(3); got != 1 {
		t.Errorf("QueuePosition(3) = %d, want 1", got)
	}
	if got := m.QueuePosition(1); got != -1 {
		t.Errorf("QueuePosition(1) = %d, want -1 (answered)", got)
	}
	if got := len(m.AnswersFor(2)); got != 0 {
		t.Errorf("AnswersFor(2) has %d answers, want none", got)
	}
	want := model.Counts{model.StatusAnswered: 1, model.StatusWaiting: 2}
	if got := m.Count(); jsonOf(got) != jsonOf(want) {
		t.Errorf("Count() = %v, want %v", got, want)
	}

	asking := fxAsking(t)
	if c, ok := asking.RunningClock(); !ok || !c.Running() || c.Elapsed(at(4)) != 3*time.Minute {
		t.Errorf("RunningClock while asking = %+v, %v", c, ok)
	}
	if asking.FloorAnswer() != nil {
		t.Error("FloorAnswer while asking is not nil")
	}
	answering := fxAnswering(t)
	if answering.Speaker() != nil {
		t.Error("Speaker while answering is not nil")
	}
}
