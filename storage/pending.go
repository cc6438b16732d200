package storage

import (
	"maps"
	"slices"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// From schema version 4 a command's records wait in the log's tail with
// its entry: the entry's after-images are the records' newest values, and
// the record buckets get them only when the tail's entries move into the
// log (logBuckets.fold). A command that fits the tail thus writes the
// tail's one node, whatever the size of the buckets its records live in:
// at 100,000 questions a call next used to rewrite a leaf and two branch
// pages of the questions and of the queue. The stored meeting is the
// buckets with the tail's after-images over them; every reader goes
// through pending (or, loading, applies the tail the same way).

// pending is the records as one transaction sees them: the after-images
// of the tail's entries (the newest wins), and what the command under way
// has set, over the buckets.
type pending struct {
	tx   *bolt.Tx
	vals map[string]Record // by stateKey; a nil Value: deleted
}

// pendingIn is what waits in the tail in s's write transaction tx: a copy
// of what the last commit left (s.waiting), or, the first time and after
// a failed commit (commitFailed), read from the tail. Decoding the tail's entries on
// every commit cost a fifth of a small commit's time. s.mu is held.
func (s *Store) pendingIn(tx *bolt.Tx) (*pending, error) {
	if s.waiting == nil {
		return pendingOf(tx)
	}
	return &pending{tx: tx, vals: maps.Clone(s.waiting)}, nil
}

// pendingOf reads the tail's after-images in tx.
func pendingOf(tx *bolt.Tx) (*pending, error) {
	p := &pending{tx: tx, vals: map[string]Record{}}
	recs, err := tailRecords(tx)
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if err := p.set(r); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// tailRecords is every after-image of the tail's entries, oldest first
// (none in a file of version 3 or older, which has no tail).
func tailRecords(tx *bolt.Tx) ([]Record, error) {
	tail := tx.Bucket(bucketLogTail)
	if tail == nil {
		return nil, nil
	}
	var out []Record
	c := tail.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		e, err := decodeEntry(k, v)
		if err != nil {
			return nil, err
		}
		out = append(out, e.After...)
	}
	return out, nil
}

// get is the newest value of r (JSON), nil if r does not exist.
func (p *pending) get(r model.Ref) ([]byte, error) {
	bn, key, err := recordKey(r)
	if err != nil {
		return nil, err
	}
	if v, ok := p.vals[stateKey(bn, key)]; ok {
		return v.Value, nil
	}
	return getRecord(p.tx, r)
}

// set makes r's value what later reads in the transaction see; it reaches
// its bucket when the entry holding it as an after-image does (putAfter).
func (p *pending) set(r Record) error {
	bn, key, err := recordKey(r.ref())
	if err != nil {
		return err
	}
	p.vals[stateKey(bn, key)] = r
	return nil
}

// reset is what waits once the tail holds only the entry whose records
// after are (none: an empty tail).
func (p *pending) reset(after []Record) error {
	clear(p.vals)
	for _, r := range after {
		if err := p.set(r); err != nil {
			return err
		}
	}
	return nil
}

// pos reads question id's place in the queue.
func (p *pending) pos(id int) (uint64, bool, error) {
	v, err := p.get(model.Ref{Kind: recQueued, ID: id})
	if err != nil || v == nil {
		return 0, false, err
	}
	pos, err := parsePos(id, v)
	return pos, err == nil, err
}

// change makes r what the transaction sees from now on (p.set), noting in
// e what it was (a before-image) and is (an after-image).
func (e *diskEntry) change(p *pending, r Record) error {
	was, err := p.get(r.ref())
	if err != nil {
		return err
	}
	e.Before = append(e.Before, Record{Kind: r.Kind, ID: r.ID, Value: was})
	e.After = append(e.After, r)
	return p.set(r)
}

// putAfter writes after-images to their buckets, in order.
func putAfter(tx *bolt.Tx, after []Record) error {
	for _, r := range after {
		if err := putRecord(tx, r.ref(), r.Value); err != nil {
			return err
		}
	}
	return nil
}

// records is what the tail holds over the buckets, in a fixed order (by
// bucket and key): what a load patches over what it read.
func (p *pending) records() []Record {
	keys := make([]string, 0, len(p.vals))
	for k := range p.vals {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]Record, 0, len(keys))
	for _, k := range keys {
		out = append(out, p.vals[k])
	}
	return out
}

// queued is the queue's records waiting in the tail, by question: a
// position, or nil for a question taken out.
func (p *pending) queued() map[int][]byte {
	out := map[int][]byte{}
	for _, r := range p.vals {
		if r.Kind == recQueued {
			out[r.ID] = r.Value
		}
	}
	return out
}
