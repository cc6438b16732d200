package model

import (
	"encoding/json"
	"slices"
	"time"
)

// Default time limits, from the way Vietnamese dialogue meetings are run.
const (
	DefaultSpeakLimit  = 3 * time.Minute
	DefaultAnswerLimit = 5 * time.Minute
)

// Person is someone with a name, a role or title, and a unit or locality.
type Person struct {
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
	Unit string `json:"unit,omitempty"`
}

// Header is the meeting's own record: what it is, who chairs it, its limits.
type Header struct {
	Title       string        `json:"title"`
	Topic       string        `json:"topic,omitempty"`
	Venue       string        `json:"venue,omitempty"`
	Date        time.Time     `json:"date,omitzero"`
	Chair       Person        `json:"chair"`
	Language    string        `json:"language,omitempty"`
	SpeakLimit  time.Duration `json:"speak_limit"`
	AnswerLimit time.Duration `json:"answer_limit"`
	PlannedEnd  time.Time     `json:"planned_end,omitzero"`

	// What the office's documents (Decree 30/2020/NĐ-CP) need besides.

	// IssuerParent is the issuing body's parent (tên cơ quan chủ quản),
	// empty when it has none: a provincial People's Committee has none.
	IssuerParent string `json:"issuer_parent,omitempty"`
	// Issuer is the body that issues the documents (tên cơ quan ban hành),
	// e.g. "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN".
	Issuer string `json:"issuer,omitempty"`
	// MinutesNumber, ConclusionsNumber and ReportNumber are the number and
	// symbol (số, ký hiệu) of the biên bản ("05/BB-UBND"), the thông báo
	// kết luận ("…/TB-UBND") and the báo cáo kết quả ("…/BC-UBND").
	MinutesNumber     string `json:"minutes_number,omitempty"`
	ConclusionsNumber string `json:"conclusions_number,omitempty"`
	ReportNumber      string `json:"report_number,omitempty"`
	// PlaceName is the place of the date line: "Hưng Yên, ngày 23 tháng 3
	// năm 2023".
	PlaceName string `json:"place_name,omitempty"`
	// End is when the meeting closed: set by the agenda's last item ending
	// (NextAgendaItem) unless already set, or by SetHeader. Zero while it
	// runs. The minutes are as of Meeting.MinutesTime.
	End time.Time `json:"end,omitzero"`
	// Secretary is the thư ký who keeps the minutes and signs them.
	Secretary Person `json:"secretary,omitzero"`
	// Attendees are who attended (thành phần tham dự), in the order the
	// minutes list them: the chair, the departments' representatives, the
	// Youth Union, ... A line may have no name (Role or Unit only:
	// "Lãnh đạo UBND các huyện, thị xã, thành phố").
	Attendees []Person `json:"attendees,omitempty"`
	// YouthDelegates is how many young people attended as delegates.
	YouthDelegates int `json:"youth_delegates,omitempty"`
	// Recipients are the nơi nhận lines, without their leading "- ".
	Recipients []string `json:"recipients,omitempty"`
	// KindLimits are the speaking limits of kinds that have their own
	// (SpeakLimitFor); none in files written before they existed.
	KindLimits KindLimits `json:"kind_limits,omitzero"`
}

// Department is a body that answers questions, known by its short code.
type Department struct {
	ID             int    `json:"id"`
	Code           string `json:"code"`
	Name           string `json:"name"`
	Representative Person `json:"representative"`
}

// Kind is what a question is: a question, a recommendation or a proposal.
type Kind string

// The kinds of an "ý kiến".
const (
	KindQuestion       Kind = "question"
	KindRecommendation Kind = "recommendation"
	KindProposal       Kind = "proposal"
)

// Kinds lists the kinds in the order forms offer them.
var Kinds = []Kind{KindQuestion, KindRecommendation, KindProposal}

// Channel is how a question reached the meeting.
type Channel string

// The channels.
const (
	ChannelRegistered Channel = "registered"
	ChannelFloor      Channel = "floor"
	ChannelWritten    Channel = "written"
	ChannelHall       Channel = "hall" // from the hall: a submission approved in the inbox
)

// Status is where a question is in its life.
type Status string

// A question's life: waiting → asking → awaiting answer → answered, or in
// writing, or withdrawn, or merged; postponed goes back to waiting.
const (
	StatusWaiting   Status = "waiting"
	StatusAsking    Status = "asking"
	StatusAwaiting  Status = "awaiting"
	StatusAnswered  Status = "answered"
	StatusInWriting Status = "in_writing"
	StatusWithdrawn Status = "withdrawn"
	StatusMerged    Status = "merged"
)

