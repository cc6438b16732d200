package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// Check looks the file at path over without changing it: it opens it
// read-only (waiting at most DefaultTimeout for the lock), runs bbolt's
// page-level check, checks every value's checksum, loads the meeting and
// checks the model's invariants, checks that every log entry reads, holds
// the hash of the one before and that the undo and redo chains hold,
// replays the log from its first entry and compares what it rebuilds with
// the stored records byte for byte, and compares the log's end with the
// newest backup's (a file that lost its newest transactions, as when bbolt
// falls back to its older meta page, ends before it).
//
// It returns every problem found, nil when the file is good. When the file
// is damaged the first problem is an *Error with Code "damaged" naming the
// newest backup that itself passes these checks; the others say what is
// damaged (Codes "bad_record", "broken_chain", "replay_mismatch",
// "lost_transaction"). A file that another Podium has open gives one
// *Error with Code "locked"; a file that is not a meeting, or is newer than
// this program, one *Error saying so.
func Check(path string) []error {
	errs, db := inspectFile(path)
	if db == nil {
		return errs
	}
	if len(errs) == 0 {
		if err := view(db, func(tx *bolt.Tx) error { return compareWithBackup(tx, path) }); err != nil {
			errs = append(errs, withPath(err, path))
		}
	}
	_ = db.Close()
	return summarise(path, errs)
}

// verify is Check without the comparison with backups, and without
// looking for a good backup: what a backup must pass to be restored.
func verify(path string) []error {
	errs, db := inspectFile(path)
	if db != nil {
		_ = db.Close()
	}
	return errs
}

// inspectFile runs every check of one file on its own. It returns the open
// database (read-only) when the file could be opened as a meeting.
func inspectFile(path string) ([]error, *bolt.DB) {
	if err := precheck(path); err != nil {
		return []error{err}, nil
	}
	db, err := openBolt(path, true, DefaultTimeout)
	if err != nil {
		return []error{err}, nil
	}
	version, err := checkSchema(db, path)
	if err != nil {
		_ = db.Close()
		return []error{err}, nil
	}
	return inspect(db, path, version >= 2), db
}

// isDamage reports whether err is damage (rather than, say, a model
// invariant broken by a bug).
func isDamage(err error) bool {
	switch CodeOf(err) {
	case CodeDamaged, CodeBadRecord, CodeBrokenChain, CodeReplayMismatch, CodeLostTransaction:
		return true
	}
	return false
}

// summarise puts first, when the file is damaged, one "damaged" error
// naming the newest good backup, which it looks for once.
func summarise(path string, errs []error) []error {
	hurt := false
	for _, err := range errs {
		hurt = hurt || isDamage(err)
	}
	if !hurt {
		return errs
	}
	good := goodBackup(path)
	var out []error
	for _, err := range errs {
		var e *Error
		if errors.As(err, &e) && e.Code == CodeDamaged && e.Path == path {
			e.Args = []any{good}
			out = append([]error{err}, out...)
			hurt = false
			continue
		}
		out = append(out, err)
	}
	if hurt {
		out = append([]error{fail(CodeDamaged, path, nil, good)}, out...)
	}
	return out
}

