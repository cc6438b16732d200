package model_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"podium/model"
)

// Deadlines and reply dates for the follow-up cases: the fixtures' meeting
// is on 25/3/2023.
var (
	deadlineApr = time.Date(2023, 4, 30, 17, 0, 0, 0, time.UTC)
	deadlineMay = time.Date(2023, 5, 15, 0, 0, 0, 0, time.UTC)
	replyApr    = time.Date(2023, 4, 20, 0, 0, 0, 0, time.UTC)
	lastYear    = time.Date(2022, 4, 30, 0, 0, 0, 0, time.UTC)
)

// fxCommitted: DST answered question 1 (8:03–8:06) with a commitment,
// recorded at 8:07: follow-up 1.
func fxCommitted(t testing.TB) *model.Meeting {
	return build(t, fxAnswered(t), step{model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: "Mở 10 lớp kỹ năng số", Deadline: deadlineApr}, at(7)})
}

// fxWritten: DST will answer question 1 in writing, recorded at 8:07.
func fxWritten(t testing.TB) *model.Meeting {
	return build(t, fxAnswered(t), step{model.SetOutcome{Answer: 1, Outcome: model.OutcomeInWriting, Deadline: deadlineApr}, at(7)})
}

// fxReplied: fxCommitted, and DST replied on 20/4.
func fxReplied(t testing.TB) *model.Meeting {
	return build(t, fxCommitted(t), step{model.UpdateFollowUp{ID: 1, Status: model.FollowUpReplied, ReplyDoc: "125/SKHCN", ReplyDate: replyApr}, at(60)})
}

// fxConcluded: fxCommitted and a conclusion for CA on questions 1 and 2
// (follow-up 2).
func fxConcluded(t testing.TB) *model.Meeting {
	return build(t, fxCommitted(t), step{model.AddConclusion{Department: "CA", What: "Tuyên truyền an toàn mạng", Deadline: deadlineMay, Questions: []int{2, 1}}, at(20)})
}

func checks(fs ...func(t *testing.T, old, m *model.Meeting)) func(t *testing.T, old, m *model.Meeting) {
	return func(t *testing.T, old, m *model.Meeting) {
		for _, f := range fs {
			f(t, old, m)
		}
	}
}

func wantFollowUp(id int, want model.FollowUp) func(t *testing.T, old, m *model.Meeting) {
	return func(t *testing.T, _, m *model.Meeting) {
		t.Helper()
		wantJSON(t, "follow-up", m.FollowUp(id), want)
	}
}

func wantStatuses(want map[int]model.Status) func(t *testing.T, old, m *model.Meeting) {
	return func(t *testing.T, _, m *model.Meeting) {
		t.Helper()
		for id, s := range want {
			wantStatus(t, m, id, s)
		}
	}
}

func wantOutcome(id int, want model.Outcome) func(t *testing.T, old, m *model.Meeting) {
	return func(t *testing.T, _, m *model.Meeting) {
		t.Helper()
		if got := m.Answer(id).Outcome; got != want {
			t.Errorf("answer %d outcome %q, want %q", id, got, want)
		}
	}
}

func then(cmd model.Command, now time.Time, check func(t *testing.T, m *model.Meeting)) func(t *testing.T, old, m *model.Meeting) {
	return func(t *testing.T, _, m *model.Meeting) {
		t.Helper()
		next, _, err := model.Apply(m, cmd, now)
		if err != nil {
			t.Fatalf("then %s: %v", cmd.Verb(), err)
		}
		if errs := model.Check(next); errs != nil {
			t.Fatalf("then %s: invariants: %v", cmd.Verb(), errs)
		}
		check(t, next)
	}
}

