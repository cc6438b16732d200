package model

import (
	"maps"
	"slices"
	"time"
)

// Questions from the audience: sent from a phone (the web page, as the
// role "audience") or typed by the clerk from a paper slip, they wait in
// the inbox until the moderator or the clerk approves one (it becomes a
// question at the end of the queue, channel "hall"), merges it into a
// question already there (whose askers it joins), or rejects it (silently:
// the sender is not told; the record keeps it).

// Limits on submissions.
const (
	MaxSubmissionLen = 1000 // characters of a submission's text
	MaxPending       = 5000 // submissions waiting in the inbox at once
)

// SubmissionStatus is where a submission stands in the inbox.
type SubmissionStatus string

// The statuses of a submission.
const (
	SubmissionPending  SubmissionStatus = "pending"
	SubmissionApproved SubmissionStatus = "approved"
	SubmissionMerged   SubmissionStatus = "merged"
	SubmissionRejected SubmissionStatus = "rejected"
)

// SubmissionStatuses lists the statuses in the order the inbox shows them.
var SubmissionStatuses = []SubmissionStatus{SubmissionPending, SubmissionApproved, SubmissionMerged, SubmissionRejected}

// Submission is one question sent to the inbox. Its ID is the number the
// sender is given to quote.
type Submission struct {
	ID   int    `json:"id"`
	Name string `json:"name,omitempty"`
	// Anonymous: the hall is not told the name (the inbox is). A
	// submission without a name is anonymous.
	Anonymous bool             `json:"anonymous,omitempty"`
	Unit      string           `json:"unit,omitempty"` // unit or locality
	Text      string           `json:"text"`           // at most MaxSubmissionLen characters
	Theme     string           `json:"theme,omitempty"`
	Paper     bool             `json:"paper,omitempty"` // a paper slip typed by the clerk
	Received  time.Time        `json:"received"`
	Status    SubmissionStatus `json:"status"`
	// Question is the question it became (approved) or was merged into.
	Question int `json:"question,omitempty"`
	// Decided is when it was approved, merged or rejected.
	Decided time.Time `json:"decided,omitzero"`
}

// Asker is who sent s, as a question's asker: no name if anonymous.
func (s *Submission) Asker() Person {
	if s.Anonymous {
		return Person{Unit: s.Unit}
	}
	return Person{Name: s.Name, Unit: s.Unit}
}

// Submission returns the submission with id, or nil.
func (m *Meeting) Submission(id int) *Submission { return at(m.Submissions, id) }

// Pending returns the submissions waiting in the inbox, oldest first.
func (m *Meeting) Pending() []*Submission {
	var out []*Submission
	for _, s := range m.Submissions {
		if s != nil && s.Status == SubmissionPending {
			out = append(out, s)
		}
	}
	return out
}

// PendingCount is how many submissions wait in the inbox.
func (m *Meeting) PendingCount() int {
	n := 0
	for _, s := range m.Submissions {
		if s != nil && s.Status == SubmissionPending {
			n++
		}
	}
	return n
}

// AskedBy is how many people asked q: its asker and those whose
// submissions were merged into it.
func (q *Question) AskedBy() int { return 1 + len(q.AlsoAskedBy) }

// SubmitQuestion puts a question into the inbox. Refused while submissions
// are closed, with an empty text or one over MaxSubmissionLen characters,
// a name over MaxNameLen or a unit or theme over MaxLineLen (a question's
// limits: whatever the inbox takes can be approved as it was sent), and
// when MaxPending already wait.
type SubmitQuestion struct {
	Name      string `json:"name,omitempty"`
	Unit      string `json:"unit,omitempty"`
	Text      string `json:"text"`
	Theme     string `json:"theme,omitempty"`
	Anonymous bool   `json:"anonymous,omitempty"`
	Paper     bool   `json:"paper,omitempty"`
}

// ApproveSubmission makes a pending submission a question at the end of
// the queue, channel "hall". The fields besides ID are the question as the
// moderator edited it; each empty one is the submission's own (Asker: its
// name and unit; Kind: a question). An anonymous submission, or one
// without a name, needs an Asker: the face names it ("Ẩn danh") in the
// meeting's language.
type ApproveSubmission struct {
	ID          int      `json:"id"`
	Asker       Person   `json:"asker,omitzero"`
	Kind        Kind     `json:"kind,omitempty"`
	Theme       string   `json:"theme,omitempty"`
	Text        string   `json:"text,omitempty"`
	Departments []string `json:"departments,omitempty"`
}

