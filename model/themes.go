package model

import (
	"slices"
	"strconv"
	"strings"
)

// The meeting's themes (Meeting.Themes) are a list the organiser keeps, so
// that one theme is spelled one way: the question form offers the list,
// and the statistics group by it. Themes are the same when they fold the
// same (Fold: case and accents aside). A question whose theme is not in
// the list stays valid (files written before the list existed).

// MaxThemes bounds the list.
const MaxThemes = 500

// The refusals of the themes' commands.
const (
	ErrEmptyTheme     Code = "empty_theme"     //
	ErrDuplicateTheme Code = "duplicate_theme" // Args: the theme already in the list
	ErrNoSuchTheme    Code = "no_such_theme"   // Args: the theme
	ErrThemeInUse     Code = "theme_in_use"    // Args: the theme, how many questions, their numbers ("3, 5, 8")
	ErrTooManyThemes  Code = "too_many_themes" // Args: the limit
)

// AddTheme adds a theme at the end of the list.
type AddTheme struct {
	Name string `json:"name"`
}

// RenameTheme changes a theme's name, and files the questions that carry
// it (and the hall's questions waiting in the inbox) under the new name,
// in one step. Renaming it to another theme of the
// list (folded) merges the two: the theme leaves the list and its
// questions go to the other one, spelled as the list spells it.
type RenameTheme struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// RemoveTheme takes a theme off the list; refused while a question
// carries it.
type RemoveTheme struct {
	Name string `json:"name"`
}

// MoveTheme moves a theme By places in the list (negative is earlier); it
// stops at either end.
type MoveTheme struct {
	Name string `json:"name"`
	By   int    `json:"by"`
}

func (AddTheme) Verb() string    { return "add_theme" }
func (RenameTheme) Verb() string { return "rename_theme" }
func (RemoveTheme) Verb() string { return "remove_theme" }
func (MoveTheme) Verb() string   { return "move_theme" }

func (cmd AddTheme) clean() Command { cmd.Name = CleanLine(cmd.Name); return cmd }
func (cmd RenameTheme) clean() Command {
	cmd.From, cmd.To = CleanLine(cmd.From), CleanLine(cmd.To)
	return cmd
}
func (cmd RemoveTheme) clean() Command { cmd.Name = CleanLine(cmd.Name); return cmd }
func (cmd MoveTheme) clean() Command   { cmd.Name = CleanLine(cmd.Name); return cmd }

// ThemeIndex is the place in the list of the theme that folds as name
// does, or -1.
func (m *Meeting) ThemeIndex(name string) int {
	return themeIndex(m.Themes, name)
}

func themeIndex(ts []string, name string) int {
	key := Fold(name)
	if key == "" {
		return -1
	}
	return slices.IndexFunc(ts, func(t string) bool { return Fold(t) == key })
}

// ThemeOf is a question's theme as the list spells it; a theme not in the
// list as the question spells it; "" for none.
func (m *Meeting) ThemeOf(q *Question) string {
	if i := m.ThemeIndex(q.Theme); i >= 0 {
		return m.Themes[i]
	}
	return q.Theme
}

// QuestionsOfTheme are the numbers of the questions whose theme folds as
// name does, ascending.
func (m *Meeting) QuestionsOfTheme(name string) []int {
	key := Fold(name)
	var ids []int
	if key == "" {
		return nil
	}
	for _, q := range m.Questions.All() {
		if q != nil && Fold(q.Theme) == key {
			ids = append(ids, q.ID)
		}
	}
	return ids
}

// UnlistedThemes are the questions' themes that are not in the list, in
// the order of their first question, each with its questions.
func (m *Meeting) UnlistedThemes() (names []string, ids [][]int) {
	at := map[string]int{}
	listed := map[string]bool{}
	for _, t := range m.Themes {
		listed[Fold(t)] = true
	}
	// A meeting's questions share a few spellings: each is folded once, not
	// once per question and listed theme (120 ms a snapshot at 100,000).
	folded := map[string]string{}
	for _, q := range m.Questions.All() {
		if q == nil || q.Theme == "" {
			continue
		}
		key, ok := folded[q.Theme]
		if !ok {
			key = Fold(q.Theme)
			folded[q.Theme] = key
		}
		if key == "" || listed[key] {
			continue
		}
		i, ok := at[key]
		if !ok {
			i = len(names)
			at[key] = i
			names = append(names, q.Theme)
			ids = append(ids, nil)
		}
		ids[i] = append(ids[i], q.ID)
	}
	return names, ids
}

