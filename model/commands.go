package model

import "time"

// Command is one change to a meeting. Every command has a stable verb, used
// in the log and by the roles that may send it.
type Command interface {
	Verb() string
	// clean returns the command with its text cleaned (see CleanCommand):
	// Apply applies that one, so a handler sees clean text only.
	clean() Command
	apply(c *change) error
}

// SetHeader replaces the meeting's header (title, chair, limits, ...).
type SetHeader struct {
	Header Header `json:"header"`
}

// AddDepartment adds a department that can be addressed and answer.
type AddDepartment struct {
	Code           string `json:"code"`
	Name           string `json:"name"`
	Representative Person `json:"representative"`
}

// AddQuestion registers a question at the end of the queue.
type AddQuestion struct {
	Asker       Person   `json:"asker"`
	Kind        Kind     `json:"kind"`
	Theme       string   `json:"theme,omitempty"`
	Text        string   `json:"text"`
	Departments []string `json:"departments,omitempty"`
	Channel     Channel  `json:"channel,omitempty"`
}

// EditQuestion replaces what a question says and who asked it; its place
// and status stay.
type EditQuestion struct {
	ID          int      `json:"id"`
	Asker       Person   `json:"asker"`
	Kind        Kind     `json:"kind"`
	Theme       string   `json:"theme,omitempty"`
	Text        string   `json:"text"`
	Departments []string `json:"departments,omitempty"`
}

// MoveQuestion moves a waiting question By places in the queue (negative is
// earlier); it stops at either end.
type MoveQuestion struct {
	ID int `json:"id"`
	By int `json:"by"`
}

// CallNext gives the floor to the first waiting question.
type CallNext struct{}

// Call gives the floor to a chosen waiting question.
type Call struct {
	ID int `json:"id"`
}

// StartAnswer hands the floor to a department to answer the questions on
// it. A zero Responder means the department's representative.
type StartAnswer struct {
	Department string `json:"department"`
	Responder  Person `json:"responder,omitzero"`
}

// EndAnswer closes the answer being given: its questions are answered.
type EndAnswer struct{}

// DeferToWriting marks a question to be answered in writing by a department
// before a deadline, and opens a follow-up for it. The question may be on
// the floor or waiting.
type DeferToWriting struct {
	ID         int       `json:"id"`
	Department string    `json:"department"`
	Deadline   time.Time `json:"deadline"`
}

// Postpone sends the question being asked back to the end of the queue.
type Postpone struct{}

// Withdraw takes a waiting or asking question off the agenda.
type Withdraw struct {
	ID int `json:"id"`
}

// Merge folds a waiting question into another one that covers it.
type Merge struct {
	ID   int `json:"id"`
	Into int `json:"into"`
}

// ToggleClock pauses the floor's running clock, or resumes a paused one.
type ToggleClock struct{}

// SetNotes replaces the clerk's notes on an answer.
//
// Base is the stored text the new notes were written from, as the sender
// last saw it: when the answer's notes are no longer Base (an undo took
// text back, another clerk typed on the same answer), the command is
// refused with ErrNotesChanged and nothing is overwritten; the sender
// merges and sends again. Without Base (a nil pointer, as in entries
// logged before it existed, imports and the demo) the notes are replaced
// whatever they were.
type SetNotes struct {
	Answer int        `json:"answer"`
	Notes  string     `json:"notes"`
	Base   *NotesBase `json:"base,omitempty"`
}

// NotesBase is the stored notes a SetNotes was written from; a pointer to it,
// so that empty notes are a base too.
type NotesBase struct {
	Notes string `json:"notes"`
}

// BaseOf returns the base of notes.
func BaseOf(notes string) *NotesBase { return &NotesBase{Notes: notes} }

