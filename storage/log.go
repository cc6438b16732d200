package storage

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// Verbs of the log entries that are not model commands.
const (
	VerbCreate = "create"
	VerbUndo   = "undo"
	VerbRedo   = "redo"
)

// storeVerb reports whether v names an entry the store writes itself
// (create, undo, redo, migrate), not a model command nor a batch.
func storeVerb(v string) bool {
	return v == VerbCreate || v == VerbUndo || v == VerbRedo || v == VerbMigrate
}

// LogEntry is one committed change: a command, the file's creation, an
// undo or a redo, with the records as they were before it.
type LogEntry struct {
	Seq  uint64    `json:"seq"`
	Time time.Time `json:"time"`
	Who  string    `json:"who,omitempty"`
	// Verb is the command's verb, or "create", "undo", "redo".
	Verb string `json:"verb"`
	// Command is the command as JSON. An undo or redo entry carries the
	// command of the entry it reverses, so a log can say what was undone.
	Command json.RawMessage `json:"command,omitempty"`
	// Undoes is, for an undo entry, the seq of the entry it undid; for a
	// redo entry, the seq of the undo entry it reversed.
	Undoes uint64 `json:"undoes,omitempty"`
	// Of is, for an undo or redo entry, the verb of the command it is about
	// (the command undone or redone), so neither needs another read.
	Of string `json:"of,omitempty"`
	// Owner is, for an undo or redo entry sent by someone on another's
	// behalf (the moderator taking back a clerk's step), whose step it
	// was; "" when it is Who's own.
	Owner  string   `json:"owner,omitempty"`
	Before []Record `json:"before,omitempty"`
}

// ChainOwner is whose undo or redo chain the entry is on: Owner if set,
// else Who.
func (e LogEntry) ChainOwner() string {
	if e.Owner != "" {
		return e.Owner
	}
	return e.Who
}

// Subject is the verb of the command an entry is about: its own, or for
// an undo or redo the command it reversed.
func (e LogEntry) Subject() string {
	if e.Of != "" {
		return e.Of
	}
	return e.Verb
}

// Decode returns the entry's model command, or nil for "create" and for
// verbs the model does not know.
func (e LogEntry) Decode() (model.Command, error) {
	cmd := model.NewCommand(e.Verb)
	if cmd == nil || e.Command == nil {
		return nil, nil
	}
	if err := json.Unmarshal(e.Command, cmd); err != nil {
		return nil, fmt.Errorf("log entry %d: %w", e.Seq, err)
	}
	return cmd, nil
}

// Record is one record as it was: nil Value means it did not exist.
type Record struct {
	Kind  model.RecordKind
	ID    int
	Value json.RawMessage
}

type diskRecord struct {
	Kind  string          `json:"kind"`
	ID    int             `json:"id,omitempty"`
	Value json.RawMessage `json:"value,omitempty"`
}

