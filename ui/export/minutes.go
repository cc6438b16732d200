package export

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"podium/model"
	"podium/ui/i18n"
)

// The minutes (Markdown, HTML) and the spreadsheets (CSV) are built from
// the same rows, in the meeting's language: Vietnamese headings and
// dd/mm/yyyy dates when Header.Language is "vi", English otherwise. Every
// heading comes from the catalog. now is the day the follow-ups' overdue
// marks are counted from; nothing here reads the clock.

// minutes is a meeting read for the office: its header, every item in
// order, the conclusions and the follow-ups by department.
type minutes struct {
	t   i18n.Catalog
	vi  bool
	loc *time.Location
	m   *model.Meeting
	now time.Time

	askers      int
	counts      []string // "18 answered on the spot", ...
	departments []string // names of the departments that answered, in order of their first answer
	start, end  time.Time

	items       []item
	conclusions []*model.FollowUp
	byDept      []deptFollowUps

	// Indexes by question ID, built once: a meeting of 10,000 questions
	// must not scan every answer for each question.
	answersOf   map[int][]*model.Answer
	followUpsOf map[int][]*model.FollowUp
}

// item is one question with everything the minutes say about it.
type item struct {
	q                              *model.Question
	asker, role, unit, kind, theme string
	content                        string
	addressed                      string // department codes
	answeredBy, responder, summary string
	outcome, deadline, status      string
	overdue                        bool
}

type deptFollowUps struct {
	code, name string
	followUps  []*model.FollowUp
	overdue    int
}

func newMinutes(m *model.Meeting, now time.Time) *minutes {
	vi := strings.HasPrefix(strings.ToLower(strings.TrimSpace(m.Header.Language)), "vi")
	lang := i18n.EN
	if vi {
		lang = i18n.VI
	}
	loc := time.UTC
	if !m.Header.Date.IsZero() {
		loc = m.Header.Date.Location()
	}
	x := &minutes{t: i18n.New(lang), vi: vi, loc: loc, m: m, now: now}
	x.build()
	return x
}

// date is a day as the office writes it: 23/03/2023, or 23 Mar 2023.
func (x *minutes) date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(x.loc)
	if x.vi {
		return t.Format("02/01/2006")
	}
	return t.Format("2 Jan 2006")
}

// csvDate is a day in a spreadsheet: dd/mm/yyyy in Vietnamese, ISO otherwise.
func (x *minutes) csvDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if x.vi {
		return t.In(x.loc).Format("02/01/2006")
	}
	return t.In(x.loc).Format("2006-01-02")
}

func (x *minutes) clock(t time.Time) string { return t.In(x.loc).Format("15:04") }

func (x *minutes) deptName(code string) string {
	if d := x.m.DepartmentByCode(code); d != nil {
		return d.Name
	}
	return code
}

