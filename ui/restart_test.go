package ui

import (
	"errors"
	"strings"
	"testing"

	"podium/ui/i18n"
)

// After a restart the moderator's screen names who was connected before
// and is not back yet, at 80x24 too, and the line goes as they return.
func TestNotBackYetLine(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.m.SetAwaited([]string{"clerk", "display:hall\x1b[31m"})
	r.wantOnScreen("Chưa vào lại: thư ký, màn chiếu hall")
	if s := r.screen(); strings.Contains(s, "\x1b[31m") || strings.Count(s, "\n") != 23 {
		t.Errorf("the line is not clean or the screen is not 24 lines:\n%s", s)
	}
	r.m.Update(AwaitedMsg{Who: []string{"display:hall"}})
	r.wantOnScreen("Chưa vào lại: màn chiếu hall")
	if strings.Contains(r.screen(), "thư ký") {
		t.Errorf("the clerk is back but still named:\n%s", r.screen())
	}
	r.m.Update(AwaitedMsg{})
	if strings.Contains(r.screen(), "Chưa vào lại") {
		t.Errorf("everyone is back but the line stays:\n%s", r.screen())
	}

	en := newRig(t, i18n.EN, 120, 35)
	en.m.SetAwaited([]string{"clerk", "display"})
	en.wantOnScreen("Not back yet: clerk, projector")
}

// C asks first; y makes new codes through the server's renewer and shows
// them, n keeps the old ones; without a server there are none to change.
func TestNewCodesKey(t *testing.T) {
	r := newRig(t, i18n.EN, 120, 35)
	r.press("C")
	r.wantOnScreen("only while the meeting is shared")

	calls := 0
	r.m.SetJoinInfo([]string{"clerk: ssh clerk@host · code aaaa-bbbb-cccc"})
	r.m.SetCodesRenewer(func(t i18n.Catalog) ([]string, string, error) {
		calls++
		return []string{"clerk: ssh clerk@host · code dddd-eeee-ffff"}, "clerk dddd-eeee-ffff", nil
	})
	r.press("C")
	r.wantOnScreen("Make new join codes?", "y yes")
	r.press("n")
	r.wantOnScreen("The join codes stay as they were.", "aaaa-bbbb-cccc")
	if calls != 0 {
		t.Fatalf("n made new codes")
	}
	_, cmd := r.m.Update(keyMsg("C"))
	if cmd != nil {
		t.Fatal("C alone did something")
	}
	_, cmd = r.m.Update(keyMsg("y"))
	if cmd == nil {
		t.Fatal("y did nothing")
	}
	r.m.Update(cmd())
	if calls != 1 {
		t.Fatalf("renewer called %d times", calls)
	}
	r.wantOnScreen("New join codes (the old ones no longer work): clerk dddd-eeee-ffff", "code dddd-eeee-ffff")
	if strings.Contains(r.screen(), "aaaa-bbbb-cccc") {
		t.Errorf("the old code is still shown:\n%s", r.screen())
	}

	// A renewer that fails says the old codes still work.
	r.m.SetCodesRenewer(func(i18n.Catalog) ([]string, string, error) { return nil, "", errors.New("disk full") })
	r.press("C")
	_, cmd = r.m.Update(keyMsg("y"))
	r.m.Update(cmd())
	r.wantOnScreen("the old ones still work", "code dddd-eeee-ffff")
}
