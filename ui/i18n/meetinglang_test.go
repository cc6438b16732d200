package i18n

import "testing"

// A meeting whose language is not English speaks Vietnamese, an empty
// one included.
func TestOfMeeting(t *testing.T) {
	for code, want := range map[string]Lang{
		"": VI, "vi": VI, "VI": VI, "vi-VN": VI, " vi ": VI, "fr": VI,
		"en": EN, "EN": EN, "en-GB": EN, " en": EN,
	} {
		if got := OfMeeting(code); got != want {
			t.Errorf("OfMeeting(%q) = %s, want %s", code, got, want)
		}
	}
}
