// Package storage owns the meeting file: one meeting per bbolt file, one
// read-write transaction per command (the records it changed plus one log
// entry holding their before-images), undo from those before-images, schema
// versions, consistent backups and the offline check.
//
// It knows the model, never the screen: it must not import ui. Every error a
// person can act on is a *Error with a Code the screens turn into a sentence.
//
// Layout of a meeting file (schema version 1):
//
//	meta         "schema" → decimal version
//	             "header" → JSON model.Header
//	             "queue"  → JSON []int
//	             "floor"  → JSON model.Floor
//	             "undo"   → decimal seq of the newest entry Undo would undo (0: none)
//	             "redo"   → decimal seq of the newest undo entry Redo would redo (0: none)
//	departments  big-endian uint64 ID → JSON model.Department
//	questions    big-endian uint64 ID → JSON model.Question
//	answers      big-endian uint64 ID → JSON model.Answer
//	followups    big-endian uint64 ID → JSON model.FollowUp
//	log          big-endian uint64 seq → JSON LogEntry (plus "prev", the
//	             undo or redo chain link)
//
// A batch (ApplyAll, e.g. podium import) is one transaction and one log
// entry too: its verb names the batch ("import"), its command is the list
// of {verb, command} it applied (DecodeBatch), and its before-images are
// each record's image from before the batch, so one Undo reverts it all.
//
// Undo and redo never scan the log: each stack is a chain through the log
// entries' "prev" links, its top kept in meta.
package storage