// inspect checks the file open in db; sealed says its values carry
// checksums (schema version 2 on).
func inspect(db *bolt.DB, path string, sealed bool) []error {
	var errs []error
	err := view(db, func(tx *bolt.Tx) error {
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
		return []error{fail(CodeDamaged, path, errors.Join(errs...))}
	}

	err = view(db, func(tx *bolt.Tx) error {
		if sealed {
			errs = append(errs, checkSums(tx)...)
		}
		if len(errs) == 0 {
			m, err := loadMeetingAt(tx, sealed)
			if err != nil {
				errs = append(errs, fail(CodeDamaged, path, err))
			} else {
				errs = append(errs, model.Check(m)...)
			}
		}
		var r *replayer
		if sealed {
			r = newReplayer()
		}
		logErrs := checkLog(tx, sealed, r)
		errs = append(errs, logErrs...)
		if sealed && len(logErrs) == 0 {
			// Replayed as the log was read; what it rebuilt means
			// something only on a log whose entries all read.
			r.compareStored(tx)
			errs = append(errs, r.errs...)
		}
		return nil
	})
	if err != nil {
		errs = append(errs, fail(CodeDamaged, path, err))
	}
	for _, err := range errs {
		withPath(err, path)
	}
	return errs
}

// maxReported caps the problems of one kind a check lists: a page of
// garbage should not print ten thousand lines.
const maxReported = 20

// checkSums checks the checksum of every record value and of the undo and
// redo tops.
func checkSums(tx *bolt.Tx) []error {
	var errs []error
	meta := tx.Bucket(bucketMeta)
	for _, p := range places {
		if p.key == nil {
			continue
		}
		if _, err := unseal(bucketMeta, p.key, meta.Get(p.key)); err != nil {
			errs = append(errs, err)
		}
	}
	chains, name := chainBucket(tx)
	_ = chains.ForEach(func(k, v []byte) error {
		if _, _, ok := chainOf(k); ok {
			if _, err := unseal(name, k, v); err != nil && len(errs) < maxReported {
				errs = append(errs, err)
			}
		}
		return nil
	})
	for _, p := range places {
		b := tx.Bucket(p.bucket)
		if p.key != nil || b == nil { // no queue bucket before version 3
			continue
		}
		_ = b.ForEach(func(k, v []byte) error {
			if _, err := unseal(p.bucket, k, v); err != nil && len(errs) < maxReported {
				errs = append(errs, err)
			}
			return nil
		})
	}
	return errs
}

// checkLog reads every log entry, checks its checksum and that it holds
// the hash of the one before (sealed files), and follows the undo and redo
// chains.
func checkLog(tx *bolt.Tx, sealed bool, r *replayer) []error {
	links, errs := readLinks(tx, sealed, r)
	return append(errs, checkChains(tx, sealed, links)...)
}

// link is what the chain walk needs of a log entry.
type link struct {
	verb  string
	owner string
	prev  uint64
}

// readLinks reads every log entry in order, checking its checksum, its place
// in the hash chain (sealed files), its sequence and its command, and
// returns what the chain walk needs of each; it hands each entry to r, if
// any, to replay.
func readLinks(tx *bolt.Tx, sealed bool, r *replayer) (map[uint64]link, []error) {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf("log: "+format, args...)) }
	links := map[uint64]link{}
	l, err := logOf(tx)
	if err != nil {
		bad("%v", err)
		return links, errs
	}
	var last uint64
	var lastHash [hashSize]byte
	c := l.cursor()
	for k, v := c.First(); k != nil && len(errs) < maxReported; k, v = c.Next() {
		seq, ok := btoi(k)
		if !ok {
			bad("bad key %x", k)
			continue
		}
		js := v
		if sealed {
			prev, inner, err := unsealEntry(k, v)
			if err != nil {
				errs = append(errs, err)
				last, lastHash = seq, [hashSize]byte{}
				continue
			}
			if prev != lastHash || seq != last+1 {
				errs = append(errs, &Error{Code: CodeBrokenChain, Args: []any{seq}})
			}
			js, lastHash = inner, entryHash(v)
		}
		var e diskEntry
		if err := json.Unmarshal(js, &e); err != nil {
			bad("entry %d: %v", seq, err)
			continue
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
		if err := decodable(e); err != nil {
			bad("%v", err)
		}
		links[seq] = link{e.Verb, e.ChainOwner(), e.Prev}
		if r != nil {
			r.entry(seq, e)
		}
	}
	if s := l.sequence(); s < last {
		bad("sequence %d is behind the last entry %d", s, last)
	}
	return links, errs
}

// decodable checks that an entry's command reads as what its verb says.
func decodable(e diskEntry) error {
	if !storeVerb(e.Verb) && model.NewCommand(e.Verb) == nil {
		_, err := DecodeBatch(e.LogEntry)
		return err
	}
	_, err := e.Decode()
	return err
}