func (c *change) setThemes(ts []string) {
	if len(ts) == 0 {
		ts = nil // as a file without themes loads
	}
	c.m.Themes = ts
	c.touch(Ref{Kind: RecThemes})
}

// checkThemeName checks a theme's name (already cleaned).
func checkThemeName(name string) error {
	if Fold(name) == "" {
		return refuse(ErrEmptyTheme)
	}
	if Len(name) > MaxLineLen {
		return refuse(ErrTooLong, "theme", MaxLineLen)
	}
	return nil
}

// addTheme puts name at the end of the list unless it is there.
func (c *change) addTheme(name string) error {
	if err := checkThemeName(name); err != nil {
		return err
	}
	if i := themeIndex(c.m.Themes, name); i >= 0 {
		return refuse(ErrDuplicateTheme, c.m.Themes[i])
	}
	if len(c.m.Themes) >= MaxThemes {
		return refuse(ErrTooManyThemes, MaxThemes)
	}
	c.setThemes(append(slices.Clip(slices.Clone(c.m.Themes)), name))
	return nil
}

func (cmd AddTheme) apply(c *change) error { return c.addTheme(cmd.Name) }

func (cmd RenameTheme) apply(c *change) error {
	i := themeIndex(c.m.Themes, cmd.From)
	if i < 0 {
		return refuse(ErrNoSuchTheme, cmd.From)
	}
	if err := checkThemeName(cmd.To); err != nil {
		return err
	}
	from, to := c.m.Themes[i], cmd.To
	ts := slices.Clone(c.m.Themes)
	if j := themeIndex(ts, to); j >= 0 && j != i {
		to = ts[j] // a merge: the other theme's spelling stays
		ts = slices.Delete(ts, i, i+1)
	} else {
		ts[i] = to
	}
	if !slices.Equal(ts, c.m.Themes) {
		c.setThemes(ts)
	}
	for _, id := range c.m.QuestionsOfTheme(from) {
		if q := c.m.Question(id); q.Theme != to {
			cp := *q
			cp.Theme = to
			c.putQuestion(&cp)
		}
	}
	// The hall's questions still waiting in the inbox chose the theme
	// from the list: they follow it, or the approve form would offer a
	// theme the list no longer has. Those dealt with keep what they said.
	for _, sub := range c.m.Pending() {
		if sub.Theme != to && Fold(sub.Theme) == Fold(from) {
			cp := *sub
			cp.Theme = to
			c.putSubmission(&cp)
		}
	}
	return nil
}

func (cmd RemoveTheme) apply(c *change) error {
	i := themeIndex(c.m.Themes, cmd.Name)
	if i < 0 {
		return refuse(ErrNoSuchTheme, cmd.Name)
	}
	if ids := c.m.QuestionsOfTheme(c.m.Themes[i]); len(ids) > 0 {
		return refuse(ErrThemeInUse, c.m.Themes[i], len(ids), joinIDs(ids))
	}
	c.setThemes(slices.Delete(slices.Clone(c.m.Themes), i, i+1))
	return nil
}

func (cmd MoveTheme) apply(c *change) error {
	i := themeIndex(c.m.Themes, cmd.Name)
	if i < 0 {
		return refuse(ErrNoSuchTheme, cmd.Name)
	}
	j := movedTo(i, len(c.m.Themes), cmd.By)
	if i == j {
		return nil
	}
	c.setThemes(moved(c.m.Themes, i, j))
	return nil
}

// joinIDs writes question numbers as "3, 5, 8", the first 20 only
// ("…" after them).
func joinIDs(ids []int) string {
	var b strings.Builder
	for k, id := range ids {
		if k == 20 {
			b.WriteString(", …")
			break
		}
		if k > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(id))
	}
	return b.String()
}

// checkThemes holds the list's invariants: no empty theme, no two that
// fold the same.
func checkThemes(ts []string, bad func(string, ...any)) {
	seen := map[string]int{}
	for i, t := range ts {
		key := Fold(t)
		if key == "" {
			bad("theme %d is empty", i+1)
			continue
		}
		if j, ok := seen[key]; ok {
			bad("themes %d and %d are the same theme", j, i+1)
		}
		seen[key] = i + 1
	}
}

func init() {
	InvariantCodes["theme %d is empty"] = "theme_empty"
	InvariantCodes["themes %d and %d are the same theme"] = "theme_duplicate"
}

// themes returns the themes cleaned, or nil if none changed.
func (mc *meetingCleaner) themes(in []string) []string {
	return cleanValues(in, func(i int, t *string) bool { return mc.field(RecThemes, i+1, "theme", t, false) })
}
