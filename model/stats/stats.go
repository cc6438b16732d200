package stats

import (
	"slices"
	"time"
	"unicode"
	"unicode/utf8"

	"podium/model"
)

// Stats are a meeting's figures at one moment.
type Stats struct {
	// Departments are those with any figure: addressed by a question,
	// having answered, or owing an outcome. In the meeting's order, then
	// any code not in the meeting's list, sorted.
	Departments []Department
	// Themes are the questions' themes in the order of their first
	// question; "" (questions without a theme) is last if there are any.
	Themes []Theme
	// Askers are the people who put questions, one entry per person (the
	// same name and unit, ignoring case), in the order of their first
	// question.
	Askers []Asker
	Totals Totals

	// What Advance needs: the moment the figures are for, the speaking
	// limit, and the clocks that were running.
	at      time.Time
	limit   time.Duration
	running []running
}

// running is a clock that was running when the figures were computed, and
// where its time went.
type running struct {
	clock model.Clock
	// A question's speaking clock: its theme, its asker, and whether the
	// question counts in Totals.Done.
	speaking     bool
	theme, asker int
	done         bool
	// An answer's clock: its department, and for each question it covers
	// (in the answer's order) its theme (-1 if the question is gone) and
	// whether it is done.
	dept   int
	themes []int
	dones  []bool
}

// Department is one department's figures.
type Department struct {
	Code string
	Name string // the department's name; the code if it is not in the meeting's list

	// Addressed is how many questions name the department, whatever
	// became of them.
	Addressed int

	// The outcomes, in questions: an answer covering three questions
	// answered on the spot counts three. An outcome other than "answered"
	// counts for the department its follow-up names (the one that owes the
	// written answer, tracks the forwarded matter or made the commitment),
	// which is the answering department unless the clerk named another. A
	// question deferred to writing on its own (from the queue, or out of
	// a group while the group was answered) counts for the department its
	// follow-up names, not as that answer's outcome. A question two
	// departments answered (AnswerAgain) counts for each; for one
	// department, its newest answer's outcome. Only ended answers count.
	OnTheSpot   int
	InWriting   int
	Forwarded   int
	Commitments int

	// Answers is how many answers the department gave (or is giving): an
	// answer covering several questions counts once. AnswerTime is their
	// clocks' total at now.
	Answers    int
	AnswerTime time.Duration
}

// Average is the department's average answer time, 0 before its first
// answer.
func (d Department) Average() time.Duration {
	if d.Answers == 0 {
		return 0
	}
	return d.AnswerTime / time.Duration(d.Answers)
}

// Groups are questions counted by where they stand.
type Groups struct {
	Waiting   int // in the queue, never called or postponed
	Live      int // being asked, or awaiting the end of their answer
	Answered  int // answered at the meeting: on the spot, forwarded, or a commitment
	InWriting int // to be answered in writing
	Withdrawn int // withdrawn, or merged into another question
}

// Total is every question counted.
func (g Groups) Total() int { return g.Waiting + g.Live + g.Answered + g.InWriting + g.Withdrawn }

func (g *Groups) add(s model.Status) {
	switch s {
	case model.StatusWaiting:
		g.Waiting++
	case model.StatusAsking, model.StatusAwaiting:
		g.Live++
	case model.StatusAnswered:
		g.Answered++
	case model.StatusInWriting:
		g.InWriting++
	case model.StatusWithdrawn, model.StatusMerged:
		g.Withdrawn++
	}
}

// Theme is one theme's figures.
type Theme struct {
	Name      string // "" for questions without a theme
	Questions Groups
	// Speaking is its questions' speaking clocks; Answering is its share
	// of the answers: an answer covering several questions is split
	// equally among them (to the nanosecond: the first ones get the
	// remainder), each share going to its question's theme.
	Speaking  time.Duration
	Answering time.Duration
}

// Time is the theme's whole time: speaking and answering.
func (t Theme) Time() time.Duration { return t.Speaking + t.Answering }

// Asker is one person's figures.
type Asker struct {
	Person    model.Person // as on their first question
	Questions int          // questions they put
	Spoke     int          // of which they have spoken on (the speaking clock has run)
	Speaking  time.Duration
	// Overtime is the time past the meeting's speaking limit, turn by
	// turn: each question's speaking clock over the limit. OverTurns is
	// how many of their questions went over. A zero limit is never
	// exceeded.
	Overtime  time.Duration
	OverTurns int
}