func setOutcomeCases() []applyCase {
	commitment := model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: " Mở 10 lớp\x1b[0m kỹ năng số ", Deadline: deadlineApr}
	return []applyCase{
		{
			name:  "a commitment opens a follow-up; the question stays answered",
			setup: fxAnswered,
			cmd:   commitment,
			refs:  []model.Ref{rA(1), rFU(1)},
			check: checks(wantOutcome(1, model.OutcomeCommitment), wantStatuses(map[int]model.Status{1: model.StatusAnswered}),
				wantFollowUp(1, model.FollowUp{ID: 1, Department: "DST", What: "Mở 10 lớp kỹ năng số", Deadline: deadlineApr,
					Source: model.SourceCommitment, Questions: []int{1}, Answer: 1, Status: model.FollowUpOpen, Created: at(10)}),
				func(t *testing.T, _, m *model.Meeting) {
					if m.FollowUpOf(1) != m.FollowUp(1) || len(m.FollowUpsFor(1)) != 1 {
						t.Error("FollowUpOf(1) / FollowUpsFor(1) do not find follow-up 1")
					}
				}),
		},
		{
			name:  "in writing: the answering department, the question's text; the question is in writing",
			setup: fxAnswered,
			cmd:   model.SetOutcome{Answer: 1, Outcome: model.OutcomeInWriting, Deadline: deadlineApr},
			refs:  []model.Ref{rQ(1), rA(1), rFU(1)},
			check: checks(wantStatuses(map[int]model.Status{1: model.StatusInWriting}),
				func(t *testing.T, old, m *model.Meeting) {
					wantFollowUp(1, model.FollowUp{ID: 1, Department: "DST", What: old.Question(1).Text, Deadline: deadlineApr,
						Source: model.SourceWrittenAnswer, Questions: []int{1}, Answer: 1, Status: model.FollowUpOpen, Created: at(10)})(t, old, m)
					if c := m.Question(1).ClosedAt; !c.Equal(at(6)) {
						t.Errorf("closed at %v, want 8:06 as before", c)
					}
				}),
		},
		{
			name:  "in writing by another department",
			setup: fxAnswered,
			cmd:   model.SetOutcome{Answer: 1, Outcome: model.OutcomeInWriting, Department: " CA ", What: "Trả lời về vốn", Deadline: deadlineApr},
			refs:  []model.Ref{rQ(1), rA(1), rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if f := m.FollowUp(1); f.Department != "CA" || f.What != "Trả lời về vốn" {
					t.Errorf("follow-up %+v, want CA, the given text", f)
				}
			},
		},
		{
			name:  "forwarded beyond the province, no deadline",
			setup: fxAnswered,
			cmd:   model.SetOutcome{Answer: 1, Outcome: model.OutcomeForwarded, ForwardedTo: " Bộ Khoa học\tvà Công nghệ "},
			refs:  []model.Ref{rA(1), rFU(1)},
			check: func(t *testing.T, old, m *model.Meeting) {
				wantFollowUp(1, model.FollowUp{ID: 1, Department: "DST", What: old.Question(1).Text, Source: model.SourceForwarded,
					Questions: []int{1}, Answer: 1, ForwardedTo: "Bộ Khoa học và Công nghệ", Status: model.FollowUpForwarded, Created: at(10)})(t, old, m)
				wantStatus(t, m, 1, model.StatusAnswered)
			},
		},
		{
			name:  "recorded while the answer runs; ending it keeps the commitment",
			setup: fxAnswering,
			cmd:   commitment,
			refs:  []model.Ref{rA(1), rFU(1)},
			check: checks(wantStatuses(map[int]model.Status{1: model.StatusAwaiting}),
				then(model.EndAnswer{}, at(12), func(t *testing.T, m *model.Meeting) {
					wantStatus(t, m, 1, model.StatusAnswered)
					if a := m.Answer(1); a.Outcome != model.OutcomeCommitment || !a.End.Equal(at(12)) {
						t.Errorf("answer %+v, want a commitment ended 8:12", a)
					}
				})),
		},
		{
			name:  "in writing while the answer runs; ending it puts the question in writing",
			setup: fxAnswering,
			cmd:   model.SetOutcome{Answer: 1, Outcome: model.OutcomeInWriting, Deadline: deadlineApr},
			refs:  []model.Ref{rA(1), rFU(1)},
			check: then(model.EndAnswer{}, at(12), func(t *testing.T, m *model.Meeting) {
				wantStatus(t, m, 1, model.StatusInWriting)
			}),
		},
		{
			name:  "answered while the answer runs",
			setup: fxAnswering,
			cmd:   model.SetOutcome{Answer: 1, Outcome: model.OutcomeAnswered},
			refs:  []model.Ref{rA(1)},
		},
		{
			name:  "a commitment becomes a written answer: the same follow-up, kept from 8:07",
			setup: fxCommitted,
			cmd:   model.SetOutcome{Answer: 1, Outcome: model.OutcomeInWriting, What: "Trả lời bằng văn bản", Deadline: deadlineMay},
			refs:  []model.Ref{rQ(1), rA(1), rFU(1)},
			check: checks(wantStatuses(map[int]model.Status{1: model.StatusInWriting}),
				wantFollowUp(1, model.FollowUp{ID: 1, Department: "DST", What: "Trả lời bằng văn bản", Deadline: deadlineMay,
					Source: model.SourceWrittenAnswer, Questions: []int{1}, Answer: 1, Status: model.FollowUpOpen, Created: at(7)})),
		},
		{
			name: "forwarded, then a commitment: no longer forwarded",
			setup: func(t testing.TB) *model.Meeting {
				return build(t, fxAnswered(t), step{model.SetOutcome{Answer: 1, Outcome: model.OutcomeForwarded, ForwardedTo: "Bộ Công an"}, at(7)})
			},
			cmd:  commitment,
			refs: []model.Ref{rA(1), rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if f := m.FollowUp(1); f.Status != model.FollowUpOpen || f.ForwardedTo != "" || f.Source != model.SourceCommitment {
					t.Errorf("follow-up %+v, want an open commitment", f)
				}
			},
		},
		{
			name:  "back to answered on the spot removes the untouched follow-up",
			setup: fxWritten,
			cmd:   model.SetOutcome{Answer: 1, Outcome: model.OutcomeAnswered, What: "ignored", Deadline: lastYear},
			refs:  []model.Ref{rQ(1), rA(1), rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantStatus(t, m, 1, model.StatusAnswered)
				if m.FollowUp(1) != nil || m.FollowUpOf(1) != nil {
					t.Errorf("follow-up 1 is still there: %+v", m.FollowUp(1))
				}
			},
		},
		{
			name:  "the same outcome again changes nothing",
			setup: fxCommitted,
			cmd:   model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: "Mở 10 lớp kỹ năng số", Deadline: deadlineApr},
		},
		{
			name:  "a group answer's follow-up covers its questions",
			setup: fxGroup,
			cmd:   commitment,
			refs:  []model.Ref{rA(1), rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if qs := m.FollowUp(1).Questions; len(qs) != 2 || qs[0] != 1 || qs[1] != 2 {
					t.Errorf("questions %v, want [1 2]", qs)
				}
			},
		},
		{
			name:  "a deadline on the meeting's day",
			setup: fxAnswered,
			cmd:   model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: "Hôm nay", Deadline: time.Date(2023, 3, 25, 0, 0, 0, 0, time.UTC)},
			refs:  []model.Ref{rA(1), rFU(1)},
		},
		{name: "answered, but the follow-up has a reply", setup: fxReplied, cmd: model.SetOutcome{Answer: 1, Outcome: model.OutcomeAnswered}, code: model.ErrFollowUpStarted, args: []any{1, "replied"}},
		{name: "no such answer", setup: fxAnswered, cmd: model.SetOutcome{Answer: 2, Outcome: model.OutcomeAnswered}, code: model.ErrNoSuchAnswer, args: []any{2}},
		{name: "no outcome", setup: fxAnswered, cmd: model.SetOutcome{Answer: 1}, code: model.ErrBadOutcome, args: []any{""}},
		{name: "unknown outcome", setup: fxAnswered, cmd: model.SetOutcome{Answer: 1, Outcome: "maybe"}, code: model.ErrBadOutcome, args: []any{"maybe"}},
		{name: "unknown department", setup: fxAnswered, cmd: model.SetOutcome{Answer: 1, Outcome: model.OutcomeInWriting, Department: "XYZ", Deadline: deadlineApr}, code: model.ErrUnknownDepartment, args: []any{"XYZ"}},
		{name: "in writing without a deadline", setup: fxAnswered, cmd: model.SetOutcome{Answer: 1, Outcome: model.OutcomeInWriting}, code: model.ErrNoDeadline},
		{name: "a commitment to nothing", setup: fxAnswered, cmd: model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: " \x1b[0m ", Deadline: deadlineApr}, code: model.ErrEmptyWhat},
		{name: "a commitment without a date", setup: fxAnswered, cmd: model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: "x"}, code: model.ErrNoDeadline},
		{name: "forwarded to nobody", setup: fxAnswered, cmd: model.SetOutcome{Answer: 1, Outcome: model.OutcomeForwarded, ForwardedTo: "\u200b"}, code: model.ErrNoForwardedTo},
		{name: "forwarded to 10,000 characters", setup: fxAnswered, cmd: model.SetOutcome{Answer: 1, Outcome: model.OutcomeForwarded, ForwardedTo: long10k}, code: model.ErrTooLong, args: []any{"forwarded_to", model.MaxLineLen}},
		{name: "a commitment of 4,001 characters", setup: fxAnswered, cmd: model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: repeat("ễ", 4001), Deadline: deadlineApr}, code: model.ErrTooLong, args: []any{"what", model.MaxTextLen}},
		{name: "a deadline a year early", setup: fxAnswered, cmd: model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: "x", Deadline: lastYear}, code: model.ErrDeadlineTooEarly},
		{name: "a deadline the day before", setup: fxAnswered, cmd: model.SetOutcome{Answer: 1, Outcome: model.OutcomeInWriting, Deadline: time.Date(2023, 3, 24, 23, 0, 0, 0, time.UTC)}, code: model.ErrDeadlineTooEarly},
	}
}