// Question is one "ý kiến": a question, recommendation or proposal put by
// one asker. Its ID is also the number the hall knows it by.
type Question struct {
	ID          int       `json:"id"`
	Asker       Person    `json:"asker"`
	Kind        Kind      `json:"kind"`
	Theme       string    `json:"theme,omitempty"`
	Text        string    `json:"text"`
	Departments []string  `json:"departments,omitempty"`
	Channel     Channel   `json:"channel"`
	Status      Status    `json:"status"`
	Speaking    Clock     `json:"speaking"`
	CalledAt    time.Time `json:"called_at,omitzero"`
	AskedUntil  time.Time `json:"asked_until,omitzero"`
	ClosedAt    time.Time `json:"closed_at,omitzero"`
	MergedInto  int       `json:"merged_into,omitempty"`
	Created     time.Time `json:"created"`
	// AlsoAskedBy are the senders whose submissions were merged into it
	// (MergeSubmission), in the order they were merged; an anonymous one
	// has no name.
	AlsoAskedBy []Person `json:"also_asked_by,omitempty"`
}

// Outcome is how an answer ended.
type Outcome string

// The outcomes of an answer. Every outcome but OutcomeAnswered opens a
// follow-up (see SetOutcome).
const (
	OutcomeNone       Outcome = ""           // not recorded yet (an answer still being given)
	OutcomeAnswered   Outcome = "answered"   // answered on the spot
	OutcomeInWriting  Outcome = "in_writing" // to be answered in writing by a department, by a deadline
	OutcomeForwarded  Outcome = "forwarded"  // beyond the province's competence: forwarded to someone
	OutcomeCommitment Outcome = "commitment" // the department committed to do something by a date
)

// Outcomes lists the outcomes a clerk can record, in the order forms offer
// them.
var Outcomes = []Outcome{OutcomeAnswered, OutcomeInWriting, OutcomeForwarded, OutcomeCommitment}

// Answer is one department answering one or several questions together.
// Outcome is empty while the answer is given (unless the clerk recorded
// it early with SetOutcome); EndAnswer makes an empty one OutcomeAnswered.
// What must still be done (department, deadline, to whom) is in the
// follow-up the outcome opened: Meeting.FollowUpOf(answer ID).
type Answer struct {
	ID         int       `json:"id"`
	Questions  []int     `json:"questions"`
	Department string    `json:"department"`
	Responder  Person    `json:"responder"`
	Notes      string    `json:"notes,omitempty"`
	Clock      Clock     `json:"clock"`
	Start      time.Time `json:"start"`
	End        time.Time `json:"end,omitzero"`
	Outcome    Outcome   `json:"outcome,omitempty"`
}

// FollowUpSource is why a follow-up exists.
type FollowUpSource string

// The sources of follow-ups.
const (
	SourceWrittenAnswer FollowUpSource = "written_answer" // DeferToWriting, or SetOutcome in_writing
	SourceCommitment    FollowUpSource = "commitment"     // SetOutcome commitment
	SourceForwarded     FollowUpSource = "forwarded"      // SetOutcome forwarded
	SourceConclusion    FollowUpSource = "conclusion"     // AddConclusion: the chair's conclusions
)

// FollowUpStatus is where a follow-up stands after the meeting. Replied (a
// document was sent) and resolved (the matter is settled) are distinct, and
// both are reported.
type FollowUpStatus string

// The statuses of a follow-up.
const (
	FollowUpOpen      FollowUpStatus = "open"      // nothing received yet
	FollowUpReplied   FollowUpStatus = "replied"   // the department replied (ReplyDoc, ReplyDate)
	FollowUpResolved  FollowUpStatus = "resolved"  // the matter is settled (ResolvedDate)
	FollowUpForwarded FollowUpStatus = "forwarded" // passed beyond the province (ForwardedTo)
)

// FollowUpStatuses lists the statuses in the order forms offer them.
var FollowUpStatuses = []FollowUpStatus{FollowUpOpen, FollowUpReplied, FollowUpResolved, FollowUpForwarded}

