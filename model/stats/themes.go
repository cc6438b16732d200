package stats

// themeFold is what themeIndex keeps: each folded theme's index in
// s.Themes, and the meeting's list by folded name.
type themeFold struct {
	index  map[string]int
	listed map[string]string
}

// themeIndex is the index in s.Themes of the theme that folds as name
// does (model.Fold: the meeting's themes compare without case and
// accents), made on first use and named as the meeting's list spells it;
// a theme not in the list keeps the spelling of its first question. A
// theme that folds to nothing counts as no theme.
func (c *computation) themeIndex(name string) int {
	f := &c.fold
	if f.index == nil {
		f.index, f.listed = map[string]int{}, listedThemes(c.m)
	}
	key, spelled := spell(f.listed, name)
	if ti, ok := f.index[key]; ok {
		return ti
	}
	ti := len(c.s.Themes)
	f.index[key] = ti
	c.themes[spelled] = ti
	c.s.Themes = append(c.s.Themes, Theme{Name: spelled})
	return ti
}
