package export

import (
	"fmt"
	"strings"
	"time"

	"podium/model"
	"podium/ui/export/docx"
)

// MinutesDocx returns the biên bản of m as a Word document in the form of
// Decree 30/2020: the header block, BIÊN BẢN and its summary, time and
// place, attendance, the run of the meeting, every item with each
// answering department's answer and outcome, the chair's conclusions, the
// commendations, the closing time, the signatures of the secretary and the
// chair, and the recipients. It is the meeting as it closed: no date of
// export or follow-up status is in it, so any day gives the same bytes.
func MinutesDocx(m *model.Meeting) []byte { return minutesDocument(m).Bytes() }

func minutesDocument(m *model.Meeting) *docx.Document {
	// The minutes are frozen as of the meeting: "now" is never read.
	o := newOffice(m, time.Time{})
	t := o.t
	h := m.Header
	d := newDocument()
	d.Add(o.headerBlock(o.f.minutesNo, h.Date))
	d.Add(o.title(t.T("docs.minutes.type"), h.Title)...)

	d.Add(heading(t.T("docs.minutes.when_where")))
	start := o.startTime()
	d.Add(text(t.T("docs.minutes.start", o.clockWords(start), o.dateWords(start))))
	d.Add(text(t.T("docs.minutes.place", o.blank(h.Venue))))
	if h.Topic != "" {
		d.Add(text(t.T("docs.minutes.topic", h.Topic)))
	}

	d.Add(heading(t.T("docs.minutes.attendance")))
	d.Add(text(t.T("docs.minutes.chair", o.blank(personLine(h.Chair)))))
	d.Add(text(t.T("docs.minutes.secretary", o.blank(personLine(o.f.secretary)))))
	if len(o.f.attendees) > 0 {
		d.Add(text(t.T("docs.minutes.attendees")))
		for _, p := range o.f.attendees {
			d.Add(dash(joinNonEmpty(", ", p.Name, p.Role, p.Unit)))
		}
	} else if reps := o.answeringReps(); len(reps) > 0 {
		d.Add(text(t.T("docs.minutes.reps")))
		for _, r := range reps {
			d.Add(dash(r))
		}
	}
	if o.f.youth > 0 {
		d.Add(text(t.T("docs.minutes.youth", o.f.youth, o.askers)))
	} else {
		d.Add(text(t.T("docs.minutes.askers", o.askers)))
	}

	d.Add(heading(t.T("docs.minutes.content")))
	o.runOfShow(d)
	o.items(d)
	o.conclusionsSection(d)
	o.commendations(d)

	end := o.f.end
	d.Add(text(t.T("docs.minutes.closing", o.clockWords(end), o.dateWords(end))))
	d.Add(docx.Para{Size: 8})
	d.Add(docx.Table{Widths: []float64{textWidth / 2, textWidth / 2}, Rows: []docx.Row{{Cells: []docx.Cell{
		{Paras: signature([]string{t.T("docs.sign.secretary")}, o.blank(o.f.secretary.Name))},
		{Paras: signature([]string{t.T("docs.sign.chair")}, o.blank(h.Chair.Name))},
	}}}})
	d.Add(docx.Para{Size: 8})
	for _, p := range o.recipients() {
		d.Add(p)
	}
	return d
}

// startTime is when the meeting began: its first agenda item's start,
// else its date if that holds a time of day, else the first call.
func (o *office) startTime() time.Time {
	for _, it := range o.m.Agenda.Items {
		if !it.Start.IsZero() {
			return it.Start
		}
	}
	if d := o.m.Header.Date; !d.IsZero() {
		if l := d.In(o.loc); l.Hour() != 0 || l.Minute() != 0 {
			return d
		}
		if o.start.IsZero() {
			return d
		}
	}
	return o.start
}

// answeringReps are the departments as the minutes list them when the
// record names no attendees: each department that answered, with who
// answered for it.
func (o *office) answeringReps() []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range o.m.Answers {
		if a == nil || seen[a.Department] {
			continue
		}
		seen[a.Department] = true
		line := o.deptName(a.Department)
		if p := personLine(a.Responder); p != "" {
			line += ": " + p
		}
		out = append(out, line)
	}
	return out
}

