package stats

import (
	"slices"
	"time"

	"podium/model"
)

// maxChanged is the most changed questions Update follows; more, and
// Compute is as cheap.
const maxChanged = 64

// Update moves s, the figures of old, to m's at now, following only the
// questions m replaced, when that is all the commit changed that the
// figures read: the same answers, follow-ups, departments, themes and
// limits, as many questions, and each changed question with the same ID,
// theme, asker and departments and neither before nor after in writing
// (a follow-up with no answer counts those). It reports whether it did;
// if not, s is as it was and the caller computes afresh. Afterwards s is
// what Compute would give for m at now (to the order of its running
// clocks, which no figure depends on). Like Advance it changes s in
// place. It costs a pointer comparison per record and the changed
// questions, not the meeting.
func (s *Stats) Update(old, m *model.Meeting, now time.Time) bool {
	changed, ok := updatable(old, m, len(s.qTheme))
	if !ok {
		return false
	}
	s.Advance(now)
	for _, i := range changed {
		s.follow(old.Questions[i], -1, m, now)
		s.follow(m.Questions[i], 1, m, now)
	}
	return true
}

// updatable lists the indexes of the questions m replaced, and reports
// whether Update can follow them.
func updatable(old, m *model.Meeting, n int) ([]int, bool) {
	if old == nil || m == nil || len(old.Questions) != len(m.Questions) || n != len(m.Questions) ||
		m.Header.SpeakLimit != old.Header.SpeakLimit || m.Header.KindLimits != old.Header.KindLimits ||
		!slices.Equal(old.Themes, m.Themes) || !slices.Equal(old.Departments, m.Departments) ||
		!slices.Equal(old.Answers, m.Answers) || !slices.Equal(old.FollowUps, m.FollowUps) {
		return nil, false
	}
	var changed []int
	for i, q := range m.Questions {
		was := old.Questions[i]
		if was == q {
			continue
		}
		if len(changed) == maxChanged || was == nil || q == nil || was.ID != q.ID || was.Theme != q.Theme ||
			was.Asker != q.Asker || !slices.Equal(was.Departments, q.Departments) ||
			was.Status == model.StatusInWriting || q.Status == model.StatusInWriting {
			return nil, false
		}
		changed = append(changed, i)
	}
	return changed, true
}

// follow adds q's figures at now to s (sign 1) or takes them out (-1),
// its running speaking clock and its done-ness in running answers with
// them.
func (s *Stats) follow(q *model.Question, sign int, m *model.Meeting, now time.Time) {
	id, d := q.ID, time.Duration(sign)
	ti, ai := s.qTheme[id-1], s.qAsker[id-1]
	sp, lim, dn := q.Speaking.Elapsed(now), m.SpeakLimitOf(q), done(q)
	th, as, t := &s.Themes[ti], &s.Askers[ai], &s.Totals
	th.Questions.addN(q.Status, sign)
	th.Speaking += d * sp
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
	if dn {
		t.Done += sign
		t.DoneTime += d * (sp + share(m, id, now))
	}
	if sign < 0 {
		s.running = slices.DeleteFunc(s.running, func(r running) bool { return r.speaking && r.q == id })
	} else if q.Speaking.Running() {
		s.running = append(s.running, running{clock: q.Speaking, speaking: true, q: id, theme: ti, asker: ai, done: dn, limit: lim})
	}
	for _, r := range s.running {
		for k, qid := range r.ids {
			if qid == id {
				r.dones[k] = dn
			}
		}
	}
}

// share is question id's share of the answers that covered it, at now.
func share(m *model.Meeting, id int, now time.Time) time.Duration {
	var sum time.Duration
	for _, a := range m.Answers {
		if a == nil {
			continue
		}
		for i, qid := range a.Questions {
			if qid == id {
				sum += split(a.Clock.Elapsed(now), len(a.Questions), i)
			}
		}
	}
	return sum
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
