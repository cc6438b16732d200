// Package storage owns the meeting file: one meeting per bbolt file, one
// read-write transaction per command (the records it changed plus one log
// entry holding their before-images), undo from those before-images, schema
// versions, consistent backups and the offline check.
//
// It knows the model, never the screen: it must not import ui. Every error a
// person can act on is a *Error with a Code the screens turn into a sentence.
//
// Layout of a meeting file (schema version 4):
//
//	meta         "schema" → decimal version (plain: any Podium can read it)
//	             "header" → sealed JSON model.Header
//	             "floor"  → sealed JSON model.Floor
//	             "stage", "agenda" → sealed JSON model.Stage, model.Agenda
//	queue        big-endian uint64 question ID → sealed decimal position: the
//	             queue is the waiting questions by (position, ID) (queue.go)
//	chains       "undo:<who>" → sealed decimal seq of the newest entry Undo
//	             would undo for who; "redo:<who>" → of the newest undo entry
//	             Redo would redo; no key: none (chains.go)
//	departments  big-endian uint64 ID → sealed JSON model.Department
//	questions    big-endian uint64 ID → sealed JSON model.Question
//	answers      big-endian uint64 ID → sealed JSON model.Answer
//	followups    big-endian uint64 ID → sealed JSON model.FollowUp
//	log          big-endian uint64 seq → CRC-32C (4 bytes) ‖ SHA-256 of the
//	             previous entry as stored (32 bytes, zero for the first) ‖
//	             JSON LogEntry (plus "prev", the undo or redo chain link, and
//	             "after", the after-images)
//	logtail      the newest log entries (at most four), stored as in log,
//	             all newer than log's; its sequence numbers the entries;
//	             moved into log together when it is full (logtail.go).
//	             Their after-images are the newest values of the records
//	             they name: those reach their buckets with the move, and
//	             every read (a load, a commit's before-images, check) takes
//	             them over the buckets (pending.go)
//
// "Sealed" is the value's CRC-32C (Castagnoli, 4 bytes big-endian) followed
// by the value; the CRC covers the bucket name, the key and the value, so a
// value found under another key fails too (seal.go). bbolt checksums only
// its meta pages: without this a flipped byte in a data page read back as
// good data. Every load checks the CRC of every record it reads; a mismatch
// is a *Error with Code "damaged" wrapping "bad_record", which names it.
//
// Each log entry holds its before-images (Before) and its after-images
// (After, in the same order; "create" has every record created and no
// Before). podium check replays the log from its first entry without the
// model: each entry must find its records as its Before says and leaves
// them as its After says, and the result must equal the stored records byte
// for byte. Commands, batches, undos and redos are replayed the same way
// (an undo's After is the undone entry's Before; a redo's, the undo's
// Before), so replay does not depend on how undo picks its target, nor on
// the model's version (re-applying commands would flag every change to
// Apply as damage). The cost: each entry stores its records twice.
//
// Check also compares the log's end with the newest backup (check.go,
// compareWithBackup): a backup of the same meeting (same "create" entry)
// whose last entry the file lacks, or holds with another hash, means the
// file lost committed transactions — what happens when bbolt falls back to
// its older meta page because the newest is damaged. Open refuses such a
// file, as it refuses any damaged one, naming the newest backup that passes
// the checks itself; Restore (podium restore BACKUP NEW-FILE) copies it to
// a new file, never over an existing one.
//
// Version 3 had no log tail: a new entry went to the end of log, which
// rewrote its last leaf and the branch pages above it, and each record
// went to its bucket, rewriting a leaf and its branches there too. The
// migration makes the empty tail and numbers on from the log's sequence;
// no record changes.
//
// Version 2 kept the queue as one JSON list in meta ("queue", which every
// queue command rewrote and logged whole) and the chain tops in meta. It is
// migrated in one transaction after a backup (migrate3.go); the move of the
// queue is logged as a "migrate" entry, and undoing an older entry turns
// its image of the whole queue into queue records.
//
// Version 1 (no seals, no chain, no after-images) is migrated in one
// transaction after a backup (migrate.go): its after-images are rebuilt by
// walking the log backwards from the stored records, so its history is
// taken as the file holds it.
//
// A batch (ApplyAll, e.g. podium import) is one transaction and one log
// entry too: its verb names the batch ("import"), its command is the list
// of {verb, command} it applied (DecodeBatch), and its before-images are
// each record's image from before the batch, so one Undo reverts it all.
//
// Undo and redo never scan the log: each stack is a chain through the log
// entries' "prev" links, its top kept in the bucket "chains".
package storage
