package ui

import (
	"reflect"
	"testing"
	"time"

	"podium/model"
	"podium/model/stats"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// A commit the figures do not read (a queue move) does not recompute them
// (stats.Same): the figures are moved on to the snapshot's moment, the
// running clock included. A commit that changes a question only (the
// clock stopped) is followed from that question (stats.Update), not
// recomputed, and gives Compute's figures.
func TestStatsKeepFiguresOverAQueueMove(t *testing.T) {
	r := newPlayedRig(t, i18n.VI, 120, 60)
	r.press("n", "5")
	r.screen()
	askers := &r.m.stats.s.Askers[0]
	q := r.hub.Snapshot().Meeting.Queue.Slice()
	if err := r.hub.Do(model.MoveQuestion{ID: q[1], By: -1}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.clock.Advance(3*time.Minute + 20*time.Second)
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.wantOnScreen("quá giờ +0:20", "Bùi Văn Thắng")
	if r.m.stats.mt != r.hub.Snapshot().Meeting {
		t.Error("the figures are not the new snapshot's")
	}
	if &r.m.stats.s.Askers[0] != askers {
		t.Error("a queue move recomputed the figures")
	}
	if err := r.hub.Do(model.ToggleClock{}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.clock.Advance(time.Hour)
	r.screen()
	if &r.m.stats.s.Askers[0] != askers {
		t.Error("a stopped clock recomputed the figures: stats.Update did not follow the question")
	}
	r.wantOnScreen("quá giờ +0:20")
	want := stats.Compute(r.hub.Snapshot().Meeting, r.clock.Now())
	if got := r.m.stats.s; !reflect.DeepEqual(got.Askers, want.Askers) || got.Totals != want.Totals {
		t.Errorf("the followed figures are not Compute's:\n%+v\n%+v", got.Totals, want.Totals)
	}
}
