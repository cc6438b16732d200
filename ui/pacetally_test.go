package ui

import (
	"reflect"
	"testing"
	"time"

	"podium/ui/i18n"
)

// The session keeps the pace's tally from snapshot to snapshot
// (model.PaceAfter), and the pace it shows is a fresh Pace's.
func TestPaceFollowsTheSnapshots(t *testing.T) {
	r := newPlayedRig(t, i18n.VI, 120, 35)
	r.press("n")
	r.clock.Advance(2 * time.Minute)
	r.press("p")
	r.m.Update(tickMsg{})
	if reflect.ValueOf(r.m.paceTally).IsZero() {
		t.Fatal("the session keeps no pace tally")
	}
	if want := r.hub.Snapshot().Meeting.Pace(r.clock.Now()); r.m.pace != want {
		t.Errorf("pace %+v, a fresh Pace %+v", r.m.pace, want)
	}
}