// FollowUp is what a department must still do after the meeting: a written
// answer, a commitment, a matter forwarded beyond the province, or one of
// the chair's conclusions; and how far it has got.
type FollowUp struct {
	ID         int            `json:"id"`
	Department string         `json:"department"`
	What       string         `json:"what"`
	Deadline   time.Time      `json:"deadline,omitzero"` // zero: none set (a conclusion or a forwarded matter may have none)
	Source     FollowUpSource `json:"source"`
	// Questions are the questions it comes from, ascending: the answer's
	// questions, the one deferred to writing, or those a conclusion names
	// (maybe none).
	Questions []int `json:"questions,omitempty"`
	// Answer is the answer whose outcome opened it, 0 if none (a conclusion,
	// or a waiting question deferred to writing).
	Answer       int            `json:"answer,omitempty"`
	ForwardedTo  string         `json:"forwarded_to,omitempty"`
	Status       FollowUpStatus `json:"status"`
	ReplyDoc     string         `json:"reply_doc,omitempty"`    // the reply's document number, e.g. "125/SKHCN-QLKH"
	ReplyDate    time.Time      `json:"reply_date,omitzero"`    // the reply document's date
	ResolvedDate time.Time      `json:"resolved_date,omitzero"` // when it was settled; only with status resolved
	Note         string         `json:"note,omitempty"`         // the office's note
	Created      time.Time      `json:"created"`
	Updated      time.Time      `json:"updated,omitzero"` // the last UpdateFollowUp or EditFollowUp

	// For the chair's conclusions only: to whom it is addressed (To; the
	// default is Department and the departments in Also), and its place in
	// the order the chair gave them (Order, from 1; 0 in files written
	// before conclusions had one, which then keep the order of their IDs).
	// A conclusion addressed to all departments, the Youth Union or the
	// young people may have no Department.
	To    Addressee `json:"to,omitempty"`
	Also  []string  `json:"also,omitempty"`
	Order int       `json:"order,omitempty"`
}

