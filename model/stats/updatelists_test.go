package stats_test

import (
	"reflect"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/model/stats"
)

// TestUpdateFollowsLists follows, one commit at a time on the played
// demo, the commits that change the lists' order or names: a theme or an
// asker whose first question is added, respelled, moved away or taken
// back, no theme among them. Each is followed (not computed afresh) and
// gives Compute's figures.
func TestUpdateFollowsLists(t *testing.T) {
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	at := demo.AsOf
	s := stats.Compute(m, at)
	n := m.Questions.Len()
	dept := m.Departments[0].Code
	an, an2 := model.Person{Name: "Người mới", Unit: "Xã A"}, model.Person{Name: "NGƯỜI MỚI", Unit: "xã a"}
	binh, binh2 := model.Person{Name: "Bình"}, model.Person{Name: "Bình Hai"}
	add := func(p model.Person, theme string) model.Command {
		return model.AddQuestion{Asker: p, Kind: model.KindQuestion, Theme: theme, Text: "Câu hỏi", Departments: []string{dept}, Channel: model.ChannelHall}
	}
	edit := func(id int, p model.Person, theme string) model.Command {
		return model.EditQuestion{ID: id, Asker: p, Kind: model.KindQuestion, Theme: theme, Text: "Câu hỏi", Departments: []string{dept, m.Departments[1].Code}}
	}
	steps := []struct {
		what     string
		cmd      model.Command
		computed bool // an asker out of order: Update computes afresh
	}{
		{"a new theme and asker", add(an, "chủ đề mới"), false},
		{"the theme and asker respelled", edit(n+1, an2, "Chủ Đề Mới"), false},
		{"a second question of both", add(an, "chu de moi"), false},
		{"the theme's first moved away", edit(n+1, an2, "Khác hẳn"), false},
		{"the asker's first moved to an earlier asker", edit(n+1, m.Question(1).Asker, "Khác hẳn"), false},
		{"the first moved back", edit(n+1, an, "chủ đề mới"), false},
		{"no theme", add(binh, ""), false},
		{"a theme after no theme", add(an, "Thứ ba"), false},
		{"no theme given one", edit(n+3, binh, "Thứ tư"), false},
		{"an asker renamed in place", edit(n+3, model.Person{Name: "Cúc"}, "Thứ tư"), false},
		{"a group called", model.CallGroup{IDs: []int{n + 2, n + 4}}, false},
		{"its answer started", model.StartAnswer{Department: dept}, false},
		{"one deferred to writing", model.DeferToWriting{ID: n + 2, Department: m.Departments[2].Code, Deadline: at.AddDate(0, 0, 15)}, false},
		{"the answer ended", model.EndAnswer{}, false},
		{"forwarded", model.SetOutcome{Answer: len(m.Answers) + 1, Outcome: model.OutcomeForwarded, ForwardedTo: "Bộ Nội vụ", What: "Chuyển"}, false},
		{"a first question moved to a new asker", edit(n+1, binh2, "chủ đề mới"), true},
	}
	cur := m
	var history []*model.Meeting
	check := func(what string, next *model.Meeting, computed bool) {
		t.Helper()
		was := shapeOf(s)
		if !s.Update(cur, next, at) && !computed {
			t.Errorf("%s: computed afresh, not followed", what)
		}
		if !s.Reshaped() && !reflect.DeepEqual(shapeOf(s), was) {
			t.Errorf("%s: the lists changed, but Reshaped is false", what)
		}
		cur = next
		if got, want := figuresOf(s), figuresOf(stats.Compute(next, at)); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: Update gives\n%+v\nCompute\n%+v", what, got, want)
		}
	}
	for _, st := range steps {
		next, _, err := model.Apply(cur, st.cmd, at)
		if err != nil {
			t.Fatalf("%s: %v", st.what, err)
		}
		history = append(history, cur)
		at = at.Add(time.Minute)
		check(st.what, next, st.computed)
	}
	for i := len(history) - 1; i >= 0; i-- {
		check("undo "+steps[i].what, history[i], steps[i].computed)
	}
}
