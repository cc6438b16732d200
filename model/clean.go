package model

import "slices"

// Every text that reaches a meeting passes one cleaning step, whatever
// brought it (a form, a paste, a spreadsheet, a JSON import, the log):
//
//   - Apply cleans a command before its handler sees it (CleanCommand), so
//     the handlers work on clean text only;
//   - CleanMeeting cleans a meeting built outside Apply (a JSON import) and
//     says which fields it changed.
//
// Multi-line fields (a question's text, an answer's notes, what a
// follow-up asks and the office's note on it) go through CleanText and
// keep their newlines; every other string (names, titles, codes, and the
// enumerations, which are plain strings on the wire) goes through
// CleanLine. Both remove escape sequences whole, C0 and C1 controls, bidi
// controls and zero-width characters, and recompose to NFC.
//
// Each command has its own clean method (no reflection), and the Command
// interface requires it, so a new command cannot forget its text; a test
// fills every string field of every command and of a meeting with hostile
// text and checks that none survives.

// CleanCommand returns cmd with every text field cleaned, as Apply applies
// it. Whoever stores a command (the log) should store this one.
func CleanCommand(cmd Command) Command {
	if cmd == nil {
		return nil
	}
	return cmd.clean()
}

func cleanPerson(p Person) Person {
	return Person{Name: CleanLine(p.Name), Role: CleanLine(p.Role), Unit: CleanLine(p.Unit)}
}

func cleanLines(s []string) []string {
	if s == nil {
		return nil
	}
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = CleanLine(v)
	}
	return out
}

func (cmd SetHeader) clean() Command {
	h := cmd.Header
	h.Title = CleanLine(h.Title)
	h.Topic = CleanLine(h.Topic)
	h.Venue = CleanLine(h.Venue)
	h.Chair = cleanPerson(h.Chair)
	h.Language = CleanLine(h.Language)
	h.IssuerParent = CleanLine(h.IssuerParent)
	h.Issuer = CleanLine(h.Issuer)
	h.MinutesNumber = CleanLine(h.MinutesNumber)
	h.ConclusionsNumber = CleanLine(h.ConclusionsNumber)
	h.ReportNumber = CleanLine(h.ReportNumber)
	h.PlaceName = CleanLine(h.PlaceName)
	h.Secretary = cleanPerson(h.Secretary)
	if h.Attendees != nil {
		as := make([]Person, len(h.Attendees))
		for i, p := range h.Attendees {
			as[i] = cleanPerson(p)
		}
		h.Attendees = as
	}
	h.Recipients = cleanLines(h.Recipients)
	return SetHeader{Header: h}
}

func (cmd AddDepartment) clean() Command {
	return AddDepartment{Code: CleanLine(cmd.Code), Name: CleanLine(cmd.Name), Representative: cleanPerson(cmd.Representative)}
}

func (cmd AddQuestion) clean() Command {
	cmd.Asker = cleanPerson(cmd.Asker)
	cmd.Kind = Kind(CleanLine(string(cmd.Kind)))
	cmd.Theme = CleanLine(cmd.Theme)
	cmd.Text = CleanText(cmd.Text)
	cmd.Departments = cleanLines(cmd.Departments)
	cmd.Channel = Channel(CleanLine(string(cmd.Channel)))
	return cmd
}

func (cmd EditQuestion) clean() Command {
	cmd.Asker = cleanPerson(cmd.Asker)
	cmd.Kind = Kind(CleanLine(string(cmd.Kind)))
	cmd.Theme = CleanLine(cmd.Theme)
	cmd.Text = CleanText(cmd.Text)
	cmd.Departments = cleanLines(cmd.Departments)
	return cmd
}

func (cmd StartAnswer) clean() Command {
	cmd.Department = CleanLine(cmd.Department)
	cmd.Responder = cleanPerson(cmd.Responder)
	return cmd
}

func (cmd DeferToWriting) clean() Command {
	cmd.Department = CleanLine(cmd.Department)
	return cmd
}

func (cmd SetNotes) clean() Command {
	cmd.Notes = CleanText(cmd.Notes)
	if cmd.Base != nil {
		cmd.Base = BaseOf(CleanText(cmd.Base.Notes))
	}
	return cmd
}

func (cmd SetOutcome) clean() Command {
	cmd.Outcome = Outcome(CleanLine(string(cmd.Outcome)))
	cmd.Department = CleanLine(cmd.Department)
	cmd.ForwardedTo = CleanLine(cmd.ForwardedTo)
	cmd.What = CleanText(cmd.What)
	return cmd
}

func (cmd SetResponder) clean() Command {
	cmd.Responder = cleanPerson(cmd.Responder)
	return cmd
}

