package ui

import (
	"strings"
	"testing"

	"podium/model"
	"podium/ui/i18n"
)

// A reply dated after today is a mistyped year: the form says so, names
// today, and nothing changes. One dated before the follow-up arose is
// refused by the model, naming the day it arose.
func TestFollowUpDatesOutOfRangeSayWhichDay(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n", "w", "enter") // question 1 in writing by GDDT
	r.press("3")
	today := r.clock.Now().In(r.m.loc()).Format("02/01/2006")
	arose := r.hub.Snapshot().Meeting.FollowUp(1).Created.In(r.m.loc()).Format("02/01/2006")
	for _, c := range []struct{ date, want string }{
		{"05/04/2033", "không được sau hôm nay (" + today + ")"},
		{"05/04/2013", "không được trước ngày phát sinh việc cần theo dõi (" + arose + ")"},
	} {
		r.press("enter", "right", "tab")
		r.typeText("125/SGDĐT-VP")
		r.press("tab")
		r.typeText(c.date)
		r.press("ctrl+s")
		if !strings.Contains(r.m.message, c.want) {
			t.Errorf("%s: message %q, want %q", c.date, r.m.message, c.want)
		}
		if f := r.hub.Snapshot().Meeting.FollowUp(1); f.Status != model.FollowUpOpen || !f.ReplyDate.IsZero() {
			t.Fatalf("%s changed the follow-up: %+v", c.date, f)
		}
		r.press("esc", "y")
	}
}
