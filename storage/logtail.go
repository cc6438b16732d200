package storage

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// From schema version 4 the newest log entries wait in a small bucket of
// their own, "logtail", with their records (pending.go), and move into
// "log" together when the tail is full. The log is a B-tree of thousands
// of pages: appending to it rewrote its last leaf and every branch page
// above it, so a command's commit wrote 5.5 pages where a bare put writes
// 3. Appending to the tail, one node, writes that node alone, in one
// write; the log's pages are written once for the entries a move carries.
//
// The entries are stored in the tail exactly as in the log (sealed under
// the name "log", each holding the hash of the one before), so a move
// moves bytes. Every key in the tail is above every key in the log: the
// two read as one log, in order (logCursor). The tail's sequence numbers
// the entries. A file of version 3 or older has no tail: its log is "log"
// alone.
var bucketLogTail = []byte("logtail")

// bbolt's page layout: a page header, then an element header per key.
const (
	pageHeaderSize = 16
	leafElemSize   = 16
)

// tailEntries is how many entries the tail holds: bbolt never splits a
// leaf of four keys or fewer (twice its minimum per page), however big, so
// the tail stays one node, written as one run of pages in one write. Its
// bytes are capped at tailPages pages, so that the run it rewrites on
// every commit stays short.
const (
	tailEntries = 4
	tailPages   = 4
)

// logBuckets is the log in one transaction: the older entries and the
// tail (nil in a file from before version 4).
type logBuckets struct {
	old, tail *bolt.Bucket
}

func logOf(tx *bolt.Tx) (logBuckets, error) {
	l := logBuckets{old: tx.Bucket(bucketLog), tail: tx.Bucket(bucketLogTail)}
	if l.old == nil {
		return l, fmt.Errorf("no bucket %s", bucketLog)
	}
	return l, nil
}

// get is the stored entry seq, nil if there is none.
func (l logBuckets) get(seq uint64) []byte {
	key := itob(seq)
	if l.tail != nil {
		if v := l.tail.Get(key); v != nil {
			return v
		}
	}
	return l.old.Get(key)
}

// sequence is the seq of the newest entry ever numbered.
func (l logBuckets) sequence() uint64 {
	if l.tail != nil {
		return l.tail.Sequence()
	}
	return l.old.Sequence()
}

// setSequence sets the numbering's last seq (for files written whole).
func (l logBuckets) setSequence(seq uint64) error {
	if l.tail != nil {
		return l.tail.SetSequence(seq)
	}
	return l.old.SetSequence(seq)
}

// nextSequence numbers a new entry.
func (l logBuckets) nextSequence() (uint64, error) {
	if l.tail != nil {
		return l.tail.NextSequence()
	}
	return l.old.NextSequence()
}

// put stores a new entry, newer than every stored one, whose records
// after it are after: in the tail, after moving the tail's entries into
// the log if it is full; the records wait with it (pending.go). An entry
// bigger than a page (an import's) goes to the log after them, and its
// records to their buckets: in the tail it would be rewritten by every
// commit until the next move.
func (l logBuckets) put(key, stored []byte, after []Record, p *pending) error {
	// The log only ever grows at its end: full pages keep it compact.
	l.old.FillPercent = 1.0
	if l.tail == nil {
		if err := putAfter(l.old.Tx(), after); err != nil {
			return err
		}
		return l.old.Put(key, stored)
	}
	page := l.tail.Tx().DB().Info().PageSize
	need := leafElemSize + len(key) + len(stored)
	big := pageHeaderSize+need > page
	folded := false
	if n, used := tailUse(l.tail); n > 0 && (big || n >= tailEntries || used+need > tailPages*page) {
		if err := l.fold(); err != nil {
			return err
		}
		folded = true
	}
	if big {
		if err := putAfter(l.old.Tx(), after); err != nil {
			return err
		}
		if p != nil {
			if err := p.reset(nil); err != nil {
				return err
			}
		}
		return l.old.Put(key, stored)
	}
	if folded && p != nil {
		if err := p.reset(after); err != nil {
			return err
		}
	}
	return l.tail.Put(key, stored)
}

