package ui

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"podium/ui/i18n"
)

// plain is a frame as a terminal with no colour shows it: NO_COLOR
// (colorprofile.Ascii: bold and reverse stay, colours go) or TERM=dumb
// (NoTTY: every escape goes).
func plain(t *testing.T, frame string, p colorprofile.Profile) string {
	t.Helper()
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: p}
	if _, err := w.WriteString(frame); err != nil {
		t.Fatal(err)
	}
	if p == colorprofile.Ascii && strings.Contains(b.String(), "\x1b[38;") {
		t.Fatal("the Ascii profile kept a colour")
	}
	return b.String()
}

// queueRow is a queue row: the mark cell, then the question's number.
var queueRow = regexp.MustCompile(`│(.)\s*•?(\d+) `)

// markedRows lists the numbers of the queue rows that carry the ▸.
func markedRows(screen string) (marked []string, rows int) {
	for _, l := range strings.Split(ansi.Strip(screen), "\n") {
		for _, m := range queueRow.FindAllStringSubmatch(l, -1) {
			rows++
			if m[1] == "▸" {
				marked = append(marked, m[2])
			}
		}
	}
	return marked, rows
}

// With no colour at all, the row enter would call is still the one marked,
// and only it; moving the cursor moves the mark.
func TestSelectedRowIsMarkedWithoutColour(t *testing.T) {
	for _, p := range []colorprofile.Profile{colorprofile.Ascii, colorprofile.NoTTY} {
		for _, size := range [][2]int{{80, 24}, {120, 35}} {
			r := newRig(t, i18n.EN, size[0], size[1])
			screen := plain(t, r.m.render(), p)
			first, rows := markedRows(screen)
			if rows < 3 || len(first) != 1 {
				t.Fatalf("profile %v %v: %d rows, marked %v:\n%s", p, size, rows, first, screen)
			}
			r.press("down")
			screen = plain(t, r.m.render(), p)
			next, _ := markedRows(screen)
			if len(next) != 1 || next[0] == first[0] {
				t.Fatalf("profile %v %v: after down, marked %v (was %v):\n%s", p, size, next, first, screen)
			}
		}
	}
}