func setResponderCases() []applyCase {
	named := func(t testing.TB) *model.Meeting {
		return build(t, fxAnswered(t), step{model.SetResponder{Answer: 1, Responder: model.Person{Name: "Nguyễn Thị B", Role: "Phó Giám đốc"}}, at(7)})
	}
	return []applyCase{
		{
			name:  "cleans and records who answered",
			setup: fxAnswering,
			cmd:   model.SetResponder{Answer: 1, Responder: model.Person{Name: " Nguyễn\u200b Thị B ", Role: "Phó Giám đốc\x1b[1m"}},
			refs:  []model.Ref{rA(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "responder", m.Answer(1).Responder, model.Person{Name: "Nguyễn Thị B", Role: "Phó Giám đốc"})
			},
		},
		{
			name:  "no name: back to the representative",
			setup: named,
			cmd:   model.SetResponder{Answer: 1},
			refs:  []model.Ref{rA(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "responder", m.Answer(1).Responder, model.Person{Name: "Trần Văn A", Role: "Giám đốc"})
			},
		},
		{name: "the representative already", setup: fxAnswered, cmd: model.SetResponder{Answer: 1, Responder: model.Person{Name: "Trần Văn A", Role: "Giám đốc"}}},
		{name: "no such answer", setup: fxAnswered, cmd: model.SetResponder{Answer: 3, Responder: person}, code: model.ErrNoSuchAnswer, args: []any{3}},
		{name: "a 10,000-character name", setup: fxAnswered, cmd: model.SetResponder{Answer: 1, Responder: model.Person{Name: long10k}}, code: model.ErrTooLong, args: []any{"name", model.MaxNameLen}},
	}
}

