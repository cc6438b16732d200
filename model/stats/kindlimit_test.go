package stats_test

import (
	"testing"
	"time"

	"podium/model"
	"podium/model/stats"
)

// A question's overtime is counted past its kind's own speaking limit when
// the meeting gives its kind one, also while its clock runs (Advance).
func TestOvertimePastTheKindsLimit(t *testing.T) {
	m := meeting(t) // question 4 (Cúc) is a question: the default kind
	h := m.Header
	h.KindLimits = h.KindLimits.With(model.KindQuestion, 4*time.Minute)
	m = meeting(t, step{model.SetHeader{Header: h}, t0}, step{model.Call{ID: 4}, at(10)})
	s := stats.Compute(m, at(14).Add(30*time.Second))
	if c := s.Askers[2]; c.Overtime != 30*time.Second || c.OverTurns != 1 {
		t.Errorf("Cúc %+v, want 0:30 over a question's 4:00", c)
	}
	s.Advance(at(15))
	if c := s.Askers[2]; c.Overtime != time.Minute || s.Totals.Overtime != time.Minute {
		t.Errorf("advanced: Cúc %+v, totals %v, want 1:00 over 4:00", c, s.Totals.Overtime)
	}
	s = stats.Compute(m, at(13).Add(30*time.Second))
	if c := s.Askers[2]; c.Overtime != 0 || c.OverTurns != 0 {
		t.Errorf("Cúc %+v at 3:30: within a question's 4:00, not over the meeting's 3:00", c)
	}
}
