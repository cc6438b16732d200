package model_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"podium/model"
)

// codes are the meeting's department codes in order, each checked to sit
// at the ID of its place.
func codes(t *testing.T, m *model.Meeting) []string {
	t.Helper()
	var out []string
	for i, d := range m.Departments {
		if d == nil {
			t.Fatalf("a gap at department %d: %v", i+1, m.Departments)
		}
		if d.ID != i+1 {
			t.Errorf("department %s at %d has ID %d", d.Code, i+1, d.ID)
		}
		out = append(out, d.Code)
	}
	return out
}

func wantCodes(want ...string) func(t *testing.T, _, m *model.Meeting) {
	return func(t *testing.T, _, m *model.Meeting) {
		t.Helper()
		if got := codes(t, m); !slices.Equal(got, want) {
			t.Errorf("departments %v, want %v", got, want)
		}
	}
}

// fxThreeFree: three departments nothing names (A, B, C).
func fxThreeFree(t testing.TB) *model.Meeting {
	return build(t, model.New(demoHeader),
		step{model.AddDepartment{Code: "A", Name: "Sở A"}, t0},
		step{model.AddDepartment{Code: "B", Name: "Sở B", Representative: model.Person{Name: "Lê Văn B", Role: "Giám đốc"}}, t0},
		step{model.AddDepartment{Code: "C", Name: "Sở C"}, t0},
	)
}

// fxNamedEverywhere: DST answered question 1 (addressed to it) and
// committed to something; a conclusion for CA names DST too.
func fxNamedEverywhere(t testing.TB) *model.Meeting {
	return build(t, fxAnswered(t),
		step{model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: "Mở lớp kỹ năng số", Deadline: at(60 * 24 * 30)}, at(7)},
		step{model.AddConclusion{Department: "CA", Also: []string{"DST", "SGD"}, What: "Phối hợp tuyên truyền"}, at(8)},
	)
}

// fxAnsweredBySGD: SGD answered question 1, which is addressed to DST.
func fxAnsweredBySGD(t testing.TB) *model.Meeting {
	return build(t, fxAsking(t), step{model.StartAnswer{Department: "SGD"}, at(3)}, step{model.EndAnswer{}, at(5)})
}

func editDepartmentCases() []applyCase {
	sgd := func(code, name string) model.EditDepartment {
		return model.EditDepartment{Code: "SGD", NewCode: code, Name: name}
	}
	return []applyCase{
		{name: "unknown", setup: fxBase, cmd: model.EditDepartment{Code: "XX", NewCode: "XX", Name: "x"}, code: model.ErrUnknownDepartment, args: []any{"XX"}},
		{name: "codes are exact", setup: fxBase, cmd: model.EditDepartment{Code: "sgd", NewCode: "SGD", Name: "x"}, code: model.ErrUnknownDepartment},
		{name: "empty code", setup: fxBase, cmd: sgd(" \u200b", "Sở Giáo dục"), code: model.ErrEmptyCode},
		{name: "empty name", setup: fxBase, cmd: sgd("SGD", "\x1b[0m"), code: model.ErrEmptyName},
		{name: "code too long", setup: fxBase, cmd: sgd(repeat("C", 21), "x"), code: model.ErrTooLong, args: []any{"code", 20}},
		{name: "name too long", setup: fxBase, cmd: sgd("SGD", repeat("x", model.MaxLineLen+1)), code: model.ErrTooLong, args: []any{"name", model.MaxLineLen}},
		{name: "representative too long", setup: fxBase, cmd: model.EditDepartment{Code: "SGD", NewCode: "SGD", Name: "x", Representative: model.Person{Name: repeat("x", model.MaxNameLen+1)}}, code: model.ErrTooLong},
		{name: "another's code", setup: fxBase, cmd: sgd("CA", "Sở Giáo dục"), code: model.ErrDuplicateCode, args: []any{"CA"}},
		{name: "nothing changed", setup: fxBase, cmd: sgd("SGD", "Sở Giáo dục và Đào tạo")},
		{
			name: "name and representative, cleaned", setup: fxBase,
			cmd:  model.EditDepartment{Code: " SGD\u200b", NewCode: "SGD", Name: "Sở GD&ĐT\x1b[1m", Representative: model.Person{Name: "Phạm Thị Hòa\t", Role: "Phó Giám đốc"}},
			refs: []model.Ref{rDept(3)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "SGD", m.Department(3), model.Department{ID: 3, Code: "SGD", Name: "Sở GD&ĐT", Representative: model.Person{Name: "Phạm Thị Hòa", Role: "Phó Giám đốc"}})
			},
		},
		{
			name: "a new code nothing names", setup: fxBase, cmd: sgd("GDDT", "Sở Giáo dục và Đào tạo"),
			refs: []model.Ref{rDept(3)}, check: wantCodes("DST", "CA", "GDDT"),
		},
		{
			// The organiser expects the code to change everywhere: the
			// questions, the answer, the follow-ups (as lead and in Also).
			name: "a new code is renamed everywhere", setup: fxNamedEverywhere,
			cmd:  model.EditDepartment{Code: "DST", NewCode: "KHCN", Name: "Sở Khoa học và Công nghệ"},
			refs: []model.Ref{rDept(1), rQ(1), rA(1), rFU(1), rFU(2)},
			check: func(t *testing.T, old, m *model.Meeting) {
				if got := m.Question(1).Departments; !slices.Equal(got, []string{"KHCN"}) {
					t.Errorf("question 1 addresses %v", got)
				}
				if a := m.Answer(1); a.Department != "KHCN" {
					t.Errorf("answer 1 by %q", a.Department)
				}
				if f := m.FollowUp(1); f.Department != "KHCN" {
					t.Errorf("follow-up 1 for %q", f.Department)
				}
				if f := m.FollowUp(2); f.Department != "CA" || !slices.Equal(f.Also, []string{"KHCN", "SGD"}) {
					t.Errorf("conclusion for %q and %v", f.Department, f.Also)
				}
				if u := m.UseOf("DST"); u.InUse() {
					t.Errorf("DST still named: %+v", u)
				}
				if !slices.Equal(old.FollowUp(2).Also, []string{"DST", "SGD"}) {
					t.Errorf("the old meeting's conclusion changed: %v", old.FollowUp(2).Also)
				}
				if d := m.Department(1); d.Representative.Name != "" {
					t.Errorf("representative %+v: the edit replaces it", d.Representative)
				}
			},
		},
	}
}