// runOfShow is the agenda's items that happened, with their times.
func (o *office) runOfShow(d *docx.Document) {
	var lines []string
	for _, it := range o.m.Agenda.Items {
		switch {
		case it.Start.IsZero():
		case it.End.IsZero():
			lines = append(lines, o.t.T("docs.minutes.run_open", o.clock(it.Start), it.Title))
		default:
			lines = append(lines, o.t.T("docs.minutes.run_item", o.clock(it.Start), o.clock(it.End), it.Title))
		}
	}
	if len(lines) == 0 {
		return
	}
	d.Add(o.part("docs.minutes.run"))
	for _, l := range lines {
		d.Add(dash(l))
	}
}

// items is every item taken up, with each answering department's answer
// and outcome; those never taken up are named in one line.
func (o *office) items(d *docx.Document) {
	t := o.t
	d.Add(o.part("docs.minutes.questions"))
	d.Add(text(t.T("docs.minutes.q_summary", fmt.Sprint(len(o.minutes.items)), strings.Join(o.counts, "; "))))
	var notReached []string
	for _, it := range o.minutes.items {
		q := it.q
		if q.Status == model.StatusWaiting {
			notReached = append(notReached, fmt.Sprint(q.ID))
			continue
		}
		who := joinNonEmpty(", ", it.asker, it.role, it.unit)
		d.Add(docx.Para{Align: docx.Justify, FirstLine: indent, Before: 6, After: 3, KeepNext: true, Line: 1.15, Runs: []docx.Run{
			{Text: t.T("docs.minutes.item", q.ID, who, joinNonEmpty("; ", it.kind, it.theme)), Bold: true},
		}})
		if it.alsoAsked != "" {
			d.Add(docx.Para{Align: docx.Justify, FirstLine: indent, After: 3, KeepNext: true, Line: 1.15,
				Runs: run(t.T("docs.minutes.also_asked", it.alsoAsked))})
		}
		d.Add(docx.Para{Align: docx.Justify, FirstLine: indent, After: 3, Line: 1.15, Runs: []docx.Run{{Text: oneLine(q.Text), Italic: true}}})
		// Each department's part, with its own answer and outcome
		// (model.Meeting.Responses).
		responses := o.responses(q.ID)
		for _, r := range responses {
			if r.Answer != nil {
				head := t.T("docs.minutes.answer", o.deptName(r.Department))
				if p := personLine(r.Responder); p != "" {
					head += " (" + p + ")"
				}
				// One paragraph per line of the notes: a line break in a
				// justified paragraph would stretch the line before it.
				lines := nonEmptyLines(r.Notes)
				runs := []docx.Run{{Text: head + ":", Bold: true}}
				if len(lines) > 0 {
					runs = append(runs, docx.Run{Text: " " + lines[0]})
				}
				d.Add(textRuns(runs...))
				for _, l := range lines[min(1, len(lines)):] {
					d.Add(text(l))
				}
			}
			if out := o.responseOutcome(r); out != "" {
				d.Add(text(t.T("docs.minutes.outcome", out)))
			}
		}
		if len(responses) == 0 {
			if out := o.questionOutcome(q); out != "" {
				d.Add(text(t.T("docs.minutes.outcome", out)))
			}
		}
	}
	if len(notReached) > 0 {
		d.Add(textRuns(docx.Run{Text: t.T("minutes.not_reached") + ": ", Bold: true}, docx.Run{Text: strings.Join(notReached, ", ") + "."}))
	}
}

