package ui

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/ui/theme"
)

// deptPicker chooses a department: the departments the questions address
// first (starred), then every other one. For a written answer it also takes
// a deadline. A digit names one of the first ten rows: 1 to 9, then 0.
type deptPicker struct {
	question  int    // the first of the questions: the one w sends to writing
	questions string // all their numbers, for the title: "7, 8, 9"
	codes     []string
	addressed int // codes[:addressed] are addressed by one of the questions
	cursor    int
	deadline  *field // nil when no deadline is asked for
	onDate    bool   // focus is on the deadline field
}

// newDeptPicker picks a department for qs: one question, or a group, whose
// addressed departments are those of any of its questions, in the order the
// questions name them.
func newDeptPicker(m *model.Meeting, qs []*model.Question, withDeadline bool, today time.Time) *deptPicker {
	p := &deptPicker{question: qs[0].ID}
	nums := make([]string, len(qs))
	for i, q := range qs {
		nums[i] = strconv.Itoa(q.ID)
	}
	p.questions = strings.Join(nums, ", ")
	for _, q := range qs {
		for _, code := range q.Departments {
			if m.DepartmentByCode(code) != nil && !slices.Contains(p.codes, code) {
				p.codes = append(p.codes, code)
			}
		}
	}
	p.addressed = len(p.codes)
	// The others in the meeting's order (the Departments screen's).
	for _, d := range m.Departments {
		if d != nil && !slices.Contains(p.codes, d.Code) {
			p.codes = append(p.codes, d.Code)
		}
	}
	if withDeadline {
		p.deadline = newTextField("", today.AddDate(0, 0, writtenAnswerDays).Format(dateLayout)) // today is in the meeting's zone
		p.deadline.input.Blur()
	}
	return p
}

// dateLayout is how dates are typed and shown: dd/mm/yyyy.
const dateLayout = "02/01/2006"

func (p *deptPicker) chosen() string {
	if len(p.codes) == 0 {
		return ""
	}
	return p.codes[p.cursor]
}

// digitRow is the row a digit key names: 1 to 9 the first nine, 0 the
// tenth; -1 for anything else.
func digitRow(text string) int {
	switch {
	case len(text) != 1 || text[0] < '0' || text[0] > '9':
		return -1
	case text[0] == '0':
		return 9
	}
	return int(text[0] - '1')
}

// rowDigit is the digit that names row i, "" past the tenth.
func rowDigit(i int) string {
	if i < 0 || i > 9 {
		return ""
	}
	return strconv.Itoa((i + 1) % 10)
}

// pickDigit moves the selection to the row the digit names and says
// whether there is one.
func (p *deptPicker) pickDigit(text string) bool {
	i := digitRow(text)
	if i < 0 || i >= len(p.codes) {
		return false
	}
	p.cursor = i
	return true
}

// typedLayouts are the ways a date may be typed: day and month with or
// without a leading zero ("30/6/2023" as well as "30/06/2023"), and a
// two-digit year ("30/06/23" is 2023).
var typedLayouts = []string{"2/1/2006", "2/1/06"}

// parseDate reads a typed date as the start of that day in loc.
func parseDate(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range typedLayouts {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseDeadline reads the deadline as the end of that day in loc.
func parseDeadline(s string, loc *time.Location) (time.Time, bool) {
	t, ok := parseDate(s, loc)
	if !ok {
		return time.Time{}, false
	}
	return t.Add(24*time.Hour - time.Second), true
}

// update handles navigation and typing the deadline; enter, esc and the
// digits that choose are the caller's.
func (p *deptPicker) update(k PickerKeys, msg tea.KeyPressMsg) tea.Cmd {
	if p.deadline != nil && key.Matches(msg, k.Deadline) {
		p.onDate = !p.onDate
		if p.onDate {
			return p.deadline.input.Focus()
		}
		p.deadline.input.Blur()
		return nil
	}
	if p.onDate {
		var cmd tea.Cmd
		p.deadline.input, cmd = p.deadline.input.Update(msg)
		return cmd
	}
	switch {
	case key.Matches(msg, k.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(msg, k.Down):
		p.cursor = min(len(p.codes)-1, p.cursor+1)
	}
	return nil
}

func (p *deptPicker) view(c *Context, m *model.Meeting, w, h int) []string {
	st := c.Styles
	var lines []string
	if p.deadline != nil {
		label := c.T.T("picker.deadline")
		v := p.deadline.input.View()
		if p.onDate {
			label = st.Focused.Render(label)
		} else {
			label = st.Label.Render(label)
		}
		lines = append(lines, label+" "+v, "")
	}
	listH := max(1, h-len(lines))
	top := 0
	if p.cursor >= listH {
		top = p.cursor - listH + 1
	}
	for i := top; i < len(p.codes) && len(lines) < h; i++ {
		d := m.DepartmentByCode(p.codes[i])
		mark := "  "
		if i < p.addressed {
			mark = "★ "
		}
		num := "  "
		if d := rowDigit(i); d != "" {
			num = d + " "
		}
		sel := theme.Unselected
		if i == p.cursor && !p.onDate {
			sel = theme.Selected // enter picks this one, colour or not
		}
		text := fit(sel+num+mark+d.Code+" · "+d.Name+" — "+d.Representative.Name, w)
		switch {
		case i == p.cursor && !p.onDate:
			text = st.QueueSelected.Render(text)
		case i < p.addressed:
			text = st.FloorName.Render(text)
		}
		lines = append(lines, text)
	}
	return lines
}