func removeDepartmentCases() []applyCase {
	return []applyCase{
		{name: "unknown", setup: fxBase, cmd: model.RemoveDepartment{Code: "XX"}, code: model.ErrUnknownDepartment, args: []any{"XX"}},
		{name: "addressed", setup: fxBase, cmd: model.RemoveDepartment{Code: "DST"}, code: model.ErrDepartmentInUse,
			args: []any{"DST", []int{1}, []int(nil), []int(nil)}},
		{name: "answered and charged", setup: fxNamedEverywhere, cmd: model.RemoveDepartment{Code: "DST"}, code: model.ErrDepartmentInUse,
			args: []any{"DST", []int{1}, []int{1}, []int{1, 2}}},
		{name: "answered a question addressed elsewhere", setup: fxAnsweredBySGD, cmd: model.RemoveDepartment{Code: "SGD"}, code: model.ErrDepartmentInUse,
			args: []any{"SGD", []int(nil), []int{1}, []int(nil)}},
		{name: "named in a conclusion's Also", setup: fxNamedEverywhere, cmd: model.RemoveDepartment{Code: "SGD"}, code: model.ErrDepartmentInUse,
			args: []any{"SGD", []int(nil), []int(nil), []int{2}}},
		{name: "the last", setup: fxBase, cmd: model.RemoveDepartment{Code: "SGD\u200b"}, refs: []model.Ref{rDept(3)}, check: wantCodes("DST", "CA")},
		{
			name: "the first: the others move up", setup: fxThreeFree, cmd: model.RemoveDepartment{Code: "A"},
			refs: []model.Ref{rDept(1), rDept(2), rDept(3)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantCodes("B", "C")(t, nil, m)
				if d := m.Department(1); d.Representative.Name != "Lê Văn B" {
					t.Errorf("B moved without its representative: %+v", d)
				}
				// The next department takes the number after the last.
				next, refs, err := model.Apply(m, model.AddDepartment{Code: "D", Name: "Sở D"}, at(11))
				if err != nil || refsString(refs) != refsString([]model.Ref{rDept(3)}) {
					t.Fatalf("add after remove: refs %s, %v", refsString(refs), err)
				}
				wantCodes("B", "C", "D")(t, nil, next)
			},
		},
		{
			name: "the only one", setup: fxEmpty, cmd: model.RemoveDepartment{Code: "DST"}, refs: []model.Ref{rDept(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if m.Departments != nil {
					t.Errorf("departments %v, want none (as a file without any loads)", m.Departments)
				}
			},
		},
	}
}

func moveDepartmentCases() []applyCase {
	mv := func(code string, by int) model.MoveDepartment { return model.MoveDepartment{Code: code, By: by} }
	return []applyCase{
		{name: "unknown", setup: fxBase, cmd: mv("XX", 1), code: model.ErrUnknownDepartment, args: []any{"XX"}},
		{name: "up one", setup: fxBase, cmd: mv("SGD", -1), refs: []model.Ref{rDept(2), rDept(3)}, check: wantCodes("DST", "SGD", "CA")},
		{name: "down one", setup: fxBase, cmd: mv("DST", 1), refs: []model.Ref{rDept(1), rDept(2)}, check: wantCodes("CA", "DST", "SGD")},
		{name: "to the end", setup: fxBase, cmd: mv("DST", math.MaxInt), refs: []model.Ref{rDept(1), rDept(2), rDept(3)}, check: wantCodes("CA", "SGD", "DST")},
		{name: "to the top", setup: fxBase, cmd: mv("SGD", math.MinInt), refs: []model.Ref{rDept(1), rDept(2), rDept(3)}, check: wantCodes("SGD", "DST", "CA")},
		{name: "the first up: nothing", setup: fxBase, cmd: mv("DST", -1)},
		{name: "by nothing", setup: fxBase, cmd: mv("CA", 0)},
		{
			// References are by code: a moved department keeps its
			// questions, answers and follow-ups.
			name: "keeps what names it", setup: fxNamedEverywhere, cmd: mv("DST", 2),
			refs: []model.Ref{rDept(1), rDept(2), rDept(3)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantCodes("CA", "SGD", "DST")(t, nil, m)
				if u := m.UseOf("DST"); len(u.Questions) != 1 || len(u.Answers) != 1 || len(u.FollowUps) != 2 {
					t.Errorf("DST's use after the move: %+v", u)
				}
			},
		},
	}
}

// A rename, then storage's undo (each ref's before-image put back), gives
// the meeting before the rename, record for record.
func TestRenameUndoesByItsRefs(t *testing.T) {
	old := fxNamedEverywhere(t)
	m, refs, err := model.Apply(old, model.EditDepartment{Code: "DST", NewCode: "KHCN", Name: "Sở KH&CN"}, at(20))
	if err != nil {
		t.Fatal(err)
	}
	back := *m
	back.Departments = slices.Clone(m.Departments)
	questions := model.EditList(&back.Questions)
	back.Answers = slices.Clone(m.Answers)
	back.FollowUps = slices.Clone(m.FollowUps)
	for _, r := range refs {
		switch r.Kind {
		case model.RecDepartment:
			back.Departments[r.ID-1] = old.Department(r.ID)
		case model.RecQuestion:
			questions.Set(r.ID, old.Question(r.ID))
		case model.RecAnswer:
			back.Answers[r.ID-1] = old.Answer(r.ID)
		case model.RecFollowUp:
			back.FollowUps[r.ID-1] = old.FollowUp(r.ID)
		default:
			t.Errorf("unexpected ref %s", refName(r))
		}
	}
	if got, want := dump(t, &back), dump(t, old); got != want {
		t.Errorf("undo by refs:\ngot  %s\nwant %s", got, want)
	}
}

// Removing every department, from the middle, the top and the end, leaves
// none (the invariants hold at every step), and the next one is number 1.
func TestRemovingEveryDepartment(t *testing.T) {
	m := fxThreeFree(t)
	for _, code := range []string{"B", "A", "C"} {
		m = build(t, m, step{model.RemoveDepartment{Code: code}, at(1)})
	}
	if len(m.Departments) != 0 {
		t.Fatalf("departments left: %v", m.Departments)
	}
	m = build(t, m, step{model.AddDepartment{Code: "Z", Name: "Sở Z"}, at(2)})
	if got := codes(t, m); !slices.Equal(got, []string{"Z"}) {
		t.Errorf("departments %v", got)
	}
}

// departmentCommand draws one of the departments' own commands for the
// random-sequence test (k in 0..5): edits that keep the code, take a new
// one, another's or none; removals, most refused while something names
// the department; moves by any amount.
func (rr *randomRun) departmentCommand(k int) model.Command {
	r := rr.r
	code := rr.dept()
	switch k {
	case 0, 1:
		newCode := code
		switch r.IntN(4) {
		case 0:
			newCode = pick(r, []string{"KHCN", "CA", "", strings.Repeat("C", 21), fmt.Sprint("N", r.IntN(30))})
		case 1:
			newCode = rr.dept()
		}
		return model.EditDepartment{Code: code, NewCode: newCode, Name: pick(r, []string{"Sở " + code, rr.name()}), Representative: rr.person()}
	case 2, 3:
		return model.RemoveDepartment{Code: code}
	}
	return model.MoveDepartment{Code: code, By: pick(r, []int{-1, 1, -2, 2, 0, math.MaxInt, math.MinInt})}
}
