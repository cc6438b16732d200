package stats_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/model/stats"
)

// figures are a Stats' exported fields.
type figures struct {
	D   []stats.Department
	T   []stats.Theme
	A   []stats.Asker
	Tot stats.Totals
}

func figuresOf(s stats.Stats) figures { return figures{s.Departments, s.Themes, s.Askers, s.Totals} }

// shapeOf is what a face lists: the departments, themes and askers, and
// whether each asker has spoken.
func shapeOf(s stats.Stats) []string {
	var sh []string
	for _, d := range s.Departments {
		sh = append(sh, d.Code+" "+d.Name)
	}
	for _, t := range s.Themes {
		sh = append(sh, "theme "+t.Name)
	}
	for _, a := range s.Askers {
		sh = append(sh, fmt.Sprint(a.Person, a.Spoke > 0))
	}
	return sh
}

// TestUpdateIsCompute walks the played demo's script with random commits
// between its commands (randomCommand: the floor, answers and their
// outcomes and notes, follow-ups, new questions from the form or the
// inbox, edits of a question's theme, asker and departments), up to three
// in a row, then undone, and undoes of the script's own steps, keeping
// one Stats with Update: after every step its figures are a fresh
// Compute's, now and, moved by Advance, later. Every kind of commit is
// followed at least once, not recomputed.
func TestUpdateIsCompute(t *testing.T) {
	followed := map[string]int{}
	for _, seed := range []uint64{14, 3, 41} {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { walkUpdates(t, seed, followed) })
	}
	for _, v := range []string{"call_next", "toggle_clock", "start_answer", "end_answer", "set_outcome", "set_notes",
		"defer_to_writing", "answer_again", "add_question", "edit_question", "approve_submission", "edit_follow_up",
		"add_conclusion", "merge", "undo"} {
		if followed[v] == 0 {
			t.Errorf("no %s was followed: %v", v, followed)
		}
	}
	t.Logf("followed %v", followed)
}

func walkUpdates(t *testing.T, seed uint64, followed map[string]int) {
	m, err := demo.Meeting(demo.Registered)
	if err != nil {
		t.Fatal(err)
	}
	cmds, times := demo.Script()
	rng := rand.New(rand.NewPCG(seed+seedOf(), 7))
	s := stats.Compute(m, times[0])
	cur := m
	updated, computed := 0, 0
	step := func(what string, next *model.Meeting, at time.Time) {
		t.Helper()
		was := shapeOf(s)
		if s.Update(cur, next, at) {
			updated++
			followed[what]++
			if !s.Reshaped() && !reflect.DeepEqual(shapeOf(s), was) {
				t.Fatalf("%s: the lists changed, but Reshaped is false:\n%v\n%v", what, was, shapeOf(s))
			}
		} else {
			computed++
		}
		cur = next
		if got, want := figuresOf(s), figuresOf(stats.Compute(next, at)); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: Update gives\n%+v\nCompute\n%+v", what, got, want)
		}
		later := at.Add(time.Duration(rng.IntN(600)) * time.Second)
		c := s
		c.Departments, c.Themes, c.Askers = slices.Clone(s.Departments), slices.Clone(s.Themes), slices.Clone(s.Askers)
		c.Advance(later)
		if got, want := figuresOf(c), figuresOf(stats.Compute(next, later)); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s, advanced: Update gives\n%+v\nCompute\n%+v", what, got, want)
		}
	}
	for i, cmd := range cmds {
		at := times[i]
		for range rng.IntN(6) {
			base := cur
			at = at.Add(time.Duration(rng.IntN(30)) * time.Second)
			for range 1 + rng.IntN(4) {
				c := randomCommand(rng, cur, at)
				if next, _, err := model.Apply(cur, c, at); err == nil {
					step(c.Verb(), next, at)
				}
			}
			step("undo", base, at) // the script needs the meeting as it was
		}
		before := cur
		next, _, err := model.Apply(before, cmd, times[i])
		if err != nil {
			t.Fatalf("step %d (%s): %v", i+1, cmd.Verb(), err)
		}
		step(cmd.Verb(), next, times[i])
		if rng.IntN(4) == 0 {
			step("undo", before, times[i])
			step(cmd.Verb(), next, times[i])
		}
	}
	t.Logf("%d steps updated, %d computed", updated, computed)
}

