package model

import (
	"fmt"
	"slices"
	"time"
)

// Check verifies the invariants every meeting must hold, and returns one
// error per broken one (nil when all hold), each an *InvariantError. They
// are what `podium check` and the random-sequence test rely on.
func Check(m *Meeting) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, invariantError(format, args...)) }

	for i, d := range m.Departments {
		if d != nil && d.ID != i+1 {
			bad("department at %d has id %d", i+1, d.ID)
		}
	}
	checkAnswers(m, bad)
	waiting := checkQuestions(m, bad)
	checkQueue(m, waiting, bad)
	checkFloor(m, bad)
	checkFollowUps(m, bad)
	checkStage(m.Stage, bad)
	checkAgenda(m.Agenda, bad)
	checkCommendations(m.Commendations, bad)
	checkThemes(m.Themes, bad)
	checkSubmissions(m, bad)
	return errs
}

// checkAnswers checks each answer: its department, its questions, its
// clock and times, its outcome and the follow-up the outcome opened.
func checkAnswers(m *Meeting, bad func(string, ...any)) {
	for i, a := range m.Answers {
		if a == nil {
			continue
		}
		if a.ID != i+1 {
			bad("answer at %d has id %d", i+1, a.ID)
		}
		if m.DepartmentByCode(a.Department) == nil {
			bad("answer %d is by unknown department %q", a.ID, a.Department)
		}
		for _, id := range a.Questions {
			if m.Question(id) == nil {
				bad("answer %d covers missing question %d", a.ID, id)
			}
		}
		checkClock(a.Clock, "answer %d's clock is negative", a.ID, bad)
		if !a.End.IsZero() && a.End.Before(a.Start) {
			bad("answer %d ends before it starts", a.ID)
		}
		if !a.End.IsZero() && a.Clock.Running() {
			bad("answer %d has ended but its clock runs", a.ID)
		}
		if a.Outcome != OutcomeNone && !slices.Contains(Outcomes, a.Outcome) {
			bad("answer %d has unknown outcome %q", a.ID, a.Outcome)
		}
		if !a.End.IsZero() && a.Outcome == OutcomeNone {
			bad("answer %d has ended without an outcome", a.ID)
		}
		f := m.FollowUpOf(a.ID)
		switch {
		case a.Outcome == OutcomeAnswered || a.Outcome == OutcomeNone:
			if f != nil {
				bad("answer %d (outcome %q) has follow-up %d", a.ID, a.Outcome, f.ID)
			}
		case f == nil:
			bad("answer %d's outcome %q has no follow-up", a.ID, a.Outcome)
		case f.Source != sourceOf(a.Outcome):
			bad("answer %d's outcome %q has follow-up %d of source %q", a.ID, a.Outcome, f.ID, f.Source)
		}
	}
}

