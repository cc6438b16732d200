package ui

import (
	"testing"
	"time"
)

// A date is typed the way people write it: "30/6/2023" and "30/06/23" as
// well as "30/06/2023"; anything else is refused.
func TestTypedDates(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	want := time.Date(2023, 6, 30, 0, 0, 0, 0, ict)
	for _, s := range []string{"30/06/2023", "30/6/2023", " 30/6/2023 ", "30/06/23", "30/6/23"} {
		if got, ok := parseDate(s, ict); !ok || !got.Equal(want) {
			t.Errorf("%q: %v %v, want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "2023-06-30", "31/06/2023", "30/13/2023", "6/30/2023", "30.06.2023", "30/06"} {
		if _, ok := parseDate(s, ict); ok {
			t.Errorf("%q was accepted", s)
		}
	}
	if d, ok := parseDeadline("1/7/2023", ict); !ok || d.Day() != 1 || d.Hour() != 23 {
		t.Errorf("deadline %v %v", d, ok)
	}
}