// randomCommand is a commit a meeting may see at any moment, often
// refused (the test skips those).
func randomCommand(rng *rand.Rand, m *model.Meeting, at time.Time) model.Command {
	q := m.Question(1 + rng.IntN(m.Questions.Len()))
	dept := m.Departments[rng.IntN(len(m.Departments))].Code
	if id := pendingSubmission(m); id != 0 && rng.IntN(2) == 0 {
		return model.ApproveSubmission{ID: id, Theme: pick(rng, []string{q.Theme, "", "Chủ đề mới"}), Departments: []string{dept}}
	}
	switch rng.IntN(20) {
	case 0, 1:
		return model.CallNext{}
	case 2:
		return model.ToggleClock{}
	case 3:
		return model.Postpone{}
	case 4:
		return model.Withdraw{ID: q.ID}
	case 5:
		return model.Call{ID: q.ID}
	case 6, 7:
		return model.StartAnswer{Department: pick(rng, append(q.Departments, dept))}
	case 8, 9:
		return model.EndAnswer{}
	case 10:
		return model.AnswerAgain{Department: dept}
	case 11:
		return model.DeferToWriting{ID: q.ID, Department: dept, Deadline: at.AddDate(0, 0, 15)}
	case 12:
		return model.Merge{ID: q.ID, Into: m.Question(1 + rng.IntN(m.Questions.Len())).ID}
	case 13:
		return model.AddConclusion{Department: dept, What: "Rà soát", Questions: []int{q.ID}, Deadline: at.AddDate(0, 1, 0)}
	}
	if c := answerCommand(rng, m, at, dept); c != nil {
		return c
	}
	return questionCommand(rng, m, q, dept)
}

// answerCommand changes an answer or a follow-up, if there is one.
func answerCommand(rng *rand.Rand, m *model.Meeting, at time.Time, dept string) model.Command {
	if len(m.Answers) == 0 || rng.IntN(2) == 0 {
		return nil
	}
	a := m.Answers[rng.IntN(len(m.Answers))]
	switch rng.IntN(3) {
	case 0:
		return model.SetNotes{Answer: a.ID, Notes: a.Notes + " Ghi thêm."}
	case 1:
		outs := []model.Outcome{model.OutcomeAnswered, model.OutcomeInWriting, model.OutcomeForwarded, model.OutcomeCommitment}
		return model.SetOutcome{Answer: a.ID, Outcome: pick(rng, outs), Department: pick(rng, []string{"", dept}),
			ForwardedTo: "Bộ Nội vụ", What: "Trả lời", Deadline: at.AddDate(0, 0, 20)}
	}
	var fs []*model.FollowUp
	for _, f := range m.FollowUps {
		if f != nil && f.Source != model.SourceConclusion {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		return nil
	}
	f := pick(rng, fs)
	return model.EditFollowUp{ID: f.ID, Department: pick(rng, []string{f.Department, dept}), What: f.What + " nữa",
		Deadline: at.AddDate(0, 0, 30), Questions: f.Questions}
}

// questionCommand adds a question (from the form or the inbox) or edits
// one's theme, asker, departments or kind.
func questionCommand(rng *rand.Rand, m *model.Meeting, q *model.Question, dept string) model.Command {
	other := m.Question(1 + rng.IntN(m.Questions.Len()))
	if rng.IntN(2) == 0 { // the newest, often one the walk added
		q = m.Question(m.Questions.Len())
	}
	themes := []string{q.Theme, other.Theme, "", "Chủ đề mới", "chu de moi", strings.ToUpper(q.Theme)}
	askers := []model.Person{q.Asker, other.Asker, {Name: "Người mới", Unit: "Xã A"}, {Name: "NGƯỜI MỚI", Unit: "xã a"},
		{Name: fmt.Sprint("Người ", rng.IntN(1000))}, {Name: strings.ToUpper(q.Asker.Name), Unit: q.Asker.Unit}}
	depts := [][]string{q.Departments, {dept}, {dept, "ZZ"}, other.Departments}
	switch rng.IntN(3) {
	case 0:
		return model.AddQuestion{Asker: pick(rng, askers), Kind: model.KindQuestion, Theme: pick(rng, themes),
			Text: "Câu hỏi mới", Departments: pick(rng, depts), Channel: model.ChannelHall}
	case 1:
		if s := pendingSubmission(m); s != 0 {
			return model.ApproveSubmission{ID: s, Theme: pick(rng, themes), Departments: pick(rng, depts)}
		}
		return model.SubmitQuestion{Name: pick(rng, askers).Name, Text: "Gửi từ điện thoại", Theme: pick(rng, themes)}
	}
	return model.EditQuestion{ID: q.ID, Asker: pick(rng, askers), Kind: pick(rng, []model.Kind{q.Kind, model.KindProposal}),
		Theme: pick(rng, themes), Text: q.Text + " nữa", Departments: pick(rng, depts)}
}

func pendingSubmission(m *model.Meeting) int {
	for _, s := range m.Submissions {
		if s != nil && s.Status == model.SubmissionPending {
			return s.ID
		}
	}
	return 0
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func seedOf() uint64 {
	var s uint64
	fmt.Sscan(os.Getenv("SEED"), &s)
	return s
}