// UnmarshalJSON reads a follow-up, including one written before follow-ups
// had a status and a list of questions ("question": N).
func (f *FollowUp) UnmarshalJSON(b []byte) error {
	type plain FollowUp
	var v struct {
		plain
		Question int `json:"question"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*f = FollowUp(v.plain)
	if len(f.Questions) == 0 && v.Question != 0 {
		f.Questions = []int{v.Question}
	}
	if f.Status == "" {
		f.Status = FollowUpOpen
	}
	return nil
}

// Overdue reports whether the follow-up is past its deadline at now and not
// yet replied to, resolved or forwarded. The deadline counts as the whole
// day it names, in its own time zone.
func (f *FollowUp) Overdue(now time.Time) bool {
	if f.Deadline.IsZero() || f.Status != FollowUpOpen {
		return false
	}
	n := now.In(f.Deadline.Location())
	dy, dm, dd := f.Deadline.Date()
	ny, nm, nd := n.Date()
	return time.Date(ny, nm, nd, 0, 0, 0, 0, time.UTC).After(time.Date(dy, dm, dd, 0, 0, 0, 0, time.UTC))
}

// FloorState is what is live now.
type FloorState string

// The floor's states.
const (
	FloorIdle      FloorState = "idle"
	FloorAsking    FloorState = "asking"
	FloorAnswering FloorState = "answering"
)

// Floor is what is live now: the question being asked, or the answer being
// given and the questions it covers. The clock lives in the question or the
// answer it points at.
type Floor struct {
	State     FloorState `json:"state"`
	Questions []int      `json:"questions,omitempty"`
	Answer    int        `json:"answer,omitempty"`
	// Speaker is, for a group being asked, the index in Questions of the
	// one speaking now; the others have spoken or wait their turn.
	Speaker int `json:"speaker,omitempty"`
}

// Meeting is one whole meeting. Questions, Answers and FollowUps are indexed
// by ID-1 (a nil entry is an ID that no longer exists, after an undo);
// Queue is the waiting questions' IDs in speaking order. The questions and
// the queue, which grow with the meeting, are kept in chunks (List, Queue)
// so that a command copies the chunk it changes, not the whole.
//
// A *Meeting handed out by Apply is immutable: nothing may change it or
// anything it points to.
type Meeting struct {
	Header      Header
	Departments []*Department
	Questions   List[Question]
	Answers     []*Answer
	FollowUps   []*FollowUp
	Floor       Floor
	Queue       Queue
	Stage       Stage
	Agenda      Agenda
	// Commendations are the groups and individuals the meeting commended,
	// in the order they were read out. One record (like the agenda).
	Commendations []Commendation
	// Themes are the themes questions are filed under, in the order the
	// organiser keeps them (themes.go). One record.
	Themes []string `json:"themes,omitempty"`
	// Submissions are the questions sent to the inbox, indexed by ID-1
	// (see submissions.go); SubmissionsClosed: the inbox takes no more.
	Submissions       []*Submission
	SubmissionsClosed bool
}

// New returns an empty meeting with the default limits.
func New(h Header) *Meeting {
	if h.SpeakLimit == 0 {
		h.SpeakLimit = DefaultSpeakLimit
	}
	if h.AnswerLimit == 0 {
		h.AnswerLimit = DefaultAnswerLimit
	}
	return &Meeting{Header: h, Floor: Floor{State: FloorIdle}}
}

// Question returns the question with id, or nil.
func (m *Meeting) Question(id int) *Question { return m.Questions.At(id) }

// Answer returns the answer with id, or nil.
func (m *Meeting) Answer(id int) *Answer { return at(m.Answers, id) }

// FollowUp returns the follow-up with id, or nil.
func (m *Meeting) FollowUp(id int) *FollowUp { return at(m.FollowUps, id) }

// Department returns the department with id, or nil.
func (m *Meeting) Department(id int) *Department { return at(m.Departments, id) }

// DepartmentByCode returns the department with that code, or nil.
func (m *Meeting) DepartmentByCode(code string) *Department {
	for _, d := range m.Departments {
		if d != nil && d.Code == code {
			return d
		}
	}
	return nil
}

func at[T any](s []*T, id int) *T {
	if id < 1 || id > len(s) {
		return nil
	}
	return s[id-1]
}

// FloorAnswer returns the answer being given, or nil.
func (m *Meeting) FloorAnswer() *Answer {
	if m.Floor.State != FloorAnswering {
		return nil
	}
	return m.Answer(m.Floor.Answer)
}

// Speaker returns the question being asked, or nil.
func (m *Meeting) Speaker() *Question {
	f := m.Floor
	if f.State != FloorAsking || f.Speaker < 0 || f.Speaker >= len(f.Questions) {
		return nil
	}
	return m.Question(f.Questions[f.Speaker])
}

// RunningClock returns the clock that the floor points at, and whether
// there is one.
func (m *Meeting) RunningClock() (Clock, bool) {
	switch m.Floor.State {
	case FloorAsking:
		if q := m.Speaker(); q != nil {
			return q.Speaking, true
		}
	case FloorAnswering:
		if a := m.FloorAnswer(); a != nil {
			return a.Clock, true
		}
	}
	return Clock{}, false
}

// Counts is how many questions stand in each status.
type Counts map[Status]int

// Count tallies the questions by status.
func (m *Meeting) Count() Counts {
	c := Counts{}
	for _, q := range m.Questions.All() {
		if q != nil {
			c[q.Status]++
		}
	}
	return c
}

// QueuePosition returns the index of id in the queue, or -1.
func (m *Meeting) QueuePosition(id int) int { return m.Queue.Index(id) }

// AnswersFor returns the answers that cover question id, oldest first.
func (m *Meeting) AnswersFor(id int) []*Answer {
	var out []*Answer
	for _, a := range m.Answers {
		if a != nil && slices.Contains(a.Questions, id) {
			out = append(out, a)
		}
	}
	return out
}

// FollowUpOf returns the follow-up that answer id's outcome opened, or nil.
func (m *Meeting) FollowUpOf(answer int) *FollowUp {
	if answer == 0 {
		return nil
	}
	for _, f := range m.FollowUps {
		if f != nil && f.Answer == answer {
			return f
		}
	}
	return nil
}

// FollowUpsFor returns the follow-ups that name question id, oldest first.
func (m *Meeting) FollowUpsFor(id int) []*FollowUp {
	var out []*FollowUp
	for _, f := range m.FollowUps {
		if f != nil && slices.Contains(f.Questions, id) {
			out = append(out, f)
		}
	}
	return out
}

// Conclusions returns the chair's conclusions in the order the chair gave
// them (MoveConclusion changes it; a new one comes last).
func (m *Meeting) Conclusions() []*FollowUp {
	var out []*FollowUp
	for _, f := range m.FollowUps {
		if f != nil && f.Source == SourceConclusion {
			out = append(out, f)
		}
	}
	sortConclusions(out)
	return out
}

// clone returns a shallow copy that Apply may change: the slices are shared
// until a handler replaces them with copy-on-write helpers below.
func (m *Meeting) clone() *Meeting {
	c := *m
	return &c
}