func personLine(p model.Person) string {
	var parts []string
	for _, s := range []string{p.Name, p.Role} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

func ids(qs []int) string {
	s := make([]string, len(qs))
	for i, id := range qs {
		s[i] = fmt.Sprint(id)
	}
	return strings.Join(s, ", ")
}

func (x *minutes) build() {
	m, t := x.m, x.t
	x.answersOf, x.followUpsOf = map[int][]*model.Answer{}, map[int][]*model.FollowUp{}
	for _, a := range m.Answers {
		if a != nil {
			for _, id := range a.Questions {
				x.answersOf[id] = append(x.answersOf[id], a)
			}
		}
	}
	for _, f := range m.FollowUps {
		if f != nil {
			for _, id := range f.Questions {
				x.followUpsOf[id] = append(x.followUpsOf[id], f)
			}
		}
	}
	// Items in the order they were taken up; then those never called, by
	// number.
	var qs []*model.Question
	for _, q := range m.Questions {
		if q != nil {
			qs = append(qs, q)
		}
	}
	slices.SortStableFunc(qs, func(a, b *model.Question) int {
		switch {
		case a.CalledAt.IsZero() != b.CalledAt.IsZero():
			if a.CalledAt.IsZero() {
				return 1
			}
			return -1
		case !a.CalledAt.Equal(b.CalledAt):
			return a.CalledAt.Compare(b.CalledAt)
		}
		return cmp.Compare(a.ID, b.ID)
	})

	askers := map[model.Person]bool{}
	tally := map[string]int{}
	for _, q := range qs {
		it := x.item(q)
		x.items = append(x.items, it)
		if q.Status != model.StatusWithdrawn {
			askers[model.Person{Name: strings.ToLower(q.Asker.Name), Unit: strings.ToLower(q.Asker.Unit)}] = true
		}
		tally[x.tallyKey(q)]++
		if !q.CalledAt.IsZero() && (x.start.IsZero() || q.CalledAt.Before(x.start)) {
			x.start = q.CalledAt
		}
	}
	x.askers = len(askers)
	for _, k := range []string{"answered", "in_writing", "forwarded", "commitment", "live", "withdrawn", "merged", "open"} {
		if n := tally[k]; n > 0 {
			x.counts = append(x.counts, t.T("minutes.count."+k, n))
		}
	}
	seen := map[string]bool{}
	for _, a := range m.Answers {
		if a == nil {
			continue
		}
		if !seen[a.Department] {
			seen[a.Department] = true
			x.departments = append(x.departments, x.deptName(a.Department))
		}
		if a.End.After(x.end) {
			x.end = a.End
		}
	}

	x.conclusions = m.Conclusions()
	groups := map[string]*deptFollowUps{}
	for _, f := range m.FollowUps {
		if f == nil {
			continue
		}
		g := groups[f.Department]
		if g == nil {
			g = &deptFollowUps{code: f.Department, name: x.deptName(f.Department)}
			groups[f.Department] = g
		}
		g.followUps = append(g.followUps, f)
		if f.Overdue(x.now) {
			g.overdue++
		}
	}
	// Departments in the meeting's order, then any unknown code.
	for _, d := range m.Departments {
		if d != nil && groups[d.Code] != nil {
			x.byDept = append(x.byDept, *groups[d.Code])
			delete(groups, d.Code)
		}
	}
	rest := make([]string, 0, len(groups))
	for code := range groups {
		rest = append(rest, code)
	}
	slices.Sort(rest)
	for _, code := range rest {
		x.byDept = append(x.byDept, *groups[code])
	}
}

// tallyKey is where a question counts in the header's breakdown.
func (x *minutes) tallyKey(q *model.Question) string {
	switch q.Status {
	case model.StatusAnswered, model.StatusInWriting:
		if o := x.outcomeOf(q); o != "" {
			return string(o)
		}
		return "in_writing"
	case model.StatusWithdrawn:
		return "withdrawn"
	case model.StatusMerged:
		return "merged"
	case model.StatusWaiting:
		return "open"
	}
	return "live"
}

// outcomeOf is the outcome of the newest ended answer covering q, or ""
// (a question deferred to writing before anyone answered it).
func (x *minutes) outcomeOf(q *model.Question) model.Outcome {
	as := x.answersOf[q.ID]
	for i := len(as) - 1; i >= 0; i-- {
		a := as[i]
		if a.End.IsZero() {
			continue
		}
		// A question of a group that went to writing on its own has its
		// own follow-up; the group's outcome is not its own.
		if q.Status == model.StatusInWriting && a.Outcome != model.OutcomeInWriting {
			continue
		}
		return a.Outcome
	}
	return ""
}

// followUpOf is q's own follow-up (not a conclusion): the newest one.
func (x *minutes) followUpOf(q *model.Question) *model.FollowUp {
	var f *model.FollowUp
	for _, g := range x.followUpsOf[q.ID] {
		if g.Source != model.SourceConclusion {
			f = g
		}
	}
	return f
}

func (x *minutes) item(q *model.Question) item {
	t := x.t
	it := item{
		q: q, asker: q.Asker.Name, role: q.Asker.Role, unit: q.Asker.Unit,
		kind: t.T("minutes.kind." + string(q.Kind)), theme: q.Theme, content: q.Text,
		addressed: strings.Join(q.Departments, ", "),
	}
	var by, who, notes []string
	for _, a := range x.answersOf[q.ID] {
		if name := x.deptName(a.Department); !slices.Contains(by, name) {
			by = append(by, name)
		}
		if p := personLine(a.Responder); p != "" && !slices.Contains(who, p) {
			who = append(who, p)
		}
		if a.Notes != "" {
			notes = append(notes, a.Notes)
		}
	}
	f := x.followUpOf(q)
	if len(by) == 0 && f != nil {
		by = append(by, x.deptName(f.Department))
	}
	it.answeredBy, it.responder, it.summary = strings.Join(by, "; "), strings.Join(who, "; "), strings.Join(notes, "\n\n")

	switch q.Status {
	case model.StatusAnswered, model.StatusInWriting:
		o := x.outcomeOf(q)
		if o == "" {
			o = model.OutcomeInWriting
		}
		it.outcome = t.T("minutes.outcome." + string(o))
		if o == model.OutcomeForwarded && f != nil && f.ForwardedTo != "" {
			it.outcome += " (" + t.T("minutes.forwarded_to", f.ForwardedTo) + ")"
		}
		if o == model.OutcomeCommitment && f != nil && f.What != "" {
			it.outcome += ": " + oneLine(f.What)
		}
	case model.StatusWithdrawn:
		it.outcome = t.T("minutes.withdrawn")
	case model.StatusMerged:
		it.outcome = t.T("minutes.merged_into", q.MergedInto)
	case model.StatusWaiting:
		it.outcome = t.T("minutes.not_reached")
	default:
		it.outcome = t.T("minutes.in_progress")
	}
	if f != nil {
		it.deadline = x.date(f.Deadline)
		it.status, it.overdue = x.followUpStatus(f)
	} else if q.Status == model.StatusAnswered {
		it.status = t.T("minutes.done")
	}
	return it
}

// followUpStatus is a follow-up's status as the office reads it: the
// status, the reply or resolution, and whether it is overdue.
func (x *minutes) followUpStatus(f *model.FollowUp) (string, bool) {
	t := x.t
	parts := []string{t.T("followup.status." + string(f.Status))}
	switch {
	case !f.ReplyDate.IsZero() && f.ReplyDoc != "":
		parts = append(parts, t.T("minutes.reply", f.ReplyDoc, x.date(f.ReplyDate)))
	case !f.ReplyDate.IsZero():
		parts = append(parts, t.T("minutes.reply_no_doc", x.date(f.ReplyDate)))
	}
	if !f.ResolvedDate.IsZero() {
		parts = append(parts, t.T("minutes.resolved_on", x.date(f.ResolvedDate)))
	}
	if f.Status == model.FollowUpForwarded && f.Source != model.SourceForwarded && f.ForwardedTo != "" {
		parts = append(parts, t.T("minutes.forwarded_to", f.ForwardedTo))
	}
	overdue := f.Overdue(x.now)
	if overdue {
		parts = append(parts, strings.ToUpper(t.T("minutes.overdue")))
	}
	return strings.Join(parts, ", "), overdue
}

// oneLine folds multi-line text onto one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// when is the meeting's date and its span: first call to last answer.
func (x *minutes) when() string {
	d := x.date(x.m.Header.Date)
	if d == "" && !x.start.IsZero() {
		d = x.date(x.start)
	}
	if x.start.IsZero() {
		return d
	}
	span := x.clock(x.start)
	if !x.end.IsZero() {
		span += " – " + x.clock(x.end)
	}
	if d == "" {
		return span
	}
	return d + ", " + span
}

func (x *minutes) chair() string { return personLine(x.m.Header.Chair) }

func (x *minutes) questionsLine() string {
	s := fmt.Sprint(len(x.items))
	if len(x.counts) > 0 {
		s += ": " + strings.Join(x.counts, "; ")
	}
	return s
}

// headerRows are the minutes' header, label and value, empty ones left out.
func (x *minutes) headerRows() [][2]string {
	t := x.t
	var rows [][2]string
	for _, r := range [][2]string{
		{t.T("minutes.topic"), x.m.Header.Topic},
		{t.T("minutes.time"), x.when()},
		{t.T("minutes.venue"), x.m.Header.Venue},
		{t.T("minutes.chair"), x.chair()},
		{t.T("minutes.askers"), fmt.Sprint(x.askers)},
		{t.T("minutes.questions"), x.questionsLine()},
		{t.T("minutes.departments"), strings.Join(x.departments, "; ")},
	} {
		if r[1] != "" {
			rows = append(rows, r)
		}
	}
	return rows
}

// conclusionLine is one conclusion after its department: what, by when,
// from which questions.
func (x *minutes) conclusionLine(f *model.FollowUp) string {
	s := oneLine(f.What)
	var extra []string
	if !f.Deadline.IsZero() {
		extra = append(extra, x.t.T("minutes.deadline", x.date(f.Deadline)))
	}
	if len(f.Questions) > 0 {
		extra = append(extra, x.t.T("minutes.questions_ref", ids(f.Questions)))
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, "; ") + ")"
	}
	return s
}

// fuRow is one follow-up as the minutes' tables show it.
type fuRow struct {
	id, source, what, questions, deadline, status, note string
	overdue                                             bool
}

func (x *minutes) followUpRow(f *model.FollowUp) fuRow {
	r := fuRow{
		id: fmt.Sprint(f.ID), source: x.t.T("followup.source." + string(f.Source)), what: f.What,
		questions: ids(f.Questions), deadline: x.date(f.Deadline), note: f.Note,
	}
	if f.Source == model.SourceForwarded && f.ForwardedTo != "" {
		r.what += "\n(" + x.t.T("minutes.forwarded_to", f.ForwardedTo) + ")"
	}
	r.status, r.overdue = x.followUpStatus(f)
	return r
}