func addConclusionCases() []applyCase {
	return []applyCase{
		{
			name:  "a conclusion on two questions, named in any order and twice",
			setup: fxAnswered,
			cmd:   model.AddConclusion{Department: " CA", What: "Tuyên truyền\r\nan toàn mạng\x1b[0m", Deadline: deadlineMay, Questions: []int{3, 1, 3}},
			refs:  []model.Ref{rFU(1)},
			check: wantFollowUp(1, model.FollowUp{ID: 1, Department: "CA", What: "Tuyên truyền\nan toàn mạng", Deadline: deadlineMay,
				Source: model.SourceConclusion, Questions: []int{1, 3}, Status: model.FollowUpOpen, Created: at(10), Order: 1}),
		},
		{
			name:  "no questions, no deadline",
			setup: fxBase,
			cmd:   model.AddConclusion{Department: "SGD", What: "Các sở tiếp thu mọi kiến nghị"},
			refs:  []model.Ref{rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if cs := m.Conclusions(); len(cs) != 1 || cs[0].Questions != nil || !cs[0].Deadline.IsZero() {
					t.Errorf("conclusions %+v", cs)
				}
			},
		},
		{
			name:  "after other follow-ups",
			setup: fxCommitted,
			cmd:   model.AddConclusion{Department: "DST", What: "x"},
			refs:  []model.Ref{rFU(2)},
		},
		{name: "no department", setup: fxBase, cmd: model.AddConclusion{What: "x"}, code: model.ErrNoDepartment},
		{name: "unknown department", setup: fxBase, cmd: model.AddConclusion{Department: "XYZ", What: "x"}, code: model.ErrUnknownDepartment, args: []any{"XYZ"}},
		{name: "nothing to do", setup: fxBase, cmd: model.AddConclusion{Department: "CA", What: "\n\n"}, code: model.ErrEmptyWhat},
		{name: "10,000 characters to do", setup: fxBase, cmd: model.AddConclusion{Department: "CA", What: long10k}, code: model.ErrTooLong, args: []any{"what", model.MaxTextLen}},
		{name: "no such question", setup: fxBase, cmd: model.AddConclusion{Department: "CA", What: "x", Questions: []int{1, 9}}, code: model.ErrNoSuchQuestion, args: []any{9}},
		{name: "a deadline a year early", setup: fxBase, cmd: model.AddConclusion{Department: "CA", What: "x", Deadline: lastYear}, code: model.ErrDeadlineTooEarly},
		{
			name:  "to several departments: the first leads, the others once each",
			setup: fxBase,
			cmd:   model.AddConclusion{Department: "CA", Also: []string{"SGD", "CA", "SGD", ""}, What: "x"},
			refs:  []model.Ref{rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if f := m.FollowUp(1); f.Department != "CA" || !reflect.DeepEqual(f.Also, []string{"SGD"}) || !reflect.DeepEqual(f.Departments(), []string{"CA", "SGD"}) {
					t.Errorf("follow-up %+v", f)
				}
			},
		},
		{
			name:  "to all departments, no lead",
			setup: fxBase,
			cmd:   model.AddConclusion{To: model.AddresseeAllDepartments, Also: []string{"SGD"}, What: "Nghiêm túc tiếp thu ý kiến của thanh niên"},
			refs:  []model.Ref{rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if f := m.FollowUp(1); f.Department != "" || f.To != model.AddresseeAllDepartments || f.Also != nil {
					t.Errorf("follow-up %+v", f)
				}
			},
		},
		{name: "to the young people, led by a department", setup: fxBase, cmd: model.AddConclusion{To: model.AddresseeYouth, Department: "CA", What: "x"}, refs: []model.Ref{rFU(1)}},
		{name: "to the Youth Union", setup: fxBase, cmd: model.AddConclusion{To: model.AddresseeYouthUnion, What: "x"}, refs: []model.Ref{rFU(1)}},
		{name: "to an unknown addressee", setup: fxBase, cmd: model.AddConclusion{To: "press", Department: "CA", What: "x"}, code: model.ErrBadAddressee, args: []any{"press"}},
		{name: "to an unknown second department", setup: fxBase, cmd: model.AddConclusion{Department: "CA", Also: []string{"XYZ"}, What: "x"}, code: model.ErrUnknownDepartment, args: []any{"XYZ"}},
		{name: "to the young people, led by an unknown department", setup: fxBase, cmd: model.AddConclusion{To: model.AddresseeYouth, Department: "XYZ", What: "x"}, code: model.ErrUnknownDepartment, args: []any{"XYZ"}},
		{
			name:  "comes after the others",
			setup: fxConcluded,
			cmd:   model.AddConclusion{Department: "SGD", What: "x"},
			refs:  []model.Ref{rFU(3)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if cs := m.Conclusions(); len(cs) != 2 || cs[0].ID != 2 || cs[1].ID != 3 || cs[1].Order != 2 {
					t.Errorf("conclusions %+v %+v", cs[0], cs[len(cs)-1])
				}
			},
		},
	}
}