// checkQuestions checks each question: its clock and times, its
// departments, and that its status agrees with the floor and the answers.
// It returns the waiting questions, which checkQueue compares with the queue.
func checkQuestions(m *Meeting, bad func(string, ...any)) (waiting map[int]bool) {
	asking := 0
	waiting = map[int]bool{}
	for id, q := range m.Questions.All() {
		if q == nil {
			continue
		}
		if q.ID != id {
			bad("question at %d has id %d", id, q.ID)
		}
		checkClock(q.Speaking, "question %d's clock is negative", q.ID, bad)
		if !q.ClosedAt.IsZero() && !q.CalledAt.IsZero() && q.ClosedAt.Before(q.CalledAt) {
			bad("question %d closes before it was called", q.ID)
		}
		if !q.AskedUntil.IsZero() && q.AskedUntil.Before(q.CalledAt) {
			bad("question %d was asked until before it was called", q.ID)
		}
		for _, d := range q.Departments {
			if m.DepartmentByCode(d) == nil {
				bad("question %d addresses unknown department %q", q.ID, d)
			}
		}
		onFloor := slices.Contains(m.Floor.Questions, q.ID)
		switch q.Status {
		case StatusWaiting:
			waiting[q.ID] = true
		case StatusAsking:
			asking++
			if m.Floor.State != FloorAsking || !onFloor {
				bad("question %d is being asked but is not on the floor", q.ID)
			}
		case StatusAwaiting:
			// Asked (or waiting its turn in a group) and waiting for an
			// answer: it is on the floor.
			if m.Floor.State == FloorIdle || !onFloor {
				bad("question %d awaits an answer but is not on the floor", q.ID)
			}
		case StatusAnswered:
			answered := false
			for _, a := range m.AnswersFor(q.ID) {
				answered = answered || (!a.End.IsZero() && a.Outcome != OutcomeInWriting)
			}
			if !answered {
				bad("question %d is answered but has no answer", q.ID)
			}
		case StatusMerged:
			if into := m.Question(q.MergedInto); into == nil || into.ID == q.ID {
				bad("question %d is merged into missing question %d", q.ID, q.MergedInto)
			}
		case StatusInWriting, StatusWithdrawn:
		default:
			bad("question %d has unknown status %q", q.ID, q.Status)
		}
		if q.Speaking.Running() && !(q.Status == StatusAsking && onFloor) {
			bad("question %d's clock runs but it is not being asked", q.ID)
		}
	}
	if asking > 1 {
		bad("%d questions are being asked at once", asking)
	}
	return waiting
}

// checkQueue checks that the queue is exactly the waiting questions, each once.
func checkQueue(m *Meeting, waiting map[int]bool, bad func(string, ...any)) {
	seen := map[int]bool{}
	for _, id := range m.Queue.All() {
		if seen[id] {
			bad("question %d is in the queue twice", id)
		}
		seen[id] = true
		if !waiting[id] {
			bad("question %d is in the queue but not waiting", id)
		}
	}
	for id := range waiting {
		if !seen[id] {
			bad("question %d is waiting but not in the queue", id)
		}
	}
}

// checkFloor checks that the floor points at what exists, as its state says.
func checkFloor(m *Meeting, bad func(string, ...any)) {
	f := m.Floor
	for _, id := range f.Questions {
		if m.Question(id) == nil {
			bad("the floor points at missing question %d", id)
		}
	}
	switch f.State {
	case FloorIdle:
		if len(f.Questions) != 0 || f.Answer != 0 {
			bad("the floor is idle but points at something")
		}
	case FloorAsking:
		if len(f.Questions) == 0 || f.Answer != 0 || f.Speaker < 0 || f.Speaker >= len(f.Questions) {
			bad("the floor is asking but holds no speaker")
		} else if q := m.Question(f.Questions[f.Speaker]); q != nil && q.Status != StatusAsking {
			bad("the floor's speaker, question %d, is %s", q.ID, q.Status)
		}
	case FloorAnswering:
		a := m.Answer(f.Answer)
		if a == nil {
			bad("the floor points at missing answer %d", f.Answer)
		} else if !a.End.IsZero() {
			bad("the floor points at answer %d, which has ended", f.Answer)
		}
		if len(f.Questions) == 0 {
			bad("the floor is answering no question")
		}
	default:
		bad("the floor has unknown state %q", f.State)
	}
}

