package model_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"podium/model"
)

func TestCheckHoldsForFixtures(t *testing.T) {
	for name, fx := range map[string]func(testing.TB) *model.Meeting{
		"new":  func(testing.TB) *model.Meeting { return model.New(model.Header{Title: "T"}) },
		"base": fxBase, "asking": fxAsking, "answering": fxAnswering, "answered": fxAnswered, "group": fxGroup,
	} {
		if errs := model.Check(fx(t)); errs != nil {
			t.Errorf("%s: %v", name, errs)
		}
	}
}

// TestCheckCatchesBrokenMeetings shows Check is not vacuous: each broken
// meeting is reported, by a message naming what is wrong. The random
// sequence test relies on it.
func TestCheckCatchesBrokenMeetings(t *testing.T) {
	tests := []struct {
		name    string
		fx      func(testing.TB) *model.Meeting
		corrupt func(m *model.Meeting)
		want    string
	}{
		{"two questions asked at once", fxAsking, func(m *model.Meeting) {
			m.Question(2).Status = model.StatusAsking
			m.Queue = model.QueueOf(3)
		}, "being asked"},
		{"asking but not on the floor", fxBase, func(m *model.Meeting) {
			m.Question(1).Status = model.StatusAsking
			m.Queue = model.QueueOf(2, 3)
		}, "question 1 is being asked but is not on the floor"},
		{"awaiting with no answer running", fxAnswered, func(m *model.Meeting) {
			m.Question(1).Status = model.StatusAwaiting
		}, "question 1 awaits"},
		{"floor points at a missing question", fxAsking, func(m *model.Meeting) {
			m.Floor.Questions = []int{9}
		}, "missing question 9"},
		{"floor points at a missing answer", fxAnswering, func(m *model.Meeting) {
			m.Floor.Answer = 7
		}, "missing answer 7"},
		{"floor points at an ended answer", fxAnswering, func(m *model.Meeting) {
			m.Answers[0].End = at(20)
			m.Answers[0].Clock = model.Clock{Accumulated: time.Minute}
		}, "which has ended"},
		{"answering no question", fxAnswering, func(m *model.Meeting) {
			m.Floor.Questions = nil
			m.Question(1).Status = model.StatusInWriting
		}, "answering no question"},
		{"idle floor pointing at something", fxBase, func(m *model.Meeting) {
			m.Floor.Answer = 1
		}, "idle but points"},
		{"asking floor whose speaker is out of range", fxAsking, func(m *model.Meeting) {
			m.Floor.Speaker = 3
		}, "holds no speaker"},
		{"unknown floor state", fxBase, func(m *model.Meeting) {
			m.Floor.State = "dancing"
		}, "unknown state"},
		{"queue holds a question that is not waiting", fxAnswered, func(m *model.Meeting) {
			m.Queue = m.Queue.Plus(1)
		}, "in the queue but not waiting"},
		{"waiting question missing from the queue", fxBase, func(m *model.Meeting) {
			m.Queue = model.QueueOf(1, 3)
		}, "waiting but not in the queue"},
		{"queue holds a question twice", fxBase, func(m *model.Meeting) {
			m.Queue = model.QueueOf(1, 2, 3, 2)
		}, "twice"},
		{"answered with no answer", fxBase, func(m *model.Meeting) {
			m.Question(2).Status = model.StatusAnswered
			m.Queue = model.QueueOf(1, 3)
		}, "answered but has no answer"},
		{"answered by an answer that went to writing", fxAnswered, func(m *model.Meeting) {
			m.Answers[0].Outcome = model.OutcomeInWriting
		}, "answered but has no answer"},
		{"negative speaking clock", fxBase, func(m *model.Meeting) {
			m.Question(1).Speaking.Accumulated = -time.Second
		}, "negative"},
		{"negative answer clock", fxAnswered, func(m *model.Meeting) {
			m.Answers[0].Clock.Accumulated = -time.Second
		}, "negative"},
		{"answer ends before it starts", fxAnswered, func(m *model.Meeting) {
			m.Answers[0].End = at(2)
		}, "ends before it starts"},
		{"ended answer with a running clock", fxAnswered, func(m *model.Meeting) {
			m.Answers[0].Clock.RunningSince = at(5)
		}, "clock runs"},
		{"question closed before it was called", fxAnswered, func(m *model.Meeting) {
			m.Question(1).ClosedAt = t0
		}, "closes before"},
		{"question asked until before it was called", fxAnswered, func(m *model.Meeting) {
			m.Question(1).AskedUntil = t0
		}, "asked until before"},
		{"speaking clock runs off the floor", fxBase, func(m *model.Meeting) {
			m.Question(3).Speaking.RunningSince = at(1)
		}, "clock runs but it is not being asked"},
		{"question addresses an unknown department", fxBase, func(m *model.Meeting) {
			m.Question(1).Departments = []string{"XYZ"}
		}, `unknown department "XYZ"`},
		{"answer by an unknown department", fxAnswered, func(m *model.Meeting) {
			m.Answers[0].Department = "XYZ"
		}, `unknown department "XYZ"`},
		{"answer covers a missing question", fxAnswered, func(m *model.Meeting) {
			m.Answers[0].Questions = []int{1, 42}
		}, "missing question 42"},
		{"follow-up for an unknown department", fxBase, func(m *model.Meeting) {
			m.FollowUps = []*model.FollowUp{{ID: 1, Department: "XYZ"}}
		}, `unknown department "XYZ"`},
		{"merged into a missing question", fxBase, func(m *model.Meeting) {
			m.Question(3).Status, m.Question(3).MergedInto = model.StatusMerged, 99
			m.Queue = model.QueueOf(1, 2)
		}, "merged into missing question 99"},
		{"merged into itself", fxBase, func(m *model.Meeting) {
			m.Question(3).Status, m.Question(3).MergedInto = model.StatusMerged, 3
			m.Queue = model.QueueOf(1, 2)
		}, "merged into missing question 3"},
		{"unknown status", fxBase, func(m *model.Meeting) {
			m.Question(3).Status = "lost"
			m.Queue = model.QueueOf(1, 2)
		}, "unknown status"},
		{"question ID out of place", fxBase, func(m *model.Meeting) {
			m.Question(3).ID = 5
		}, "question at 3 has id 5"},
		{"answer ID out of place", fxAnswered, func(m *model.Meeting) {
			m.Answers[0].ID = 2
		}, "answer at 1 has id 2"},
		{"department ID out of place", fxBase, func(m *model.Meeting) {
			m.Departments[1].ID = 1
		}, "department at 2 has id 1"},
		{"follow-up ID out of place", fxBase, func(m *model.Meeting) {
			m.FollowUps = []*model.FollowUp{nil, {ID: 1, Department: "DST"}}
		}, "follow-up at 2 has id 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := deepCopy(t, tt.fx(t))
			tt.corrupt(m)
			errs := model.Check(m)
			if errs == nil {
				t.Fatal("Check found nothing wrong")
			}
			if msg := fmt.Sprint(errs); !strings.Contains(msg, tt.want) {
				t.Errorf("Check = %v, want a message containing %q", errs, tt.want)
			}
		})
	}
}

