package stats_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/model/stats"
)

// replayed is what the test works out on its own from the played demo's
// command script, without the model's handlers: who spoke for how long,
// who answered for how long, how each item ended.
type replayed struct {
	speaking map[int]time.Duration // question → speaking time
	called   map[int]bool
	status   map[int]model.Status
	answers  []replayedAnswer
	written  map[int]string // question deferred to writing with no answer → department
}

type replayedAnswer struct {
	dept, owner string // who answered; who owes the outcome
	question    int
	start       time.Time
	time        time.Duration
	outcome     model.Outcome
}

// replay walks the script the way a person reading the clerk's log would:
// the queue, the floor and the clocks by hand.
func replay(t *testing.T, before *model.Meeting) replayed {
	t.Helper()
	r := replayed{
		speaking: map[int]time.Duration{}, called: map[int]bool{},
		status: map[int]model.Status{}, written: map[int]string{},
	}
	queue := before.Queue.Slice()
	for _, id := range queue {
		r.status[id] = model.StatusWaiting
	}
	remove := func(id int) { queue = slices.DeleteFunc(queue, func(x int) bool { return x == id }) }
	floor, since := 0, time.Time{}
	var answering *replayedAnswer
	cmds, times := demo.Script()
	for i, c := range cmds {
		at := times[i]
		switch c := c.(type) {
		case model.CallNext:
			floor, since = queue[0], at
			remove(floor)
		case model.Call:
			floor, since = c.ID, at
			remove(floor)
		case model.StartAnswer:
			r.speaking[floor] += at.Sub(since)
			r.called[floor] = true
			r.status[floor] = model.StatusAwaiting
			r.answers = append(r.answers, replayedAnswer{dept: c.Department, owner: c.Department, question: floor, start: at})
			answering = &r.answers[len(r.answers)-1]
		case model.SetOutcome:
			a := &r.answers[c.Answer-1]
			a.outcome = c.Outcome
			if c.Department != "" {
				a.owner = c.Department
			}
		case model.EndAnswer:
			answering.time = at.Sub(answering.start)
			if answering.outcome == "" {
				answering.outcome = model.OutcomeAnswered
			}
			r.status[floor] = model.StatusAnswered
			if answering.outcome == model.OutcomeInWriting {
				r.status[floor] = model.StatusInWriting
			}
			floor, answering = 0, nil
		case model.Withdraw:
			remove(c.ID)
			r.status[c.ID] = model.StatusWithdrawn
		case model.DeferToWriting:
			if floor == c.ID {
				t.Fatalf("step %d: the replay knows only deferring from the queue", i+1)
			}
			remove(c.ID)
			r.status[c.ID] = model.StatusInWriting
			r.written[c.ID] = c.Department
		case model.SetNotes, model.AddConclusion, model.UpdateFollowUp:
			// Words and paperwork: no figure changes.
		default:
			t.Fatalf("step %d: the demo script has a %s the replay does not know; teach it", i+1, c.Verb())
		}
	}
	if floor != 0 {
		t.Fatal("the demo script ends with someone on the floor")
	}
	return r
}

