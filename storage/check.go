package storage

import (
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// Check looks the file at path over without changing it: it opens it
// read-only (waiting at most DefaultTimeout for the lock), runs bbolt's
// page-level check, loads the meeting and checks the model's invariants,
// and checks that every log entry reads and the undo and redo chains hold.
// It returns every problem found, nil when the file is good. A file that
// another Podium has open gives one *Error with Code "locked"; a file that
// is not a meeting, or is newer than this program, one *Error saying so.
func Check(path string) []error {
	if err := precheck(path); err != nil {
		return []error{err}
	}
	db, err := openBolt(path, true, DefaultTimeout)
	if err != nil {
		return []error{err}
	}
	defer db.Close()
	if _, err := checkSchema(db, path); err != nil {
		return []error{err}
	}

	var errs []error
	err = view(db, func(tx *bolt.Tx) error {
		// The channel must be drained, or bbolt's checker blocks forever.
		for err := range tx.Check() {
			errs = append(errs, fmt.Errorf("bbolt: %w", err))
		}
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		// Pages are broken: reading records may go wrong in worse ways.
		return []error{damaged(path, errors.Join(errs...))}
	}

	m, err := load(db)
	if err != nil {
		return []error{damaged(path, err)}
	}
	errs = append(errs, model.Check(m)...)

	err = view(db, func(tx *bolt.Tx) error {
		errs = append(errs, checkLog(tx)...)
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	return errs
}

// checkLog reads every log entry and follows the undo and redo chains.
func checkLog(tx *bolt.Tx) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf("log: "+format, args...)) }
	type link struct {
		verb string
		prev uint64
	}
	links := map[uint64]link{}
	b := tx.Bucket(bucketLog)
	var last uint64
	err := b.ForEach(func(k, v []byte) error {
		seq, ok := btoi(k)
		if !ok {
			bad("bad key %x", k)
			return nil
		}
		var e diskEntry
		if err := json.Unmarshal(v, &e); err != nil {
			bad("entry %d: %v", seq, err)
			return nil
		}
		if e.Seq != seq {
			bad("entry at %d says it is %d", seq, e.Seq)
		}
		if seq <= last {
			bad("entry %d out of order", seq)
		}
		last = seq
		if e.Prev >= seq {
			bad("entry %d links forward to %d", seq, e.Prev)
		}
		if _, err := e.Decode(); err != nil {
			bad("%v", err)
		}
		links[seq] = link{e.Verb, e.Prev}
		return nil
	})
	if err != nil {
		bad("%v", err)
	}
	if s := b.Sequence(); s < last {
		bad("sequence %d is behind the last entry %d", s, last)
	}
	meta := tx.Bucket(bucketMeta)
	for _, key := range [][]byte{keyUndo, keyRedo} {
		top, err := getUint(meta, key)
		if err != nil {
			bad("%v", err)
			continue
		}
		// The undo chain holds commands and redos, the redo chain undos.
		wantUndo := string(key) == string(keyRedo)
		for seq := top; seq != 0; {
			l, ok := links[seq]
			if !ok {
				bad("%s chain reaches missing entry %d", key, seq)
				break
			}
			if (l.verb == VerbUndo) != wantUndo || l.verb == VerbCreate {
				bad("%s chain reaches a %s entry (%d)", key, l.verb, seq)
				break
			}
			if l.prev >= seq {
				break // reported above
			}
			seq = l.prev
		}
	}
	return errs
}