func (cmd AddConclusion) clean() Command {
	cmd.Department = CleanLine(cmd.Department)
	cmd.What = CleanText(cmd.What)
	cmd.To = cleanAddressee(cmd.To)
	cmd.Also = cleanLines(cmd.Also)
	return cmd
}

func (cmd EditFollowUp) clean() Command {
	cmd.Department = CleanLine(cmd.Department)
	cmd.What = CleanText(cmd.What)
	cmd.To = cleanAddressee(cmd.To)
	cmd.Also = cleanLines(cmd.Also)
	return cmd
}

func (cmd UpdateFollowUp) clean() Command {
	cmd.Status = FollowUpStatus(CleanLine(string(cmd.Status)))
	cmd.ForwardedTo = CleanLine(cmd.ForwardedTo)
	cmd.ReplyDoc = CleanLine(cmd.ReplyDoc)
	cmd.Note = CleanText(cmd.Note)
	return cmd
}

func (cmd AnswerAgain) clean() Command {
	cmd.Department = CleanLine(cmd.Department)
	cmd.Responder = cleanPerson(cmd.Responder)
	return cmd
}

func (cmd SetAgenda) clean() Command {
	if cmd.Items != nil {
		items := make([]AgendaItem, len(cmd.Items))
		for i, it := range cmd.Items {
			it.Title = CleanLine(it.Title)
			items[i] = it
		}
		cmd.Items = items
	}
	return cmd
}

func (cmd SetDisplay) clean() Command {
	cmd.Mode = DisplayMode(CleanLine(string(cmd.Mode)))
	return cmd
}

func (cmd SendNote) clean() Command {
	cmd.From = CleanLine(cmd.From)
	cmd.Text = CleanLine(cmd.Text)
	return cmd
}

// Commands without text are clean as they are; the ones with a slice get a
// copy, so the caller's command is never shared with the meeting.
func (cmd MoveQuestion) clean() Command     { return cmd }
func (cmd CallNext) clean() Command         { return cmd }
func (cmd Call) clean() Command             { return cmd }
func (cmd EndAnswer) clean() Command        { return cmd }
func (cmd Postpone) clean() Command         { return cmd }
func (cmd Withdraw) clean() Command         { return cmd }
func (cmd Merge) clean() Command            { return cmd }
func (cmd ToggleClock) clean() Command      { return cmd }
func (cmd RemoveConclusion) clean() Command { return cmd }
func (cmd NextSpeaker) clean() Command      { return cmd }
func (cmd NextAgendaItem) clean() Command   { return cmd }
func (cmd DismissNote) clean() Command      { return cmd }
func (cmd CallGroup) clean() Command {
	cmd.IDs = slices.Clone(cmd.IDs)
	return cmd
}

// FieldChange names one text field that CleanMeeting changed: the kind of
// record, its ID (0 for the header, the floor and the stage; for a stage
// note or an agenda item, the note's ID or the item's number) and the
// field, as a stable key: "title", "chair.name", "asker.role", "text",
// "departments", ... (see the catalog's "clean.field." keys). Emptied is
// set when cleaning left nothing of a field that held something.
type FieldChange struct {
	Kind    RecordKind
	ID      int
	Field   string
	Emptied bool
}

// Required reports whether the field must not be empty: a meeting whose
// title, a department's code or name, a question's asker or text, a stage
// note's text or an agenda item's title cleaned to nothing is refused, not
// imported blank.
func (f FieldChange) Required() bool {
	switch f.Kind {
	case RecHeader:
		return f.Field == "title"
	case RecDepartment:
		return f.Field == "code" || f.Field == "name"
	case RecQuestion:
		return f.Field == "asker.name" || f.Field == "text"
	case RecStage:
		return f.Field == "note.text"
	case RecAgenda:
		return f.Field == "item.title"
	case RecCommendations:
		return f.Field == "commendation.name"
	case RecThemes:
		return f.Field == "theme"
	case RecSubmission:
		return f.Field == "text"
	}
	return false
}

// CleanMeeting returns m with every text field cleaned as Apply would have
// cleaned it, and the fields that changed, in record order. m is not
// modified; records that needed no cleaning are shared with it. A meeting
// Apply built comes back unchanged, with no changes.
func CleanMeeting(m *Meeting) (*Meeting, []FieldChange) {
	c := *m
	out := &c
	mc := &meetingCleaner{}
	mc.header(&out.Header)
	out.Departments = cleanRecords(m.Departments, mc.department)
	out.Questions = cleanList(m.Questions, mc.question)
	out.Answers = cleanRecords(m.Answers, mc.answer)
	out.FollowUps = cleanRecords(m.FollowUps, mc.followUp)
	out.Submissions = cleanRecords(m.Submissions, mc.submission)
	out.Floor.State = FloorState(mc.enum(RecFloor, 0, "state", string(m.Floor.State)))
	out.Stage.Display = DisplayMode(mc.enum(RecStage, 0, "display", string(m.Stage.Display)))
	if notes := mc.notes(m.Stage.Notes); notes != nil {
		out.Stage.Notes = notes
	}
	if items := mc.agenda(m.Agenda.Items); items != nil {
		out.Agenda.Items = items
	}
	if cs := mc.commendations(m.Commendations); cs != nil {
		out.Commendations = cs
	}
	if ts := mc.themes(m.Themes); ts != nil {
		out.Themes = ts
	}
	return out, mc.changes
}

