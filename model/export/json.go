// Package export turns a meeting into documents for the office. It is pure:
// it takes a meeting and returns bytes, and knows no disk and no screen.
package export

import (
	"encoding/json"

	"podium/model"
)

// FormatVersion is the version of the JSON export's shape. Importers refuse
// a version they do not know.
const FormatVersion = 1

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
}

// JSON returns the whole meeting as indented JSON, ending in a newline.
// IDs that no longer exist (after an undo) are left out.
func JSON(m *model.Meeting) ([]byte, error) {
	d := Document{
		Format:      "podium-meeting",
		Version:     FormatVersion,
		Header:      m.Header,
		Departments: present(m.Departments),
		Questions:   present(m.Questions),
		Answers:     present(m.Answers),
		FollowUps:   present(m.FollowUps),
		Queue:       m.Queue,
		Floor:       m.Floor,
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