// fxThreeConclusions: fxBase and three conclusions, follow-ups 1, 2, 3.
func fxThreeConclusions(t testing.TB) *model.Meeting {
	return build(t, fxBase(t),
		step{model.AddConclusion{Department: "CA", What: "một"}, at(1)},
		step{model.AddConclusion{To: model.AddresseeAllDepartments, What: "hai"}, at(2)},
		step{model.AddConclusion{Department: "SGD", What: "ba"}, at(3)})
}

func conclusionIDs(m *model.Meeting) []int {
	var out []int
	for _, f := range m.Conclusions() {
		out = append(out, f.ID)
	}
	return out
}

func wantConclusions(want ...int) func(t *testing.T, old, m *model.Meeting) {
	return func(t *testing.T, _, m *model.Meeting) {
		t.Helper()
		if got := conclusionIDs(m); !reflect.DeepEqual(got, want) {
			t.Errorf("conclusions in order %v, want %v", got, want)
		}
	}
}

func moveConclusionCases() []applyCase {
	return []applyCase{
		{name: "the last goes first", setup: fxThreeConclusions, cmd: model.MoveConclusion{ID: 3, By: -2},
			refs: []model.Ref{rFU(1), rFU(2), rFU(3)}, check: wantConclusions(3, 1, 2)},
		{name: "one down, past the end", setup: fxThreeConclusions, cmd: model.MoveConclusion{ID: 2, By: 9},
			refs: []model.Ref{rFU(2), rFU(3)}, check: wantConclusions(1, 3, 2)},
		{name: "already first", setup: fxThreeConclusions, cmd: model.MoveConclusion{ID: 1, By: -1}},
		{name: "no such follow-up", setup: fxThreeConclusions, cmd: model.MoveConclusion{ID: 9, By: 1}, code: model.ErrNoSuchFollowUp, args: []any{9}},
		{name: "not a conclusion", setup: fxCommitted, cmd: model.MoveConclusion{ID: 1, By: 1}, code: model.ErrCannotMoveConclusion, args: []any{1}},
	}
}

func editFollowUpCases() []applyCase {
	return []applyCase{
		{
			name:  "a conclusion readdressed to the Youth Union; its place stays",
			setup: fxThreeConclusions,
			cmd:   model.EditFollowUp{ID: 1, To: model.AddresseeYouthUnion, What: "một"},
			now:   at(9),
			refs:  []model.Ref{rFU(1)},
			check: checks(wantConclusions(1, 2, 3), func(t *testing.T, _, m *model.Meeting) {
				if f := m.FollowUp(1); f.To != model.AddresseeYouthUnion || f.Department != "" || f.Order != 1 {
					t.Errorf("follow-up %+v", f)
				}
			}),
		},
		{
			name:  "a conclusion to all, now to two departments",
			setup: fxThreeConclusions,
			cmd:   model.EditFollowUp{ID: 2, Department: "SGD", Also: []string{"CA"}, What: "hai"},
			refs:  []model.Ref{rFU(2)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if f := m.FollowUp(2); f.To != "" || !reflect.DeepEqual(f.Departments(), []string{"SGD", "CA"}) {
					t.Errorf("follow-up %+v", f)
				}
			},
		},
		{name: "a commitment ignores an addressee", setup: fxCommitted, cmd: model.EditFollowUp{ID: 1, Department: "CA", What: "Mở 12 lớp", Deadline: deadlineMay, To: model.AddresseeYouth, Also: []string{"SGD"}},
			refs: []model.Ref{rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if f := m.FollowUp(1); f.To != "" || f.Also != nil {
					t.Errorf("follow-up %+v", f)
				}
			}},
		{
			name:  "a conclusion: department, text, deadline and questions",
			setup: fxConcluded,
			cmd:   model.EditFollowUp{ID: 2, Department: "SGD", What: "Đưa an toàn mạng vào trường học", Questions: []int{3}},
			now:   at(30),
			refs:  []model.Ref{rFU(2)},
			check: wantFollowUp(2, model.FollowUp{ID: 2, Department: "SGD", What: "Đưa an toàn mạng vào trường học",
				Source: model.SourceConclusion, Questions: []int{3}, Status: model.FollowUpOpen, Created: at(20), Updated: at(30), Order: 1}),
		},
		{
			name:  "a commitment: its questions stay its answer's",
			setup: fxCommitted,
			cmd:   model.EditFollowUp{ID: 1, Department: "CA", What: "Mở 12 lớp", Deadline: deadlineMay, Questions: []int{2, 3}},
			refs:  []model.Ref{rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				f := m.FollowUp(1)
				if f.Department != "CA" || f.What != "Mở 12 lớp" || !f.Deadline.Equal(deadlineMay) || len(f.Questions) != 1 || f.Questions[0] != 1 {
					t.Errorf("follow-up %+v", f)
				}
			},
		},
		{name: "nothing changed", setup: fxCommitted, cmd: model.EditFollowUp{ID: 1, Department: "DST", What: "Mở 10 lớp kỹ năng số ", Deadline: deadlineApr}},
		{name: "no such follow-up", setup: fxCommitted, cmd: model.EditFollowUp{ID: 5, Department: "DST", What: "x", Deadline: deadlineApr}, code: model.ErrNoSuchFollowUp, args: []any{5}},
		{name: "a commitment without a deadline", setup: fxCommitted, cmd: model.EditFollowUp{ID: 1, Department: "DST", What: "x"}, code: model.ErrNoDeadline},
		{name: "a written answer without a deadline", setup: fxWritten, cmd: model.EditFollowUp{ID: 1, Department: "DST", What: "x"}, code: model.ErrNoDeadline},
		{name: "empty text", setup: fxConcluded, cmd: model.EditFollowUp{ID: 2, Department: "CA"}, code: model.ErrEmptyWhat},
		{name: "unknown department", setup: fxConcluded, cmd: model.EditFollowUp{ID: 2, Department: "ZZ", What: "x"}, code: model.ErrUnknownDepartment, args: []any{"ZZ"}},
		{name: "a conclusion on no such question", setup: fxConcluded, cmd: model.EditFollowUp{ID: 2, Department: "CA", What: "x", Questions: []int{0}}, code: model.ErrNoSuchQuestion, args: []any{0}},
		{name: "a deadline a year early", setup: fxConcluded, cmd: model.EditFollowUp{ID: 2, Department: "CA", What: "x", Deadline: lastYear}, code: model.ErrDeadlineTooEarly},
	}
}

