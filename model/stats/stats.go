package stats

import (
	"time"

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

	// What Advance needs: the moment the figures are for, and the clocks
	// that were running.
	at      time.Time
	running []running
	// What Update needs: each question's (by ID-1) theme and asker
	// index (-1 for none), and the rest (index.go). Shared by copies;
	// Update changes them in place.
	qTheme, qAsker []int
	ix             *index
	// kept: the last Update kept the lists' shape (see Reshaped).
	kept bool
}

// Reshaped reports whether the last Update changed what a face lists:
// which departments, themes and askers there are, their names or order,
// or which askers have spoken. After Compute, or an Update that computed
// afresh, it is true. When it is false only the figures changed.
func (s *Stats) Reshaped() bool { return !s.kept }

// running is a clock that was running when the figures were computed, and
// where its time went.
type running struct {
	clock model.Clock
	// A question's speaking clock: its theme, its asker, and whether the
	// question counts in Totals.Done.
	speaking     bool
	q            int // the question's ID
	theme, asker int
	done         bool
	limit        time.Duration // its kind's speaking limit (Header.SpeakLimitFor)
	// An answer's clock: the answer's index, its department, and for each question it covers
	// (in the answer's order) its theme (-1 if the question is gone) and
	// whether it is done.
	a      int
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
			if lim := r.limit; lim > 0 {
				ov := max(cur-lim, 0) - max(old-lim, 0)
				a.Overtime += ov
				s.Totals.Overtime += ov
				a.OverTurns += b2i(cur > lim) - b2i(old > lim)
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
