// Package export turns a meeting into documents for the office. It is pure:
// it takes a meeting and returns bytes, and knows no disk and no screen.
package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"podium/model"
)

// FormatVersion is the version of the JSON export's shape. Importers refuse
// a version they do not know.
//
// Version 2 also carries, as optional fields that version 2 readers
// without them ignore, the formal record: the header's issuer, numbers,
// place name, close, secretary, attendees and recipients; the
// conclusions' addressee and order; the commendations.
//
// Version 2 (the clerk's record): answers' outcomes forwarded and
// commitment; follow-ups with questions (a list), answer, status, reply,
// resolution and note. Version 1 follow-ups ("question": N, no status)
// read as open follow-ups of that question.
const FormatVersion = 2

// FormatName is the JSON export's "format".
const FormatName = "podium-meeting"

// Document is the whole meeting as exported to JSON.
type Document struct {
	Format      string              `json:"format"`
	Version     int                 `json:"format_version"`
	Header      model.Header        `json:"meeting"`
	Departments []*model.Department `json:"departments"`
	Questions   []*model.Question   `json:"questions"`
	Answers     []*model.Answer     `json:"answers"`
	FollowUps   []*model.FollowUp   `json:"follow_ups"`
	Queue       []int               `json:"queue"`
	Floor       model.Floor         `json:"floor"`
	Stage       model.Stage         `json:"stage,omitzero"`
	Agenda      model.Agenda        `json:"agenda,omitzero"`
	// Commendations are the groups and individuals commended, in order.
	Commendations []model.Commendation `json:"commendations,omitempty"`
	// Themes are the meeting's list of themes, in its order.
	Themes []string `json:"themes,omitempty"`
	// Submissions are the questions sent to the inbox, dealt with or not;
	// SubmissionsClosed: the inbox takes no more.
	Submissions       []*model.Submission `json:"submissions,omitempty"`
	SubmissionsClosed bool                `json:"submissions_closed,omitempty"`
}