// SetOutcome records how an answer ended: answered on the spot, to be
// answered in writing, forwarded beyond the province's competence, or a
// commitment. It may be sent while the answer is still being given (the
// clerk records it as the department speaks; EndAnswer then keeps it) or
// after it ended, to record or correct it.
//
// Every outcome but "answered" opens the answer's follow-up, or updates it
// if it has one (Meeting.FollowUpOf): its Department, What, Deadline and
// Source are replaced, its status and reply are kept. The follow-up covers
// the answer's questions (less any deferred to writing on their own).
//
//   - answered: the other fields are ignored. A follow-up the answer had is
//     removed, unless a reply, a resolution or a note was recorded on it
//     (refused: follow_up_started).
//   - in_writing: Department (default: the answering department) must
//     answer in writing by Deadline (required). What defaults to the
//     questions' text. Once the answer has ended, its questions are
//     in_writing instead of answered.
//   - forwarded: ForwardedTo (required) is who it went to, e.g. a ministry;
//     Department (default: the answering department) tracks it; Deadline
//     is optional. The follow-up's status becomes "forwarded".
//   - commitment: What (required) is what Department (default: the
//     answering department) committed to do by Deadline (required).
//
// A Deadline on a day before the meeting (or before the answer, if the
// meeting has no date) is refused.
type SetOutcome struct {
	Answer      int       `json:"answer"`
	Outcome     Outcome   `json:"outcome"`
	Department  string    `json:"department,omitempty"`
	ForwardedTo string    `json:"forwarded_to,omitempty"`
	What        string    `json:"what,omitempty"`
	Deadline    time.Time `json:"deadline,omitzero"`
}

// SetResponder records who answered for the department: a name and a title
// (Role). A Responder without a name means the department's representative.
type SetResponder struct {
	Answer    int    `json:"answer"`
	Responder Person `json:"responder"`
}

// AddConclusion adds one of the chair's conclusions: what a department
// must do, by when (optional), and the questions it comes from (optional;
// each must exist). It is a follow-up of source "conclusion", status open.
//
// To is to whom it is addressed: by default Department (required) and the
// departments in Also; or all departments, the Youth Union or the young
// people, where Department (optional) is the one that leads it and Also
// is ignored. It comes after every conclusion already given.
type AddConclusion struct {
	Department string    `json:"department"`
	What       string    `json:"what"`
	Deadline   time.Time `json:"deadline,omitzero"`
	Questions  []int     `json:"questions,omitempty"`
	To         Addressee `json:"to,omitempty"`
	Also       []string  `json:"also,omitempty"`
}

// EditFollowUp corrects what a follow-up asks: the department, what to do
// and the deadline (required for written answers and commitments). For a
// conclusion, Questions replaces the questions it comes from; for any other
// follow-up Questions is ignored (its questions are its answer's). For a
// conclusion, To and Also replace its addressee as AddConclusion takes
// them; for any other follow-up they are ignored.
type EditFollowUp struct {
	ID         int       `json:"id"`
	Department string    `json:"department"`
	What       string    `json:"what"`
	Deadline   time.Time `json:"deadline,omitzero"`
	Questions  []int     `json:"questions,omitempty"`
	To         Addressee `json:"to,omitempty"`
	Also       []string  `json:"also,omitempty"`
}

// UpdateFollowUp records how a follow-up stands after the meeting. It
// replaces all of these fields, so a form sends back what it showed:
//
//   - open: nothing received yet.
//   - replied: the department replied; ReplyDate is required, ReplyDoc
//     (the document's number) is optional.
//   - resolved: the matter is settled on ResolvedDate (zero: the day of
//     the command). A reply may be kept beside it.
//   - forwarded: passed beyond the province, to ForwardedTo (required
//     unless the follow-up already names someone).
//
// An empty ForwardedTo keeps the one recorded (a forwarded matter keeps
// it when the ministry replies); a non-empty one replaces it.
// ResolvedDate is kept only with status resolved. A reply or resolution
// dated before the follow-up was opened is refused. Note is the office's
// free text.
type UpdateFollowUp struct {
	ID           int            `json:"id"`
	Status       FollowUpStatus `json:"status"`
	ForwardedTo  string         `json:"forwarded_to,omitempty"`
	ReplyDoc     string         `json:"reply_doc,omitempty"`
	ReplyDate    time.Time      `json:"reply_date,omitzero"`
	ResolvedDate time.Time      `json:"resolved_date,omitzero"`
	Note         string         `json:"note,omitempty"`
}

