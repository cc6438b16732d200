package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"podium/ui/i18n"
)

// helpPagesText opens the help on the screen the keys lead to and returns
// each page, turning them with pgdown.
func helpPagesText(r *rig, keys ...string) []string {
	r.press(keys...)
	r.press("?")
	pages := []string{r.screen()}
	_, _, _, n := r.m.helpPages(r.m.frameSize())
	for range n - 1 {
		r.press("pgdown")
		pages = append(pages, r.screen())
	}
	return pages
}

// TestGoldenHelp draws the help of the Moderate and the Record screens at
// the two sizes the podium laptop meets, every page of it. Update with
// -update after reading the diff.
func TestGoldenHelp(t *testing.T) {
	screens := []struct {
		name string
		keys []string
	}{{"moderate", nil}, {"record", []string{"2"}}}
	for _, size := range [][2]int{{80, 24}, {120, 35}} {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				wd, err := os.Getwd()
				if err != nil {
					t.Fatal(err)
				}
				r := newRig(t, i18n.VI, size[0], size[1])
				pages := helpPagesText(r, sc.keys...)
				for _, p := range pages {
					checkFits(t, p, size[0], size[1])
				}
				if err := os.Chdir(wd); err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, []byte(strings.Join(pages, "\n\f\n")))
			})
		}
	}
}

// The help is never cut: every key of the screen and every global key is
// on one of its pages, whole, at 80x24 and at 120x35; the clerk's help
// on Record has the clerk's keys and none of the moderator's.
func TestHelpFollowsTheScreenAndIsNeverCut(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 35}, {60, 20}} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			for s := range screenCount {
				r := newRig(t, lang, size[0], size[1])
				var bodies []string
				for _, p := range helpPagesText(r, fmt.Sprint(int(s)+1)) {
					lines := strings.Split(p, "\n")
					bodies = append(bodies, lines[1:len(lines)-2]...) // the status bar may cut the title
				}
				all := strings.Join(bodies, "\n")
				if strings.Contains(all, "…") {
					t.Errorf("%dx%d %s screen %d: the help cuts a line:\n%s", size[0], size[1], lang, s, all)
				}
				for _, g := range r.m.FullHelp() {
					for _, b := range g.keys {
						line := b.Help().Key + " "
						if !strings.Contains(all, line) || !strings.Contains(all, b.Help().Desc) {
							t.Errorf("%dx%d %s screen %d: %q %q not in the help:\n%s", size[0], size[1], lang, s, b.Help().Key, b.Help().Desc, all)
						}
					}
				}
				if s == screenRecord {
					for _, k := range []string{r.m.ctx.T.T("key.call_next"), r.m.ctx.T.T("key.start_answer")} {
						if strings.Contains(all, k) {
							t.Errorf("the clerk's help shows the moderator's %q", k)
						}
					}
					for _, k := range []string{"[ ]", "m ", "o "} {
						if !strings.Contains(all, k) {
							t.Errorf("the clerk's help lacks %q", k)
						}
					}
				}
			}
		}
	}
}