// checkChains follows every sender's undo and redo chain from its top.
// The undo chains hold commands and redos, the redo chains undos. A chain's
// top is its owner's; below it, a version 1 file's old entries link across
// senders, and the walk skips the others'.
func checkChains(tx *bolt.Tx, sealed bool, links map[uint64]link) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf("log: "+format, args...)) }
	meta := tx.Bucket(bucketMeta)
	type chain struct {
		key    []byte
		prefix []byte
		owner  string // "" for a version 1 file's one chain
	}
	var chains []chain
	if sealed {
		tops, _ := chainBucket(tx)
		_ = tops.ForEach(func(k, _ []byte) error {
			if prefix, who, ok := chainOf(k); ok {
				chains = append(chains, chain{bytes.Clone(k), prefix, who})
			}
			return nil
		})
	} else {
		chains = []chain{{keyUndo, keyUndo, ""}, {keyRedo, keyRedo, ""}}
	}
	for _, ch := range chains {
		get := func(key []byte) (uint64, error) { return getTop(tx, key) }
		if !sealed {
			get = func(key []byte) (uint64, error) { return getPlainUint(meta, key) }
		}
		top, err := get(ch.key)
		if err != nil {
			bad("%v", err)
			continue
		}
		wantUndo := string(ch.prefix) == string(keyRedo)
		for seq, first := top, true; seq != 0; first = false {
			l, ok := links[seq]
			if !ok {
				bad("%s chain reaches missing entry %d", ch.key, seq)
				break
			}
			mine := ch.owner == "" || l.owner == ch.owner
			if first && !mine {
				bad("%s chain starts at entry %d, which is %s's", ch.key, seq, l.owner)
				break
			}
			if mine && ((l.verb == VerbUndo) != wantUndo || l.verb == VerbCreate) {
				bad("%s chain reaches a %s entry (%d)", ch.key, l.verb, seq)
				break
			}
			if l.prev >= seq {
				break // reported by readLinks
			}
			seq = l.prev
		}
	}
	return errs
}

// A replayer rebuilds the records from the log: from an empty file, each
// entry in order must find the records it names as its before-images say,
// and leaves them as its after-images say ("create" has only
// after-images). What it rebuilds must be what is stored, byte for byte
// (compareStored).
type replayer struct {
	state map[string][]byte // the records rebuilt so far, by place
	errs  []error           // what did not match
}

func newReplayer() *replayer { return &replayer{state: map[string][]byte{}} }

func (r *replayer) mismatch(what string) {
	if len(r.errs) < maxReported {
		r.errs = append(r.errs, &Error{Code: CodeReplayMismatch, Args: []any{what}})
	}
}

func (r *replayer) set(rec Record) error {
	bn, key, err := recordKey(rec.ref())
	if err != nil {
		return err
	}
	if rec.Value == nil {
		delete(r.state, stateKey(bn, key))
	} else {
		r.state[stateKey(bn, key)] = rec.Value
	}
	return nil
}

// entry applies the entry seq's after-images, checking that it finds its
// records as its before-images say.
func (r *replayer) entry(seq uint64, e diskEntry) {
	if e.Verb == VerbCreate && len(e.Before) == 0 {
		for _, a := range e.After {
			if err := r.set(a); err != nil {
				r.mismatch(fmt.Sprintf("log entry %d: %v", seq, err))
			}
		}
		return
	}
	if len(e.After) != len(e.Before) {
		r.mismatch(fmt.Sprintf("log entry %d (%d before-images, %d after-images)", seq, len(e.Before), len(e.After)))
		return
	}
	for i, b := range e.Before {
		a := e.After[i]
		bn, key, err := recordKey(b.ref())
		if err != nil || a.ref() != b.ref() {
			r.mismatch(fmt.Sprintf("log entry %d, image %d", seq, i+1))
			continue
		}
		if !bytes.Equal(r.state[stateKey(bn, key)], b.Value) {
			r.mismatch(fmt.Sprintf("%s (before log entry %d)", locator(bn, key), seq))
		}
		_ = r.set(a)
	}
}

