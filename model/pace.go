package model

import "time"

// Pace is the forecast the moderator watches: at today's average time per
// question, how many of the waiting questions fit before the dialogue's
// planned end.
//
// Only the dialogue's time is question time: a question called during the
// opening or a ceremony counts neither for nor against the average, and
// before the dialogue starts the forecast is the limits' over the
// dialogue's planned length (the items before it are not question time).
type Pace struct {
	PerQuestion time.Duration // average asking plus answering time per question
	Estimated   bool          // no question is done in the dialogue yet, or it has not started: PerQuestion is the limits'
	Done        int           // questions taken up and closed in the dialogue
	Waiting     int
	Fit         int           // how many of the waiting fit
	Left        time.Duration // until the dialogue's planned end (negative: past it)
	Known       bool          // false when there is no planned end to measure against
	Ahead       bool          // the dialogue has not started: Fit is over its planned length, not Left
}

// span is an agenda item's time: from Start until End, or on if End is zero.
type span struct{ start, end time.Time }

func (s span) holds(t time.Time) bool {
	return !t.Before(s.start) && (s.end.IsZero() || t.Before(s.end))
}

// questionTime is when questions were taken: the dialogue items that have
// started. all is true when the meeting cannot tell (no agenda, or no item
// marked as the dialogue): then every question counts.
func (m *Meeting) questionTime() (spans []span, all bool) {
	a := m.Agenda
	marked := false
	for i, it := range a.Items {
		if !it.Dialogue {
			continue
		}
		marked = true
		if i+1 <= a.Current && !it.Start.IsZero() {
			spans = append(spans, span{it.Start, it.End})
		}
	}
	return spans, !marked
}

// Pace works out the forecast at now.
func (m *Meeting) Pace(now time.Time) Pace { return m.PaceAfter(&PaceTally{}, now) }

// PaceAfter is Pace, with t the tally of the snapshot before (zero the
// first time): it follows the questions m replaced instead of reading
// every question (pacetally.go), and leaves m's tally in t.
func (m *Meeting) PaceAfter(t *PaceTally, now time.Time) Pace {
	p := Pace{Waiting: m.Queue.Len()}
	spans, all := m.questionTime()
	// The dialogue under way, if any: the current item, or the whole
	// meeting when there is no dialogue item to tell.
	var under *AgendaItem
	if it := m.Agenda.Item(); it != nil && it.Dialogue {
		under = it
	}
	p.Ahead = !all && under == nil
	t.follow(m.Questions, spans, all)
	done := t.done
	p.Done = t.n
	total := t.stopped
	for _, q := range t.running {
		total += q.Speaking.Elapsed(now)
	}
	for _, a := range m.Answers {
		if a == nil || len(a.Questions) == 0 {
			continue
		}
		share := a.Clock.Elapsed(now) / time.Duration(len(a.Questions))
		for _, id := range a.Questions {
			if id > 0 && id < len(done) && done[id] {
				total += share
			}
		}
	}
	if p.Done > 0 && !p.Ahead {
		p.PerQuestion = total / time.Duration(p.Done)
	}
	if p.PerQuestion <= 0 {
		p.PerQuestion, p.Estimated = m.QueueSpeakLimit()+m.Header.AnswerLimit, true
	}
	end, ok := m.DialogueEnd(now)
	if !ok {
		return p
	}
	p.Known, p.Left = true, end.Sub(now)
	left := p.Left
	switch {
	case p.Ahead:
		// The items before the dialogue are not question time, nor is a
		// question on the floor during them: the whole dialogue is ahead.
		left = m.nextDialogue().Planned
	default:
		// What is on the floor now takes the rest of an average question.
		if spent, on := m.floorSpent(now, under); on {
			left -= max(0, p.PerQuestion-spent)
		}
	}
	if left > 0 && p.PerQuestion > 0 {
		p.Fit = min(p.Waiting, int(left/p.PerQuestion))
	}
	return p
}

// floorSpent is how long what is on the floor has taken so far (its asking
// and its answer), and whether a clock runs there; what it spent before the
// dialogue under way started does not count.
func (m *Meeting) floorSpent(now time.Time, under *AgendaItem) (time.Duration, bool) {
	k, on := m.RunningClock()
	if !on {
		return 0, false
	}
	spent := k.Elapsed(now)
	if a := m.FloorAnswer(); a != nil {
		for _, id := range m.Floor.Questions {
			if q := m.Question(id); q != nil {
				spent += q.Speaking.Elapsed(now)
			}
		}
	}
	if under != nil {
		spent = min(spent, max(0, now.Sub(under.Start)))
	}
	return spent, true
}

// nextDialogue is the first dialogue item still to come; DialogueEnd has
// found one when the dialogue is ahead.
func (m *Meeting) nextDialogue() AgendaItem {
	a := m.Agenda
	for i, it := range a.Items {
		if i+1 > a.Current && it.Dialogue {
			return it
		}
	}
	return AgendaItem{}
}
