package stats

import (
	"cmp"
	"slices"
)

// After the terms, the lists are put back in Compute's order: a theme or
// an asker whose first question left finds its first again, those left
// with no question go, and the rest stand in the order of their first
// question (no theme last); the departments with any figure stand in the
// meeting's order, then the unknown codes sorted.

// settleThemes puts the themes in order. Themes are few: when the order
// changed, every question's theme index is renumbered.
func (u *updater) settleThemes() bool {
	s, ix := u.s, u.ix
	for ti := range u.themeStale {
		if ix.tCount[ti] > 0 {
			j := slices.Index(s.qTheme, ti)
			ix.tFirst[ti] = j + 1
			_, s.Themes[ti].Name = ix.spelled(u.m.Question(j + 1).Theme)
		}
	}
	order := make([]int, 0, len(s.Themes))
	for ti := range s.Themes {
		if ix.tCount[ti] > 0 {
			order = append(order, ti)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if ea, eb := s.Themes[a].Name == "", s.Themes[b].Name == ""; ea != eb {
			return cmp.Compare(b2i(ea), b2i(eb))
		}
		return cmp.Compare(ix.tFirst[a], ix.tFirst[b])
	})
	if slices.IsSorted(order) && (len(order) == 0 || order[len(order)-1] == len(order)-1) {
		// In place: only themes at the end went (an added question taken
		// back), and no question's index changes.
		for key, ti := range ix.themeAt {
			if ti >= len(order) {
				delete(ix.themeAt, key)
			}
		}
		s.Themes, ix.tFirst, ix.tCount = s.Themes[:len(order)], ix.tFirst[:len(order)], ix.tCount[:len(order)]
		return true
	}
	to := make([]int, len(s.Themes))
	for ti := range to {
		to[ti] = -1
	}
	themes, first, count := make([]Theme, len(order)), make([]int, len(order)), make([]int, len(order))
	for k, ti := range order {
		to[ti] = k
		themes[k], first[k], count[k] = s.Themes[ti], ix.tFirst[ti], ix.tCount[ti]
	}
	s.Themes, ix.tFirst, ix.tCount = themes, first, count
	for i, ti := range s.qTheme {
		if ti >= 0 {
			s.qTheme[i] = to[ti]
		}
	}
	for key, ti := range ix.themeAt {
		if to[ti] < 0 {
			delete(ix.themeAt, key)
		} else {
			ix.themeAt[key] = to[ti]
		}
	}
	return true
}

// settleAskers puts the askers in order. Askers are many, and the index
// finds them by place: only an asker gone from the end, or replaced in
// its place by a new one (an asker's name corrected), is followed; any
// other move is not.
func (u *updater) settleAskers() bool {
	s, ix := u.s, u.ix
	var gone []int
	for ai := range u.askerStale {
		if s.Askers[ai].Questions == 0 {
			gone = append(gone, ai)
			continue
		}
		j := slices.Index(s.qAsker, ai)
		ix.aFirst[ai] = j + 1
		u.reshaped = u.reshaped || s.Askers[ai].Person != u.m.Question(j+1).Asker
		s.Askers[ai].Person = u.m.Question(j + 1).Asker
		u.askerMoved = append(u.askerMoved, ai)
	}
	slices.Sort(gone)
	u.reshaped = u.reshaped || len(gone) > 0
	for len(gone) > 0 {
		g, last := gone[len(gone)-1], len(s.Askers)-1
		gone = gone[:len(gone)-1]
		if !ix.askers.forget(s.Askers[g].Person, g) {
			return false
		}
		if g != last { // the newest asker takes its place
			if last < u.askersAtRun || !ix.askers.forget(s.Askers[last].Person, last) ||
				ix.askers.find(s.Askers[last].Person, s.Askers[:g]) != g {
				return false
			}
			s.Askers[g], ix.aFirst[g] = s.Askers[last], ix.aFirst[last]
			for _, i := range u.questions {
				if i < len(s.qAsker) && s.qAsker[i] == last {
					s.qAsker[i] = g
				}
			}
			u.askerMoved = append(u.askerMoved, g)
		}
		s.Askers, ix.aFirst = s.Askers[:last], ix.aFirst[:last]
	}
	for ai := u.askersAtRun; ai < len(s.Askers); ai++ {
		u.askerMoved = append(u.askerMoved, ai)
	}
	f := ix.aFirst
	for _, ai := range u.askerMoved {
		if ai < len(f) && (ai > 0 && f[ai-1] >= f[ai] || ai+1 < len(f) && f[ai] >= f[ai+1]) {
			return false
		}
	}
	return true
}

// settleDepartments drops the departments left with no figure and puts
// the rest in order.
func (u *updater) settleDepartments() {
	s := u.s
	s.Departments = slices.DeleteFunc(s.Departments, func(d Department) bool {
		return d.Addressed+d.Answers+d.OnTheSpot+d.InWriting+d.Forwarded+d.Commitments == 0
	})
	rank := make(map[string]int, len(u.m.Departments))
	for i, md := range u.m.Departments {
		if md == nil {
			continue
		}
		if _, ok := rank[md.Code]; !ok {
			rank[md.Code] = i
		}
	}
	slices.SortStableFunc(s.Departments, func(a, b Department) int {
		ra, oka := rank[a.Code]
		rb, okb := rank[b.Code]
		switch {
		case oka && okb:
			return cmp.Compare(ra, rb)
		case oka != okb:
			return cmp.Compare(b2i(!oka), b2i(!okb))
		}
		return cmp.Compare(a.Code, b.Code)
	})
}

// settleRunning lists the running clocks again: the changed questions'
// and answers' as they are now, and every clock's theme, asker,
// department and done-ness where they now stand.
func (u *updater) settleRunning() {
	s, m := u.s, u.m
	rs := make([]running, 0, len(s.running)+1)
	for _, r := range s.running {
		if r.speaking && !slices.Contains(u.questions, r.q-1) || !r.speaking && !slices.Contains(u.answers, r.a) {
			rs = append(rs, r)
		}
	}
	for _, i := range u.questions {
		if q := m.Questions.At(i + 1); q != nil && q.Speaking.Running() {
			rs = append(rs, running{clock: q.Speaking, speaking: true, q: i + 1})
		}
	}
	for _, ai := range u.answers {
		if a := at0(m.Answers, ai); a != nil && a.Clock.Running() {
			rs = append(rs, running{clock: a.Clock, a: ai})
		}
	}
	for k := range rs {
		r := &rs[k]
		if r.speaking {
			q := m.Question(r.q)
			r.theme, r.asker, r.done, r.limit = s.qTheme[r.q-1], s.qAsker[r.q-1], done(q), m.SpeakLimitOf(q)
			continue
		}
		a := m.Answers[r.a]
		r.dept = slices.IndexFunc(s.Departments, func(d Department) bool { return d.Code == a.Department })
		r.themes, r.dones = nil, nil
		for _, id := range a.Questions {
			th, dn := -1, false
			if q := m.Question(id); q != nil {
				th, dn = s.qTheme[id-1], done(q)
			}
			r.themes, r.dones = append(r.themes, th), append(r.dones, dn)
		}
	}
	s.running = rs
}
