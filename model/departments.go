package model

import "slices"

// The departments are kept in the order the organiser gives them: the
// order of their IDs (Meeting.Departments), which is the order the pickers
// number them in and the documents list them in. Questions, answers and
// follow-ups name a department by its code, never by its ID, so moving a
// department (MoveDepartment) moves its record to another ID, and removing
// one (RemoveDepartment) moves those after it up by one: the IDs stay
// 1..n without gaps.

// The refusals of the departments' commands.
const (
	// ErrDepartmentInUse: Args: the code, then the numbers of the
	// questions addressed to it, of the answers it gave and of the
	// follow-ups it is charged with (each an []int, ascending).
	ErrDepartmentInUse Code = "department_in_use"
)

// MaxDepartmentCode is how long a department's code may be.
const MaxDepartmentCode = 20

// EditDepartment changes a department's code, name and representative.
// A new code is renamed in the same step everywhere the old one is named:
// the questions addressed to the department, its answers, and the
// follow-ups it is charged with or named in (Also).
type EditDepartment struct {
	Code           string `json:"code"` // the department, by its code before the edit
	NewCode        string `json:"new_code"`
	Name           string `json:"name"`
	Representative Person `json:"representative"`
}

// RemoveDepartment deletes a department (one added by mistake, or that
// will not attend). Refused while a question, an answer or a follow-up
// names it.
type RemoveDepartment struct {
	Code string `json:"code"`
}

// MoveDepartment moves a department By places in the order (negative is
// earlier); it stops at either end.
type MoveDepartment struct {
	Code string `json:"code"`
	By   int    `json:"by"`
}

func (EditDepartment) Verb() string   { return "edit_department" }
func (RemoveDepartment) Verb() string { return "remove_department" }
func (MoveDepartment) Verb() string   { return "move_department" }

func (cmd EditDepartment) clean() Command {
	cmd.Code, cmd.NewCode, cmd.Name = CleanLine(cmd.Code), CleanLine(cmd.NewCode), CleanLine(cmd.Name)
	cmd.Representative = cleanPerson(cmd.Representative)
	return cmd
}

func (cmd RemoveDepartment) clean() Command { cmd.Code = CleanLine(cmd.Code); return cmd }
func (cmd MoveDepartment) clean() Command   { cmd.Code = CleanLine(cmd.Code); return cmd }

// checkDepartment checks a department's fields (already cleaned): a code
// and a name, not too long, and a code no other department has (self is
// the code of the department being edited, "" for a new one).
func (c *change) checkDepartment(code, name string, rep Person, self string) error {
	switch {
	case code == "":
		return refuse(ErrEmptyCode)
	case name == "":
		return refuse(ErrEmptyName)
	case Len(code) > MaxDepartmentCode:
		return refuse(ErrTooLong, "code", MaxDepartmentCode)
	case Len(name) > MaxLineLen:
		return refuse(ErrTooLong, "name", MaxLineLen)
	case code != self && c.m.DepartmentByCode(code) != nil:
		return refuse(ErrDuplicateCode, code)
	}
	return checkPersonLen(rep)
}

// DepartmentUse is what names a department: the questions addressed to
// it, the answers it gave, the follow-ups it is charged with or named in;
// each by number, ascending.
type DepartmentUse struct {
	Questions, Answers, FollowUps []int
}

// InUse reports whether anything names the department.
func (u DepartmentUse) InUse() bool {
	return len(u.Questions)+len(u.Answers)+len(u.FollowUps) > 0
}

// UseOf returns what names the department with code.
func (m *Meeting) UseOf(code string) DepartmentUse {
	var u DepartmentUse
	for _, q := range m.Questions.All() {
		if q != nil && slices.Contains(q.Departments, code) {
			u.Questions = append(u.Questions, q.ID)
		}
	}
	for _, a := range m.Answers {
		if a != nil && a.Department == code {
			u.Answers = append(u.Answers, a.ID)
		}
	}
	for _, f := range m.FollowUps {
		if f != nil && (f.Department == code || slices.Contains(f.Also, code)) {
			u.FollowUps = append(u.FollowUps, f.ID)
		}
	}
	return u
}

