package ui

import (
	"testing"
	"time"

	"podium/model"
	"podium/ui/i18n"
)

// The chair takes three questions on one theme, each asker in turn with
// their own clock, then one department answers all three, then a second.
func TestGroupCallEachSpeaksThenOneAnswer(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("G")
	if !r.m.messageErr {
		t.Fatal("G without marks did not say to mark first")
	}
	r.press("g", "down", "g", "down", "g", "G")
	mt := r.hub.Snapshot().Meeting
	if len(mt.Floor.Questions) != 3 || mt.Speaker().ID != 1 {
		t.Fatalf("floor %+v", mt.Floor)
	}
	r.wantOnScreen("Nhóm · người 1/3", "Nguyễn Văn An")
	r.clock.Advance(time.Minute)
	r.press("n")
	r.wantOnScreen("Nhóm · người 2/3", "Trần Thị Bích Ngọc")
	r.clock.Advance(2 * time.Minute)
	r.press("n")
	r.press("n") // no one left: says to hand over
	if !r.m.messageErr {
		t.Errorf("n after the last speaker: %q", r.m.message)
	}
	r.press("r", "enter", "d")
	mt = r.hub.Snapshot().Meeting
	for _, id := range []int{1, 2, 3} {
		if q := mt.Question(id); q.Status != model.StatusAnswered {
			t.Errorf("question %d is %s", id, q.Status)
		}
	}
	if got := mt.Question(1).Speaking.Elapsed(r.clock.Now()); got != time.Minute {
		t.Errorf("the first asker's own clock reads %v", got)
	}
	r.press("R", "2")
	if a := r.hub.Snapshot().Meeting.FloorAnswer(); a == nil || len(a.Questions) != 3 || a.Department == "GDDT" {
		t.Fatalf("second answer %+v", a)
	}
}

func TestQueueByThemeKeepsTheManualOrder(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("down", "down", "down", "J") // moves 4 below 5
	before := r.hub.Snapshot().Meeting.Queue.Slice()
	r.press("o")
	r.wantOnScreen("theo chủ đề")
	mt := r.hub.Snapshot().Meeting
	for i := 1; i < len(r.m.moderate.queue.rows); i++ {
		a, b := mt.Question(r.m.moderate.queue.rows[i-1]), mt.Question(r.m.moderate.queue.rows[i])
		if a.Theme == b.Theme && indexOf(before, a.ID) > indexOf(before, b.ID) {
			t.Errorf("within %q, %d listed before %d against the manual order", a.Theme, a.ID, b.ID)
		}
	}
	if got := r.hub.Snapshot().Meeting.Queue.Slice(); !equalInts(got, before) {
		t.Error("listing by theme changed the queue")
	}
	r.press("o", "o")
	if r.m.moderate.queue.order != orderManual {
		t.Error("o did not cycle back to the manual order")
	}
}

func indexOf(s []int, v int) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
