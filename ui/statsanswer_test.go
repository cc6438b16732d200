package ui

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"podium/model"
	"podium/model/stats"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// The Statistics screen follows an answer's commits (started, ended,
// taken back) and a question added from the form, from the records they
// replaced (stats.Update), not recomputed: the departments' figures stay
// where they were (none is added), every figure is Compute's, and the
// lists are those a first look draws.
func TestStatsFollowAnAnswer(t *testing.T) {
	r := newPlayedRig(t, i18n.VI, 120, 60)
	r.press("n", "5")
	r.screen()
	depts := &r.m.stats.s.Departments[0]
	mt := r.hub.Snapshot().Meeting
	dept := mt.Question(mt.Floor.Questions[0]).Departments[0]
	mod := hub.As(hub.RoleModerator)
	steps := []struct {
		what string
		do   func() error
	}{
		{"start", func() error { return r.hub.Do(model.StartAnswer{Department: dept}, mod) }},
		{"end", func() error { return r.hub.Do(model.EndAnswer{}, mod) }},
		{"undo end", func() error { _, err := r.hub.Undo(mod); return err }},
		{"add", func() error {
			return r.hub.Do(model.AddQuestion{Asker: model.Person{Name: "Người mới"}, Kind: model.KindQuestion,
				Theme: "Chủ đề mới", Text: "Câu hỏi mới", Departments: []string{dept}, Channel: model.ChannelHall}, mod)
		}},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.what, err)
		}
		r.clock.Advance(40 * time.Second)
		r.m.Update(snapshotMsg(r.hub.Snapshot()))
		r.screen()
		if &r.m.stats.s.Departments[0] != depts {
			t.Errorf("%s: the figures were recomputed, not followed", st.what)
		}
		got, want := r.m.stats.s, stats.Compute(r.hub.Snapshot().Meeting, r.clock.Now())
		if !reflect.DeepEqual(got.Departments, want.Departments) || !reflect.DeepEqual(got.Themes, want.Themes) ||
			!reflect.DeepEqual(got.Askers, want.Askers) || got.Totals != want.Totals {
			t.Errorf("%s: the followed figures are not Compute's:\n%+v\n%+v", st.what, got.Totals, want.Totals)
		}
		var fresh statsView // the lists as a first look draws them
		fresh.refresh(r.hub.Snapshot().Meeting, r.clock.Now(), r.m.ctx.T.T("stats.no_theme"))
		v := &r.m.stats.statsView
		if !slices.Equal(v.depts, fresh.depts) || !slices.Equal(v.themes, fresh.themes) || !slices.Equal(v.askers, fresh.askers) ||
			v.codeW != fresh.codeW || v.deptNameW != fresh.deptNameW || v.themeW != fresh.themeW || v.askerW != fresh.askerW {
			t.Errorf("%s: the lists are not a first look's", st.what)
		}
	}
	r.wantOnScreen("Chủ đề mới")
}
