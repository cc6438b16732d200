package ui

import (
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"podium/ui/i18n"
)

// A terminal that reports a light background gets the light palette (the
// help bubble too), and one that reports a dark one gets the dark palette
// back; no answer keeps the dark one.
func TestBackgroundPicksThePalette(t *testing.T) {
	r := newRig(t, i18n.EN, 80, 24)
	if !r.m.ctx.Styles.Dark {
		t.Fatal("a session starts with the dark palette")
	}
	r.m.Update(tea.BackgroundColorMsg{Color: lipgloss.Color("#fdf6e3")})
	if r.m.ctx.Styles.Dark {
		t.Fatal("a light background kept the dark palette")
	}
	if got, want := r.m.help.Styles.ShortKey.GetForeground(), r.m.ctx.Styles.HelpKey.Style.GetForeground(); got != want {
		t.Errorf("the help keeps %v, want %v", got, want)
	}
	r.m.Update(tea.BackgroundColorMsg{Color: lipgloss.Color("#1e1e1e")})
	if !r.m.ctx.Styles.Dark {
		t.Fatal("a dark background kept the light palette")
	}
	r.m.Update(tea.BackgroundColorMsg{})
	if !r.m.ctx.Styles.Dark {
		t.Fatal("an empty answer changed the palette")
	}
}

// The projector's screen asks too, and listens.
func TestDisplayBackground(t *testing.T) {
	r := newRig(t, i18n.EN, 80, 24)
	d := NewDisplay(NewContext(i18n.EN, "display"), r.hub, r.clock.Now)
	t.Cleanup(d.Close)
	d.Update(tea.BackgroundColorMsg{Color: lipgloss.Color("#ffffff")})
	if d.ctx.Styles.Dark {
		t.Fatal("a light background kept the dark palette")
	}
}

// The department picker marks the department enter would pick.
func TestPickerRowIsMarkedWithoutColour(t *testing.T) {
	r := newRig(t, i18n.EN, 80, 24)
	r.press("n", "r")
	pick := regexp.MustCompile(`│([▸ ])(\d) [★ ] `)
	var marked, rows int
	for _, l := range strings.Split(ansi.Strip(plain(t, r.m.render(), colorprofile.NoTTY)), "\n") {
		if m := pick.FindStringSubmatch(l); m != nil {
			rows++
			if m[1] == "▸" {
				marked++
			}
		}
	}
	if rows < 2 || marked != 1 {
		t.Fatalf("%d picker rows, %d marked:\n%s", rows, marked, r.screen())
	}
}
