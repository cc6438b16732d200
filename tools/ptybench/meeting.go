package main

import (
	"fmt"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
)

// writeMeeting writes a new meeting file at path: the demo meeting with
// its questions repeated, each copy numbered in its asker's name, up to n
// questions, all waiting in the queue. It builds the meeting directly
// (model.Apply would copy the queue once per question) and writes it with
// storage.Create in one transaction.
func writeMeeting(path string, n int, now time.Time) error {
	m, err := demo.Meeting(now)
	if err != nil {
		return err
	}
	base := m.Questions
	for id := len(base) + 1; id <= n; id++ {
		q := *base[(id-1)%len(base)]
		q.ID = id
		q.Asker.Name = fmt.Sprintf("%s %d", q.Asker.Name, id)
		q.Departments = append([]string(nil), q.Departments...)
		q.Created = now
		m.Questions = append(m.Questions, &q)
		m.Queue = append(m.Queue, id)
	}
	if errs := model.Check(m); len(errs) > 0 {
		return errs[0]
	}
	s, err := storage.Create(path, m, "bench", now, nil)
	if err != nil {
		return err
	}
	return s.Close()
}
