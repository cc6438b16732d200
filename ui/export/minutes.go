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
// the same rows, in the meeting's language (i18n.OfMeeting): Vietnamese
// headings and dd/mm/yyyy dates unless Header.Language is English. Every
// heading comes from the catalog. Nothing here reads the clock.
//
// The minutes are frozen as of the meeting's close (model.Meeting.
// MinutesTime): exported on any later day they are the same bytes, their
// follow-ups as they stood at the close. The follow-up ledger (FollowUpsCSV)
// is as of the day it is given.

// minutes is a meeting read for the office: its header, every item in
// order, the conclusions and the follow-ups by department.
type minutes struct {
	t   i18n.Catalog
	vi  bool
	loc *time.Location
	m   *model.Meeting
	now time.Time // the minutes' moment: the close, or the ledger's day
	// frozen: the minutes, as of the close; follow-ups are shown as they
	// stood then (model.FollowUp.AsOf). Otherwise the ledger, as of now.
	frozen bool

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
	openedBy    map[int]*model.FollowUp // by answer: the follow-up its outcome opened
}

// item is one question with everything the minutes say about it. The
// answer's fields (answeredBy to overdue) are for one line or one cell:
// with two departments or more each one's part is labelled with its
// name; parts has them one by one.
type item struct {
	q                              *model.Question
	asker, role, unit, kind, theme string
	alsoAsked                      string // those merged in from the hall: "Lê Minh Châu (Khoái Châu), …"
	content                        string
	addressed                      string // department codes
	answeredBy, responder, summary string
	outcome, deadline, status      string
	overdue                        bool
	parts                          []part
}

// part is one department's part in answering a question (model.Response),
// as the minutes word it.
type part struct {
	dept, code                string // the department's name and code
	responder, notes          string
	together                  string // the other questions answered with it: "7, 8, 9"
	outcome, deadline, status string
	overdue                   bool
	followUp                  *model.FollowUp // as the minutes show it (frozen: as of the close)
}

type deptFollowUps struct {
	code, name string
	followUps  []*model.FollowUp
	overdue    int
}

// newMinutes reads m for the minutes, frozen as of its close
// (model.Meeting.MinutesTime); now is read only while a clock runs on the
// floor of a meeting not closed (a draft of a meeting under way). See
// newLedger for a reading as of a day.
func newMinutes(m *model.Meeting, now time.Time) *minutes {
	at := m.MinutesTime()
	// A meeting still under way, a clock running: the draft is as of now,
	// which the running clock needs. Once the floor is idle (and surely
	// once closed) the minutes no longer move.
	if c, ok := m.RunningClock(); ok && c.Running() && m.Header.End.IsZero() && now.After(at) {
		at = now
	}
	return newReading(m, at, true)
}

// newLedger reads m as of now: the follow-ups as they stand, overdue ones
// marked.
func newLedger(m *model.Meeting, now time.Time) *minutes { return newReading(m, now, false) }

func newReading(m *model.Meeting, now time.Time, frozen bool) *minutes {
	x := inLanguage(m, now)
	x.frozen = frozen
	x.build()
	return x
}

