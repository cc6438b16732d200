package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"podium/model"
	"podium/ui/theme"
)

// queueList is the question list on the Moderate screen: what is on the
// floor, then the waiting queue in speaking order, then the closed questions.
// Rows are rebuilt when the meeting or the filter changes, never while
// drawing, and a frame draws only the rows that fit.
type queueList struct {
	rows      []int // question IDs in display order, after the filter
	selected  int   // question ID under the cursor, 0 if none
	top       int   // first visible row
	height    int   // visible rows, set by the last draw
	filter    string
	passing   filterSet // which questions pass the filter
	warmed    *model.Meeting
	stale     bool       // a snapshot came while the screen was hidden (lazyrows.go)
	marked    []int      // waiting questions marked to be called as a group, in marking order
	order     queueOrder // how the waiting questions are listed
	closedIDs closedRows // the closed questions, followed from snapshot to snapshot (queuerows.go)

	selectedStatus model.Status // the selected question's status at the last rebuild
}

// rebuild recomputes the rows from a meeting, keeping the cursor on the same
// question when it is still listed.
func (l *queueList) rebuild(m *model.Meeting) {
	if m != l.warmed {
		l.warmed = m
		warmHays(m) // the filter's first keystroke finds them folded
	}
	// Marks only stand on questions still waiting.
	l.marked = slices.DeleteFunc(l.marked, func(id int) bool {
		q := m.Question(id)
		return q == nil || q.Status != model.StatusWaiting
	})
	l.rows = l.filteredRows(m, model.Fold(l.filter))
	rows := l.rows
	if len(rows) == 0 {
		l.selected = 0
		return
	}
	// A question that has just closed leaves the cursor behind: the
	// moderator's next business is the queue, not the bottom of the list.
	if q := m.Question(l.selected); q != nil && closed(q.Status) && l.selectedStatus != "" && !closed(l.selectedStatus) {
		l.selected = 0
	}
	defer func() {
		if q := m.Question(l.selected); q != nil {
			l.selectedStatus = q.Status
		}
	}()
	if !slices.Contains(rows, l.selected) {
		// The first waiting question is where the moderator's eye goes.
		l.selected = rows[0]
		for _, id := range rows {
			if q := m.Question(id); q.Status == model.StatusWaiting {
				l.selected = id
				break
			}
		}
	}
}

// filteredRows are the rows through the filter folded f (if any) and in
// the chosen order: every question is looked at.
func (l *queueList) filteredRows(m *model.Meeting, f string) []int {
	// By ID, not by question: reading each question was a cache miss per
	// row and per keystroke at 100,000 questions.
	keep := func(id int) bool { return m.Question(id) != nil }
	if f != "" {
		l.passing.update(m, f)
		keep = l.passing.keeps // only a question can pass
	}
	rows := l.rows[:0]
	for _, id := range m.Floor.Questions {
		if keep(id) {
			rows = append(rows, id)
		}
	}
	start := len(rows)
	for _, id := range m.Queue.All() {
		if keep(id) {
			rows = append(rows, id)
		}
	}
	l.sortWaiting(m, rows[start:])
	for _, id := range l.closedIDs.follow(m) {
		if keep(id) {
			rows = append(rows, id)
		}
	}
	return rows
}

func closed(s model.Status) bool {
	switch s {
	case model.StatusAnswered, model.StatusInWriting, model.StatusWithdrawn, model.StatusMerged:
		return true
	}
	return false
}

func (l *queueList) index() int { return max(0, slices.Index(l.rows, l.selected)) }

// move shifts the cursor by n rows, stopping at either end.
func (l *queueList) move(n int) {
	if len(l.rows) == 0 {
		return
	}
	l.selected = l.rows[min(max(l.index()+n, 0), len(l.rows)-1)]
}

