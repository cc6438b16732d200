package ui

import (
	"testing"

	"podium/ui/i18n"
)

// The tenth department is 0.
func TestPickerTenthDepartmentIsZero(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("n", "r")
	p := r.m.moderate.picker
	if len(p.codes) != 10 {
		t.Fatalf("the demo has %d departments, the test wants 10", len(p.codes))
	}
	mt := r.hub.Snapshot().Meeting
	ninth, tenth := mt.DepartmentByCode(p.codes[8]), mt.DepartmentByCode(p.codes[9])
	r.wantOnScreen("9   "+ninth.Code+" · ", "0   "+tenth.Code+" · "+tenth.Name)
	r.press("0")
	if a := r.hub.Snapshot().Meeting.FloorAnswer(); a == nil || a.Department != tenth.Code {
		t.Fatalf("0 handed the floor to %+v, want %s", a, tenth.Code)
	}
}
