package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/ui/i18n"
	"podium/ui/theme"
)

// departmentsScreen lists the meeting's departments in their order, the
// order the pickers number them in (1 to 9, then 0) and the documents list
// them in, with what each has to do: the questions addressed to it, the
// answers it gave, its open follow-ups. The organiser adds, edits, removes
// and reorders them here.
type departmentsScreen struct {
	*shared
	baseScreen
	sel  int    // the selected row
	code string // the selected department's code: the selection follows it when it moves
	top  int    // the first row shown

	// The figures of the meeting they were counted from, once per snapshot.
	counted *model.Meeting
	figures map[string]deptFigures
}

// deptFigures is what one department has to do.
type deptFigures struct {
	questions, answers, open int
	ids                      []int // the questions addressed to it, ascending
}

func (m *departmentsScreen) titleKey() string { return "screen.departments" }

// rows are the departments in their order.
func (m *departmentsScreen) rows() []*model.Department {
	var out []*model.Department
	for _, d := range m.meeting().Departments {
		if d != nil {
			out = append(out, d)
		}
	}
	return out
}

// selected is the selected department, or nil when there is none: the
// one whose code was selected if it is still there, else the one at the
// selected row.
func (m *departmentsScreen) selected(rows []*model.Department) *model.Department {
	if len(rows) == 0 {
		m.sel = 0
		return nil
	}
	for i, d := range rows {
		if d.Code == m.code {
			m.sel = i
			return d
		}
	}
	m.sel = clampIndex(m.sel, len(rows))
	m.code = rows[m.sel].Code
	return rows[m.sel]
}

func (m *departmentsScreen) choose(rows []*model.Department, i int) {
	if len(rows) == 0 {
		return
	}
	m.sel = clampIndex(i, len(rows))
	m.code = rows[m.sel].Code
}

// keyPress is the Departments screen's keyboard.
func (m *departmentsScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k, t := m.ctx.Keys.Departments, m.ctx.T
	rows := m.rows()
	d := m.selected(rows)
	switch {
	case key.Matches(msg, k.Up):
		m.choose(rows, m.sel-1)
	case key.Matches(msg, k.Down):
		m.choose(rows, m.sel+1)
	case key.Matches(msg, k.Add):
		m.openForm(nil)
	case key.Matches(msg, k.Import):
		m.openImportForm(importDepartments) // importform.go
	case d == nil:
		return nil, key.Matches(msg, k.Edit, k.Remove, k.MoveUp, k.MoveDown)
	case key.Matches(msg, k.Edit):
		m.openForm(d)
	case key.Matches(msg, k.Remove):
		return m.send(model.RemoveDepartment{Code: d.Code}, t.T("done.remove_department", d.Code)), true
	case key.Matches(msg, k.MoveUp):
		return m.send(model.MoveDepartment{Code: d.Code, By: -1}, t.T("done.move_department", d.Code)), true
	case key.Matches(msg, k.MoveDown):
		return m.send(model.MoveDepartment{Code: d.Code, By: 1}, t.T("done.move_department", d.Code)), true
	default:
		return nil, false
	}
	return nil, true
}

// openForm opens the department form (adding when d is nil); once saved,
// the selection goes to the code typed.
func (m *departmentsScreen) openForm(d *model.Department) {
	m.openDepartmentFormFor(d)
	submit := m.form.submit
	m.form.submit = func(f []*field) (model.Command, string, string) {
		m.code = strings.ToUpper(model.CleanLine(f[0].value()))
		return submit(f)
	}
}

// ShortHelp is the screen's help line.
func (m *departmentsScreen) ShortHelp() []key.Binding {
	k, g := m.ctx.Keys.Departments, m.ctx.Keys.Global
	reorder := key.NewBinding(key.WithKeys(append(k.MoveUp.Keys(), k.MoveDown.Keys()...)...), key.WithHelp(k.MoveUp.Keys()[0]+"/"+k.MoveDown.Keys()[0], m.ctx.T.T("key.reorder_departments")))
	return []key.Binding{k.Add, k.Edit, k.Remove, reorder, g.NextScreen, g.Help, g.Quit}
}

// FullHelp is every key of the screen.
func (m *departmentsScreen) FullHelp() []helpGroup {
	k := m.ctx.Keys.Departments
	return []helpGroup{{m.ctx.T.T("help.departments"), []key.Binding{k.Up, k.Down, k.Add, k.Edit, k.Remove, k.MoveUp, k.MoveDown, k.Import}}}
}