// meetingCleaner cleans one meeting's records for CleanMeeting and notes
// each field it changed. Each method reports whether it changed anything.
type meetingCleaner struct{ changes []FieldChange }

func (mc *meetingCleaner) field(kind RecordKind, id int, name string, s *string, text bool) bool {
	v := *s
	if text {
		v = CleanText(v)
	} else {
		v = CleanLine(v)
	}
	if v == *s {
		return false
	}
	mc.changes = append(mc.changes, FieldChange{Kind: kind, ID: id, Field: name, Emptied: v == "" && *s != ""})
	*s = v
	return true
}

func (mc *meetingCleaner) person(kind RecordKind, id int, prefix string, p *Person) bool {
	a := mc.field(kind, id, prefix+".name", &p.Name, false)
	b := mc.field(kind, id, prefix+".role", &p.Role, false)
	u := mc.field(kind, id, prefix+".unit", &p.Unit, false)
	return a || b || u
}

func (mc *meetingCleaner) lines(kind RecordKind, id int, name string, s *[]string) bool {
	changed := false
	cp := slices.Clone(*s)
	for i := range cp {
		if v := CleanLine(cp[i]); v != cp[i] {
			cp[i] = v
			changed = true
		}
	}
	if changed {
		mc.changes = append(mc.changes, FieldChange{Kind: kind, ID: id, Field: name})
		*s = cp
	}
	return changed
}

func (mc *meetingCleaner) enum(kind RecordKind, id int, name string, s string) string {
	v := s
	mc.field(kind, id, name, &v, false)
	return v
}

func (mc *meetingCleaner) header(h *Header) {
	mc.field(RecHeader, 0, "title", &h.Title, false)
	mc.field(RecHeader, 0, "topic", &h.Topic, false)
	mc.field(RecHeader, 0, "venue", &h.Venue, false)
	mc.person(RecHeader, 0, "chair", &h.Chair)
	mc.field(RecHeader, 0, "language", &h.Language, false)
	mc.field(RecHeader, 0, "issuer_parent", &h.IssuerParent, false)
	mc.field(RecHeader, 0, "issuer", &h.Issuer, false)
	mc.field(RecHeader, 0, "minutes_number", &h.MinutesNumber, false)
	mc.field(RecHeader, 0, "conclusions_number", &h.ConclusionsNumber, false)
	mc.field(RecHeader, 0, "report_number", &h.ReportNumber, false)
	mc.field(RecHeader, 0, "place_name", &h.PlaceName, false)
	mc.person(RecHeader, 0, "secretary", &h.Secretary)
	// The lists are copied before cleaning: the header's slices are shared
	// with the meeting CleanMeeting was given. Each line is a field,
	// numbered from 1.
	if h.Attendees != nil {
		h.Attendees = slices.Clone(h.Attendees)
		for i := range h.Attendees {
			mc.person(RecHeader, i+1, "attendee", &h.Attendees[i])
		}
	}
	if h.Recipients != nil {
		h.Recipients = slices.Clone(h.Recipients)
		for i := range h.Recipients {
			mc.field(RecHeader, i+1, "recipient", &h.Recipients[i], false)
		}
	}
}

func (mc *meetingCleaner) department(d *Department) bool {
	a := mc.field(RecDepartment, d.ID, "code", &d.Code, false)
	b := mc.field(RecDepartment, d.ID, "name", &d.Name, false)
	r := mc.person(RecDepartment, d.ID, "representative", &d.Representative)
	return a || b || r
}

func (mc *meetingCleaner) question(q *Question) bool {
	ch := mc.person(RecQuestion, q.ID, "asker", &q.Asker)
	kind, channel, status := q.Kind, q.Channel, q.Status
	q.Kind = Kind(mc.enum(RecQuestion, q.ID, "kind", string(q.Kind)))
	ch = mc.field(RecQuestion, q.ID, "theme", &q.Theme, false) || ch
	ch = mc.field(RecQuestion, q.ID, "text", &q.Text, true) || ch
	ch = mc.lines(RecQuestion, q.ID, "departments", &q.Departments) || ch
	if q.AlsoAskedBy != nil {
		q.AlsoAskedBy = slices.Clone(q.AlsoAskedBy)
		for i := range q.AlsoAskedBy {
			ch = mc.person(RecQuestion, q.ID, "also_asked_by", &q.AlsoAskedBy[i]) || ch
		}
	}
	q.Channel = Channel(mc.enum(RecQuestion, q.ID, "channel", string(q.Channel)))
	q.Status = Status(mc.enum(RecQuestion, q.ID, "status", string(q.Status)))
	return ch || kind != q.Kind || channel != q.Channel || status != q.Status
}

