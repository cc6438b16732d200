package model_test

import (
	"slices"
	"testing"

	"podium/model"
)

// fxThemed: fxBase with the themes "An ninh, an toàn không gian mạng" and
// "An ninh Internet" (questions 2 and 3 carry the second, spelled two
// ways) and question 1 "Giáo dục" (not in the list).
func fxThemed(t testing.TB) *model.Meeting {
	m := build(t, fxBase(t),
		step{model.AddTheme{Name: "An ninh, an toàn không gian mạng"}, at(1)},
		step{model.AddTheme{Name: "An ninh Internet"}, at(1)})
	for id, theme := range map[int]string{1: "Giáo dục", 2: "An ninh Internet", 3: "an ninh internet"} {
		q := m.Question(id)
		m = build(t, m, step{model.EditQuestion{ID: id, Asker: q.Asker, Kind: q.Kind, Theme: theme, Text: q.Text, Departments: q.Departments}, at(2)})
	}
	return m
}

func apply(t *testing.T, m *model.Meeting, cmd model.Command) (*model.Meeting, []model.Ref, error) {
	t.Helper()
	next, refs, err := model.Apply(m, cmd, at(5))
	if err == nil {
		if errs := model.Check(next); errs != nil {
			t.Fatalf("invariants: %v", errs)
		}
	}
	return next, refs, err
}

func TestAddThemeRefusesAnotherSpelling(t *testing.T) {
	m := fxThemed(t)
	if got := m.Question(3).Theme; got != "An ninh Internet" {
		t.Errorf("a question's theme takes the list's spelling: %q", got)
	}
	_, _, err := apply(t, m, model.AddTheme{Name: " AN NINH internet\x1b[31m"})
	if model.CodeOf(err) != model.ErrDuplicateTheme {
		t.Fatalf("got %v", err)
	}
	if e := err.(*model.Error); e.Args[0] != "An ninh Internet" {
		t.Errorf("args %v", e.Args)
	}
	if _, _, err := apply(t, m, model.AddTheme{Name: " ,; "}); model.CodeOf(err) != model.ErrEmptyTheme {
		t.Errorf("empty: %v", err)
	}
	m, _, err = apply(t, m, model.AddTheme{Name: "Giáo dục\u200b"})
	if err != nil || !slices.Equal(m.Themes, []string{"An ninh, an toàn không gian mạng", "An ninh Internet", "Giáo dục"}) {
		t.Fatalf("%v %q", err, m.Themes)
	}
}