// tailUse is how many entries the tail holds, and what they take on its
// page, header included.
func tailUse(tail *bolt.Bucket) (n, bytes int) {
	bytes = pageHeaderSize
	c := tail.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		n++
		bytes += leafElemSize + len(k) + len(v)
	}
	return n, bytes
}

// fold moves the tail's entries into the log, their records into their
// buckets.
func (l logBuckets) fold() error {
	if l.tail == nil {
		return nil
	}
	var keys [][]byte
	c := l.tail.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		e, err := decodeEntry(k, v)
		if err != nil {
			return err
		}
		if err := putAfter(l.old.Tx(), e.After); err != nil {
			return err
		}
		if err := l.old.Put(k, v); err != nil {
			return err
		}
		keys = append(keys, k)
	}
	for _, k := range keys {
		if err := l.tail.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// cursor walks the log and the tail as one, in seq order.
func (l logBuckets) cursor() *logCursor {
	c := &logCursor{old: l.old.Cursor()}
	if l.tail != nil {
		c.tail = l.tail.Cursor()
	}
	return c
}

// logCursor is a bbolt cursor over the log and its tail: the log's keys
// first, then the tail's.
type logCursor struct {
	old, tail *bolt.Cursor
	inTail    bool
}

func (c *logCursor) First() ([]byte, []byte) {
	if k, v := c.old.First(); k != nil {
		c.inTail = false
		return k, v
	}
	return c.tailFirst()
}

func (c *logCursor) Last() ([]byte, []byte) {
	if c.tail != nil {
		if k, v := c.tail.Last(); k != nil {
			c.inTail = true
			return k, v
		}
	}
	c.inTail = false
	return c.old.Last()
}

func (c *logCursor) Next() ([]byte, []byte) {
	if c.inTail {
		return c.tail.Next()
	}
	if k, v := c.old.Next(); k != nil {
		return k, v
	}
	return c.tailFirst()
}

func (c *logCursor) Prev() ([]byte, []byte) {
	if c.inTail {
		if k, v := c.tail.Prev(); k != nil {
			return k, v
		}
		c.inTail = false
		return c.old.Last()
	}
	return c.old.Prev()
}

// Seek moves to the first entry at or after key.
func (c *logCursor) Seek(key []byte) ([]byte, []byte) {
	if k, v := c.old.Seek(key); k != nil {
		c.inTail = false
		return k, v
	}
	if c.tail == nil {
		return nil, nil
	}
	c.inTail = true
	return c.tail.Seek(key)
}

func (c *logCursor) tailFirst() ([]byte, []byte) {
	if c.tail == nil {
		return nil, nil
	}
	c.inTail = true
	return c.tail.First()
}

// decodeEntry checks a stored entry's seal and reads it: the one way every
// reader of the log turns stored bytes into an entry.
func decodeEntry(key, stored []byte) (diskEntry, error) {
	var e diskEntry
	_, js, err := unsealEntry(key, stored)
	if err != nil {
		return e, err
	}
	if err := json.Unmarshal(js, &e); err != nil {
		return e, fmt.Errorf("log entry %s: %w", seqName(key), err)
	}
	if seq, ok := btoi(key); !ok || e.Seq != seq {
		return e, fmt.Errorf("log entry at %s says it is %d", seqName(key), e.Seq)
	}
	return e, nil
}

func seqName(key []byte) string {
	if seq, ok := btoi(key); ok {
		return fmt.Sprint(seq)
	}
	return fmt.Sprintf("%x", key)
}

// migrate3to4 gives the log its tail, numbering on from the log's
// sequence. No record changes, so no entry is logged.
func migrate3to4(tx *bolt.Tx) error {
	tail, err := tx.CreateBucketIfNotExists(bucketLogTail)
	if err != nil {
		return err
	}
	l, err := logOf(tx)
	if err != nil {
		return err
	}
	return tail.SetSequence(l.old.Sequence())
}