// count works out every department's figures, once per snapshot.
func (m *departmentsScreen) count() map[string]deptFigures {
	mt := m.meeting()
	if m.counted == mt && m.figures != nil {
		return m.figures
	}
	fs := map[string]deptFigures{}
	for _, q := range mt.Questions.All() {
		if q == nil {
			continue
		}
		for _, code := range q.Departments {
			f := fs[code]
			f.questions++
			f.ids = append(f.ids, q.ID)
			fs[code] = f
		}
	}
	for _, a := range mt.Answers {
		if a != nil {
			f := fs[a.Department]
			f.answers++
			fs[a.Department] = f
		}
	}
	for _, fu := range mt.FollowUps {
		if fu == nil || fu.Status != model.FollowUpOpen {
			continue
		}
		for _, code := range fu.Departments() {
			f := fs[code]
			f.open++
			fs[code] = f
		}
	}
	m.counted, m.figures = mt, fs
	return fs
}

// view draws the list, then the selected department's representative and
// questions, and what the order is for.
func (m *departmentsScreen) view(w, h int) string {
	st, t := m.ctx.Styles, m.ctx.T
	rows := m.rows()
	iw, ih := w-2, h-2
	title := t.T("box.departments", len(rows))
	if len(rows) == 0 {
		return box(title, []string{st.FloorIdle.Render(cut(t.T("departments.none"), iw))}, w, h, st.Border, st.BoxTitle)
	}
	d := m.selected(rows)
	figs := m.count()
	cols := m.columns(rows, iw)
	tail := m.detail(d, figs[d.Code], iw)
	listH := max(1, ih-2-len(tail)) // 2: the header, a blank line
	m.top = scrollTop(m.top, m.sel, m.sel, listH, len(rows))
	lines := []string{st.QueueHeader.Render(cols.header(t))}
	for i := m.top; i < min(len(rows), m.top+listH); i++ {
		text := cols.row(i, rows[i], figs[rows[i].Code])
		if i == m.sel {
			lines = append(lines, st.QueueSelected.Render(fit(theme.Selected+text, iw)))
		} else {
			lines = append(lines, fit(theme.Unselected+text, iw))
		}
	}
	lines = append(lines, "")
	return box(title, append(lines, tail...), w, h, st.Border, st.BoxTitle)
}

// detail is what the list has no room for: the selected department's
// name and representative, the questions addressed to it, and what the
// order means.
func (m *departmentsScreen) detail(d *model.Department, f deptFigures, w int) []string {
	st, t := m.ctx.Styles, m.ctx.T
	rep := person(d.Representative)
	if rep == "" {
		rep = t.T("departments.no_rep")
	}
	asked := t.T("departments.no_questions")
	if len(f.ids) > 0 {
		asked = t.T("departments.questions", numberList(f.ids, 12))
	}
	lines := []string{
		st.Department.Render(cut(d.Code+" · "+d.Name, w)),
		cut(t.T("departments.rep", rep), w),
		cut(asked, w),
	}
	hint, _ := wrap(t.T("departments.order_hint"), w, 2)
	for _, l := range hint {
		lines = append(lines, st.Dim.Render(l))
	}
	return lines
}

// numberList is "4, 7, 12", at most n numbers and then "…".
func numberList(ids []int, n int) string {
	var b strings.Builder
	for i, id := range ids {
		if i == n {
			b.WriteString(", …")
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, id)
	}
	return b.String()
}

// deptColumns are the list's column widths: the place, the code, the
// name, the representative (when there is room) and the three figures.
type deptColumns struct {
	code, name, rep int
	figs            [3]int // each figure's width: its heading's
}

// figureKeys are the figures' headings.
var figureKeys = [3]string{"departments.col.questions", "departments.col.answers", "departments.col.open"}

func (m *departmentsScreen) columns(rows []*model.Department, w int) deptColumns {
	t := m.ctx.T
	c := deptColumns{code: width(t.T("departments.col.code"))}
	for _, d := range rows {
		c.code = max(c.code, width(d.Code))
	}
	c.code = min(c.code, 10)
	rest := w - 1 - 2 - 1 - c.code - 1 // 1 mark, 2 place, then a space before each column
	for i, k := range figureKeys {
		c.figs[i] = max(3, width(t.T(k)))
		rest -= c.figs[i] + 1
	}
	if rest >= 60 {
		// The names whole if they fit beside a representative of 24 cells.
		names := 0
		for _, d := range rows {
			names = max(names, width(d.Name))
		}
		c.name = max(12, min(names, rest-25))
		c.rep = rest - c.name - 1
	} else {
		c.name = max(4, rest)
	}
	return c
}

