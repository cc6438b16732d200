package stats

import (
	"slices"
	"time"

	"podium/model"
)

// The terms of Compute's sums, counted with u.sign: what one question,
// one answer, one answer's share of one question, and one question's
// outcomes add to the figures, read off u.m at u.now.

// dept is the figures of the department code, made on first use as
// Compute makes them.
func (u *updater) dept(code string) *Department {
	s := u.s
	i, ok := u.depts[code]
	if !ok {
		d := Department{Code: code, Name: code}
		if md := u.m.DepartmentByCode(code); md != nil {
			d.Name = md.Name
		}
		i = len(s.Departments)
		s.Departments = append(s.Departments, d)
		u.depts[code] = i
	}
	return &s.Departments[i]
}

// question counts question q (at index i): the departments it names, its
// theme, its asker, the totals, its speaking time where it is done.
func (u *updater) question(i int, q *model.Question) {
	s, sign, d := u.s, u.sign, time.Duration(u.sign)
	for _, code := range q.Departments {
		u.dept(code).Addressed += sign
	}
	sp, lim := q.Speaking.Elapsed(u.now), u.m.SpeakLimitOf(q)
	ti := u.theme(i, q)
	ai := u.asker(i, q)
	th, as, t := &s.Themes[ti], &s.Askers[ai], &s.Totals
	if _, ok := u.spokeBefore[ai]; !ok && ai < u.askersAtRun {
		u.spokeBefore[ai] = as.Spoke > 0
	}
	th.Questions.addN(q.Status, sign)
	th.Speaking += d * sp
	as.Questions += sign
	as.Speaking += d * sp
	if q.Speaking.Running() || q.Speaking.Accumulated > 0 {
		as.Spoke += sign
	}
	if lim > 0 && sp > lim {
		as.Overtime += d * (sp - lim)
		as.OverTurns += sign
		t.Overtime += d * (sp - lim)
	}
	t.Questions.addN(q.Status, sign)
	t.Speaking += d * sp
	if !q.CalledAt.IsZero() {
		t.Asked += sign
	}
	if done(q) {
		t.Done += sign
		t.DoneTime += d * sp
	}
}

// theme is question q's (at index i) theme: taking it out, the one it
// had; counting it, the one it has, made if new. It keeps each theme's
// first question: one that leaves it is found again by settleThemes.
func (u *updater) theme(i int, q *model.Question) int {
	s, ix, id := u.s, u.ix, i+1
	if u.sign < 0 {
		ti := s.qTheme[i]
		ix.tCount[ti]--
		if ix.tFirst[ti] == id {
			u.themeStale[ti] = true
		}
		return ti
	}
	key, name := ix.spelled(q.Theme)
	ti, ok := ix.themeAt[key]
	switch {
	case !ok:
		ti = len(s.Themes)
		s.Themes = append(s.Themes, Theme{Name: name})
		ix.tFirst, ix.tCount = append(ix.tFirst, id), append(ix.tCount, 0)
		ix.themeAt[key] = ti
	case id < ix.tFirst[ti] || u.themeStale[ti] && id == ix.tFirst[ti]:
		ix.tFirst[ti] = id
		s.Themes[ti].Name = name
		delete(u.themeStale, ti)
	}
	ix.tCount[ti]++
	s.qTheme[i] = ti
	return ti
}

// asker is question q's (at index i) asker, as theme is its theme.
func (u *updater) asker(i int, q *model.Question) int {
	s, ix, id := u.s, u.ix, i+1
	if u.sign < 0 {
		ai := s.qAsker[i]
		if ix.aFirst[ai] == id {
			u.askerStale[ai] = true
		}
		return ai
	}
	ai, ok := ix.askers.lookup(q.Asker, s.Askers)
	switch {
	case !ok:
		ai = ix.askers.find(q.Asker, s.Askers)
		s.Askers = append(s.Askers, Asker{Person: q.Asker})
		ix.aFirst = append(ix.aFirst, id)
	case id < ix.aFirst[ai] || u.askerStale[ai] && id == ix.aFirst[ai]:
		if id != ix.aFirst[ai] {
			u.askerMoved = append(u.askerMoved, ai)
		}
		ix.aFirst[ai] = id
		u.reshaped = u.reshaped || s.Askers[ai].Person != q.Asker
		s.Askers[ai].Person = q.Asker
		delete(u.askerStale, ai)
	}
	s.qAsker[i] = ai
	return ai
}

// answer counts answer a: its department's answers and time, the totals,
// and its share of each question it covers.
func (u *updater) answer(a *model.Answer) {
	el, d := a.Clock.Elapsed(u.now), time.Duration(u.sign)
	dp := u.dept(a.Department)
	dp.Answers += u.sign
	dp.AnswerTime += d * el
	u.s.Totals.Answers += u.sign
	u.s.Totals.Answering += d * el
	for k, id := range a.Questions {
		u.share(id, split(el, len(a.Questions), k))
	}
}

// share counts part, an answer's share of question id, in its theme and,
// if it is done, in the time of the questions done.
func (u *updater) share(id int, part time.Duration) {
	q := u.m.Question(id)
	if q == nil {
		return
	}
	d := time.Duration(u.sign)
	u.s.Themes[u.s.qTheme[id-1]].Answering += d * part
	if done(q) {
		u.s.Totals.DoneTime += d * part
	}
}

// shares counts the shares of question i that the unchanged answers
// give it (the changed ones count theirs in answer).
func (u *updater) shares(i int) {
	id := i + 1
	if u.m.Question(id) == nil {
		return
	}
	u.buf = u.ix.qAnswers.records(id, u.buf)
	for _, ai := range u.buf {
		a := at0(u.m.Answers, ai)
		if a == nil || slices.Contains(u.answers, ai) {
			continue
		}
		el := a.Clock.Elapsed(u.now)
		for k, qid := range a.Questions {
			if qid == id {
				u.share(id, split(el, len(a.Questions), k))
			}
		}
	}
}

// addN counts n more (or fewer) questions of status st.
func (g *Groups) addN(st model.Status, n int) {
	var one Groups
	one.add(st)
	g.Waiting += n * one.Waiting
	g.Live += n * one.Live
	g.Answered += n * one.Answered
	g.InWriting += n * one.InWriting
	g.Withdrawn += n * one.Withdrawn
}
