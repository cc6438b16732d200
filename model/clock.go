package model

import "time"

// Clock is accumulated time plus the wall time it has been running since.
// Storage keeps exactly these two fields, never a ticking counter, so a
// restart shows the right time with the clock still running.
type Clock struct {
	Accumulated  time.Duration `json:"accumulated"`
	RunningSince time.Time     `json:"running_since,omitzero"`
}

// Running reports whether the clock is running.
func (c Clock) Running() bool { return !c.RunningSince.IsZero() }

// Elapsed is the clock's reading at now. A now before RunningSince (a wall
// clock stepped back) counts as no time, never as negative time.
func (c Clock) Elapsed(now time.Time) time.Duration {
	if !c.Running() || now.Before(c.RunningSince) {
		return c.Accumulated
	}
	return c.Accumulated + now.Sub(c.RunningSince)
}

// Start returns the clock running from now; a running clock is unchanged.
func (c Clock) Start(now time.Time) Clock {
	if c.Running() {
		return c
	}
	c.RunningSince = now
	return c
}

// Stop returns the clock stopped at its reading at now.
func (c Clock) Stop(now time.Time) Clock {
	if !c.Running() {
		return c
	}
	return Clock{Accumulated: c.Elapsed(now)}
}

// ClockLevel is how a clock stands against its limit.
type ClockLevel int

const (
	// ClockCalm is under 80% of the limit.
	ClockCalm ClockLevel = iota
	// ClockWarning is from 80% of the limit up to the limit.
	ClockWarning
	// ClockOvertime is past the limit.
	ClockOvertime
)

// Level places elapsed against limit. A zero limit is never exceeded.
func Level(elapsed, limit time.Duration) ClockLevel {
	switch {
	case limit <= 0:
		return ClockCalm
	case elapsed > limit:
		return ClockOvertime
	case elapsed >= limit-limit/5: // 80%, without overflowing elapsed*5
		return ClockWarning
	default:
		return ClockCalm
	}
}
