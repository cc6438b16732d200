package model_test

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"podium/model"
)

func TestClockElapsed(t *testing.T) {
	tests := []struct {
		name  string
		clock model.Clock
		now   time.Time
		want  time.Duration
	}{
		{"zero clock", model.Clock{}, at(5), 0},
		{"stopped clock ignores now", model.Clock{Accumulated: 90 * time.Second}, at(50), 90 * time.Second},
		{"running from zero", model.Clock{RunningSince: at(1)}, at(4), 3 * time.Minute},
		{"running on top of earlier time", model.Clock{Accumulated: time.Minute, RunningSince: at(10)}, at(12), 3 * time.Minute},
		{"at the moment it started", model.Clock{Accumulated: time.Minute, RunningSince: at(10)}, at(10), time.Minute},
		{"now before it started counts no time", model.Clock{Accumulated: time.Minute, RunningSince: at(10)}, at(9), time.Minute},
		{"now far before it started", model.Clock{RunningSince: at(10)}, time.Time{}, 0},
		{"sub-second", model.Clock{RunningSince: t0}, t0.Add(1500 * time.Millisecond), 1500 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.clock.Elapsed(tt.now); got != tt.want {
				t.Errorf("Elapsed = %v, want %v", got, tt.want)
			}
			if got := tt.clock.Elapsed(tt.now); got < 0 {
				t.Errorf("Elapsed is negative: %v", got)
			}
		})
	}
}

func TestClockStartStop(t *testing.T) {
	var c model.Clock
	if c.Running() {
		t.Fatal("the zero clock runs")
	}
	c = c.Start(at(1))
	if !c.Running() || !c.RunningSince.Equal(at(1)) || c.Accumulated != 0 {
		t.Fatalf("after Start: %+v", c)
	}
	if again := c.Start(at(2)); again != c {
		t.Errorf("Start on a running clock moved it: %+v, want %+v", again, c)
	}
	c = c.Stop(at(3))
	if c != (model.Clock{Accumulated: 2 * time.Minute}) {
		t.Fatalf("after Stop: %+v, want 2m stopped", c)
	}
	if again := c.Stop(at(9)); again != c {
		t.Errorf("Stop on a stopped clock changed it: %+v", again)
	}
	c = c.Start(at(10)).Stop(at(11))
	if c != (model.Clock{Accumulated: 3 * time.Minute}) {
		t.Fatalf("after a second run: %+v, want 3m", c)
	}

	// A wall clock stepped back: stopping before the start adds nothing and
	// never goes negative.
	back := model.Clock{Accumulated: time.Minute}.Start(at(20)).Stop(at(19))
	if back != (model.Clock{Accumulated: time.Minute}) {
		t.Errorf("stopped before it started: %+v, want 1m", back)
	}

	// Clocks are values: Start and Stop return new ones.
	orig := model.Clock{Accumulated: time.Minute}
	_ = orig.Start(at(1))
	if orig.Running() {
		t.Error("Start changed its receiver")
	}
}

// TestClockRestart is why a clock is two fields: a stored, running clock
// reads the right time when read back later, still running.
func TestClockRestart(t *testing.T) {
	c := model.Clock{Accumulated: 40 * time.Second}.Start(at(1))
	stored := jsonOf(c)
	var back model.Clock
	if err := json.Unmarshal([]byte(stored), &back); err != nil {
		t.Fatal(err)
	}
	if !back.Running() || back.Elapsed(at(3)) != 2*time.Minute+40*time.Second {
		t.Errorf("read back %+v: elapsed %v, want 2m40s and running", back, back.Elapsed(at(3)))
	}
	if stopped := jsonOf(model.Clock{Accumulated: time.Second}); stopped != `{"accumulated":1000000000}` {
		t.Errorf("a stopped clock stores %s, want no running_since", stopped)
	}
}

func TestLevel(t *testing.T) {
	limit := 100 * time.Second
	tests := []struct {
		elapsed, limit time.Duration
		want           model.ClockLevel
	}{
		{0, limit, model.ClockCalm},
		{79 * time.Second, limit, model.ClockCalm},
		{80*time.Second - time.Nanosecond, limit, model.ClockCalm},
		{80 * time.Second, limit, model.ClockWarning},
		{99 * time.Second, limit, model.ClockWarning},
		{100 * time.Second, limit, model.ClockWarning},
		{100*time.Second + time.Nanosecond, limit, model.ClockOvertime},
		{101 * time.Second, limit, model.ClockOvertime},
		{time.Hour, limit, model.ClockOvertime},
		// The default limits: 80% of 3:00 is 2:24, of 5:00 is 4:00.
		{2*time.Minute + 23*time.Second, model.DefaultSpeakLimit, model.ClockCalm},
		{2*time.Minute + 24*time.Second, model.DefaultSpeakLimit, model.ClockWarning},
		{3*time.Minute + time.Second, model.DefaultSpeakLimit, model.ClockOvertime},
		{4 * time.Minute, model.DefaultAnswerLimit, model.ClockWarning},
		// No limit is never exceeded.
		{time.Hour, 0, model.ClockCalm},
		{time.Hour, -time.Second, model.ClockCalm},
		// A limit that does not divide evenly: 80% of 7ns is 5.6ns.
		{5, 7, model.ClockCalm},
		{6, 7, model.ClockWarning},
		// Huge limits (SetHeader takes any positive one) do not overflow
		// into the wrong level.
		{time.Minute, math.MaxInt64, model.ClockCalm},
		{1 << 61, 1 << 62, model.ClockCalm},
		{math.MaxInt64 / 5 * 4, math.MaxInt64, model.ClockCalm},
		{math.MaxInt64 - math.MaxInt64/5, math.MaxInt64, model.ClockWarning},
		{math.MaxInt64, math.MaxInt64, model.ClockWarning},
	}
	for _, tt := range tests {
		if got := model.Level(tt.elapsed, tt.limit); got != tt.want {
			t.Errorf("Level(%v, %v) = %v, want %v", tt.elapsed, tt.limit, got, tt.want)
		}
	}
}