// view draws the list in w×h cells (header included).
func (l *queueList) view(c *Context, m *model.Meeting, w, h int) []string {
	if h <= 0 || w <= 0 {
		return nil
	}
	cols := queueColumns(w, l.numberWidth(m), labelsWidth(c, "kind.", model.KindQuestion, model.KindRecommendation, model.KindProposal),
		labelsWidth(c, "status.", model.StatusWaiting, model.StatusAsking, model.StatusAwaiting, "answering",
			model.StatusAnswered, model.StatusInWriting, model.StatusWithdrawn, model.StatusMerged))
	lines := []string{c.Styles.QueueHeader.Render(theme.Unselected + cols.row(
		c.T.T("col.no"), c.T.T("col.asker"), c.T.T("col.kind"),
		c.T.T("col.theme"), c.T.T("col.depts"), c.T.T("col.status")))}
	l.height = h - 1
	if len(l.rows) == 0 {
		msg := c.T.T("queue.empty")
		if l.filter != "" {
			msg = c.T.T("queue.no_match", l.filter)
		}
		return append(lines, c.Styles.Dim.Render(cut(msg, w)))
	}
	i := l.index()
	if i < l.top {
		l.top = i
	}
	if i >= l.top+l.height {
		l.top = i - l.height + 1
	}
	l.top = min(l.top, max(0, len(l.rows)-l.height))
	for r := l.top; r < len(l.rows) && r < l.top+l.height; r++ {
		q := m.Question(l.rows[r])
		no := fmt.Sprint(q.ID)
		if slices.Contains(l.marked, q.ID) {
			no = "•" + no
		}
		text := cols.row(no, q.Asker.Name, c.kind(q.Kind), q.Theme,
			depts(q.Departments), queueStatus(c, m, q))
		st, mark := c.Styles.FloorText, theme.Unselected
		switch {
		case q.ID == l.selected:
			// The ▸ says it without colour: enter calls this one.
			st, mark = c.Styles.QueueSelected, theme.Selected
		case q.Status == model.StatusAsking || q.Status == model.StatusAwaiting:
			st = c.Styles.QueueFloor
		case closed(q.Status):
			st = c.Styles.QueueClosed
		}
		lines = append(lines, st.Render(mark+text))
	}
	return lines
}

// columns are the widths of the queue's columns for one width.
type columns struct{ no, asker, kind, theme, depts, status int }

// queueStatus is a question's status in the queue: awaiting its answer,
// or being answered when its department has the floor.
func queueStatus(c *Context, m *model.Meeting, q *model.Question) string {
	if q.Status == model.StatusAwaiting && m.Floor.State == model.FloorAnswering && slices.Contains(m.Floor.Questions, q.ID) {
		return c.T.T("status.answering")
	}
	return c.status(q.Status)
}

// labelsWidth is the width of the widest of the catalog's labels
// prefix+name: a column of them is never cut.
func labelsWidth[S ~string](c *Context, prefix string, names ...S) int {
	n := 0
	for _, s := range names {
		n = max(n, width(c.T.T(prefix+string(s))))
	}
	return n
}

// numberWidth is how wide the number column must be for every question's
// number, and the group mark before it, to show whole: three cells up to
// 999 questions, more in a long meeting (a cut "12…" could be 1,200 or
// 1,299).
func (l *queueList) numberWidth(m *model.Meeting) int {
	n := len(strconv.Itoa(m.Questions.Len()))
	if len(l.marked) > 0 {
		n++ // "•"
	}
	return max(3, n)
}

// queueColumns are the queue's column widths in w cells: the number column
// noW wide, the kind and status columns as wide as their widest label.
func queueColumns(w, noW, kindW, statusW int) columns {
	c := columns{no: noW, kind: kindW, depts: 11, status: statusW}
	if w < 76 {
		c.depts = 8
	}
	rest := w - c.no - c.kind - c.depts - c.status - 5 - 1 // 1: the selection mark
	c.asker = max(4, rest*11/20)
	c.theme = max(0, rest-c.asker)
	return c
}

func (c columns) row(no, asker, kind, theme, depts, status string) string {
	return strings.Join([]string{
		fmt.Sprintf("%*s", c.no, cut(no, c.no)),
		fit(asker, c.asker), fit(kind, c.kind), fit(theme, c.theme),
		fit(depts, c.depts), fit(status, c.status),
	}, " ")
}

// queueOrder is how the waiting questions are listed. The moderator's
// manual order is the queue itself and is never changed by a view: within
// a theme or a department the questions keep it.
type queueOrder int

const (
	orderManual queueOrder = iota
	orderTheme
	orderDepartment
	orderCount
)

func (o queueOrder) key() string {
	return [...]string{"order.manual", "order.theme", "order.department"}[o]
}

// sortWaiting lists the waiting rows by theme or by first addressed
// department (Vietnamese order), keeping the queue's order within each.
func (l *queueList) sortWaiting(m *model.Meeting, rows []int) {
	var by func(q *model.Question) string
	switch l.order {
	case orderTheme:
		by = func(q *model.Question) string { return q.Theme }
	case orderDepartment:
		by = func(q *model.Question) string {
			if len(q.Departments) == 0 {
				return ""
			}
			if d := m.DepartmentByCode(q.Departments[0]); d != nil {
				return d.Name
			}
			return q.Departments[0]
		}
	default:
		return
	}
	sortVietnamese(rows, func(id int) string { return by(m.Question(id)) })
}

// toggleMark marks the selected waiting question for a group, or unmarks it.
func (l *queueList) toggleMark(m *model.Meeting) bool {
	q := m.Question(l.selected)
	if q == nil || q.Status != model.StatusWaiting {
		return false
	}
	if i := slices.Index(l.marked, q.ID); i >= 0 {
		l.marked = slices.Delete(l.marked, i, i+1)
	} else {
		l.marked = append(l.marked, q.ID)
	}
	return true
}
