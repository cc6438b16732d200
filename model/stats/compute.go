package stats

import (
	"slices"
	"time"

	"podium/model"
)

// Compute derives the figures of m, reading running clocks at now. It
// walks each record once: it is meant to run once per snapshot, with
// Advance moving the running clocks' figures in between.
func Compute(m *model.Meeting, now time.Time) Stats {
	c := &computation{
		m:     m,
		now:   now,
		s:     Stats{at: now},
		share: make([]time.Duration, m.Questions.Len()),
		depts: map[string]*Department{},
		out:   outcomes{head: make([]int, m.Questions.Len())},
	}
	c.answers()
	c.questions()
	moved := c.noThemeLast()
	for i, ti := range c.s.qTheme {
		if ti >= 0 {
			c.s.qTheme[i] = moved(ti)
		}
	}
	c.orderDepartments()
	c.runningAnswers(moved)
	c.s.ix = c.index(moved)
	return c.s
}

// computation is Compute's state while it walks the meeting.
type computation struct {
	m   *model.Meeting
	now time.Time
	s   Stats

	share   []time.Duration        // per question (ID-1): its share of answer time, summed
	depts   map[string]*Department // by code, until they are put in order
	out     outcomes
	themes  map[string]int // theme name → index in s.Themes
	fold    themeFold      // the themes folded, and the list's spellings (themes.go)
	running []int          // the answers (by index) whose clock runs

	// For Update (index.go): per theme (before noThemeLast) and per
	// asker, the first question's ID and how many questions.
	tFirst, tCount, aFirst []int
	askers                 *askerIndex
}

// dept is the figures of the department code, made on first use.
func (c *computation) dept(code string) *Department {
	d := c.depts[code]
	if d == nil {
		d = &Department{Code: code, Name: code}
		if md := c.m.DepartmentByCode(code); md != nil {
			d.Name = md.Name
		}
		c.depts[code] = d
	}
	return d
}

// outcomes are the outcomes per (department, question), the newest
// answer's winning. A question's outcomes are a short chain (one entry per
// department that answered it), so no map is needed.
type outcomes struct {
	entries []outcomeEntry
	head    []int // question ID-1 → its first entry + 1; 0: none
}

type outcomeEntry struct {
	dept    string
	outcome model.Outcome
	next    int // the question's next entry, -1 at the end
}

func (o *outcomes) set(dept string, id int, out model.Outcome) {
	for e := o.head[id-1] - 1; e >= 0; e = o.entries[e].next {
		if o.entries[e].dept == dept {
			o.entries[e].outcome = out
			return
		}
	}
	o.entries = append(o.entries, outcomeEntry{dept: dept, outcome: out, next: o.head[id-1] - 1})
	o.head[id-1] = len(o.entries)
}

// answers counts the answers: time per department, split per question,
// and the outcomes per department.
func (c *computation) answers() {
	m := c.m
	followUpOf := make([]*model.FollowUp, len(m.Answers)) // answer ID-1 → the follow-up its outcome opened
	// When questions were deferred to writing on their own (a follow-up
	// no answer opened).
	ownWriting := map[int]time.Time{}
	for _, f := range m.FollowUps {
		if f == nil {
			continue
		}
		if f.Answer >= 1 && f.Answer <= len(followUpOf) && followUpOf[f.Answer-1] == nil {
			followUpOf[f.Answer-1] = f
		}
		if f.Source == model.SourceWrittenAnswer && f.Answer == 0 {
			for _, id := range f.Questions {
				ownWriting[id] = f.Created
			}
		}
	}
	for ai, a := range m.Answers {
		if a != nil {
			c.answerTime(ai, a)
			c.answerOutcome(a, followUpOf[ai], ownWriting)
		}
	}
	// Questions deferred to writing without an answer of their own.
	for _, f := range m.FollowUps {
		if f == nil || f.Source != model.SourceWrittenAnswer || f.Answer != 0 {
			continue
		}
		for _, id := range f.Questions {
			if q := m.Question(id); q != nil && q.Status == model.StatusInWriting {
				c.out.set(f.Department, id, model.OutcomeInWriting)
			}
		}
	}
	for _, e := range c.out.entries {
		d := c.dept(e.dept)
		switch e.outcome {
		case model.OutcomeAnswered:
			d.OnTheSpot++
		case model.OutcomeInWriting:
			d.InWriting++
		case model.OutcomeForwarded:
			d.Forwarded++
		case model.OutcomeCommitment:
			d.Commitments++
		}
	}
}

// answerTime counts a's clock for its department, the totals and the
// questions it covers.
func (c *computation) answerTime(ai int, a *model.Answer) {
	el := a.Clock.Elapsed(c.now)
	d := c.dept(a.Department)
	d.Answers++
	d.AnswerTime += el
	c.s.Totals.Answers++
	c.s.Totals.Answering += el
	for i, id := range a.Questions {
		if id >= 1 && id <= len(c.share) {
			c.share[id-1] += split(el, len(a.Questions), i)
		}
	}
	if a.Clock.Running() {
		c.running = append(c.running, ai)
	}
}