func checkFollowUps(m *Meeting, bad func(string, ...any)) {
	byAnswer := map[int]int{}
	for i, fu := range m.FollowUps {
		if fu == nil {
			continue
		}
		if fu.ID != i+1 {
			bad("follow-up at %d has id %d", i+1, fu.ID)
		}
		switch {
		case fu.Department == "" && fu.Source == SourceConclusion && fu.To != AddresseeDepartments:
			// addressed to all departments, the Youth Union or the young people, with no lead
		case m.DepartmentByCode(fu.Department) == nil:
			bad("follow-up %d is for unknown department %q", fu.ID, fu.Department)
		}
		for _, d := range fu.Also {
			if m.DepartmentByCode(d) == nil {
				bad("follow-up %d is also for unknown department %q", fu.ID, d)
			}
		}
		if !slices.Contains(Addressees, fu.To) {
			bad("follow-up %d is addressed to unknown %q", fu.ID, fu.To)
		}
		if fu.Source != SourceConclusion && (fu.To != AddresseeDepartments || len(fu.Also) > 0 || fu.Order != 0) {
			bad("follow-up %d is not a conclusion but has an addressee or an order", fu.ID)
		}
		switch fu.Source {
		case SourceWrittenAnswer, SourceCommitment, SourceForwarded, SourceConclusion:
		default:
			bad("follow-up %d has unknown source %q", fu.ID, fu.Source)
		}
		if !slices.Contains(FollowUpStatuses, fu.Status) {
			bad("follow-up %d has unknown status %q", fu.ID, fu.Status)
		}
		for _, id := range fu.Questions {
			if m.Question(id) == nil {
				bad("follow-up %d names missing question %d", fu.ID, id)
			}
		}
		if fu.Answer != 0 {
			if m.Answer(fu.Answer) == nil {
				bad("follow-up %d comes from missing answer %d", fu.ID, fu.Answer)
			}
			if fu.Source == SourceConclusion {
				bad("conclusion %d comes from answer %d", fu.ID, fu.Answer)
			}
			if other, ok := byAnswer[fu.Answer]; ok {
				bad("answer %d has follow-ups %d and %d", fu.Answer, other, fu.ID)
			}
			byAnswer[fu.Answer] = fu.ID
		}
		if (fu.Status == FollowUpForwarded || fu.Source == SourceForwarded) && fu.ForwardedTo == "" {
			bad("follow-up %d is forwarded to nobody", fu.ID)
		}
		if fu.Status == FollowUpReplied && fu.ReplyDate.IsZero() {
			bad("follow-up %d is replied without a reply date", fu.ID)
		}
		if (fu.Status == FollowUpResolved) != !fu.ResolvedDate.IsZero() {
			bad("follow-up %d is %q with resolution date %v", fu.ID, fu.Status, fu.ResolvedDate)
		}
		for _, d := range []time.Time{fu.ReplyDate, fu.ResolvedDate} {
			if !d.IsZero() && dayBefore(d, fu.Created) {
				bad("follow-up %d has a reply or resolution dated before it was opened", fu.ID)
			}
		}
	}
}

func checkClock(c Clock, format string, id int, bad func(string, ...any)) {
	if c.Accumulated < 0 {
		bad(format, id)
	}
}

// InvariantError is one broken invariant: a Code the catalog words in the
// user's language ("invariant."+Code, with Args in the order given), and
// its English wording for logs and tests. The model speaks no language but
// this English; the faces render the code.
type InvariantError struct {
	Code   string
	Args   []any
	format string
}

func (e *InvariantError) Error() string { return fmt.Sprintf(e.format, e.Args...) }

// invariantError is the error of a broken invariant, its code looked up by
// its English wording (InvariantCodes); a wording without a code keeps
// the code "" and the faces show the English.
func invariantError(format string, args ...any) *InvariantError {
	return &InvariantError{Code: InvariantCodes[format], Args: args, format: format}
}