// TestPlayedDemoRebuilt works out every figure of the played demo from its
// command script by hand and compares with Compute on the records.
func TestPlayedDemoRebuilt(t *testing.T) {
	before, err := demo.Meeting(demo.Registered)
	if err != nil {
		t.Fatal(err)
	}
	played, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	r := replay(t, before)
	got := stats.Compute(played, demo.AsOf)

	// Departments.
	type deptFig struct{ addressed, spot, writing, forwarded, commit, answers int }
	wantDept := map[string]*deptFig{}
	wantDeptTime := map[string]time.Duration{}
	d := func(code string) *deptFig {
		if wantDept[code] == nil {
			wantDept[code] = &deptFig{}
		}
		return wantDept[code]
	}
	for _, q := range before.Questions.All() {
		for _, code := range q.Departments {
			d(code).addressed++
		}
	}
	for _, a := range r.answers {
		d(a.dept).answers++
		wantDeptTime[a.dept] += a.time
		switch a.outcome {
		case model.OutcomeAnswered:
			d(a.owner).spot++
		case model.OutcomeInWriting:
			d(a.owner).writing++
		case model.OutcomeForwarded:
			d(a.owner).forwarded++
		case model.OutcomeCommitment:
			d(a.owner).commit++
		}
	}
	for _, code := range r.written {
		d(code).writing++
	}
	if len(got.Departments) != len(wantDept) {
		t.Errorf("%d departments, want %d", len(got.Departments), len(wantDept))
	}
	for _, g := range got.Departments {
		w := wantDept[g.Code]
		if w == nil {
			t.Errorf("department %s has figures it should not: %+v", g.Code, g)
			continue
		}
		have := deptFig{g.Addressed, g.OnTheSpot, g.InWriting, g.Forwarded, g.Commitments, g.Answers}
		if have != *w {
			t.Errorf("department %s: got %+v, want %+v", g.Code, have, *w)
		}
		if g.AnswerTime != wantDeptTime[g.Code] {
			t.Errorf("department %s: answer time %v, want %v", g.Code, g.AnswerTime, wantDeptTime[g.Code])
		}
		if w.answers > 0 && g.Average() != wantDeptTime[g.Code]/time.Duration(w.answers) {
			t.Errorf("department %s: average %v", g.Code, g.Average())
		}
		if md := played.DepartmentByCode(g.Code); md == nil || g.Name != md.Name {
			t.Errorf("department %s is named %q", g.Code, g.Name)
		}
	}
	// In the meeting's order.
	var codes, meetingOrder []string
	for _, g := range got.Departments {
		codes = append(codes, g.Code)
	}
	for _, md := range played.Departments {
		if wantDept[md.Code] != nil {
			meetingOrder = append(meetingOrder, md.Code)
		}
	}
	if !slices.Equal(codes, meetingOrder) {
		t.Errorf("departments in order %v, want %v", codes, meetingOrder)
	}

	// Themes and askers: each demo answer covers one question.
	answerOf := map[int]time.Duration{}
	for _, a := range r.answers {
		answerOf[a.question] += a.time
	}
	type themeFig struct {
		groups              stats.Groups
		speaking, answering time.Duration
	}
	wantTheme := map[string]*themeFig{}
	var themeOrder []string
	type askerFig struct {
		questions, spoke int
		speaking, over   time.Duration
	}
	wantAsker := map[string]*askerFig{}
	var wantTotals stats.Totals
	for _, q := range before.Questions.All() {
		if wantTheme[q.Theme] == nil {
			wantTheme[q.Theme] = &themeFig{}
			themeOrder = append(themeOrder, q.Theme)
		}
		th := wantTheme[q.Theme]
		g := &th.groups
		switch r.status[q.ID] {
		case model.StatusWaiting:
			g.Waiting++
			wantTotals.Questions.Waiting++
		case model.StatusAnswered:
			g.Answered++
			wantTotals.Questions.Answered++
		case model.StatusInWriting:
			g.InWriting++
			wantTotals.Questions.InWriting++
		case model.StatusWithdrawn:
			g.Withdrawn++
			wantTotals.Questions.Withdrawn++
		default:
			t.Fatalf("question %d ends the replay %s", q.ID, r.status[q.ID])
		}
		sp := r.speaking[q.ID]
		th.speaking += sp
		th.answering += answerOf[q.ID]
		if wantAsker[q.Asker.Name] == nil {
			wantAsker[q.Asker.Name] = &askerFig{}
		}
		as := wantAsker[q.Asker.Name]
		as.questions++
		as.speaking += sp
		if sp > played.Header.SpeakLimit {
			as.over += sp - played.Header.SpeakLimit
			wantTotals.Overtime += sp - played.Header.SpeakLimit
		}
		wantTotals.Speaking += sp
		if r.called[q.ID] {
			as.spoke++
			wantTotals.Asked++
			wantTotals.Done++ // every question called in the demo is closed
			wantTotals.DoneTime += sp + answerOf[q.ID]
		}
	}
	var gotThemes []string
	for _, g := range got.Themes {
		gotThemes = append(gotThemes, g.Name)
		w := wantTheme[g.Name]
		if w == nil {
			t.Errorf("unexpected theme %q", g.Name)
			continue
		}
		if g.Questions != w.groups || g.Speaking != w.speaking || g.Answering != w.answering {
			t.Errorf("theme %q: got %+v %v %v, want %+v %v %v", g.Name, g.Questions, g.Speaking, g.Answering, w.groups, w.speaking, w.answering)
		}
	}
	if !slices.Equal(gotThemes, themeOrder) {
		t.Errorf("themes in order %q, want %q", gotThemes, themeOrder)
	}
	if len(got.Askers) != len(wantAsker) {
		t.Errorf("%d askers, want %d", len(got.Askers), len(wantAsker))
	}
	for _, g := range got.Askers {
		w := wantAsker[g.Person.Name]
		if w == nil {
			t.Errorf("unexpected asker %q", g.Person.Name)
			continue
		}
		if have := (askerFig{g.Questions, g.Spoke, g.Speaking, g.Overtime}); have != *w {
			t.Errorf("asker %s: got %+v, want %+v", g.Person.Name, have, *w)
		}
	}

	wantTotals.Answers = len(r.answers)
	for _, a := range r.answers {
		wantTotals.Answering += a.time
	}
	if got.Totals != wantTotals {
		t.Errorf("totals:\n got %+v\nwant %+v", got.Totals, wantTotals)
	}

	// A few figures a person can check against the script by eye.
	for _, c := range []struct {
		what      string
		got, want any
	}{
		{"GDDT answers", fig(got, "GDDT").Answers, 2},
		{"GDDT answer time", fig(got, "GDDT").AnswerTime, 9 * time.Minute},
		{"GDDT average", fig(got, "GDDT").Average(), 4*time.Minute + 30*time.Second},
		{"LDTBXH in writing", fig(got, "LDTBXH").InWriting, 1},
		{"LDTBXH forwarded", fig(got, "LDTBXH").Forwarded, 1},
		{"TD commitments", fig(got, "TD").Commitments, 1},
		{"NNPTNT in writing, no answer", fmt.Sprint(fig(got, "NNPTNT").InWriting, fig(got, "NNPTNT").Answers), "1 0"},
		{"education theme time", got.Themes[0].Time(), 20 * time.Minute},
		{"asked", got.Totals.Asked, 7},
		{"answered", got.Totals.Answered(), 6},
		{"average per question", got.Totals.Average(), 45 * time.Minute / 7},
	} {
		if c.got != c.want {
			t.Errorf("%s: %v, want %v", c.what, c.got, c.want)
		}
	}
}

