package storage

import "testing"

// BigFile is bigFile for the external test package, whose benchmark goes
// from the file to the first frame drawn.
func BigFile(b *testing.B, questions, logEntries int) string {
	return bigFile(b, questions, logEntries)
}