// InvariantCodes gives each invariant's English wording (the format the
// checks pass to bad) its code. A test keeps every wording in the model's
// sources here, and the catalog has a message for every code.
var InvariantCodes = map[string]string{
	"department at %d has id %d":                                        "department_id",
	"answer at %d has id %d":                                            "answer_id",
	"answer %d is by unknown department %q":                             "answer_unknown_department",
	"answer %d covers missing question %d":                              "answer_missing_question",
	"answer %d ends before it starts":                                   "answer_ends_before_start",
	"answer %d has ended but its clock runs":                            "answer_ended_clock_runs",
	"answer %d has unknown outcome %q":                                  "answer_unknown_outcome",
	"answer %d has ended without an outcome":                            "answer_no_outcome",
	"answer %d (outcome %q) has follow-up %d":                           "answer_unexpected_followup",
	"answer %d's outcome %q has no follow-up":                           "answer_missing_followup",
	"answer %d's outcome %q has follow-up %d of source %q":              "answer_followup_source",
	"answer %d's clock is negative":                                     "answer_clock_negative",
	"question at %d has id %d":                                          "question_id",
	"question %d closes before it was called":                           "question_closed_before_called",
	"question %d was asked until before it was called":                  "question_asked_before_called",
	"question %d addresses unknown department %q":                       "question_unknown_department",
	"question %d is being asked but is not on the floor":                "question_asking_off_floor",
	"question %d awaits an answer but is not on the floor":              "question_awaiting_off_floor",
	"question %d is answered but has no answer":                         "question_answered_no_answer",
	"question %d is merged into missing question %d":                    "question_merged_missing",
	"question %d has unknown status %q":                                 "question_unknown_status",
	"question %d's clock runs but it is not being asked":                "question_clock_runs",
	"question %d's clock is negative":                                   "question_clock_negative",
	"%d questions are being asked at once":                              "many_asking",
	"question %d is in the queue twice":                                 "queue_twice",
	"question %d is in the queue but not waiting":                       "queue_not_waiting",
	"question %d is waiting but not in the queue":                       "waiting_not_queued",
	"the floor points at missing question %d":                           "floor_missing_question",
	"the floor is idle but points at something":                         "floor_idle_points",
	"the floor is asking but holds no speaker":                          "floor_no_speaker",
	"the floor's speaker, question %d, is %s":                           "floor_speaker_status",
	"the floor points at missing answer %d":                             "floor_missing_answer",
	"the floor points at answer %d, which has ended":                    "floor_answer_ended",
	"the floor is answering no question":                                "floor_answering_nothing",
	"the floor has unknown state %q":                                    "floor_unknown_state",
	"follow-up at %d has id %d":                                         "followup_id",
	"follow-up %d is for unknown department %q":                         "followup_unknown_department",
	"follow-up %d has unknown source %q":                                "followup_unknown_source",
	"follow-up %d has unknown status %q":                                "followup_unknown_status",
	"follow-up %d names missing question %d":                            "followup_missing_question",
	"follow-up %d comes from missing answer %d":                         "followup_missing_answer",
	"conclusion %d comes from answer %d":                                "conclusion_from_answer",
	"answer %d has follow-ups %d and %d":                                "answer_two_followups",
	"follow-up %d is forwarded to nobody":                               "followup_forwarded_nobody",
	"follow-up %d is replied without a reply date":                      "followup_no_reply_date",
	"follow-up %d is %q with resolution date %v":                        "followup_resolution_date",
	"follow-up %d has a reply or resolution dated before it was opened": "followup_dated_before",
	"the agenda's current item %d is out of range":                      "agenda_current_range",
	"agenda item %d is past but has no start or end":                    "agenda_past_no_times",
	"agenda item %d is under way but has no start, or has ended":        "agenda_current_times",
	"agenda item %d has not come but has times":                         "agenda_future_times",
	"agenda item %d ends before it starts":                              "agenda_ends_before_start",
	"agenda item %d has no planned duration":                            "agenda_no_duration",
	"the projector has unknown mode %q":                                 "projector_unknown_mode",
	"backstage note %d is out of order":                                 "note_order",
	"backstage note %d is empty":                                        "note_empty",
	"backstage note %d is dismissed before it was sent":                 "note_dismissed_before_sent",
	"follow-up %d is also for unknown department %q":                    "followup_also_unknown_department",
	"follow-up %d is addressed to unknown %q":                           "followup_unknown_addressee",
	"follow-up %d is not a conclusion but has an addressee or an order": "followup_addressee_not_conclusion",
	"commendation id %d is not positive or not unique":                  "commendation_id",
	"commendation %d has unknown kind %q":                               "commendation_unknown_kind",
	"commendation %d has no name":                                       "commendation_no_name",
}