func (c deptColumns) header(t i18n.Catalog) string {
	s := " " + fit("", 2) + " " + fit(t.T("departments.col.code"), c.code) + " " + fit(t.T("departments.col.name"), c.name)
	if c.rep > 0 {
		s += " " + fit(t.T("departments.col.rep"), c.rep)
	}
	for i, k := range figureKeys {
		s += " " + fmt.Sprintf("%*s", c.figs[i], t.T(k))
	}
	return s
}

// row is one department's line, without the selection mark. Its place is
// the digit the pickers give it for the first ten.
func (c deptColumns) row(i int, d *model.Department, f deptFigures) string {
	s := fmt.Sprintf("%2d", i+1) + " " + fit(d.Code, c.code) + " " + fit(d.Name, c.name)
	if c.rep > 0 {
		s += " " + fit(person(d.Representative), c.rep)
	}
	for i, n := range []int{f.questions, f.answers, f.open} {
		s += " " + fmt.Sprintf("%*d", c.figs[i], n)
	}
	return s
}

// openDepartmentFormFor opens the department form: adding one (d nil),
// or editing d; a new code is then renamed wherever the old one is used.
func (m *shared) openDepartmentFormFor(d *model.Department) {
	t := m.ctx.T
	var v model.Department
	title, hint := t.T("form.dept_title"), t.T("form.dept_hint")
	if d != nil {
		v = *d
		title, hint = t.T("form.dept_edit_title", d.Code), t.T("form.dept_edit_hint")
	}
	fm := newForm(title,
		newTextField(t.T("form.dept_code"), v.Code),
		newTextField(t.T("form.dept_name"), v.Name),
		newTextField(t.T("form.dept_rep"), v.Representative.Name),
		newTextField(t.T("form.dept_rep_role"), v.Representative.Role),
	)
	fm.hint = hint
	fm.submit = func(f []*field) (model.Command, string, string) {
		code := strings.ToUpper(f[0].value())
		rep := model.Person{Name: f[2].value(), Role: f[3].value(), Unit: v.Representative.Unit}
		shown := model.CleanLine(code)
		if d == nil {
			return model.AddDepartment{Code: code, Name: f[1].value(), Representative: rep},
				t.T("done.add_department", shown), ""
		}
		ok := t.T("done.edit_department", shown)
		if shown != v.Code {
			ok = t.T("done.rename_department", v.Code, shown)
		}
		return model.EditDepartment{Code: v.Code, NewCode: code, Name: f[1].value(), Representative: rep}, ok, ""
	}
	m.openForm(fm)
}

// departmentInUseText says why a department cannot be removed: what still
// names it (model.ErrDepartmentInUse's Args: the code, then the numbers
// of the questions, the answers and the follow-ups).
func departmentInUseText(t i18n.Catalog, args []any) string {
	code := fmt.Sprint(argAt(args, 0))
	list := func(i int) []int { ids, _ := argAt(args, i).([]int); return ids }
	var parts []string
	if qs := list(1); len(qs) > 0 {
		parts = append(parts, t.T("departments.use.questions", len(qs), numberList(qs, 8)))
	}
	if as := list(2); len(as) > 0 {
		parts = append(parts, t.T("departments.use.answers", len(as)))
	}
	if fs := list(3); len(fs) > 0 {
		parts = append(parts, t.T("departments.use.followups", len(fs), numberList(fs, 8)))
	}
	if len(parts) == 0 {
		return t.T("err.department_in_use", code)
	}
	what := parts[0]
	if n := len(parts); n > 1 {
		what = strings.Join(parts[:n-1], ", ") + t.T("departments.use.and") + parts[n-1]
	}
	return t.T("departments.in_use", code, what)
}

// DepartmentKeys are the Departments screen's. (The import from a file
// adds its key here.)
type DepartmentKeys struct {
	Up       key.Binding
	Down     key.Binding
	Add      key.Binding
	Edit     key.Binding
	Remove   key.Binding
	MoveUp   key.Binding
	MoveDown key.Binding
	Import   key.Binding // a file of departments (importform.go)
}

func departmentKeys(b bindFunc, h helpFunc, s ScrollKeys) DepartmentKeys {
	return DepartmentKeys{
		Up:       s.Up,
		Down:     s.Down,
		Add:      b("key.add_department", "a"),
		Edit:     h(b("key.edit_department", "e", "enter"), "e/enter", "key.edit_department"),
		Remove:   h(b("key.remove_department", "x", "delete"), "x", "key.remove_department"),
		MoveUp:   h(b("key.move_department_up", "K", "shift+up"), "K/⇧↑", "key.move_department_up"),
		MoveDown: h(b("key.move_department_down", "J", "shift+down"), "J/⇧↓", "key.move_department_down"),
		Import:   b("key.import", "i"),
	}
}