// RemoveConclusion deletes one of the chair's conclusions (one entered by
// mistake). Other follow-ups go with their answer's outcome.
type RemoveConclusion struct {
	ID int `json:"id"`
}

func (SetHeader) Verb() string        { return "set_header" }
func (AddDepartment) Verb() string    { return "add_department" }
func (AddQuestion) Verb() string      { return "add_question" }
func (EditQuestion) Verb() string     { return "edit_question" }
func (MoveQuestion) Verb() string     { return "move_question" }
func (CallNext) Verb() string         { return "call_next" }
func (Call) Verb() string             { return "call" }
func (StartAnswer) Verb() string      { return "start_answer" }
func (EndAnswer) Verb() string        { return "end_answer" }
func (DeferToWriting) Verb() string   { return "defer_to_writing" }
func (Postpone) Verb() string         { return "postpone" }
func (Withdraw) Verb() string         { return "withdraw" }
func (Merge) Verb() string            { return "merge" }
func (ToggleClock) Verb() string      { return "toggle_clock" }
func (SetNotes) Verb() string         { return "set_notes" }
func (SetOutcome) Verb() string       { return "set_outcome" }
func (SetResponder) Verb() string     { return "set_responder" }
func (AddConclusion) Verb() string    { return "add_conclusion" }
func (EditFollowUp) Verb() string     { return "edit_follow_up" }
func (UpdateFollowUp) Verb() string   { return "update_follow_up" }
func (RemoveConclusion) Verb() string { return "remove_conclusion" }

// NewCommand returns an empty command of the given name, for decoding a
// logged command, or nil if the name is unknown.
func NewCommand(name string) Command {
	if c := newThemeCommand(name); c != nil {
		return c // themes.go, imports.go
	}
	if c := newAgendaCommand(name); c != nil {
		return c // agendaedit.go
	}
	switch name {
	case "set_header":
		return &SetHeader{}
	case "add_department":
		return &AddDepartment{}
	case "add_question":
		return &AddQuestion{}
	case "edit_question":
		return &EditQuestion{}
	case "move_question":
		return &MoveQuestion{}
	case "call_next":
		return &CallNext{}
	case "call":
		return &Call{}
	case "start_answer":
		return &StartAnswer{}
	case "end_answer":
		return &EndAnswer{}
	case "defer_to_writing":
		return &DeferToWriting{}
	case "postpone":
		return &Postpone{}
	case "withdraw":
		return &Withdraw{}
	case "merge":
		return &Merge{}
	case "toggle_clock":
		return &ToggleClock{}
	case "set_notes":
		return &SetNotes{}
	case "set_outcome":
		return &SetOutcome{}
	case "set_responder":
		return &SetResponder{}
	case "add_conclusion":
		return &AddConclusion{}
	case "edit_follow_up":
		return &EditFollowUp{}
	case "update_follow_up":
		return &UpdateFollowUp{}
	case "call_group":
		return &CallGroup{}
	case "next_speaker":
		return &NextSpeaker{}
	case "answer_again":
		return &AnswerAgain{}
	case "set_display":
		return &SetDisplay{}
	case "send_note":
		return &SendNote{}
	case "dismiss_note":
		return &DismissNote{}
	case "remove_conclusion":
		return &RemoveConclusion{}
	case "move_conclusion":
		return &MoveConclusion{}
	case "add_commendation":
		return &AddCommendation{}
	case "edit_commendation":
		return &EditCommendation{}
	case "remove_commendation":
		return &RemoveCommendation{}
	case "edit_department":
		return &EditDepartment{}
	case "remove_department":
		return &RemoveDepartment{}
	case "move_department":
		return &MoveDepartment{}
	}
	return newInboxCommand(name)
}
