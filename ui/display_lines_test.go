package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// The SSH projector words the floor as the web projector does
// (ui/projector): an asker who gave no role or unit is named once, in
// capitals, with no line under the name repeating it.
func TestProjectorNamesAnAskerWithoutUnitOnce(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	if err := r.hub.Do(model.AddQuestion{Asker: model.Person{Name: "Ông Tám"}, Kind: model.KindQuestion,
		Text: "Đường Lê Lợi ngập?", Departments: []string{"CA"}}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	id := r.hub.Snapshot().Meeting.Queue.At(r.hub.Snapshot().Meeting.Queue.Len() - 1)
	if err := r.hub.Do(model.Call{ID: id}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{80, 24}, {120, 35}} {
		screen := ansi.Strip(r.projector(size[0], size[1]).render())
		checkFits(t, screen, size[0], size[1])
		if !strings.Contains(screen, "ÔNG TÁM") || strings.Contains(screen, "Ông Tám") {
			t.Errorf("the asker is not named once, in capitals:\n%s", screen)
		}
	}
}