func fig(s stats.Stats, code string) stats.Department {
	for _, d := range s.Departments {
		if d.Code == code {
			return d
		}
	}
	return stats.Department{}
}

func themeFig(s stats.Stats, name string) stats.Theme {
	for _, th := range s.Themes {
		if th.Name == name {
			return th
		}
	}
	return stats.Theme{}
}

var t0 = time.Date(2023, 3, 23, 8, 0, 0, 0, time.UTC)

func at(n int) time.Time { return t0.Add(time.Duration(n) * time.Minute) }

type step struct {
	cmd model.Command
	at  time.Time
}

// meeting is three departments and four questions (two themes, one
// without; one asker with two questions), with the steps applied.
func meeting(t *testing.T, steps ...step) *model.Meeting {
	t.Helper()
	m := model.New(model.Header{Title: "T"})
	base := []model.Command{
		model.AddDepartment{Code: "GDDT", Name: "Sở Giáo dục"},
		model.AddDepartment{Code: "CA", Name: "Công an"},
		model.AddDepartment{Code: "TD", Name: "Tỉnh Đoàn"},
		model.AddQuestion{Asker: model.Person{Name: "An", Unit: "Ân Thi"}, Theme: "Giáo dục", Text: "1", Departments: []string{"GDDT"}},
		model.AddQuestion{Asker: model.Person{Name: "Bình"}, Theme: "", Text: "2", Departments: []string{"CA", "GDDT"}},
		model.AddQuestion{Asker: model.Person{Name: "AN", Unit: "ân thi"}, Theme: "Giáo dục", Text: "3", Departments: []string{"TD"}},
		model.AddQuestion{Asker: model.Person{Name: "Cúc"}, Theme: "An ninh mạng", Text: "4", Departments: []string{"CA"}},
	}
	var err error
	for _, c := range base {
		if m, _, err = model.Apply(m, c, t0); err != nil {
			t.Fatal(err)
		}
	}
	for i, s := range steps {
		if m, _, err = model.Apply(m, s.cmd, s.at); err != nil {
			t.Fatalf("step %d (%s): %v", i+1, s.cmd.Verb(), err)
		}
	}
	return m
}