// Renaming a theme to another theme's name merges them: one list entry,
// its questions re-filed under the other's spelling, in one command.
func TestRenameThemeMerges(t *testing.T) {
	m := fxThemed(t)
	next, refs, err := apply(t, m, model.RenameTheme{From: "An ninh Internet", To: "an ninh, AN TOÀN không gian mạng"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(next.Themes, []string{"An ninh, an toàn không gian mạng"}) {
		t.Errorf("themes %q", next.Themes)
	}
	for _, id := range []int{2, 3} {
		if got := next.Question(id).Theme; got != "An ninh, an toàn không gian mạng" {
			t.Errorf("question %d: %q", id, got)
		}
	}
	if next.Question(1).Theme != "Giáo dục" {
		t.Errorf("question 1 moved: %q", next.Question(1).Theme)
	}
	want := []model.Ref{{Kind: model.RecThemes}, rQ(2), rQ(3)}
	if !slices.Equal(sortedRefs(refs), sortedRefs(want)) {
		t.Errorf("refs %v", refsString(refs))
	}
	// A plain rename keeps the place and re-files the questions.
	next, _, err = apply(t, m, model.RenameTheme{From: "an ninh internet", To: "Internet"})
	if err != nil || !slices.Equal(next.Themes, []string{"An ninh, an toàn không gian mạng", "Internet"}) || next.Question(3).Theme != "Internet" {
		t.Errorf("%v %q %q", err, next.Themes, next.Question(3).Theme)
	}
	if _, _, err := apply(t, m, model.RenameTheme{From: "Giáo dục", To: "x"}); model.CodeOf(err) != model.ErrNoSuchTheme {
		t.Errorf("unlisted: %v", err)
	}
}

func TestRemoveThemeInUseSaysWhich(t *testing.T) {
	m := fxThemed(t)
	_, _, err := apply(t, m, model.RemoveTheme{Name: "An ninh Internet"})
	e, ok := err.(*model.Error)
	if !ok || e.Code != model.ErrThemeInUse || e.Args[1] != 2 || e.Args[2] != "2, 3" {
		t.Fatalf("%v", err)
	}
	next, _, err := apply(t, m, model.RemoveTheme{Name: "An ninh, an toàn không gian mạng"})
	if err != nil || !slices.Equal(next.Themes, []string{"An ninh Internet"}) {
		t.Fatalf("%v %q", err, next.Themes)
	}
	next, _, _ = apply(t, m, model.MoveTheme{Name: "An ninh Internet", By: -5})
	if !slices.Equal(next.Themes, []string{"An ninh Internet", "An ninh, an toàn không gian mạng"}) {
		t.Errorf("moved %q", next.Themes)
	}
	names, ids := m.UnlistedThemes()
	if !slices.Equal(names, []string{"Giáo dục"}) || !slices.Equal(ids[0], []int{1}) {
		t.Errorf("unlisted %q %v", names, ids)
	}
}

// Importing questions adds their themes to the list (once, folded), and
// files a theme already there under the list's spelling.
func TestImportQuestionsAddsThemes(t *testing.T) {
	m := fxThemed(t)
	qs := []model.AddQuestion{
		{Asker: model.Person{Name: "A"}, Text: "một", Theme: "AN NINH INTERNET"},
		{Asker: model.Person{Name: "B"}, Text: "hai", Theme: "Việc làm"},
		{Asker: model.Person{Name: "C"}, Text: "ba", Theme: "viec lam"},
	}
	next, _, err := apply(t, m, model.ImportQuestions{File: "cau-hoi.csv", Questions: qs})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(next.Themes, []string{"An ninh, an toàn không gian mạng", "An ninh Internet", "Việc làm"}) {
		t.Errorf("themes %q", next.Themes)
	}
	if next.Question(4).Theme != "An ninh Internet" || next.Question(6).Theme != "Việc làm" || next.Queue.Len() != 6 {
		t.Errorf("%q %q %v", next.Question(4).Theme, next.Question(6).Theme, next.Queue)
	}
	qs[1].Text = ""
	if _, _, err := apply(t, m, model.ImportQuestions{File: "x.csv", Questions: qs}); model.CodeOf(err) != model.ErrEmptyText {
		t.Errorf("a bad row refuses it all: %v", err)
	}
}

// A rename carries the hall's questions still waiting in the inbox to
// the new name (they chose the theme from the list); one dealt with keeps
// what it said.
func TestRenameThemeCarriesThePendingInbox(t *testing.T) {
	m := build(t, fxThemed(t),
		step{model.SubmitQuestion{Name: "Lê Thu Trang", Text: "Câu hỏi một", Theme: "An ninh Internet"}, at(3)},
		step{model.SubmitQuestion{Name: "Đào Minh", Text: "Câu hỏi hai", Theme: "an ninh internet"}, at(3)},
		step{model.SubmitQuestion{Name: "Phan Hà", Text: "Câu hỏi ba", Theme: "Giáo dục"}, at(3)})
	m = build(t, m, step{model.RejectSubmission{ID: 2}, at(4)})
	next, refs, err := apply(t, m, model.RenameTheme{From: "An ninh Internet", To: "An ninh mạng"})
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[int]string{1: "An ninh mạng", 2: "an ninh internet", 3: "Giáo dục"} {
		if got := next.Submission(id).Theme; got != want {
			t.Errorf("submission %d: theme %q, want %q", id, got, want)
		}
	}
	if !slices.Contains(refs, model.Ref{Kind: model.RecSubmission, ID: 1}) || slices.Contains(refs, model.Ref{Kind: model.RecSubmission, ID: 3}) {
		t.Errorf("refs %v", refs)
	}
}
