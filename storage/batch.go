package storage

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// VerbImport is the log verb of a batch read from a file (podium import).
const VerbImport = "import"

// BatchError is a command of a batch that the model refused. Nothing was
// written. It unwraps to the model's refusal, so model.CodeOf works on it.
type BatchError struct {
	Index int   // of the refused command in the batch, from 0
	Err   error // the *model.Error
}

func (e *BatchError) Error() string {
	return fmt.Sprintf("podium: command %d of the batch: %v", e.Index+1, e.Err)
}

func (e *BatchError) Unwrap() error { return e.Err }

// batchCommand is one command of a batch as the log holds it.
type batchCommand struct {
	Verb    string          `json:"verb"`
	Command json.RawMessage `json:"command"`
}

// DecodeBatch returns the commands of a batch entry (one written by
// ApplyAll), in order.
func DecodeBatch(e LogEntry) ([]model.Command, error) {
	var raw []batchCommand
	if err := json.Unmarshal(e.Command, &raw); err != nil {
		return nil, fmt.Errorf("log entry %d: %w", e.Seq, err)
	}
	out := make([]model.Command, 0, len(raw))
	for i, r := range raw {
		cmd := model.NewCommand(r.Verb)
		if cmd == nil {
			return nil, fmt.Errorf("log entry %d: command %d: unknown verb %q", e.Seq, i+1, r.Verb)
		}
		if err := json.Unmarshal(r.Command, cmd); err != nil {
			return nil, fmt.Errorf("log entry %d: command %d: %w", e.Seq, i+1, err)
		}
		out = append(out, cmd)
	}
	return out, nil
}

// ApplyAll applies cmds in order as one change: first all of them to the
// meeting in memory, and if the model refuses any, that refusal comes back
// as a *BatchError naming it and nothing is written. Otherwise one
// read-write transaction writes every record they changed and one log
// entry (verb, e.g. VerbImport) holding the commands and the before-image
// of each of those records as it was before the batch, so one Undo takes
// the whole batch back. Commands that change nothing are kept in the batch
// but write nothing; a batch that changes nothing writes nothing at all.
// Every command is applied at now.
func (s *Store) ApplyAll(cmds []model.Command, verb, who string, now time.Time) (*model.Meeting, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.meeting.Load()
	if model.NewCommand(verb) != nil || storeVerb(verb) || verb == "" {
		return old, fail(CodeIO, s.path, fmt.Errorf("%q cannot name a batch", verb))
	}
	next := old
	var refs []model.Ref
	raw := make([]batchCommand, 0, len(cmds))
	for i, cmd := range cmds {
		m, changed, err := model.Apply(next, cmd, now)
		if err != nil {
			return old, &BatchError{Index: i, Err: err}
		}
		for _, r := range changed {
			if !slices.Contains(refs, r) {
				refs = append(refs, r)
			}
		}
		b, err := marshalCommand(model.CleanCommand(cmd))
		if err != nil {
			return old, fail(CodeIO, s.path, err)
		}
		raw = append(raw, batchCommand{Verb: cmd.Verb(), Command: b})
		next = m
	}
	if len(refs) == 0 {
		return old, nil
	}
	if s.readOnly {
		return old, s.readOnlyError()
	}
	values, q, err := encodeChange(old, next, refs)
	if err != nil {
		return old, fail(CodeIO, s.path, err)
	}
	batchJSON, err := json.Marshal(raw)
	if err != nil {
		return old, fail(CodeIO, s.path, err)
	}
	err = s.update(func(tx *bolt.Tx, p *pending) error {
		return commit(tx, p, LogEntry{Time: now, Who: model.CleanLine(who), Verb: verb, Command: batchJSON}, values, q)
	})
	if err != nil {
		return s.meeting.Load(), s.commitFailed(err)
	}
	s.meeting.Store(next)
	return next, nil
}

// encodeChange is what a change from old to next writes: the records refs
// name, encoded, and the queue's change, if any (the queue is written as
// the records of the questions that changed place, found in the
// transaction: see queue.go).
func encodeChange(old, next *model.Meeting, refs []model.Ref) ([]Record, *queueChange, error) {
	values := make([]Record, 0, len(refs))
	var q *queueChange
	for _, r := range refs {
		if r.Kind == model.RecQueue {
			q = diffQueue(old.Queue, next.Queue)
			continue
		}
		v, err := encodeRecord(next, r)
		if err != nil {
			return nil, nil, err
		}
		values = append(values, Record{Kind: r.Kind, ID: r.ID, Value: v})
	}
	return values, q, nil
}

// commit appends e with the images before and after of records (and of
// the queue's change, if any), as one undoable change, inside tx: the
// records reach their buckets with the entry (logBuckets.put).
func commit(tx *bolt.Tx, p *pending, e LogEntry, records []Record, q *queueChange) error {
	undoKey, redoKey := chainKey(keyUndo, e.Who), chainKey(keyRedo, e.Who)
	undoTop, err := getTop(tx, undoKey)
	if err != nil {
		return err
	}
	if q != nil {
		more, err := q.records(p)
		if err != nil {
			return err
		}
		records = append(records, more...)
	}
	d := diskEntry{LogEntry: e, Prev: undoTop}
	for _, r := range records {
		if err := d.change(p, r); err != nil {
			return err
		}
	}
	if err := appendEntry(tx, p, &d); err != nil {
		return err
	}
	if err := putTop(tx, undoKey, d.Seq); err != nil {
		return err
	}
	// A new change ends what its sender could redo; others' redos stay.
	return putTop(tx, redoKey, 0)
}

// NewestBackup is the path of the newest backup of the meeting file at
// path in its backups folder (BackupDir), or "" if there is none.
func NewestBackup(path string) string { return newestBackup(path) }
