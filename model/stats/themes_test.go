package stats_test

import (
	"testing"
	"time"

	"podium/model"
	"podium/model/stats"
)

// The statistics group a theme's spellings (case, accents) under the
// meeting's list's spelling; a theme not in the list keeps its first
// question's spelling, and no theme comes last.
func TestThemesGroupByTheListsSpelling(t *testing.T) {
	now := time.Date(2026, 3, 23, 8, 0, 0, 0, time.UTC)
	m := model.New(model.Header{Title: "x"})
	for _, cmd := range []model.Command{
		model.AddQuestion{Asker: model.Person{Name: "A"}, Text: "1", Theme: "an ninh mang"},
		model.AddQuestion{Asker: model.Person{Name: "B"}, Text: "2", Theme: "Việc làm"},
		model.AddQuestion{Asker: model.Person{Name: "C"}, Text: "3"},
		model.AddTheme{Name: "An ninh mạng"},
		model.AddQuestion{Asker: model.Person{Name: "D"}, Text: "4", Theme: "AN NINH MẠNG"},
		model.AddQuestion{Asker: model.Person{Name: "E"}, Text: "5", Theme: "viec lam"},
	} {
		next, _, err := model.Apply(m, cmd, now)
		if err != nil {
			t.Fatal(err)
		}
		m = next
	}
	s := stats.Compute(m, now)
	got := map[string]int{}
	var order []string
	for _, th := range s.Themes {
		got[th.Name] = th.Questions.Total()
		order = append(order, th.Name)
	}
	if len(s.Themes) != 3 || got["An ninh mạng"] != 2 || got["Việc làm"] != 2 || got[""] != 1 || order[2] != "" {
		t.Errorf("themes %q %v", order, got)
	}
}
