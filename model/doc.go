// Package model is the meeting: its records (meeting, departments, questions,
// answers, follow-ups, the floor and the queue), the typed commands that
// change it and the pure Apply that turns a meeting and a command into the
// next meeting.
//
// The model knows no disk and no screen: it must not import storage, ui or
// anything that does I/O, and it never reads the clock — time comes in as an
// argument, so every test is deterministic. A *Meeting is never changed once
// it has been handed out; Apply builds a new one and shares what did not
// change.
package model
