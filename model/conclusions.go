package model

import (
	"cmp"
	"slices"
	"time"
)

// Addressee is to whom one of the chair's conclusions is addressed.
type Addressee string

// The addressees of a conclusion. With AddresseeDepartments (the default)
// the conclusion is for its Department and any in Also; with the others it
// is for everyone of that kind, and Department is optional: the one that
// leads or tracks it, if the chair named one.
const (
	AddresseeDepartments    Addressee = ""                // one department, or several (Department, then Also)
	AddresseeAllDepartments Addressee = "all_departments" // "các sở, ngành"
	AddresseeYouthUnion     Addressee = "youth_union"     // the Youth Union (Tỉnh Đoàn)
	AddresseeYouth          Addressee = "youth"           // the young people themselves
)

// Addressees lists the addressees in the order forms offer them.
var Addressees = []Addressee{AddresseeDepartments, AddresseeAllDepartments, AddresseeYouthUnion, AddresseeYouth}

// MoveConclusion moves one of the chair's conclusions By places in their
// order (negative is earlier); it stops at either end.
type MoveConclusion struct {
	ID int `json:"id"`
	By int `json:"by"`
}

func (MoveConclusion) Verb() string           { return "move_conclusion" }
func (cmd MoveConclusion) clean() Command     { return cmd }
func cleanAddressee(a Addressee) Addressee    { return Addressee(CleanLine(string(a))) }
func (f *FollowUp) conclusionKey() (int, int) { return f.Order, f.ID }

// Departments returns every department the follow-up is for: its
// Department (if any), then Also.
func (f *FollowUp) Departments() []string {
	var out []string
	if f.Department != "" {
		out = append(out, f.Department)
	}
	for _, d := range f.Also {
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// sortConclusions orders conclusions as the chair gave them: by Order,
// then by ID (conclusions recorded before they had an order have 0).
func sortConclusions(fs []*FollowUp) {
	slices.SortStableFunc(fs, func(a, b *FollowUp) int {
		ao, ai := a.conclusionKey()
		bo, bi := b.conclusionKey()
		return cmp.Or(cmp.Compare(ao, bo), cmp.Compare(ai, bi))
	})
}

// addressee checks a conclusion's addressee and departments: the
// department is required when it is addressed to departments, optional
// otherwise; Also only goes with departments.
func (c *change) addressee(to Addressee, dept string, also []string) (string, []string, error) {
	if !slices.Contains(Addressees, to) {
		return "", nil, refuse(ErrBadAddressee, string(to))
	}
	if to != AddresseeDepartments {
		if dept == "" {
			return "", nil, nil
		}
		d, err := c.department(dept, "")
		return d, nil, err
	}
	d, err := c.department(dept, "")
	if err != nil {
		return "", nil, err
	}
	var out []string
	for _, code := range also {
		if code == "" || code == d || slices.Contains(out, code) {
			continue
		}
		if c.m.DepartmentByCode(code) == nil {
			return "", nil, refuse(ErrUnknownDepartment, code)
		}
		out = append(out, code)
	}
	return d, out, nil
}

// nextConclusionOrder is the order of a conclusion added now: after every
// other.
func (c *change) nextConclusionOrder() int {
	n := 0
	for _, f := range c.m.Conclusions() {
		n = max(n, f.Order)
	}
	return n + 1
}

func (cmd MoveConclusion) apply(c *change) error {
	f := c.m.FollowUp(cmd.ID)
	if f == nil {
		return refuse(ErrNoSuchFollowUp, cmd.ID)
	}
	if f.Source != SourceConclusion {
		return refuse(ErrCannotMoveConclusion, cmd.ID)
	}
	cs := c.m.Conclusions()
	i := slices.Index(cs, f)
	j := movedTo(i, len(cs), cmd.By)
	if i == j {
		return nil
	}
	cs = moved(cs, i, j)
	// Renumber 1..n: only those whose order changed are written.
	for k, g := range cs {
		if g.Order == k+1 {
			continue
		}
		cp := *g
		cp.Order = k + 1
		c.putFollowUp(&cp)
	}
	return nil
}

// MinutesTime is the moment the minutes speak as of: the meeting's close
// (Header.End) or, while it has not closed, the last thing that happened
// in the room (a call, an answer, an agenda item, a conclusion or a
// commendation's record time is not kept, so not those). Never the clock:
// the minutes exported on any later day are the same. Zero for a meeting
// where nothing has happened.
func (m *Meeting) MinutesTime() time.Time {
	if !m.Header.End.IsZero() {
		return m.Header.End
	}
	var last time.Time
	see := func(t time.Time) {
		if t.After(last) {
			last = t
		}
	}
	for _, it := range m.Agenda.Items {
		see(it.Start)
		see(it.End)
	}
	for _, q := range m.Questions.All() {
		if q != nil {
			see(q.CalledAt)
			see(q.AskedUntil)
			see(q.ClosedAt)
		}
	}
	for _, a := range m.Answers {
		if a != nil {
			see(a.Start)
			see(a.End)
		}
	}
	for _, f := range m.FollowUps {
		// What was decided in the room: conclusions and outcomes, when
		// they were recorded; the office's later work is not the meeting.
		if f != nil {
			see(f.Created)
		}
	}
	return last
}