// MarshalJSON stores the kind by name, so the file does not depend on the
// model's numbering.
func (r Record) MarshalJSON() ([]byte, error) {
	p, ok := placeOf(r.Kind)
	if !ok {
		return nil, fmt.Errorf("unknown record kind %d", r.Kind)
	}
	return json.Marshal(diskRecord{Kind: p.name, ID: r.ID, Value: r.Value})
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (r *Record) UnmarshalJSON(b []byte) error {
	var d diskRecord
	if err := json.Unmarshal(b, &d); err != nil {
		return err
	}
	p, ok := placeNamed(d.Kind)
	if !ok {
		return fmt.Errorf("unknown record kind %q", d.Kind)
	}
	if string(d.Value) == "null" {
		d.Value = nil
	}
	*r = Record{Kind: p.kind, ID: d.ID, Value: d.Value}
	return nil
}

func (r Record) ref() model.Ref { return model.Ref{Kind: r.Kind, ID: r.ID} }

// diskEntry is a log entry as stored: Prev links the undo chain (for a
// command or redo entry: the entry Undo reaches after undoing this one) or
// the redo chain (for an undo entry). After holds the records as the entry
// left them, in the same order as Before (for "create", every record
// created, and no Before): replaying the After of every entry from the
// first rebuilds the stored records, whatever the model's version.
type diskEntry struct {
	LogEntry
	Prev  uint64   `json:"prev,omitempty"`
	After []Record `json:"after,omitempty"`
}

func readEntry(tx *bolt.Tx, seq uint64) (diskEntry, error) {
	l, err := logOf(tx)
	if err != nil {
		return diskEntry{}, err
	}
	stored := l.get(seq)
	if stored == nil {
		return diskEntry{}, fmt.Errorf("log entry %d is missing", seq)
	}
	return decodeEntry(itob(seq), stored)
}

// appendEntry gives e the next seq and stores it; p, if any, is what
// waits in the tail (pending.go), kept up to date.
func appendEntry(tx *bolt.Tx, p *pending, e *diskEntry) error {
	l, err := logOf(tx)
	if err != nil {
		return err
	}
	seq, err := l.nextSequence()
	if err != nil {
		return err
	}
	e.Seq = seq
	v, err := json.Marshal(e)
	if err != nil {
		return err
	}
	// Chain it to the entry before: the last one, on the tail's page or
	// the log's last leaf.
	var prev [hashSize]byte
	if k, last := l.cursor().Last(); k != nil {
		if pseq, ok := btoi(k); !ok || pseq != seq-1 {
			return fmt.Errorf("log: the entry before %d is at %x", seq, k)
		}
		if _, _, err := unsealEntry(k, last); err != nil {
			return err
		}
		prev = entryHash(last)
	}
	key := itob(seq)
	return l.put(key, sealEntry(key, prev, v), e.After, p)
}

// LastTime is the time of the log's newest entry (zero for none): what the
// writer's clock must not go back before. It checks the entry's seal and
// reads its time, not its images (an import's entry holds every record it
// added, which Log would decode).
func (s *Store) LastTime() (t time.Time, err error) {
	err = view(s.db, func(tx *bolt.Tx) error {
		l, err := logOf(tx)
		if err != nil {
			return err
		}
		k, v := l.cursor().Last()
		if k == nil {
			return nil
		}
		_, js, err := unsealEntry(k, v)
		if err != nil {
			return err
		}
		var e struct {
			Time time.Time `json:"time"`
		}
		if err := json.Unmarshal(js, &e); err != nil {
			return fmt.Errorf("log entry %x: %w", k, err)
		}
		t = e.Time
		return nil
	})
	if err != nil {
		return time.Time{}, fail(CodeRead, s.path, err)
	}
	return t, nil
}

// Log reads entries in batches, one read transaction each, starting small
// (a screen shows a few) and growing. fn is never called inside a
// transaction, so it may apply commands: a read transaction held while the
// same goroutine writes can deadlock bbolt.
const (
	logFirstBatch = 16
	logMaxBatch   = 512
)

// Log calls fn for the log's entries, newest first, until fn returns false.
func (s *Store) Log(fn func(LogEntry) bool) error {
	var before uint64 // read entries with seq < before; 0: from the newest
	for size := logFirstBatch; ; size = min(2*size, logMaxBatch) {
		var batch []LogEntry
		err := view(s.db, func(tx *bolt.Tx) error {
			l, err := logOf(tx)
			if err != nil {
				return err
			}
			c := l.cursor()
			var k, v []byte
			if before == 0 {
				k, v = c.Last()
			} else {
				c.Seek(itob(before))
				k, v = c.Prev()
			}
			for ; k != nil && len(batch) < size; k, v = c.Prev() {
				e, err := decodeEntry(k, v)
				if err != nil {
					return err
				}
				batch = append(batch, e.LogEntry)
			}
			return nil
		})
		if err != nil {
			return fail(CodeRead, s.path, err)
		}
		for _, e := range batch {
			if !fn(e) {
				return nil
			}
		}
		if len(batch) < size {
			return nil
		}
		before = batch[len(batch)-1].Seq
		if before <= 1 {
			return nil
		}
	}
}
