package stats

import (
	"slices"
	"time"

	"podium/model"
)

// maxChanged is the most questions, answers or follow-ups (each) a commit
// may change for Update to follow it; more, and Compute is as cheap.
const maxChanged = 64

// Update moves s, the figures of old, to m's at now, and reports whether
// it followed the commit between them rather than computing afresh.
//
// It follows a commit that changed at most maxChanged questions, answers
// and follow-ups (each) and not the meeting's departments, themes or
// speaking limits: it takes out what the records the commit replaced
// counted, at now, and counts the records that replaced them (terms.go),
// then puts the themes, askers and departments in Compute's order again
// (settle.go). A snapshot shares the records a command did not change,
// so comparing pointers finds the changed ones. Otherwise, or when a
// change would move many askers, it computes afresh. Either way s is
// afterwards what Compute gives for m at now (to the order of its running
// clocks, which no figure depends on). Like Advance it changes s in place.
// It costs a pointer comparison per record and the changed records, not
// the meeting.
func (s *Stats) Update(old, m *model.Meeting, now time.Time) bool {
	if u, ok := s.updater(old, m, now); ok && u.run(old, m) {
		return true
	}
	*s = Compute(m, now)
	return false
}

// updater is Update's state.
type updater struct {
	s   *Stats
	ix  *index
	now time.Time

	m    *model.Meeting // the meeting the terms read: old, then the new one
	sign int            // -1 while taking out old's records, 1 counting m's

	questions, answers, followUps []int // the changed records, by index

	depts       map[string]int // code → place in s.Departments
	themeStale  map[int]bool   // themes whose first question left them
	askerStale  map[int]bool   // askers whose first question left them
	askerMoved  []int          // askers whose first question changed: maybe out of order
	askersAtRun int            // how many askers there were
	spokeBefore map[int]bool   // the askers touched: whether they had spoken
	reshaped    bool           // a name or a member of a list changed
	failed      bool           // a record Update cannot follow
	buf, fbuf   []int
}

// updater is the updater for the commit from old to m, if Update can
// follow it.
func (s *Stats) updater(old, m *model.Meeting, now time.Time) (*updater, bool) {
	if old == nil || m == nil || s.ix == nil || len(s.qTheme) != old.Questions.Len() || !sameShape(old, m) {
		return nil, false
	}
	u := &updater{s: s, ix: s.ix, now: now, themeStale: map[int]bool{}, askerStale: map[int]bool{}, spokeBefore: map[int]bool{}}
	var ok1, ok2, ok3 bool
	u.questions, ok1 = changedIn(old.Questions, m.Questions)
	u.answers, ok2 = changed(old.Answers, m.Answers)
	u.followUps, ok3 = changed(old.FollowUps, m.FollowUps)
	return u, ok1 && ok2 && ok3
}

// changed lists the indexes where cur's records are not old's, at most
// maxChanged of them; it reports false if there are more.
func changed[T any](old, cur []*T) ([]int, bool) {
	var idx []int
	n := min(len(old), len(cur))
	for i, r := range cur[:n] {
		if old[i] != r {
			if len(idx) == maxChanged {
				return nil, false
			}
			idx = append(idx, i)
		}
	}
	for i := n; i < max(len(old), len(cur)); i++ {
		if len(idx) == maxChanged {
			return nil, false
		}
		idx = append(idx, i)
	}
	return idx, true
}

// changedIn is changed for a List, which skips what the two share.
func changedIn[T any](old, cur model.List[T]) ([]int, bool) {
	var idx []int
	for id := range cur.Changed(old) {
		if len(idx) == maxChanged {
			return nil, false
		}
		idx = append(idx, id-1)
	}
	return idx, true
}

// run follows the commit; false if it cannot, s then half followed.
func (u *updater) run(old, m *model.Meeting) bool {
	s := u.s
	s.Advance(u.now)
	themes, depts := names(s.Themes, themeName), names(s.Departments, deptName)
	u.askersAtRun = len(s.Askers)
	u.depts = make(map[string]int, len(s.Departments))
	for i, d := range s.Departments {
		u.depts[d.Code] = i
	}
	outs := u.outcomeQuestions(old, m)
	u.ix.noteRecords(m, u.answers, u.followUps)
	for len(s.qTheme) < m.Questions.Len() {
		s.qTheme, s.qAsker = append(s.qTheme, -1), append(s.qAsker, -1)
	}
	u.m, u.sign = old, -1
	u.terms(outs)
	for _, i := range u.questions {
		if i < len(s.qTheme) {
			s.qTheme[i], s.qAsker[i] = -1, -1
		}
	}
	u.m, u.sign = m, 1
	u.terms(outs)
	s.qTheme, s.qAsker = s.qTheme[:m.Questions.Len()], s.qAsker[:m.Questions.Len()]
	for ai, spoke := range u.spokeBefore {
		if ai >= len(s.Askers) || s.Askers[ai].Spoke > 0 != spoke {
			u.reshaped = true
		}
	}
	if u.failed || !u.settleThemes() || !u.settleAskers() {
		return false
	}
	u.settleDepartments()
	u.settleRunning()
	s.kept = !u.reshaped && len(s.Askers) == u.askersAtRun &&
		slices.Equal(themes, names(s.Themes, themeName)) && slices.Equal(depts, names(s.Departments, deptName))
	return true
}

// names are the names of a short list (themes, departments), to tell
// whether it changed.
func names[T any](xs []T, name func(T) string) []string {
	ns := make([]string, len(xs))
	for i, x := range xs {
		ns[i] = name(x)
	}
	return ns
}

func themeName(t Theme) string     { return t.Name }
func deptName(d Department) string { return d.Code + "\x00" + d.Name }

// terms counts, with u.sign, what u.m's changed records count: the
// changed questions, the changed answers with their shares of time, the
// unchanged answers' shares of the changed questions, and the outcomes
// of every question whose outcomes the commit may have changed.
func (u *updater) terms(outs []int) {
	for _, i := range u.questions {
		if q := u.m.Questions.At(i + 1); q != nil {
			u.question(i, q)
		}
	}
	for _, ai := range u.answers {
		if a := at0(u.m.Answers, ai); a != nil {
			u.answer(a)
		}
	}
	for _, i := range u.questions {
		u.shares(i)
	}
	for _, id := range outs {
		u.outcomes(id)
	}
}

// outcomeQuestions lists the IDs of the questions whose outcomes the
// commit may have changed: the changed questions, those of the changed
// answers, and those of the changed follow-ups and of their answers, in
// old and in m.
func (u *updater) outcomeQuestions(old, m *model.Meeting) []int {
	var ids []int
	for _, i := range u.questions {
		ids = append(ids, i+1)
	}
	for _, mt := range []*model.Meeting{old, m} {
		for _, ai := range u.answers {
			if a := at0(mt.Answers, ai); a != nil {
				ids = append(ids, a.Questions...)
			}
		}
		for _, fi := range u.followUps {
			if f := at0(mt.FollowUps, fi); f != nil {
				ids = append(ids, f.Questions...)
				if a := mt.Answer(f.Answer); a != nil {
					ids = append(ids, a.Questions...)
				}
			}
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