// Totals are the whole meeting's figures.
type Totals struct {
	Questions Groups
	Asked     int // questions called to the floor (a group's all at once)
	Answers   int // answers given or being given
	Speaking  time.Duration
	Answering time.Duration
	Overtime  time.Duration // speaking time past the limit, all askers

	// Done is how many questions took the floor and are closed (answered,
	// in writing or withdrawn), and DoneTime their speaking time plus
	// their share of the answers that covered them.
	Done     int
	DoneTime time.Duration
}

// Answered is how many questions were answered at the meeting (on the
// spot, forwarded or with a commitment).
func (t Totals) Answered() int { return t.Questions.Answered }

// Average is the time a question took, asking plus answering, over the
// questions done; 0 before the first.
func (t Totals) Average() time.Duration {
	if t.Done == 0 {
		return 0
	}
	return t.DoneTime / time.Duration(t.Done)
}

// Compute derives the figures of m, reading running clocks at now. It
// walks each record once: it is meant to run once per snapshot, with
// Advance moving the running clocks' figures in between.
func Compute(m *model.Meeting, now time.Time) Stats {
	limit := m.Header.SpeakLimit
	s := Stats{at: now, limit: limit}
	type runningAnswer struct {
		clock model.Clock
		a     *model.Answer
	}
	var runningAnswers []runningAnswer

	// Per question: its share of answer time, summed.
	share := make([]time.Duration, len(m.Questions))
	depts := map[string]*Department{}
	dept := func(code string) *Department {
		d := depts[code]
		if d == nil {
			d = &Department{Code: code, Name: code}
			if md := m.DepartmentByCode(code); md != nil {
				d.Name = md.Name
			}
			depts[code] = d
		}
		return d
	}

	// Answers: time per department, split per question; outcomes per
	// (department, question), the newest answer's winning. A question's
	// outcomes are a short chain (one entry per department that answered
	// it), so no map is needed.
	type entry struct {
		dept    string
		outcome model.Outcome
		next    int // the question's next entry, -1 at the end
	}
	var entries []entry
	head := make([]int, len(m.Questions)) // question ID-1 → its first entry + 1; 0: none
	setOutcome := func(dept string, id int, o model.Outcome) {
		for e := head[id-1] - 1; e >= 0; e = entries[e].next {
			if entries[e].dept == dept {
				entries[e].outcome = o
				return
			}
		}
		entries = append(entries, entry{dept: dept, outcome: o, next: head[id-1] - 1})
		head[id-1] = len(entries)
	}
	followUpOf := make([]*model.FollowUp, len(m.Answers)) // answer ID-1 → the follow-up its outcome opened
	for _, f := range m.FollowUps {
		if f != nil && f.Answer >= 1 && f.Answer <= len(followUpOf) && followUpOf[f.Answer-1] == nil {
			followUpOf[f.Answer-1] = f
		}
	}
	// When questions were deferred to writing on their own (a follow-up
	// no answer opened).
	ownWriting := map[int]time.Time{}
	for _, f := range m.FollowUps {
		if f != nil && f.Source == model.SourceWrittenAnswer && f.Answer == 0 {
			for _, id := range f.Questions {
				ownWriting[id] = f.Created
			}
		}
	}
	for ai, a := range m.Answers {
		if a == nil {
			continue
		}
		el := a.Clock.Elapsed(now)
		d := dept(a.Department)
		d.Answers++
		d.AnswerTime += el
		s.Totals.Answers++
		s.Totals.Answering += el
		for i, id := range a.Questions {
			if id >= 1 && id <= len(share) {
				share[id-1] += split(el, len(a.Questions), i)
			}
		}
		if a.Clock.Running() {
			runningAnswers = append(runningAnswers, runningAnswer{a.Clock, a})
		}
		if a.End.IsZero() || a.Outcome == model.OutcomeNone {
			continue
		}
		owner := a.Department
		if a.Outcome != model.OutcomeAnswered {
			if f := followUpOf[ai]; f != nil && f.Department != "" {
				owner = f.Department
			}
		}
		for _, id := range a.Questions {
			q := m.Question(id)
			if q == nil {
				continue
			}
			// A question of a group deferred to writing on its own while
			// this answer was given left it: its own follow-up counts it.
			if t, ok := ownWriting[id]; ok && !t.Before(a.Start) && (a.End.IsZero() || !t.After(a.End)) {
				continue
			}
			setOutcome(owner, id, a.Outcome)
		}
	}
	// Questions deferred to writing without an answer of their own.
	for _, f := range m.FollowUps {
		if f == nil || f.Source != model.SourceWrittenAnswer || f.Answer != 0 {
			continue
		}
		for _, id := range f.Questions {
			if q := m.Question(id); q != nil && q.Status == model.StatusInWriting {
				setOutcome(f.Department, id, model.OutcomeInWriting)
			}
		}
	}
	for _, e := range entries {
		d := dept(e.dept)
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

	// Questions: addressed, themes, askers, totals.
	themes := map[string]int{}
	askers := newAskerIndex(len(m.Questions))
	s.Askers = make([]Asker, 0, len(m.Questions))
	for i, q := range m.Questions {
		if q == nil {
			continue
		}
		for _, code := range q.Departments {
			dept(code).Addressed++
		}
		sp := q.Speaking.Elapsed(now)
		called := !q.CalledAt.IsZero()

		ti, ok := themes[q.Theme]
		if !ok {
			ti = len(s.Themes)
			themes[q.Theme] = ti
			s.Themes = append(s.Themes, Theme{Name: q.Theme})
		}
		th := &s.Themes[ti]
		th.Questions.add(q.Status)
		th.Speaking += sp
		th.Answering += share[i]

		ai := askers.find(q.Asker, s.Askers)
		if ai == len(s.Askers) {
			s.Askers = append(s.Askers, Asker{Person: q.Asker})
		}
		as := &s.Askers[ai]
		as.Questions++
		as.Speaking += sp
		if q.Speaking.Running() || q.Speaking.Accumulated > 0 {
			as.Spoke++
		}
		if limit > 0 && sp > limit {
			as.Overtime += sp - limit
			as.OverTurns++
			s.Totals.Overtime += sp - limit
		}

		t := &s.Totals
		t.Questions.add(q.Status)
		t.Speaking += sp
		if called {
			t.Asked++
		}
		if done(q) {
			t.Done++
			t.DoneTime += sp + share[i]
		}
		if q.Speaking.Running() {
			s.running = append(s.running, running{clock: q.Speaking, speaking: true, theme: ti, asker: ai, done: done(q)})
		}
	}
	// Questions without a theme go last; the running clocks' theme
	// indexes follow.
	moved := func(j int) int { return j }
	if i, ok := themes[""]; ok && i != len(s.Themes)-1 {
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
	}

	// Departments in the meeting's order, then unknown codes.
	for _, md := range m.Departments {
		if md == nil {
			continue
		}
		if d := depts[md.Code]; d != nil {
			s.Departments = append(s.Departments, *d)
			delete(depts, md.Code)
		}
	}
	rest := make([]string, 0, len(depts))
	for code := range depts {
		rest = append(rest, code)
	}
	slices.Sort(rest)
	for _, code := range rest {
		s.Departments = append(s.Departments, *depts[code])
	}

	for _, ra := range runningAnswers {
		r := running{clock: ra.clock, dept: slices.IndexFunc(s.Departments, func(d Department) bool { return d.Code == ra.a.Department })}
		for _, id := range ra.a.Questions {
			th, dn := -1, false
			if q := m.Question(id); q != nil {
				th, dn = moved(themes[q.Theme]), done(q)
			}
			r.themes = append(r.themes, th)
			r.dones = append(r.dones, dn)
		}
		s.running = append(s.running, r)
	}
	return s
}

// done reports whether q took the floor and is closed: answered, in
// writing or withdrawn. Its time counts in the average per question.
func done(q *model.Question) bool {
	if q.CalledAt.IsZero() {
		return false
	}
	switch q.Status {
	case model.StatusAnswered, model.StatusInWriting, model.StatusWithdrawn:
		return true
	}
	return false
}

// split is the i-th of n equal shares of d, to the nanosecond: the first
// d%n shares are a nanosecond longer, so the shares add up to d.
func split(d time.Duration, n, i int) time.Duration {
	share := d / time.Duration(n)
	if time.Duration(i) < d%time.Duration(n) {
		share++
	}
	return share
}

// Advance moves the figures to now: only what running clocks measure
// changes, so it costs the running clocks, not the meeting. Afterwards s
// is what Compute would give for the same meeting at now. It changes s in
// place; a copy of s shares its slices.
func (s *Stats) Advance(now time.Time) {
	for _, r := range s.running {
		old, cur := r.clock.Elapsed(s.at), r.clock.Elapsed(now)
		if old == cur {
			continue
		}
		if r.speaking {
			d := cur - old
			a := &s.Askers[r.asker]
			a.Speaking += d
			s.Themes[r.theme].Speaking += d
			s.Totals.Speaking += d
			if r.done {
				s.Totals.DoneTime += d
			}
			if s.limit > 0 {
				ov := max(cur-s.limit, 0) - max(old-s.limit, 0)
				a.Overtime += ov
				s.Totals.Overtime += ov
				a.OverTurns += b2i(cur > s.limit) - b2i(old > s.limit)
			}
			continue
		}
		s.Departments[r.dept].AnswerTime += cur - old
		s.Totals.Answering += cur - old
		for i, th := range r.themes {
			d := split(cur, len(r.themes), i) - split(old, len(r.themes), i)
			if th >= 0 {
				s.Themes[th].Answering += d
			}
			if r.dones[i] {
				s.Totals.DoneTime += d
			}
		}
	}
	s.at = now
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Askers are one person when their name and unit are the same but for
// case. Their key is a 64-bit FNV-1a hash of both in lower case, checked
// against the person it finds; a clash falls back to the folded strings.
// A meeting of 10,000 questions must not build 10,000 lower-case strings
// for every snapshot.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

type askerIndex struct {
	byHash  map[uint64]int
	clashes map[string]int // the rare askers whose hash another asker has
	hash    func(model.Person) uint64
}

func newAskerIndex(n int) *askerIndex {
	return &askerIndex{byHash: make(map[uint64]int, n), hash: askerHash}
}

func askerHash(p model.Person) uint64 {
	return foldHash((foldHash(fnvOffset, p.Name)^0xff)*fnvPrime, p.Unit)
}

// find returns p's index in askers, or len(askers) for someone new (whom
// the caller appends).
func (x *askerIndex) find(p model.Person, askers []Asker) int {
	h := x.hash(p)
	i, ok := x.byHash[h]
	switch {
	case !ok:
		x.byHash[h] = len(askers)
		return len(askers)
	case foldEqual(askers[i].Person.Name, p.Name) && foldEqual(askers[i].Person.Unit, p.Unit):
		return i
	}
	if x.clashes == nil {
		x.clashes = map[string]int{}
	}
	k := string(fold(append(fold(nil, p.Name), 0), p.Unit))
	if i, ok := x.clashes[k]; ok {
		return i
	}
	x.clashes[k] = len(askers)
	return len(askers)
}

func foldHash(h uint64, s string) uint64 {
	for _, r := range s {
		h ^= uint64(lower(r))
		h *= fnvPrime
	}
	return h
}

// foldEqual reports whether a and b are the same but for case.
func foldEqual(a, b string) bool {
	if a == b {
		return true
	}
	for _, ra := range a {
		rb, n := utf8.DecodeRuneInString(b)
		if n == 0 || lower(ra) != lower(rb) {
			return false
		}
		b = b[n:]
	}
	return b == ""
}

// fold appends s in lower case to b.
func fold(b []byte, s string) []byte {
	for _, r := range s {
		b = utf8.AppendRune(b, lower(r))
	}
	return b
}

// lower is unicode.ToLower, with the runes Vietnamese names are made of
// answered without a table search.
func lower(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case r >= 0xc0 && r <= 0xde && r != 0xd7: // À–Þ
		return r + 0x20
	case r >= 0xdf && r <= 0xff: // already lower case
		return r
	case r >= 0x1ea0 && r <= 0x1eff: // Ạ ạ … Ỹ ỹ: upper even, lower odd
		return r | 1
	}
	return unicode.ToLower(r)
}