// responseOutcome is how one department's part ended, with what it left
// to do (to whom, what, by when) as recorded at the meeting; no status:
// the minutes are as of the meeting.
func (o *office) responseOutcome(r model.Response) string {
	t := o.t
	switch {
	case r.Answer != nil && r.Answer.End.IsZero():
		return t.T("minutes.in_progress")
	case r.Outcome == model.OutcomeNone:
		return ""
	}
	s := t.T("minutes.outcome." + string(r.Outcome))
	f := r.FollowUp
	if f == nil {
		return s
	}
	switch r.Outcome {
	case model.OutcomeForwarded:
		if f.ForwardedTo != "" {
			s += " (" + t.T("minutes.forwarded_to", f.ForwardedTo) + ")"
		}
	case model.OutcomeCommitment:
		if f.What != "" {
			s += ": " + oneLine(f.What)
		}
	}
	switch {
	case r.Answer == nil:
		s += ": " + o.deptName(f.Department)
	case f.Department != r.Department:
		s += "; " + o.deptName(f.Department)
	}
	if !f.Deadline.IsZero() {
		s += "; " + t.T("minutes.deadline", o.date(f.Deadline))
	}
	return s
}

// questionOutcome is how an item no department answered ended: withdrawn,
// merged, or sent to a department in writing (with its deadline).
func (o *office) questionOutcome(q *model.Question) string {
	t := o.t
	switch q.Status {
	case model.StatusWithdrawn:
		return t.T("minutes.withdrawn")
	case model.StatusMerged:
		return t.T("minutes.merged_into", q.MergedInto)
	case model.StatusInWriting:
		s := t.T("minutes.outcome.in_writing")
		if f := o.followUpOf(q); f != nil {
			s += ": " + o.deptName(f.Department)
			if !f.Deadline.IsZero() {
				s += "; " + t.T("minutes.deadline", o.date(f.Deadline))
			}
		}
		return s
	}
	return ""
}

// conclusionsSection is the chair's conclusions, in order, each with its
// department(s) and deadline.
func (o *office) conclusionsSection(d *docx.Document) {
	t := o.t
	d.Add(o.part("docs.minutes.conclude"))
	if len(o.conclusions) == 0 {
		d.Add(text(t.T("minutes.no_conclusions")))
		return
	}
	for i, f := range o.conclusions {
		d.Add(textRuns(docx.Run{Text: fmt.Sprintf("%d. %s: ", i+1, o.addressees(f)), Bold: true}, docx.Run{Text: o.conclusionLine(f) + "."}))
	}
}

// addressees are whom a conclusion is for, by name.
func (o *office) addressees(f *model.FollowUp) string {
	t := o.t
	switch f.To {
	case model.AddresseeAllDepartments:
		return t.T("docs.conclusions.all_depts")
	case model.AddresseeYouthUnion:
		return t.T("docs.conclusions.youth_un")
	case model.AddresseeYouth:
		return t.T("docs.conclusions.youth")
	}
	var names []string
	for _, code := range f.Departments() {
		names = append(names, o.deptName(code))
	}
	return strings.Join(names, ", ")
}

// commendations are the groups, then the individuals, the meeting
// commended, with the awarding decision.
func (o *office) commendations(d *docx.Document) {
	t := o.t
	d.Add(o.part("docs.minutes.commend"))
	if !o.f.haveCommendations {
		d.Add(text(t.T("docs.blank")))
		return
	}
	if len(o.f.commendations) == 0 {
		d.Add(text(t.T("docs.minutes.no_commend")))
		return
	}
	for _, group := range []bool{true, false} {
		head := "docs.minutes.people"
		if group {
			head = "docs.minutes.groups"
		}
		first := true
		for _, c := range o.f.commendations {
			if c.group != group {
				continue
			}
			if first {
				d.Add(textRuns(docx.Run{Text: t.T(head), Italic: true}))
				first = false
			}
			d.Add(dash(joinNonEmpty(", ", c.name, c.unit, c.decision)))
		}
	}
}

// nonEmptyLines are s's lines, trimmed, empty ones left out.
func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// part is the next numbered part of the minutes' content.
func (o *office) part(key string) docx.Para {
	o.parts++
	return heading(o.t.T("docs.minutes.part", o.parts, o.t.T(key)))
}