func updateFollowUpCases() []applyCase {
	return []applyCase{
		{
			name:  "replied, with the document",
			setup: fxCommitted,
			cmd:   model.UpdateFollowUp{ID: 1, Status: model.FollowUpReplied, ReplyDoc: " 125/SKHCN-QLKH\x1b[0m ", ReplyDate: replyApr, Note: "Đã gửi\r\nbản sao cho Tỉnh Đoàn"},
			now:   at(600),
			refs:  []model.Ref{rFU(1)},
			check: wantFollowUp(1, model.FollowUp{ID: 1, Department: "DST", What: "Mở 10 lớp kỹ năng số", Deadline: deadlineApr,
				Source: model.SourceCommitment, Questions: []int{1}, Answer: 1, Status: model.FollowUpReplied,
				ReplyDoc: "125/SKHCN-QLKH", ReplyDate: replyApr, Note: "Đã gửi\nbản sao cho Tỉnh Đoàn", Created: at(7), Updated: at(600)}),
		},
		{
			name:  "resolved, keeping the reply; dated today when no date is given",
			setup: fxReplied,
			cmd:   model.UpdateFollowUp{ID: 1, Status: model.FollowUpResolved, ReplyDoc: "125/SKHCN", ReplyDate: replyApr},
			now:   at(900),
			refs:  []model.Ref{rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				f := m.FollowUp(1)
				if f.Status != model.FollowUpResolved || !f.ResolvedDate.Equal(at(900)) || f.ReplyDoc != "125/SKHCN" || f.Overdue(deadlineMay) {
					t.Errorf("follow-up %+v", f)
				}
			},
		},
		{
			name:  "resolved on a given date",
			setup: fxCommitted,
			cmd:   model.UpdateFollowUp{ID: 1, Status: model.FollowUpResolved, ResolvedDate: deadlineMay},
			refs:  []model.Ref{rFU(1)},
		},
		{
			name:  "forwarded; a resolution date given with it is dropped",
			setup: fxCommitted,
			cmd:   model.UpdateFollowUp{ID: 1, Status: model.FollowUpForwarded, ForwardedTo: "Bộ Giáo dục và Đào tạo", ResolvedDate: deadlineMay},
			refs:  []model.Ref{rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if f := m.FollowUp(1); f.ForwardedTo != "Bộ Giáo dục và Đào tạo" || !f.ResolvedDate.IsZero() {
					t.Errorf("follow-up %+v", f)
				}
			},
		},
		{
			name: "a forwarded matter replied to keeps whom it went to",
			setup: func(t testing.TB) *model.Meeting {
				return build(t, fxAnswered(t), step{model.SetOutcome{Answer: 1, Outcome: model.OutcomeForwarded, ForwardedTo: "Bộ Công an"}, at(7)})
			},
			cmd:  model.UpdateFollowUp{ID: 1, Status: model.FollowUpReplied, ReplyDoc: "88/BCA", ReplyDate: replyApr},
			refs: []model.Ref{rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if f := m.FollowUp(1); f.ForwardedTo != "Bộ Công an" || f.Status != model.FollowUpReplied {
					t.Errorf("follow-up %+v", f)
				}
			},
		},
		{
			name:  "open again",
			setup: fxReplied,
			cmd:   model.UpdateFollowUp{ID: 1, Status: model.FollowUpOpen},
			refs:  []model.Ref{rFU(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				f := m.FollowUp(1)
				if f.Status != model.FollowUpOpen || f.ReplyDoc != "" || !f.ReplyDate.IsZero() {
					t.Errorf("follow-up %+v", f)
				}
				if !f.Overdue(deadlineApr.Add(24*time.Hour)) || f.Overdue(deadlineApr.Add(6*time.Hour)) {
					t.Error("overdue should start the day after the deadline")
				}
			},
		},
		{name: "the same again changes nothing", setup: fxReplied, cmd: model.UpdateFollowUp{ID: 1, Status: model.FollowUpReplied, ReplyDoc: "125/SKHCN", ReplyDate: replyApr}, now: at(900)},
		{name: "no such follow-up", setup: fxAnswered, cmd: model.UpdateFollowUp{ID: 1, Status: model.FollowUpOpen}, code: model.ErrNoSuchFollowUp, args: []any{1}},
		{name: "unknown status", setup: fxCommitted, cmd: model.UpdateFollowUp{ID: 1, Status: "done"}, code: model.ErrBadFollowUpStatus, args: []any{"done"}},
		{name: "no status", setup: fxCommitted, cmd: model.UpdateFollowUp{ID: 1}, code: model.ErrBadFollowUpStatus, args: []any{""}},
		{name: "replied without a date", setup: fxCommitted, cmd: model.UpdateFollowUp{ID: 1, Status: model.FollowUpReplied, ReplyDoc: "125"}, code: model.ErrNoReplyDate},
		{name: "forwarded to nobody", setup: fxCommitted, cmd: model.UpdateFollowUp{ID: 1, Status: model.FollowUpForwarded}, code: model.ErrNoForwardedTo},
		{name: "a reply dated before the meeting", setup: fxCommitted, cmd: model.UpdateFollowUp{ID: 1, Status: model.FollowUpReplied, ReplyDate: lastYear}, code: model.ErrDateTooEarly},
		{name: "resolved before it was opened", setup: fxCommitted, cmd: model.UpdateFollowUp{ID: 1, Status: model.FollowUpResolved, ResolvedDate: time.Date(2023, 3, 24, 0, 0, 0, 0, time.UTC)}, code: model.ErrDateTooEarly},
		{name: "a 10,000-character document number", setup: fxCommitted, cmd: model.UpdateFollowUp{ID: 1, Status: model.FollowUpOpen, ReplyDoc: long10k}, code: model.ErrTooLong, args: []any{"reply_doc", model.MaxDocLen}},
		{name: "a 10,000-character note", setup: fxCommitted, cmd: model.UpdateFollowUp{ID: 1, Status: model.FollowUpOpen, Note: long10k}, code: model.ErrTooLong, args: []any{"note", model.MaxTextLen}},
		{name: "forwarded to 10,000 characters", setup: fxCommitted, cmd: model.UpdateFollowUp{ID: 1, Status: model.FollowUpForwarded, ForwardedTo: long10k}, code: model.ErrTooLong, args: []any{"forwarded_to", model.MaxLineLen}},
	}
}

func removeConclusionCases() []applyCase {
	return []applyCase{
		{
			name:  "removes it",
			setup: fxConcluded,
			cmd:   model.RemoveConclusion{ID: 2},
			refs:  []model.Ref{rFU(2)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if m.FollowUp(2) != nil || len(m.Conclusions()) != 0 {
					t.Errorf("conclusion 2 is still there")
				}
			},
		},
		{name: "not a conclusion", setup: fxConcluded, cmd: model.RemoveConclusion{ID: 1}, code: model.ErrNotConclusion, args: []any{1}},
		{name: "no such follow-up", setup: fxConcluded, cmd: model.RemoveConclusion{ID: 3}, code: model.ErrNoSuchFollowUp, args: []any{3}},
	}
}

// Cases of older commands that meet the clerk's record.
func deferWithOutcomeCases() []applyCase {
	return []applyCase{
		{
			name: "the question being answered, after the clerk recorded a commitment: the same follow-up becomes the written answer",
			setup: func(t testing.TB) *model.Meeting {
				return build(t, fxAnswering(t), step{model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: "x", Deadline: deadlineMay}, at(4)})
			},
			cmd:  model.DeferToWriting{ID: 1, Department: "CA", Deadline: deadlineApr},
			refs: []model.Ref{rQ(1), rA(1), rFloor, rFU(1)},
			check: func(t *testing.T, old, m *model.Meeting) {
				wantFollowUp(1, model.FollowUp{ID: 1, Department: "CA", What: old.Question(1).Text, Deadline: deadlineApr,
					Source: model.SourceWrittenAnswer, Questions: []int{1}, Answer: 1, Status: model.FollowUpOpen, Created: at(4)})(t, old, m)
				if len(m.FollowUps) != 1 {
					t.Errorf("%d follow-ups, want 1", len(m.FollowUps))
				}
			},
		},
		{
			name: "one of a group leaves the group's commitment",
			setup: func(t testing.TB) *model.Meeting {
				return build(t, fxGroup(t), step{model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: "x", Deadline: deadlineMay}, at(6)})
			},
			cmd:  model.DeferToWriting{ID: 2, Department: "CA", Deadline: deadlineApr},
			refs: []model.Ref{rQ(2), rFloor, rFU(1), rFU(2)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if qs := m.FollowUp(1).Questions; len(qs) != 1 || qs[0] != 1 {
					t.Errorf("commitment covers %v, want [1]", qs)
				}
				if f := m.FollowUp(2); f.Answer != 0 || f.Questions[0] != 2 {
					t.Errorf("written answer %+v", f)
				}
			},
		},
	}
}