func (cmd EditDepartment) apply(c *change) error {
	d := c.m.DepartmentByCode(cmd.Code)
	if d == nil {
		return refuse(ErrUnknownDepartment, cmd.Code)
	}
	if err := c.checkDepartment(cmd.NewCode, cmd.Name, cmd.Representative, d.Code); err != nil {
		return err
	}
	if d.Code == cmd.NewCode && d.Name == cmd.Name && d.Representative == cmd.Representative {
		return nil // nothing changed: nothing to store or to undo
	}
	c.putDepartment(&Department{ID: d.ID, Code: cmd.NewCode, Name: cmd.Name, Representative: cmd.Representative})
	if cmd.NewCode != d.Code {
		c.renameDepartment(d.Code, cmd.NewCode)
	}
	return nil
}

// renameDepartment replaces the code from by to in every record that
// names it; each record it changes is put, so the log keeps its
// before-image.
func (c *change) renameDepartment(from, to string) {
	swap := func(codes []string) []string {
		out := slices.Clone(codes)
		for i, code := range out {
			if code == from {
				out[i] = to
			}
		}
		return out
	}
	u := c.m.UseOf(from)
	for _, id := range u.Questions {
		q := *c.m.Question(id)
		q.Departments = swap(q.Departments)
		c.putQuestion(&q)
	}
	for _, id := range u.Answers {
		a := *c.m.Answer(id)
		a.Department = to
		c.putAnswer(&a)
	}
	for _, id := range u.FollowUps {
		f := *c.m.FollowUp(id)
		if f.Department == from {
			f.Department = to
		}
		if slices.Contains(f.Also, from) {
			f.Also = swap(f.Also)
		}
		c.putFollowUp(&f)
	}
}

func (cmd RemoveDepartment) apply(c *change) error {
	d := c.m.DepartmentByCode(cmd.Code)
	if d == nil {
		return refuse(ErrUnknownDepartment, cmd.Code)
	}
	if u := c.m.UseOf(d.Code); u.InUse() {
		return refuse(ErrDepartmentInUse, d.Code, u.Questions, u.Answers, u.FollowUps)
	}
	ids := c.departmentIDs()
	i := slices.Index(ids, d.ID)
	// Those after it move up one place; the last place empties.
	for j := i; j < len(ids)-1; j++ {
		next := *c.m.Department(ids[j+1])
		next.ID = ids[j]
		c.putDepartment(&next)
	}
	c.dropDepartment(ids[len(ids)-1])
	return nil
}

func (cmd MoveDepartment) apply(c *change) error {
	d := c.m.DepartmentByCode(cmd.Code)
	if d == nil {
		return refuse(ErrUnknownDepartment, cmd.Code)
	}
	ids := c.departmentIDs()
	i := slices.Index(ids, d.ID)
	j := movedTo(i, len(ids), cmd.By)
	if i == j {
		return nil
	}
	order := make([]*Department, len(ids))
	for k, id := range ids {
		order[k] = c.m.Department(id)
	}
	order = moved(order, i, j)
	for k, id := range ids {
		if order[k].ID != id {
			cp := *order[k]
			cp.ID = id
			c.putDepartment(&cp)
		}
	}
	return nil
}

// departmentIDs are the IDs that hold a department, in order (a meeting
// restored by an undo may have gaps).
func (c *change) departmentIDs() []int {
	var ids []int
	for _, d := range c.m.Departments {
		if d != nil {
			ids = append(ids, d.ID)
		}
	}
	return ids
}

// dropDepartment deletes the department at id; empty places at the end
// are trimmed, as a file loaded again would have them (the next new
// department takes the number after the last one).
func (c *change) dropDepartment(id int) {
	if !c.copiedDepartments {
		c.m.Departments = slices.Clone(c.m.Departments)
		c.copiedDepartments = true
	}
	c.m.Departments[id-1] = nil
	n := len(c.m.Departments)
	for n > 0 && c.m.Departments[n-1] == nil {
		n--
	}
	c.m.Departments = slices.Clip(c.m.Departments[:n])
	if n == 0 {
		c.m.Departments = nil
	}
	c.touch(Ref{Kind: RecDepartment, ID: id})
}