func (mc *meetingCleaner) answer(a *Answer) bool {
	ch := mc.field(RecAnswer, a.ID, "department", &a.Department, false)
	ch = mc.person(RecAnswer, a.ID, "responder", &a.Responder) || ch
	ch = mc.field(RecAnswer, a.ID, "notes", &a.Notes, true) || ch
	outcome := a.Outcome
	a.Outcome = Outcome(mc.enum(RecAnswer, a.ID, "outcome", string(a.Outcome)))
	return ch || outcome != a.Outcome
}

func (mc *meetingCleaner) followUp(f *FollowUp) bool {
	ch := mc.field(RecFollowUp, f.ID, "department", &f.Department, false)
	ch = mc.field(RecFollowUp, f.ID, "what", &f.What, true) || ch
	ch = mc.field(RecFollowUp, f.ID, "forwarded_to", &f.ForwardedTo, false) || ch
	ch = mc.field(RecFollowUp, f.ID, "reply_doc", &f.ReplyDoc, false) || ch
	ch = mc.field(RecFollowUp, f.ID, "note", &f.Note, true) || ch
	ch = mc.lines(RecFollowUp, f.ID, "also", &f.Also) || ch
	to := f.To
	f.To = Addressee(mc.enum(RecFollowUp, f.ID, "to", string(f.To)))
	ch = ch || to != f.To
	source, status := f.Source, f.Status
	f.Source = FollowUpSource(mc.enum(RecFollowUp, f.ID, "source", string(f.Source)))
	f.Status = FollowUpStatus(mc.enum(RecFollowUp, f.ID, "status", string(f.Status)))
	return ch || source != f.Source || status != f.Status
}

// notes returns the backstage notes cleaned, or nil if none changed.
func (mc *meetingCleaner) notes(in []BackstageNote) []BackstageNote {
	return cleanValues(in, func(_ int, n *BackstageNote) bool {
		a := mc.field(RecStage, n.ID, "note.from", &n.From, false)
		b := mc.field(RecStage, n.ID, "note.text", &n.Text, false)
		return a || b
	})
}

// agenda returns the agenda's items cleaned, or nil if none changed.
func (mc *meetingCleaner) agenda(in []AgendaItem) []AgendaItem {
	return cleanValues(in, func(i int, it *AgendaItem) bool {
		return mc.field(RecAgenda, i+1, "item.title", &it.Title, false)
	})
}

// commendations returns the commendations cleaned, or nil if none changed.
func (mc *meetingCleaner) commendations(in []Commendation) []Commendation {
	return cleanValues(in, func(_ int, x *Commendation) bool {
		k := string(x.Kind)
		a := mc.field(RecCommendations, x.ID, "commendation.kind", &k, false)
		x.Kind = CommendationKind(k)
		b := mc.field(RecCommendations, x.ID, "commendation.name", &x.Name, false)
		u := mc.field(RecCommendations, x.ID, "commendation.unit", &x.Unit, false)
		d := mc.field(RecCommendations, x.ID, "commendation.decision", &x.Decision, false)
		return a || b || u || d
	})
}

// cleanValues runs clean on a copy of each of in's values (i is its index)
// and returns the values cleaned, in is copied once, at the first change;
// nil if clean changed none. in is not modified.
func cleanValues[T any](in []T, clean func(i int, v *T) bool) []T {
	var out []T
	for i, v := range in {
		if clean(i, &v) && out == nil {
			out = slices.Clone(in)
		}
		if out != nil {
			out[i] = v
		}
	}
	return out
}

// cleanRecords runs clean on a copy of each record and keeps the copy only
// if clean changed it; the slice is copied once, if anything changed.
func cleanList[T any](l List[T], clean func(*T) bool) List[T] {
	var e *ListEdit[T]
	for id, r := range l.All() {
		if r == nil {
			continue
		}
		cp := *r
		if !clean(&cp) {
			continue
		}
		if e == nil {
			e = EditList(&l) // l is this call's copy; the meeting's stays as it was
		}
		e.Set(id, &cp)
	}
	return l
}

func cleanRecords[T any](recs []*T, clean func(*T) bool) []*T {
	out := recs
	copied := false
	for i, r := range recs {
		if r == nil {
			continue
		}
		cp := *r
		if !clean(&cp) {
			continue
		}
		if !copied {
			out = slices.Clone(recs)
			copied = true
		}
		out[i] = &cp
	}
	return out
}