// compareStored checks that what is stored (the buckets, with the records
// waiting in the log's tail over them) is what was rebuilt, and nothing
// else.
func (r *replayer) compareStored(tx *bolt.Tx) {
	waiting, err := pendingOf(tx)
	if err != nil {
		r.mismatch(fmt.Sprintf("log tail: %v", err))
		return
	}
	for sk, rec := range waiting.vals {
		want, ok := r.state[sk]
		delete(r.state, sk)
		if ok != (rec.Value != nil) || !bytes.Equal(want, rec.Value) {
			bn, key, _ := recordKey(rec.ref())
			r.mismatch(locator(bn, key))
		}
	}
	compare := func(bucket, key, stored []byte) {
		sk := stateKey(bucket, key)
		if _, over := waiting.vals[sk]; over {
			return
		}
		want, ok := r.state[sk]
		delete(r.state, sk)
		v, err := unseal(bucket, key, stored)
		if err != nil {
			return // reported by checkSums
		}
		if !ok || !bytes.Equal(v, want) {
			r.mismatch(locator(bucket, key))
		}
	}
	meta := tx.Bucket(bucketMeta)
	for _, p := range places {
		if p.key != nil {
			if v := meta.Get(p.key); v != nil {
				compare(bucketMeta, p.key, v)
			}
			continue
		}
		b := tx.Bucket(p.bucket)
		if b == nil {
			continue // no queue bucket before version 3
		}
		_ = b.ForEach(func(k, v []byte) error {
			compare(p.bucket, k, v)
			return nil
		})
	}
	for _, rec := range stateRecords(r.state) {
		bn, key, _ := recordKey(rec.ref())
		r.mismatch(locator(bn, key))
	}
}

// logHead is what says how far a file's log goes: which meeting it is (the
// time of its "create" entry), its last entry and that entry's hash.
type logHead struct {
	sealed  bool
	created time.Time
	last    uint64
	hash    [hashSize]byte // of the last entry as stored; sealed files only
}

// readHead reads the first and last log entries.
func readHead(tx *bolt.Tx, sealed bool) (logHead, error) {
	h := logHead{sealed: sealed}
	l, err := logOf(tx)
	if err != nil {
		return h, err
	}
	c := l.cursor()
	k, v := c.First()
	if k == nil {
		return h, fmt.Errorf("the log is empty")
	}
	js := v
	if sealed {
		var err error
		if _, js, err = unsealEntry(k, v); err != nil {
			return h, err
		}
	}
	var first LogEntry
	if err := json.Unmarshal(js, &first); err != nil {
		return h, fmt.Errorf("log entry 1: %w", err)
	}
	h.created = first.Time
	k, v = c.Last()
	h.last, _ = btoi(k)
	if sealed {
		h.hash = entryHash(v)
	}
	return h, nil
}

// compareWithBackup compares the log of the file open in tx with the newest
// backup's: a backup of the same meeting (the same "create" entry) whose
// last entry the file does not hold, or holds differently, means the file
// lost transactions it had committed (bbolt fell back to its older meta
// page) — something only a copy outside the file can tell. A backup that
// cannot be read, or is of another meeting, tells nothing.
func compareWithBackup(tx *bolt.Tx, path string) error {
	backup := newestBackup(path)
	if backup == "" {
		return nil
	}
	bh, err := backupHead(backup)
	if err != nil {
		return nil
	}
	fh, err := readHead(tx, isSealed(tx))
	if err != nil {
		return err
	}
	if !bh.created.Equal(fh.created) {
		return nil
	}
	lost := fh.last < bh.last
	if !lost && bh.sealed && fh.sealed {
		l, err := logOf(tx)
		if err != nil {
			return err
		}
		stored := l.get(bh.last)
		lost = stored == nil || entryHash(stored) != bh.hash
	}
	if lost {
		return &Error{Code: CodeLostTransaction, Path: path, Args: []any{backup, bh.last, fh.last}}
	}
	return nil
}

// isSealed reports whether the file open in tx has sealed values.
func isSealed(tx *bolt.Tx) bool {
	v := tx.Bucket(bucketMeta).Get(keySchema)
	return v != nil && string(v) != "1"
}

// backupHead reads the log head of a backup file, read-only, touching
// nothing else.
func backupHead(path string) (h logHead, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	if err := precheck(path); err != nil {
		return h, err
	}
	db, err := bolt.Open(path, fileMode, &bolt.Options{Timeout: 100 * time.Millisecond, ReadOnly: true})
	if err != nil {
		return h, err
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketMeta) == nil {
			return fmt.Errorf("not a meeting")
		}
		h, err = readHead(tx, isSealed(tx))
		return err
	})
	return h, err
}
