package model

import "time"

// Pace is the forecast the moderator watches: at today's average time per
// question, how many of the waiting questions fit before the dialogue's
// planned end.
type Pace struct {
	PerQuestion time.Duration // average asking plus answering time per question
	Estimated   bool          // no question is done yet: PerQuestion is the limits'
	Done        int           // questions taken up and closed
	Waiting     int
	Fit         int           // how many of the waiting fit
	Left        time.Duration // until the dialogue's planned end (negative: past it)
	Known       bool          // false when there is no planned end to measure against
}

// Pace works out the forecast at now.
func (m *Meeting) Pace(now time.Time) Pace {
	p := Pace{Waiting: len(m.Queue)}
	done := make([]bool, len(m.Questions)+1) // by ID; a map here cost 280 KB a tick at 10,000 questions
	var total time.Duration
	for _, q := range m.Questions {
		if q == nil || q.CalledAt.IsZero() {
			continue
		}
		if q.Status == StatusAnswered || q.Status == StatusInWriting {
			done[q.ID] = true
			p.Done++
			total += q.Speaking.Elapsed(now)
		}
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
	if p.Done > 0 {
		p.PerQuestion = total / time.Duration(p.Done)
	}
	if p.PerQuestion <= 0 {
		p.PerQuestion, p.Estimated = m.Header.SpeakLimit+m.Header.AnswerLimit, true
	}
	end, ok := m.DialogueEnd(now)
	if !ok {
		return p
	}
	p.Known, p.Left = true, end.Sub(now)
	// What is on the floor now takes the rest of an average question.
	left := p.Left
	if k, on := m.RunningClock(); on {
		spent := k.Elapsed(now)
		if a := m.FloorAnswer(); a != nil {
			for _, id := range m.Floor.Questions {
				if q := m.Question(id); q != nil {
					spent += q.Speaking.Elapsed(now)
				}
			}
		}
		left -= max(0, p.PerQuestion-spent)
	}
	if left > 0 && p.PerQuestion > 0 {
		p.Fit = min(p.Waiting, int(left/p.PerQuestion))
	}
	return p
}
