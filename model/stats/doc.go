// Package stats derives a meeting's figures from its records: per
// department (questions addressed, outcomes, answer time), per theme
// (questions by status, time spent) and per asker (speaking time,
// overtime), and the meeting's totals.
//
// Every figure is read off the records the log replays — questions with
// their speaking clocks, answers with their clocks and outcomes, follow-ups
// — and nothing else, so the figures of a meeting reopened from its file
// are the figures it had. Like the model, it does no I/O and never reads
// the clock: running clocks are read at now. It imports only model; the
// screens (ui) and the exported minutes (ui/export) read it.
package stats
