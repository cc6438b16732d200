package ui

import (
	"testing"

	"podium/ui/i18n"
)

// The Timeline names an import's sender the same in old files and new.
func TestOfficeIsNamedTheSameOldAndNew(t *testing.T) {
	tr := i18n.New(i18n.EN)
	for _, who := range []string{"office", "moderator:office"} {
		if got := whoName(tr, who); got != "office" {
			t.Errorf("whoName(%q) = %q, want office", who, got)
		}
	}
	if got := whoName(tr, "clerk:Lan"); got != "clerk Lan" {
		t.Errorf("whoName(clerk:Lan) = %q", got)
	}
	if got := whoName(tr, "tester"); got != "tester" {
		t.Errorf("whoName(tester) = %q", got)
	}
}
