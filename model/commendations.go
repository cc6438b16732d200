package model

import "slices"

// CommendationKind is who is commended: a group (tập thể) or a person (cá
// nhân).
type CommendationKind string

// The kinds of commendation.
const (
	CommendGroup      CommendationKind = "group"
	CommendIndividual CommendationKind = "individual"
)

// CommendationKinds lists the kinds in the order forms and documents
// offer them: groups first, as a biên bản lists them.
var CommendationKinds = []CommendationKind{CommendGroup, CommendIndividual}

// MaxCommendations bounds the list.
const MaxCommendations = 500

// Commendation is one group or person the meeting commended (biểu dương,
// khen thưởng): who, their unit, and the awarding decision.
type Commendation struct {
	ID   int              `json:"id"`
	Kind CommendationKind `json:"kind"`
	// Name is the group's or the person's name.
	Name string `json:"name"`
	// Unit is, for a person, their position and unit; for a group, where
	// it is (may be empty).
	Unit string `json:"unit,omitempty"`
	// Decision is the awarding decision, e.g. "Quyết định số 512/QĐ-UBND
	// ngày 20/3/2023 của UBND tỉnh" (may be empty).
	Decision string `json:"decision,omitempty"`
}

// AddCommendation adds a group or a person to the commendations, at the end.
type AddCommendation struct {
	Kind     CommendationKind `json:"kind"`
	Name     string           `json:"name"`
	Unit     string           `json:"unit,omitempty"`
	Decision string           `json:"decision,omitempty"`
}

// EditCommendation replaces what a commendation says; its place stays.
type EditCommendation struct {
	ID       int              `json:"id"`
	Kind     CommendationKind `json:"kind"`
	Name     string           `json:"name"`
	Unit     string           `json:"unit,omitempty"`
	Decision string           `json:"decision,omitempty"`
}

// RemoveCommendation deletes a commendation (one entered by mistake).
type RemoveCommendation struct {
	ID int `json:"id"`
}

func (AddCommendation) Verb() string    { return "add_commendation" }
func (EditCommendation) Verb() string   { return "edit_commendation" }
func (RemoveCommendation) Verb() string { return "remove_commendation" }

func (cmd AddCommendation) clean() Command {
	cmd.Kind = CommendationKind(CleanLine(string(cmd.Kind)))
	cmd.Name, cmd.Unit, cmd.Decision = CleanLine(cmd.Name), CleanLine(cmd.Unit), CleanLine(cmd.Decision)
	return cmd
}

func (cmd EditCommendation) clean() Command {
	cmd.Kind = CommendationKind(CleanLine(string(cmd.Kind)))
	cmd.Name, cmd.Unit, cmd.Decision = CleanLine(cmd.Name), CleanLine(cmd.Unit), CleanLine(cmd.Decision)
	return cmd
}

func (cmd RemoveCommendation) clean() Command { return cmd }

// Commendation returns the commendation with id, or nil.
func (m *Meeting) Commendation(id int) *Commendation {
	if i := commendationIndex(m.Commendations, id); i >= 0 {
		return &m.Commendations[i]
	}
	return nil
}

// CommendationsOf returns the commendations of one kind, in order.
func (m *Meeting) CommendationsOf(k CommendationKind) []Commendation {
	var out []Commendation
	for _, c := range m.Commendations {
		if c.Kind == k {
			out = append(out, c)
		}
	}
	return out
}

func commendationIndex(cs []Commendation, id int) int {
	return slices.IndexFunc(cs, func(c Commendation) bool { return c.ID == id })
}

func (c *change) setCommendations(cs []Commendation) {
	c.m.Commendations = cs
	c.touch(Ref{Kind: RecCommendations})
}

// checkCommendation checks what a commendation says.
func checkCommendation(k CommendationKind, name, unit, decision string) error {
	if !slices.Contains(CommendationKinds, k) {
		return refuse(ErrBadCommendationKind, string(k))
	}
	if name == "" {
		return refuse(ErrEmptyName)
	}
	for _, f := range []struct {
		name, v string
	}{{"name", name}, {"unit", unit}, {"decision", decision}} {
		if Len(f.v) > MaxLineLen {
			return refuse(ErrTooLong, f.name, MaxLineLen)
		}
	}
	return nil
}

func (cmd AddCommendation) apply(c *change) error {
	if err := checkCommendation(cmd.Kind, cmd.Name, cmd.Unit, cmd.Decision); err != nil {
		return err
	}
	cs := c.m.Commendations
	if len(cs) >= MaxCommendations {
		return refuse(ErrTooManyCommendations, MaxCommendations)
	}
	id := 1
	for _, x := range cs {
		id = max(id, x.ID+1)
	}
	out := append(slices.Clip(slices.Clone(cs)), Commendation{ID: id, Kind: cmd.Kind, Name: cmd.Name, Unit: cmd.Unit, Decision: cmd.Decision})
	c.setCommendations(out)
	return nil
}

func (cmd EditCommendation) apply(c *change) error {
	i := commendationIndex(c.m.Commendations, cmd.ID)
	if i < 0 {
		return refuse(ErrNoSuchCommendation, cmd.ID)
	}
	if err := checkCommendation(cmd.Kind, cmd.Name, cmd.Unit, cmd.Decision); err != nil {
		return err
	}
	n := Commendation{ID: cmd.ID, Kind: cmd.Kind, Name: cmd.Name, Unit: cmd.Unit, Decision: cmd.Decision}
	if c.m.Commendations[i] == n {
		return nil
	}
	out := slices.Clone(c.m.Commendations)
	out[i] = n
	c.setCommendations(out)
	return nil
}

func (cmd RemoveCommendation) apply(c *change) error {
	i := commendationIndex(c.m.Commendations, cmd.ID)
	if i < 0 {
		return refuse(ErrNoSuchCommendation, cmd.ID)
	}
	out := slices.Delete(slices.Clone(c.m.Commendations), i, i+1)
	if len(out) == 0 {
		out = nil // as a file without commendations loads
	}
	c.setCommendations(out)
	return nil
}

// checkCommendations holds the list's invariants.
func checkCommendations(cs []Commendation, bad func(string, ...any)) {
	seen := map[int]bool{}
	for _, x := range cs {
		if x.ID < 1 || seen[x.ID] {
			bad("commendation id %d is not positive or not unique", x.ID)
		}
		seen[x.ID] = true
		if !slices.Contains(CommendationKinds, x.Kind) {
			bad("commendation %d has unknown kind %q", x.ID, x.Kind)
		}
		if x.Name == "" {
			bad("commendation %d has no name", x.ID)
		}
	}
}