// MergeSubmission folds a pending submission into a question that covers
// it: the sender joins the question's askers (Question.AlsoAskedBy).
type MergeSubmission struct {
	ID   int `json:"id"`
	Into int `json:"into"`
}

// RejectSubmission turns a pending submission down. The sender is not
// told; the record keeps it.
type RejectSubmission struct {
	ID int `json:"id"`
}

// SetSubmissions opens or closes the inbox to new submissions.
type SetSubmissions struct {
	Closed bool `json:"closed"`
}

// newInboxCommand is NewCommand for the inbox's commands.
func newInboxCommand(name string) Command {
	switch name {
	case "submit_question":
		return &SubmitQuestion{}
	case "approve_submission":
		return &ApproveSubmission{}
	case "merge_submission":
		return &MergeSubmission{}
	case "reject_submission":
		return &RejectSubmission{}
	case "set_submissions":
		return &SetSubmissions{}
	}
	return nil
}

func (SubmitQuestion) Verb() string    { return "submit_question" }
func (ApproveSubmission) Verb() string { return "approve_submission" }
func (MergeSubmission) Verb() string   { return "merge_submission" }
func (RejectSubmission) Verb() string  { return "reject_submission" }
func (SetSubmissions) Verb() string    { return "set_submissions" }

func (cmd SubmitQuestion) clean() Command {
	cmd.Name = CleanLine(cmd.Name)
	cmd.Unit = CleanLine(cmd.Unit)
	cmd.Text = CleanText(cmd.Text)
	cmd.Theme = CleanLine(cmd.Theme)
	return cmd
}

func (cmd ApproveSubmission) clean() Command {
	cmd.Asker = cleanPerson(cmd.Asker)
	cmd.Kind = Kind(CleanLine(string(cmd.Kind)))
	cmd.Theme = CleanLine(cmd.Theme)
	cmd.Text = CleanText(cmd.Text)
	cmd.Departments = cleanLines(cmd.Departments)
	return cmd
}

func (cmd MergeSubmission) clean() Command  { return cmd }
func (cmd RejectSubmission) clean() Command { return cmd }
func (cmd SetSubmissions) clean() Command   { return cmd }

func (c *change) putSubmission(s *Submission) {
	put(&c.m.Submissions, &c.copiedSubmissions, s.ID, s)
	c.touch(Ref{Kind: RecSubmission, ID: s.ID})
}

// pendingSubmission returns a copy of pending submission id that the
// caller may change and put.
func (c *change) pendingSubmission(id int) (*Submission, error) {
	s := c.m.Submission(id)
	if s == nil {
		return nil, refuse(ErrNoSuchSubmission, id)
	}
	if s.Status != SubmissionPending {
		return nil, refuse(ErrSubmissionDecided, id)
	}
	cp := *s
	return &cp, nil
}

func (cmd SubmitQuestion) apply(c *change) error {
	if c.m.SubmissionsClosed {
		return refuse(ErrSubmissionsClosed)
	}
	if cmd.Text == "" {
		return refuse(ErrEmptyText)
	}
	if Len(cmd.Text) > MaxSubmissionLen {
		return refuse(ErrTooLong, "text", MaxSubmissionLen)
	}
	for _, f := range []struct {
		name, v string
		max     int
	}{{"name", cmd.Name, MaxNameLen}, {"unit", cmd.Unit, MaxLineLen}, {"theme", cmd.Theme, MaxLineLen}} {
		if Len(f.v) > f.max {
			return refuse(ErrTooLong, f.name, f.max)
		}
	}
	if c.m.PendingCount() >= MaxPending {
		return refuse(ErrTooManyPending, MaxPending)
	}
	c.putSubmission(&Submission{
		ID:        nextID(c.m.Submissions),
		Name:      cmd.Name,
		Anonymous: cmd.Anonymous || cmd.Name == "",
		Unit:      cmd.Unit,
		Text:      cmd.Text,
		Theme:     cmd.Theme,
		Paper:     cmd.Paper,
		Received:  c.now,
		Status:    SubmissionPending,
	})
	return nil
}

