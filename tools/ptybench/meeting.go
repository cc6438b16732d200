package main

import (
	"time"

	"podium/model/demo"
	"podium/storage"
)

// writeMeeting writes a new meeting file at path as the storage and ui
// benchmarks make theirs (storage.WriteBigFile): the demo's departments
// and agenda, n questions to KHCN from "Đoàn viên 1" … "Đoàn viên n", all
// waiting, the same text each, and n log entries, one per question added,
// as a meeting whose questions were typed in one by one would have.
func writeMeeting(path string, n int, now time.Time) error {
	m, err := demo.Meeting(now)
	if err != nil {
		return err
	}
	return storage.WriteBigFile(path, m, now, n, n)
}