// answerOutcome records an ended answer's outcome for each question it
// covers, for the department that owes it: the one its follow-up f names
// when the outcome is not "answered", else the answering one.
func (c *computation) answerOutcome(a *model.Answer, f *model.FollowUp, ownWriting map[int]time.Time) {
	if a.End.IsZero() || a.Outcome == model.OutcomeNone {
		return
	}
	owner := a.Department
	if a.Outcome != model.OutcomeAnswered && f != nil && f.Department != "" {
		owner = f.Department
	}
	for _, id := range a.Questions {
		if c.m.Question(id) == nil {
			continue
		}
		// A question of a group deferred to writing on its own while
		// this answer was given left it: its own follow-up counts it.
		if t, ok := ownWriting[id]; ok && !t.Before(a.Start) && (a.End.IsZero() || !t.After(a.End)) {
			continue
		}
		c.out.set(owner, id, a.Outcome)
	}
}

// questions counts the questions: addressed, themes, askers, totals.
func (c *computation) questions() {
	c.themes = map[string]int{}
	askers := newAskerIndex(c.m.Questions.Len())
	c.askers = askers
	c.s.Askers = make([]Asker, 0, c.m.Questions.Len())
	c.s.qTheme, c.s.qAsker = make([]int, c.m.Questions.Len()), make([]int, c.m.Questions.Len())
	for id, q := range c.m.Questions.All() {
		i := id - 1
		if q == nil {
			c.s.qTheme[i], c.s.qAsker[i] = -1, -1
			continue
		}
		for _, code := range q.Departments {
			c.dept(code).Addressed++
		}
		sp := q.Speaking.Elapsed(c.now)
		ti := c.theme(q, sp, c.share[i])
		ai := c.asker(askers, q, sp)
		if ti == len(c.tFirst) {
			c.tFirst, c.tCount = append(c.tFirst, i+1), append(c.tCount, 0)
		}
		if ai == len(c.aFirst) {
			c.aFirst = append(c.aFirst, i+1)
		}
		c.tCount[ti]++
		c.s.qTheme[i], c.s.qAsker[i] = ti, ai
		t := &c.s.Totals
		t.Questions.add(q.Status)
		t.Speaking += sp
		if !q.CalledAt.IsZero() {
			t.Asked++
		}
		if done(q) {
			t.Done++
			t.DoneTime += sp + c.share[i]
		}
		if q.Speaking.Running() {
			c.s.running = append(c.s.running, running{clock: q.Speaking, speaking: true, q: q.ID, theme: ti, asker: ai, done: done(q), limit: c.m.SpeakLimitOf(q)})
		}
	}
}

// theme counts q, its speaking time sp and its share of answers in its
// theme's figures, and returns the theme's index.
func (c *computation) theme(q *model.Question, sp, share time.Duration) int {
	ti, ok := c.themes[q.Theme]
	if !ok {
		ti = c.themeIndex(q.Theme)
		c.themes[q.Theme] = ti
	}
	th := &c.s.Themes[ti]
	th.Questions.add(q.Status)
	th.Speaking += sp
	th.Answering += share
	return ti
}

// asker counts q and its speaking time sp in its asker's figures (and the
// overtime in the totals), and returns the asker's index.
func (c *computation) asker(askers *askerIndex, q *model.Question, sp time.Duration) int {
	ai := askers.find(q.Asker, c.s.Askers)
	if ai == len(c.s.Askers) {
		c.s.Askers = append(c.s.Askers, Asker{Person: q.Asker})
	}
	as := &c.s.Askers[ai]
	as.Questions++
	as.Speaking += sp
	if q.Speaking.Running() || q.Speaking.Accumulated > 0 {
		as.Spoke++
	}
	if limit := c.m.SpeakLimitOf(q); limit > 0 && sp > limit {
		as.Overtime += sp - limit
		as.OverTurns++
		c.s.Totals.Overtime += sp - limit
	}
	return ai
}

// noThemeLast puts the questions without a theme last, and the running
// clocks' theme indexes with them. It returns where a theme index went.
func (c *computation) noThemeLast() (moved func(int) int) {
	s := &c.s
	i, ok := c.themes[""]
	if !ok || i == len(s.Themes)-1 {
		return func(j int) int { return j }
	}
	th := s.Themes[i]
	s.Themes = append(slices.Delete(s.Themes, i, i+1), th)
	moved = func(j int) int {
		switch {
		case j == i:
			return len(s.Themes) - 1
		case j > i:
			return j - 1
		}
		return j
	}
	for k := range s.running {
		s.running[k].theme = moved(s.running[k].theme)
	}
	return moved
}

// orderDepartments lists the departments in the meeting's order, then
// the unknown codes, sorted.
func (c *computation) orderDepartments() {
	for _, md := range c.m.Departments {
		if md == nil {
			continue
		}
		if d := c.depts[md.Code]; d != nil {
			c.s.Departments = append(c.s.Departments, *d)
			delete(c.depts, md.Code)
		}
	}
	rest := make([]string, 0, len(c.depts))
	for code := range c.depts {
		rest = append(rest, code)
	}
	slices.Sort(rest)
	for _, code := range rest {
		c.s.Departments = append(c.s.Departments, *c.depts[code])
	}
}

// runningAnswers notes where each running answer's time goes, for
// Advance: its department, and each question's theme (moved by
// noThemeLast) and whether it is done.
func (c *computation) runningAnswers(moved func(int) int) {
	for _, ai := range c.running {
		a := c.m.Answers[ai]
		r := running{clock: a.Clock, a: ai, dept: slices.IndexFunc(c.s.Departments, func(d Department) bool { return d.Code == a.Department })}
		for _, id := range a.Questions {
			th, dn := -1, false
			if q := c.m.Question(id); q != nil {
				th, dn = moved(c.themes[q.Theme]), done(q)
			}
			r.themes = append(r.themes, th)
			r.dones = append(r.dones, dn)
		}
		c.s.running = append(c.s.running, r)
	}
}
