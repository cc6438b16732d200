package ui

import (
	"podium/model"
	"podium/storage"
	"podium/storage/hub"
)

// Writer is what the screens need of the meeting's one writer: send
// commands, take steps back and forward, follow the snapshots, read the
// log, and say who is typing. The hub implements it; the screens never see
// the store, so nothing here can write the file except through the writer.
type Writer interface {
	// Do applies one command as who.
	Do(cmd model.Command, who hub.Sender) error
	// DoRefs is Do that also returns the records cmd changed: the Inbox
	// learns from them the number of the question it approved.
	DoRefs(cmd model.Command, who hub.Sender) ([]model.Ref, error)
	// DoAll applies cmds as one change, logged as verb: all or nothing,
	// and one Undo takes the whole batch back.
	DoAll(cmds []model.Command, verb string, who hub.Sender) error
	// Undo takes back who's newest step; Redo puts back who's newest undo.
	Undo(who hub.Sender) (storage.LogEntry, error)
	Redo(who hub.Sender) (storage.LogEntry, error)
	// UndoOf takes back owner's newest step, as who; NewestOf is that step.
	// owner is a sender in the log's form (hub.Sender.String, or an old
	// log's "office").
	UndoOf(owner string, who hub.Sender) (storage.LogEntry, error)
	NewestOf(owner string) (storage.LogEntry, bool, error)
	// Subscribe follows the snapshots; Snapshot is the newest.
	Subscribe() (<-chan hub.Snapshot, func())
	Snapshot() hub.Snapshot
	// Log reads the log, newest first, until fn returns false.
	Log(fn func(storage.LogEntry) bool) error
	// ReadOnlyReason says why the file cannot be written, or nil.
	ReadOnlyReason() error
	// SetTyping says that the screen key has a notes editor open on answer.
	SetTyping(key any, who hub.Sender, answer int)
}

// Follower is what the projector needs: the snapshots only.
type Follower interface {
	Subscribe() (<-chan hub.Snapshot, func())
}

var _ Writer = (*hub.Hub)(nil)
