package ui

import (
	"slices"
	"testing"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// A commit while another screen shows leaves the queue's rows to be
// rebuilt, and coming back to the Moderate screen shows them as they are
// now: question 3 withdrawn meanwhile is listed among the closed ones.
func TestQueueRowsCatchUpWhenShown(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("2")
	if r.m.screen == screenModerate {
		t.Fatal("2 did not leave the Moderate screen")
	}
	before := slices.Clone(r.m.moderate.queue.rows)
	if err := r.hub.Do(model.Withdraw{ID: 3}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	if !r.m.moderate.queue.stale || !slices.Equal(r.m.moderate.queue.rows, before) {
		t.Fatalf("the hidden queue was rebuilt at once (stale %v)", r.m.moderate.queue.stale)
	}
	r.press("1")
	var fresh queueList
	fresh.rebuild(r.hub.Snapshot().Meeting)
	if got := r.m.moderate.queue.rows; !slices.Equal(got, fresh.rows) || got[len(got)-1] != 3 {
		t.Fatalf("rows after coming back %v, want %v (3 last, withdrawn)", got, fresh.rows)
	}
	r.wantOnScreen("Chờ 23")
}