// JSON returns the whole meeting as indented JSON, ending in a newline.
// IDs that no longer exist (after an undo) are left out.
func JSON(m *model.Meeting) ([]byte, error) {
	d := Document{
		Format:      FormatName,
		Version:     FormatVersion,
		Header:      m.Header,
		Departments: present(m.Departments),
		Questions:   present(m.Questions.Slice()),
		Answers:     present(m.Answers),
		FollowUps:   present(m.FollowUps),
		Queue:       m.Queue.Slice(),
		Floor:       m.Floor,
		Stage:       m.Stage,
		Agenda:      m.Agenda,

		Commendations: m.Commendations,
		Themes:        m.Themes,

		Submissions:       present(m.Submissions),
		SubmissionsClosed: m.SubmissionsClosed,
	}
	if d.Queue == nil {
		d.Queue = []int{}
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func present[T any](s []*T) []*T {
	out := make([]*T, 0, len(s))
	for _, v := range s {
		if v != nil {
			out = append(out, v)
		}
	}
	return out
}

// JSONError is a JSON export that cannot be read back. Code is one of
// "not_podium" (not a Podium export), "version" (Args: the file's version,
// the versions this program reads), "invalid" (Args: what the decoder
// said), "broken" (Args: the first broken invariant) or "emptied" (a field
// that must not be empty held nothing but control characters: Field names
// it, Args is empty); the catalog keys are "json." + Code, with the file's
// name before Args (and, for "emptied", the field's name after it).
type JSONError struct {
	Code  string
	Args  []any
	Field *model.FieldChange
}

func (e *JSONError) Error() string {
	return fmt.Sprintf("podium: JSON export: %s %v", e.Code, e.Args)
}

// ReadVersions are the format versions DecodeJSON reads.
var ReadVersions = []int{1, FormatVersion}

// DecodeJSON is ImportJSON without the list of cleaned fields.
func DecodeJSON(b []byte) (*model.Meeting, error) {
	m, _, err := ImportJSON(b)
	return m, err
}

// ImportJSON rebuilds the meeting a JSON export holds: exported again, it
// gives the same bytes. Every text field is cleaned as Apply cleans what
// is typed (model.CleanMeeting: no escape sequences, controls, bidi or
// zero-width characters; NFC), and the fields cleaning changed are
// returned, for the importer to say so; an export Podium wrote has none.
// A file that is not an export of a version this program reads, whose
// records do not hold together (model.Check), or where cleaning left a
// required field empty is refused with a *JSONError.
func ImportJSON(b []byte) (*model.Meeting, []model.FieldChange, error) {
	m, err := decodeJSON(b)
	if err != nil {
		return nil, nil, err
	}
	m, changes := model.CleanMeeting(m)
	for _, c := range changes {
		if c.Emptied && c.Required() {
			return nil, changes, &JSONError{Code: "emptied", Field: &c}
		}
	}
	codes := map[string]bool{}
	for _, d := range m.Departments {
		if d == nil {
			continue
		}
		if codes[d.Code] {
			return nil, changes, &JSONError{Code: "invalid", Args: []any{fmt.Sprintf("two departments with code %q", d.Code)}}
		}
		codes[d.Code] = true
	}
	if errs := model.Check(m); len(errs) > 0 {
		return nil, changes, &JSONError{Code: "broken", Args: []any{errs[0].Error()}}
	}
	return m, changes, nil
}

func decodeJSON(b []byte) (*model.Meeting, error) {
	var probe struct {
		Format  string `json:"format"`
		Version int    `json:"format_version"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		if bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")) {
			return nil, &JSONError{Code: "invalid", Args: []any{err.Error()}}
		}
		return nil, &JSONError{Code: "not_podium"}
	}
	if probe.Format != FormatName {
		return nil, &JSONError{Code: "not_podium"}
	}
	if !slices.Contains(ReadVersions, probe.Version) {
		var vs []string
		for _, v := range ReadVersions {
			vs = append(vs, fmt.Sprint(v))
		}
		return nil, &JSONError{Code: "version", Args: []any{probe.Version, strings.Join(vs, ", ")}}
	}
	var d Document
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&d); err != nil {
		return nil, &JSONError{Code: "invalid", Args: []any{err.Error()}}
	}
	m := model.New(d.Header)
	m.Header = d.Header // as exported, limits and all
	var err error
	if m.Departments, err = byID(d.Departments, "department", func(x *model.Department) int { return x.ID }); err != nil {
		return nil, err
	}
	questions, err := byID(d.Questions, "question", func(x *model.Question) int { return x.ID })
	if err != nil {
		return nil, err
	}
	m.Questions = model.ListOf(questions)
	if m.Answers, err = byID(d.Answers, "answer", func(x *model.Answer) int { return x.ID }); err != nil {
		return nil, err
	}
	if m.FollowUps, err = byID(d.FollowUps, "follow-up", func(x *model.FollowUp) int { return x.ID }); err != nil {
		return nil, err
	}
	if m.Submissions, err = byID(d.Submissions, "submission", func(x *model.Submission) int { return x.ID }); err != nil {
		return nil, err
	}
	m.SubmissionsClosed = d.SubmissionsClosed
	if len(d.Queue) > 0 {
		m.Queue = model.QueueOf(d.Queue...)
	}
	m.Floor = d.Floor
	m.Stage = d.Stage
	m.Agenda = d.Agenda
	if len(d.Commendations) > 0 {
		m.Commendations = d.Commendations
	}
	if len(d.Themes) > 0 {
		m.Themes = d.Themes
	}
	if m.Floor.State == "" {
		m.Floor.State = model.FloorIdle
	}
	return m, nil
}

// maxID bounds the IDs an export may hold, so a hand-edited file cannot
// make the importer allocate gigabytes.
const maxID = 1 << 20

// byID places records at ID-1, with nil gaps, as the model keeps them.
func byID[T any](recs []*T, what string, id func(*T) int) ([]*T, error) {
	var out []*T
	for _, r := range recs {
		if r == nil {
			return nil, &JSONError{Code: "invalid", Args: []any{what + ": null"}}
		}
		n := id(r)
		if n < 1 || n > maxID {
			return nil, &JSONError{Code: "invalid", Args: []any{fmt.Sprintf("%s with id %d", what, n)}}
		}
		for len(out) < n {
			out = append(out, nil)
		}
		if out[n-1] != nil {
			return nil, &JSONError{Code: "invalid", Args: []any{fmt.Sprintf("two %ss with id %d", what, n)}}
		}
		out[n-1] = r
	}
	return out, nil
}