// inLanguage is m in its own language and zone, nothing read yet: what
// every document needs to word a date or a department.
func inLanguage(m *model.Meeting, now time.Time) *minutes {
	lang := i18n.OfMeeting(m.Header.Language)
	vi := lang == i18n.VI
	loc := time.UTC
	if !m.Header.Date.IsZero() {
		loc = m.Header.Date.Location()
	}
	return &minutes{t: i18n.New(lang), vi: vi, loc: loc, m: m, now: now}
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
	x.answersOf, x.followUpsOf, x.openedBy = map[int][]*model.Answer{}, map[int][]*model.FollowUp{}, map[int]*model.FollowUp{}
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
			if _, seen := x.openedBy[f.Answer]; f.Answer != 0 && !seen {
				x.openedBy[f.Answer] = f // the first, as Meeting.FollowUpOf finds it
			}
		}
	}
	// Items in the order they were taken up; then those never called, by
	// number.
	var qs []*model.Question
	for _, q := range m.Questions.All() {
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
	if e := m.Header.End; !e.IsZero() {
		x.end = e
	}
	for _, a := range m.Answers {
		if a == nil {
			continue
		}
		if !seen[a.Department] {
			seen[a.Department] = true
			x.departments = append(x.departments, x.deptName(a.Department))
		}
		if a.End.After(x.end) && m.Header.End.IsZero() {
			x.end = a.End
		}
	}

	x.conclusions = m.Conclusions()
	groups := map[string]*deptFollowUps{}
	for _, f := range m.FollowUps {
		if f == nil {
			continue
		}
		// A conclusion to all departments, the Youth Union or the young
		// people with no department leading it has its own group.
		key, name := f.Department, x.deptName(f.Department)
		if key == "" {
			key, name = "~"+string(f.To), x.t.T("addressee."+string(f.To))
		}
		g := groups[key]
		if g == nil {
			g = &deptFollowUps{code: f.Department, name: name}
			groups[key] = g
		}
		g.followUps = append(g.followUps, f)
		if shown := x.shown(f); shown.Overdue(x.now) {
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
		addressed: strings.Join(q.Departments, ", "), alsoAsked: x.alsoAsked(q),
	}
	for _, r := range x.responses(q.ID) {
		it.parts = append(it.parts, x.part(q, r))
	}
	// One line or cell each: a department's own part, labelled with its
	// name when there are two or more.
	labelled := len(it.parts) > 1
	var by, who, notes, outcomes, deadlines, statuses []string
	for _, p := range it.parts {
		label := func(s string) string {
			if labelled && s != "" {
				return p.dept + ": " + s
			}
			return s
		}
		if !slices.Contains(by, p.dept) {
			by = append(by, p.dept)
		}
		if p.responder != "" {
			who = append(who, label(p.responder))
		}
		if p.notes != "" {
			notes = append(notes, label(p.notes))
		}
		if p.outcome != "" {
			outcomes = append(outcomes, label(p.outcome))
		}
		if p.deadline != "" {
			deadlines = append(deadlines, label(p.deadline))
		}
		if p.status != "" {
			statuses = append(statuses, label(p.status))
		}
		it.overdue = it.overdue || p.overdue
	}
	it.answeredBy, it.responder, it.summary = strings.Join(by, "; "), strings.Join(who, "; "), strings.Join(notes, "\n\n")
	it.outcome, it.deadline, it.status = strings.Join(outcomes, "; "), strings.Join(deadlines, "; "), strings.Join(statuses, "; ")

	switch q.Status {
	case model.StatusWithdrawn:
		it.outcome = t.T("minutes.withdrawn")
	case model.StatusMerged:
		it.outcome = t.T("minutes.merged_into", q.MergedInto)
	case model.StatusWaiting:
		if len(it.parts) == 0 {
			it.outcome = t.T("minutes.not_reached")
		}
	case model.StatusAnswered, model.StatusInWriting:
	default:
		if it.outcome == "" {
			it.outcome = t.T("minutes.in_progress")
		}
	}
	return it
}

// part words one department's part in answering q.
func (x *minutes) part(q *model.Question, r model.Response) part {
	t := x.t
	p := part{dept: x.deptName(r.Department), code: r.Department, responder: personLine(r.Responder), notes: r.Notes}
	if a := r.Answer; a != nil && len(a.Questions) > 1 {
		var others []int
		for _, id := range a.Questions {
			if id != q.ID {
				others = append(others, id)
			}
		}
		p.together = ids(others)
	}
	var f *model.FollowUp
	if r.FollowUp != nil {
		shown := x.shown(r.FollowUp)
		f = &shown
		p.followUp = f
	}
	switch o := r.Outcome; {
	case o == model.OutcomeNone:
		p.outcome = t.T("minutes.in_progress")
	default:
		p.outcome = t.T("minutes.outcome." + string(o))
		if o == model.OutcomeForwarded && f != nil && f.ForwardedTo != "" {
			p.outcome += " (" + t.T("minutes.forwarded_to", f.ForwardedTo) + ")"
		}
		if o == model.OutcomeCommitment && f != nil && f.What != "" {
			p.outcome += ": " + oneLine(f.What)
		}
	}
	switch {
	case f != nil:
		p.deadline = x.date(f.Deadline)
		p.status, p.overdue = x.followUpStatus(f)
	case r.Answer != nil && !r.Answer.End.IsZero():
		p.status = t.T("minutes.done")
	}
	return p
}

// shown is a follow-up as this reading shows it: in the minutes, as it
// stood at the close; in the ledger, as it stands.
func (x *minutes) shown(f *model.FollowUp) model.FollowUp {
	if x.frozen {
		return f.AsOf(x.now)
	}
	return *f
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

// responses is model.Meeting.Responses from the indexes build made, so a
// meeting of 10,000 questions is not scanned once per question.
func (x *minutes) responses(id int) []model.Response {
	return model.ResponsesOf(id, x.answersOf[id], x.followUpsOf[id], func(a int) *model.FollowUp { return x.openedBy[a] })
}

// alsoAsked names those whose questions from the hall were merged into q
// (model.Question.AlsoAskedBy), in the order they were merged, each with
// the role and unit they gave: "Lê Minh Châu (Khoái Châu), một người gửi
// không nêu tên (Mỹ Hào)". "" when no one was merged in.
func (x *minutes) alsoAsked(q *model.Question) string {
	names := make([]string, 0, len(q.AlsoAskedBy))
	for _, p := range q.AlsoAskedBy {
		name := p.Name
		if name == "" {
			name = x.t.T("minutes.anonymous")
		}
		if rest := joinNonEmpty(", ", p.Role, p.Unit); rest != "" {
			name += " (" + rest + ")"
		}
		names = append(names, name)
	}
	return strings.Join(names, ", ")
}
