package export

import (
	"slices"
	"testing"

	"podium/model"
	"podium/model/demo"
)

// The JSON export keeps the meeting's list of themes, and imports it back.
func TestJSONKeepsTheThemes(t *testing.T) {
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range []string{"Việc làm", "An ninh mạng"} {
		if m, _, err = model.Apply(m, model.AddTheme{Name: th}, demo.AsOf); err != nil {
			t.Fatal(err)
		}
	}
	b, err := JSON(m)
	if err != nil {
		t.Fatal(err)
	}
	back, _, err := ImportJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Themes, m.Themes) || !slices.Equal(back.Themes[len(back.Themes)-2:], []string{"Việc làm", "An ninh mạng"}) {
		t.Errorf("themes %q", back.Themes)
	}
}