func (cmd ApproveSubmission) apply(c *change) error {
	s, err := c.pendingSubmission(cmd.ID)
	if err != nil {
		return err
	}
	add := AddQuestion{Asker: cmd.Asker, Kind: cmd.Kind, Theme: cmd.Theme, Text: cmd.Text, Departments: cmd.Departments, Channel: ChannelHall}
	if add.Asker.Name == "" {
		add.Asker = s.Asker() // an anonymous one is then refused: empty_asker
	}
	if add.Text == "" {
		add.Text = s.Text
	}
	if add.Theme == "" {
		add.Theme = s.Theme
	}
	if err := add.apply(c); err != nil {
		return err
	}
	s.Status = SubmissionApproved
	s.Question = c.m.Questions.Len()
	s.Decided = c.now
	c.putSubmission(s)
	return nil
}

func (cmd MergeSubmission) apply(c *change) error {
	s, err := c.pendingSubmission(cmd.ID)
	if err != nil {
		return err
	}
	q, err := c.question(cmd.Into)
	if err != nil {
		return err
	}
	if q.Status == StatusWithdrawn || q.Status == StatusMerged {
		return refuse(ErrClosed, q.ID, string(q.Status))
	}
	q.AlsoAskedBy = append(slices.Clip(q.AlsoAskedBy), s.Asker())
	c.putQuestion(q)
	s.Status = SubmissionMerged
	s.Question = q.ID
	s.Decided = c.now
	c.putSubmission(s)
	return nil
}

func (cmd RejectSubmission) apply(c *change) error {
	s, err := c.pendingSubmission(cmd.ID)
	if err != nil {
		return err
	}
	s.Status = SubmissionRejected
	s.Decided = c.now
	c.putSubmission(s)
	return nil
}

func (cmd SetSubmissions) apply(c *change) error {
	if c.m.SubmissionsClosed == cmd.Closed {
		return nil // nothing to store or to undo
	}
	c.m.SubmissionsClosed = cmd.Closed
	c.touch(Ref{Kind: RecSubmissionsClosed})
	return nil
}

// checkSubmissions checks each submission: its place, its status, its
// text and the question it became.
func checkSubmissions(m *Meeting, bad func(string, ...any)) {
	for i, s := range m.Submissions {
		if s == nil {
			continue
		}
		if s.ID != i+1 {
			bad("submission at %d has id %d", i+1, s.ID)
		}
		if !slices.Contains(SubmissionStatuses, s.Status) {
			bad("submission %d has unknown status %q", s.ID, s.Status)
		}
		if s.Text == "" {
			bad("submission %d is empty", s.ID)
		}
		switch s.Status {
		case SubmissionApproved, SubmissionMerged:
			if m.Question(s.Question) == nil {
				bad("submission %d became missing question %d", s.ID, s.Question)
			}
		case SubmissionPending, SubmissionRejected:
			if s.Question != 0 {
				bad("submission %d is %s but names question %d", s.ID, s.Status, s.Question)
			}
		}
	}
}

func init() {
	maps.Copy(InvariantCodes, map[string]string{
		"submission at %d has id %d":                "submission_id",
		"submission %d has unknown status %q":       "submission_unknown_status",
		"submission %d is empty":                    "submission_empty",
		"submission %d became missing question %d":  "submission_missing_question",
		"submission %d is %s but names question %d": "submission_names_question",
	})
}

// submission cleans one submission for CleanMeeting.
func (mc *meetingCleaner) submission(s *Submission) bool {
	ch := mc.field(RecSubmission, s.ID, "sender.name", &s.Name, false)
	ch = mc.field(RecSubmission, s.ID, "sender.unit", &s.Unit, false) || ch
	ch = mc.field(RecSubmission, s.ID, "text", &s.Text, true) || ch
	ch = mc.field(RecSubmission, s.ID, "theme", &s.Theme, false) || ch
	status := s.Status
	s.Status = SubmissionStatus(mc.enum(RecSubmission, s.ID, "status", string(s.Status)))
	return ch || status != s.Status
}
