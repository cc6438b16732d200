package model

import "time"

// Command is one change to a meeting. Every command has a stable verb, used
// in the log and by the roles that may send it.
type Command interface {
	Verb() string
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
type SetNotes struct {
	Answer int    `json:"answer"`
	Notes  string `json:"notes"`
}

func (SetHeader) Verb() string      { return "set_header" }
func (AddDepartment) Verb() string  { return "add_department" }
func (AddQuestion) Verb() string    { return "add_question" }
func (EditQuestion) Verb() string   { return "edit_question" }
func (MoveQuestion) Verb() string   { return "move_question" }
func (CallNext) Verb() string       { return "call_next" }
func (Call) Verb() string           { return "call" }
func (StartAnswer) Verb() string    { return "start_answer" }
func (EndAnswer) Verb() string      { return "end_answer" }
func (DeferToWriting) Verb() string { return "defer_to_writing" }
func (Postpone) Verb() string       { return "postpone" }
func (Withdraw) Verb() string       { return "withdraw" }
func (Merge) Verb() string          { return "merge" }
func (ToggleClock) Verb() string    { return "toggle_clock" }
func (SetNotes) Verb() string       { return "set_notes" }

// NewCommand returns an empty command of the given name, for decoding a
// logged command, or nil if the name is unknown.
func NewCommand(name string) Command {
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
	}
	return nil
}