// TestCheckToleratesGaps: a record that no longer exists (after an undo in
// storage) is a nil entry, which Check and the lookups accept.
func TestCheckToleratesGaps(t *testing.T) {
	m := deepCopy(t, fxAnswered(t))
	// A list of questions never ends with a gap: question 5 stands after it.
	model.EditList(&m.Questions).Set(5, &model.Question{ID: 5, Asker: person, Kind: model.KindQuestion, Text: "?", Channel: model.ChannelFloor, Status: model.StatusWithdrawn, Created: at(1)})
	m.Answers = append(m.Answers, nil)
	m.FollowUps = append(m.FollowUps, nil)
	m.Departments = append(m.Departments, nil)
	if errs := model.Check(m); errs != nil {
		t.Fatal(errs)
	}
	if m.Question(4) != nil || m.Answer(2) != nil || m.FollowUp(1) != nil || m.Department(4) != nil {
		t.Error("a gap is not nil")
	}
	next, refs, err := model.Apply(m, model.AddQuestion{Asker: person, Text: "?"}, at(20))
	if err != nil {
		t.Fatal(err)
	}
	if got := refsString(refs); got != "[queue q6]" {
		t.Errorf("refs %s, want [queue q6]: a new question takes the next unused number", got)
	}
	if errs := model.Check(next); errs != nil {
		t.Error(errs)
	}
}