func TestCheckHoldsForFollowUpFixtures(t *testing.T) {
	for name, fx := range map[string]func(testing.TB) *model.Meeting{
		"committed": fxCommitted, "written": fxWritten, "replied": fxReplied, "concluded": fxConcluded,
	} {
		if errs := model.Check(fx(t)); errs != nil {
			t.Errorf("%s: %v", name, errs)
		}
	}
}

// Check reports each broken follow-up or outcome by what is wrong.
func TestCheckCatchesBrokenFollowUps(t *testing.T) {
	tests := []struct {
		name    string
		fx      func(testing.TB) *model.Meeting
		corrupt func(m *model.Meeting)
		want    string
	}{
		{"unknown follow-up status", fxCommitted, func(m *model.Meeting) { m.FollowUps[0].Status = "done" }, `unknown status "done"`},
		{"unknown source", fxCommitted, func(m *model.Meeting) { m.FollowUps[0].Source = "rumour" }, `unknown source "rumour"`},
		{"names a missing question", fxConcluded, func(m *model.Meeting) { m.FollowUps[1].Questions = []int{1, 77} }, "missing question 77"},
		{"comes from a missing answer", fxConcluded, func(m *model.Meeting) { m.FollowUps[0].Answer = 5 }, "missing answer 5"},
		{"a conclusion from an answer", fxConcluded, func(m *model.Meeting) { m.FollowUps[1].Answer = 1 }, "conclusion 2 comes from answer 1"},
		{"two follow-ups for one answer", fxCommitted, func(m *model.Meeting) {
			f := *m.FollowUps[0]
			f.ID = 2
			m.FollowUps = append(m.FollowUps, &f)
		}, "answer 1 has follow-ups 1 and 2"},
		{"forwarded to nobody", fxCommitted, func(m *model.Meeting) { m.FollowUps[0].Status = model.FollowUpForwarded }, "forwarded to nobody"},
		{"replied without a date", fxCommitted, func(m *model.Meeting) { m.FollowUps[0].Status = model.FollowUpReplied }, "without a reply date"},
		{"resolved without a date", fxCommitted, func(m *model.Meeting) { m.FollowUps[0].Status = model.FollowUpResolved }, "resolution date"},
		{"a resolution date while open", fxCommitted, func(m *model.Meeting) { m.FollowUps[0].ResolvedDate = deadlineMay }, "resolution date"},
		{"replied before it was opened", fxReplied, func(m *model.Meeting) { m.FollowUps[0].ReplyDate = lastYear }, "dated before it was opened"},
		{"unknown outcome", fxAnswered, func(m *model.Meeting) { m.Answers[0].Outcome = "maybe" }, `unknown outcome "maybe"`},
		{"ended without an outcome", fxAnswered, func(m *model.Meeting) { m.Answers[0].Outcome = "" }, "ended without an outcome"},
		{"a commitment without its follow-up", fxCommitted, func(m *model.Meeting) { m.FollowUps = nil }, `outcome "commitment" has no follow-up`},
		{"answered on the spot with a follow-up", fxCommitted, func(m *model.Meeting) { m.Answers[0].Outcome = model.OutcomeAnswered }, "has follow-up 1"},
		{"an outcome and a follow-up of another kind", fxCommitted, func(m *model.Meeting) { m.FollowUps[0].Source = model.SourceConclusion }, `of source "conclusion"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := deepCopy(t, tt.fx(t))
			tt.corrupt(m)
			errs := model.Check(m)
			if msg := fmt.Sprint(errs); errs == nil || !strings.Contains(msg, tt.want) {
				t.Errorf("Check = %v, want a message containing %q", errs, tt.want)
			}
		})
	}
}

// A follow-up stored before follow-ups had a status and several questions
// reads as an open follow-up of its one question.
func TestFollowUpReadsTheOlderShape(t *testing.T) {
	var f model.FollowUp
	if err := json.Unmarshal([]byte(`{"id":3,"department":"CA","what":"x","source":"written_answer","question":7,"created":"2023-03-23T08:00:00Z"}`), &f); err != nil {
		t.Fatal(err)
	}
	if f.ID != 3 || len(f.Questions) != 1 || f.Questions[0] != 7 || f.Status != model.FollowUpOpen {
		t.Errorf("read %+v", f)
	}
	b, _ := json.Marshal(f)
	if strings.Contains(string(b), `"question"`) {
		t.Errorf("written back in the older shape: %s", b)
	}
	var g model.FollowUp
	if err := json.Unmarshal(b, &g); err != nil || jsonOf(g) != string(b) {
		t.Errorf("round trip: %v, %s vs %s", err, jsonOf(g), b)
	}
	if err := json.Unmarshal([]byte(`{"id":"x"}`), &g); err == nil {
		t.Error("a malformed follow-up was accepted")
	}
}