// group puts questions on the floor together and has dept answer them,
// built by hand: a group's records as the model keeps them.
func group(m *model.Meeting, dept string, outcome model.Outcome, start time.Time, d time.Duration, ids ...int) *model.Meeting {
	c := *m
	questions := model.EditList(&c.Questions)
	for _, id := range ids {
		q := *c.Question(id)
		q.Status = model.StatusAnswered
		q.CalledAt = start
		questions.Set(id, &q)
	}
	c.Answers = append(slices.Clone(m.Answers), &model.Answer{
		ID: len(m.Answers) + 1, Questions: ids, Department: dept, Clock: model.Clock{Accumulated: d},
		Start: start, End: start.Add(d), Outcome: outcome,
	})
	c.Queue = m.Queue.Kept(func(id int) bool { return slices.Contains(ids, id) })
	return &c
}

func TestCompute(t *testing.T) {
	type check func(t *testing.T, s stats.Stats)
	cases := []struct {
		name   string
		m      func(t *testing.T) *model.Meeting
		now    time.Time
		checks []check
	}{
		{
			name: "nothing happened",
			m:    func(t *testing.T) *model.Meeting { return meeting(t) },
			now:  at(60),
			checks: []check{func(t *testing.T, s stats.Stats) {
				if s.Totals.Questions != (stats.Groups{Waiting: 4}) || s.Totals.Asked != 0 || s.Totals.Average() != 0 {
					t.Errorf("totals %+v", s.Totals)
				}
				if got := fig(s, "GDDT"); got.Addressed != 2 || got.Answers != 0 || got.Average() != 0 {
					t.Errorf("GDDT %+v", got)
				}
				if len(s.Askers) != 3 || s.Askers[0].Questions != 2 || s.Askers[0].Person.Name != "An" {
					t.Errorf("askers %+v: An and AN from Ân Thi are one person", s.Askers)
				}
				var names []string
				for _, th := range s.Themes {
					names = append(names, th.Name)
				}
				if !slices.Equal(names, []string{"Giáo dục", "An ninh mạng", ""}) {
					t.Errorf("themes %q: first-question order, no theme last", names)
				}
			}},
		},
		{
			name: "paused clocks count only while running",
			m: func(t *testing.T) *model.Meeting {
				return meeting(t,
					step{model.CallNext{}, at(0)},
					step{model.ToggleClock{}, at(1)}, // pause
					step{model.ToggleClock{}, at(5)}, // resume
					step{model.StartAnswer{Department: "GDDT"}, at(7)},
					step{model.ToggleClock{}, at(8)},  // pause the answer
					step{model.ToggleClock{}, at(20)}, // resume
					step{model.EndAnswer{}, at(22)},
				)
			},
			now: at(90),
			checks: []check{func(t *testing.T, s stats.Stats) {
				if s.Askers[0].Speaking != 3*time.Minute || s.Askers[0].Overtime != 0 {
					t.Errorf("An spoke %v over %v, want 3m (1 + 2), none over", s.Askers[0].Speaking, s.Askers[0].Overtime)
				}
				if d := fig(s, "GDDT"); d.AnswerTime != 3*time.Minute || d.OnTheSpot != 1 || d.Answers != 1 {
					t.Errorf("GDDT %+v, want 3m (1 + 2), one on the spot", d)
				}
				if got := themeFig(s, "Giáo dục"); got.Time() != 6*time.Minute || got.Questions.Answered != 1 || got.Questions.Waiting != 1 {
					t.Errorf("theme %+v", got)
				}
				if s.Totals.Done != 1 || s.Totals.Average() != 6*time.Minute {
					t.Errorf("totals %+v", s.Totals)
				}
			}},
		},
		{
			name: "a running speaking clock is read at now, overtime past the limit",
			m: func(t *testing.T) *model.Meeting {
				return meeting(t, step{model.Call{ID: 4}, at(10)})
			},
			now: at(14).Add(30 * time.Second),
			checks: []check{func(t *testing.T, s stats.Stats) {
				c := s.Askers[2]
				if c.Person.Name != "Cúc" || c.Speaking != 4*time.Minute+30*time.Second || c.Overtime != 90*time.Second || c.OverTurns != 1 || c.Spoke != 1 {
					t.Errorf("Cúc %+v, want 4:30 spoken, 1:30 over the 3:00 limit", c)
				}
				if s.Totals.Questions.Live != 1 || s.Totals.Asked != 1 || s.Totals.Done != 0 || s.Totals.Overtime != 90*time.Second {
					t.Errorf("totals %+v: on the floor, not done", s.Totals)
				}
				if th := themeFig(s, "An ninh mạng"); th.Questions.Live != 1 || th.Speaking != 4*time.Minute+30*time.Second {
					t.Errorf("theme %+v", th)
				}
			}},
		},
		{
			name: "a running answer counts its time, not yet an outcome",
			m: func(t *testing.T) *model.Meeting {
				return meeting(t,
					step{model.Call{ID: 4}, at(0)},
					step{model.StartAnswer{Department: "CA"}, at(2)},
					step{model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: "x", Deadline: at(60 * 24 * 30)}, at(3)},
				)
			},
			now: at(6),
			checks: []check{func(t *testing.T, s stats.Stats) {
				if d := fig(s, "CA"); d.Answers != 1 || d.AnswerTime != 4*time.Minute || d.Commitments != 0 {
					t.Errorf("CA %+v: one answer of 4:00 under way, no outcome yet", d)
				}
				if th := themeFig(s, "An ninh mạng"); th.Time() != 6*time.Minute {
					t.Errorf("theme time %v, want 2:00 + 4:00", th.Time())
				}
			}},
		},
		{
			name: "a group answered together: once for the department, time split among the questions",
			m: func(t *testing.T) *model.Meeting {
				// Each asker in turn, then one answer of 10 minutes and 2 ns
				// over questions 1, 2 and 3: 3:20 each, 1 and 2 a
				// nanosecond more.
				return meeting(t,
					step{model.CallGroup{IDs: []int{1, 2, 3}}, at(0)},
					step{model.NextSpeaker{}, at(1)},
					step{model.NextSpeaker{}, at(3)},
					step{model.StartAnswer{Department: "GDDT"}, at(4)},
					step{model.EndAnswer{}, at(14).Add(2)},
				)
			},
			now: at(60),
			checks: []check{func(t *testing.T, s stats.Stats) {
				if d := fig(s, "GDDT"); d.Answers != 1 || d.AnswerTime != 10*time.Minute+2 || d.OnTheSpot != 3 || d.Average() != 10*time.Minute+2 {
					t.Errorf("GDDT %+v: one answer, three questions on the spot", d)
				}
				third := 10 * time.Minute / 3
				if th := themeFig(s, "Giáo dục"); th.Answering != 2*third+1 || th.Speaking != 2*time.Minute || th.Questions.Answered != 2 {
					t.Errorf("Giáo dục (1, 3) %+v, want two shares %v, 1:00 + 1:00 spoken", th, 2*third+1)
				}
				if th := themeFig(s, ""); th.Answering != third+1 || th.Speaking != 2*time.Minute {
					t.Errorf("no theme (2) %+v, want one share %v, 2:00 spoken", th, third+1)
				}
				if s.Totals.Answering != 10*time.Minute+2 || s.Totals.DoneTime != 14*time.Minute+2 || s.Totals.Done != 3 || s.Totals.Asked != 3 {
					t.Errorf("totals %+v: the shares add up to the answer", s.Totals)
				}
				if a := s.Askers[0]; a.Spoke != 2 || a.Speaking != 2*time.Minute {
					t.Errorf("An (1 and 3) %+v", a)
				}
			}},
		},
		{
			name: "a group waiting its turn has not spoken yet",
			m: func(t *testing.T) *model.Meeting {
				// 4 moved to the front: a group speaks in queue order.
				return meeting(t, step{model.MoveQuestion{ID: 4, By: -3}, at(0)}, step{model.CallGroup{IDs: []int{1, 3, 4}}, at(0)})
			},
			now: at(2),
			checks: []check{func(t *testing.T, s stats.Stats) {
				if s.Totals.Asked != 3 || s.Totals.Questions.Live != 3 || s.Totals.Speaking != 2*time.Minute {
					t.Errorf("totals %+v: three called, one speaking", s.Totals)
				}
				if a := s.Askers[0]; a.Spoke != 0 {
					t.Errorf("An (1 and 3, waiting their turn) %+v", a)
				}
				if c := s.Askers[2]; c.Spoke != 1 || c.Speaking != 2*time.Minute {
					t.Errorf("Cúc (4, speaking) %+v", c)
				}
			}},
		},
		{
			name: "a second department answers the same group",
			m: func(t *testing.T) *model.Meeting {
				return meeting(t,
					step{model.CallGroup{IDs: []int{1, 3}}, at(0)},
					step{model.StartAnswer{Department: "GDDT"}, at(2)},
					step{model.EndAnswer{}, at(6)},
					step{model.AnswerAgain{Department: "TD"}, at(7)},
					step{model.SetOutcome{Answer: 2, Outcome: model.OutcomeCommitment, What: "x", Deadline: at(60 * 24 * 30)}, at(8)},
					step{model.EndAnswer{}, at(9)},
				)
			},
			now: at(60),
			checks: []check{func(t *testing.T, s stats.Stats) {
				if d := fig(s, "GDDT"); d.OnTheSpot != 2 || d.Answers != 1 || d.AnswerTime != 4*time.Minute {
					t.Errorf("GDDT %+v", d)
				}
				if d := fig(s, "TD"); d.Commitments != 2 || d.OnTheSpot != 0 || d.Answers != 1 || d.Addressed != 1 {
					t.Errorf("TD %+v", d)
				}
				if th := themeFig(s, "Giáo dục"); th.Answering != 6*time.Minute {
					t.Errorf("theme answering %v, want both answers", th.Answering)
				}
			}},
		},
		{
			name: "a second department's answer in writing leaves the first's on the spot",
			m: func(t *testing.T) *model.Meeting {
				return meeting(t,
					step{model.CallGroup{IDs: []int{1, 3}}, at(0)},
					step{model.StartAnswer{Department: "GDDT"}, at(2)},
					step{model.EndAnswer{}, at(6)},
					step{model.AnswerAgain{Department: "TD"}, at(7)},
					step{model.SetOutcome{Answer: 2, Outcome: model.OutcomeInWriting, Deadline: at(60 * 24 * 30)}, at(8)},
					step{model.EndAnswer{}, at(9)},
				)
			},
			now: at(60),
			checks: []check{func(t *testing.T, s stats.Stats) {
				if d := fig(s, "GDDT"); d.OnTheSpot != 2 {
					t.Errorf("GDDT %+v: answered 1 and 3 on the spot", d)
				}
				if d := fig(s, "TD"); d.InWriting != 2 {
					t.Errorf("TD %+v: owes 1 and 3 in writing", d)
				}
				if s.Totals.Questions.InWriting != 2 {
					t.Errorf("totals %+v", s.Totals)
				}
			}},
		},
		{
			name: "one of a group deferred to writing on its own",
			m: func(t *testing.T) *model.Meeting {
				return meeting(t,
					step{model.CallGroup{IDs: []int{1, 2, 3}}, at(0)},
					step{model.StartAnswer{Department: "GDDT"}, at(2)},
					step{model.DeferToWriting{ID: 2, Department: "CA", Deadline: at(60 * 24 * 10)}, at(4)},
					step{model.EndAnswer{}, at(8)},
				)
			},
			now: at(60),
			checks: []check{func(t *testing.T, s stats.Stats) {
				if d := fig(s, "GDDT"); d.OnTheSpot != 2 || d.InWriting != 0 {
					t.Errorf("GDDT %+v: 1 and 3 on the spot", d)
				}
				if d := fig(s, "CA"); d.InWriting != 1 || d.Answers != 0 {
					t.Errorf("CA %+v: 2 in writing", d)
				}
				if th := themeFig(s, ""); th.Answering != 2*time.Minute || th.Questions.InWriting != 1 {
					t.Errorf("no theme (2) %+v: a third of the answer it was part of", th)
				}
			}},
		},
		{
			name: "an outcome counts for the department its follow-up names",
			m: func(t *testing.T) *model.Meeting {
				return meeting(t,
					step{model.CallNext{}, at(0)},
					step{model.StartAnswer{Department: "GDDT"}, at(2)},
					step{model.SetOutcome{Answer: 1, Outcome: model.OutcomeInWriting, Department: "TD", Deadline: at(60 * 24 * 10)}, at(3)},
					step{model.EndAnswer{}, at(4)},
					step{model.Call{ID: 4}, at(5)},
					step{model.StartAnswer{Department: "CA"}, at(6)},
					step{model.SetOutcome{Answer: 2, Outcome: model.OutcomeForwarded, ForwardedTo: "Bộ Công an"}, at(7)},
					step{model.EndAnswer{}, at(8)},
					step{model.DeferToWriting{ID: 2, Department: "CA", Deadline: at(60 * 24 * 10)}, at(9)},
					step{model.Withdraw{ID: 3}, at(10)},
				)
			},
			now: at(60),
			checks: []check{func(t *testing.T, s stats.Stats) {
				if d := fig(s, "GDDT"); d.InWriting != 0 || d.Answers != 1 || d.AnswerTime != 2*time.Minute {
					t.Errorf("GDDT %+v: answered, but TD owes the writing", d)
				}
				if d := fig(s, "TD"); d.InWriting != 1 || d.Answers != 0 {
					t.Errorf("TD %+v", d)
				}
				if d := fig(s, "CA"); d.Forwarded != 1 || d.InWriting != 1 || d.Answers != 1 {
					t.Errorf("CA %+v: 4 forwarded, 2 in writing from the queue", d)
				}
				want := stats.Groups{Answered: 1, InWriting: 2, Withdrawn: 1}
				if s.Totals.Questions != want || s.Totals.Asked != 2 || s.Totals.Done != 2 {
					t.Errorf("totals %+v", s.Totals)
				}
			}},
		},
		{
			name: "a running answer over a group, split to the nanosecond as it runs",
			m: func(t *testing.T) *model.Meeting {
				return meeting(t,
					step{model.CallGroup{IDs: []int{2, 4}}, at(8)},
					step{model.StartAnswer{Department: "CA"}, at(10)},
					step{model.ToggleClock{}, at(11).Add(1)}, // paused at 1:00 and 1 ns
					step{model.ToggleClock{}, at(12)},
				)
			},
			now: at(15).Add(3),
			checks: []check{func(t *testing.T, s stats.Stats) {
				el := 4*time.Minute + 4 // 1:00 + 1 ns before, 3:00 + 3 ns running
				if d := fig(s, "CA"); d.AnswerTime != el || d.Answers != 1 || d.OnTheSpot != 0 {
					t.Errorf("CA %+v", d)
				}
				if th := themeFig(s, ""); th.Answering != el/2 || th.Questions.Live != 1 {
					t.Errorf("no theme (2) %+v, want half of %v", th, el)
				}
				if th := themeFig(s, "An ninh mạng"); th.Answering != el/2 {
					t.Errorf("An ninh mạng (4) %+v, want half of %v", th, el)
				}
			}},
		},
		{
			name: "a running clock on a question without a theme",
			m: func(t *testing.T) *model.Meeting {
				return meeting(t, step{model.Call{ID: 2}, at(0)})
			},
			now: at(5),
			checks: []check{func(t *testing.T, s stats.Stats) {
				if last := s.Themes[len(s.Themes)-1]; last.Name != "" || last.Speaking != 5*time.Minute {
					t.Errorf("no theme %+v", last)
				}
				if s.Askers[1].Overtime != 2*time.Minute {
					t.Errorf("Bình %+v", s.Askers[1])
				}
			}},
		},
		{
			name: "a zero speaking limit is never exceeded",
			m: func(t *testing.T) *model.Meeting {
				m := meeting(t, step{model.Call{ID: 4}, at(0)})
				c := *m
				c.Header.SpeakLimit = 0
				return &c
			},
			now: at(30),
			checks: []check{func(t *testing.T, s stats.Stats) {
				if s.Askers[2].Overtime != 0 || s.Totals.Overtime != 0 {
					t.Errorf("overtime with no limit: %+v", s.Askers[2])
				}
			}},
		},
		{
			name: "a code not in the list is kept, after the meeting's departments",
			m: func(t *testing.T) *model.Meeting {
				m := group(meeting(t), "ZZ", model.OutcomeAnswered, at(10), time.Minute, 4)
				return m
			},
			now: at(60),
			checks: []check{func(t *testing.T, s stats.Stats) {
				last := s.Departments[len(s.Departments)-1]
				if last.Code != "ZZ" || last.Name != "ZZ" || last.OnTheSpot != 1 {
					t.Errorf("last department %+v", last)
				}
			}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := c.m(t)
			s := stats.Compute(m, c.now)
			for _, ch := range c.checks {
				ch(t, s)
			}
			// The same records, the same moment: the same figures.
			if again := stats.Compute(m, c.now); !reflect.DeepEqual(again, s) {
				t.Error("Compute is not deterministic")
			}
			// Figures computed earlier (or later) and advanced to now are
			// the figures at now, and advancing changes only what clocks
			// measure.
			for _, off := range []time.Duration{-10 * time.Minute, -150 * time.Second, -time.Second, -1, 0, 1, 7 * time.Minute} {
				adv := stats.Compute(m, c.now.Add(off))
				adv.Advance(c.now.Add(-time.Hour)) // back, then forth
				adv.Advance(c.now)
				if !reflect.DeepEqual(adv, s) {
					t.Errorf("computed at now%+v and advanced to now:\n got %+v\nwant %+v", off, adv, s)
				}
			}
		})
	}
}

// Compute reads the meeting and changes nothing in it.
func TestComputeLeavesTheMeetingAlone(t *testing.T) {
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	dump := func() string {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	before := dump()
	_ = stats.Compute(m, demo.AsOf)
	if dump() != before {
		t.Error("Compute changed the meeting")
	}
	if !strings.Contains(before, "Nguyễn Văn An") {
		t.Error("the check saw nothing")
	}
}
