package storage

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// loadMeeting reads the meeting (never the log) in tx, checking every
// value's checksum.
func loadMeeting(tx *bolt.Tx) (*model.Meeting, error) { return loadMeetingAt(tx, true) }

// loadMeetingAt reads the meeting of a file whose values are sealed (schema
// version 2 on) or bare JSON (version 1, for checking old backups): the
// buckets, then the records waiting in the log's tail over them.
func loadMeetingAt(tx *bolt.Tx, sealed bool) (*model.Meeting, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return nil, fmt.Errorf("no bucket %s", bucketMeta)
	}
	waiting, err := pendingOf(tx)
	if err != nil {
		return nil, err
	}
	m := model.New(model.Header{})
	into := newPatching(m)
	for _, p := range places {
		if p.key != nil {
			v := meta.Get(p.key)
			if sealed {
				var err error
				if v, err = unseal(bucketMeta, p.key, v); err != nil {
					return nil, err
				}
			}
			if err := into.patchRaw(p.kind, 0, v); err != nil {
				return nil, err
			}
			continue
		}
		b := tx.Bucket(p.bucket)
		if b == nil && p.kind == recQueued {
			continue // a version 2 file: the queue is in meta
		}
		if b == nil && isLate(p.bucket) {
			continue // a file from before it: none
		}
		if b == nil {
			return nil, fmt.Errorf("no bucket %s", p.bucket)
		}
		if p.kind == recQueued {
			q, err := loadQueue(b, sealed, waiting.queued())
			if err != nil {
				return nil, err
			}
			m.Queue = model.QueueOf(q...)
			continue
		}
		if err := loadBucket(into, b, p, sealed); err != nil {
			return nil, err
		}
	}
	for _, r := range waiting.records() {
		if r.Kind == recQueued {
			continue // placed by loadQueue
		}
		if err := into.patchRaw(r.Kind, r.ID, r.Value); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// loadBucket reads the records of one bucket of p's kind onto the meeting.
func loadBucket(into *patching, b *bolt.Bucket, p where, sealed bool) error {
	var raw []rawRecord
	c := b.Cursor()
	if k, _ := c.Last(); k != nil {
		// IDs count from 1 with few gaps: the last one sizes the list
		// (a hint; a damaged key must not allocate gigabytes).
		if id, ok := btoi(k); ok {
			raw = make([]rawRecord, 0, min(id, 1<<20))
		}
	}
	for k, v := c.First(); k != nil; k, v = c.Next() {
		id, ok := btoi(k)
		if !ok || id < 1 || id > 1<<31 {
			return fmt.Errorf("%s: bad key %x", p.bucket, k)
		}
		raw = append(raw, rawRecord{int(id), v})
	}
	if len(raw) > 0 {
		presize(into.m, p.kind, raw[len(raw)-1].id)
	}
	var bucket []byte
	if sealed {
		bucket = p.bucket
	}
	recs, err := decodeAll(p.kind, bucket, raw)
	if err != nil {
		return err
	}
	for _, r := range recs {
		if err := into.patch(r); err != nil {
			return err
		}
	}
	return nil
}

// rawRecord is a stored value as bbolt gave it: valid only inside the
// transaction.
type rawRecord struct {
	id    int
	value []byte
}

// parallelFrom is how many records make decoding on every core worth it.
const parallelFrom = 512

// decodeAll decodes raw on every core: at 10,000 questions, decoding JSON
// is nearly all the time Open takes. With a bucket, each value is sealed
// and its checksum is checked first.
func decodeAll(kind model.RecordKind, bucket []byte, raw []rawRecord) ([]record, error) {
	out := make([]record, len(raw))
	workers := min(runtime.GOMAXPROCS(0), len(raw)/parallelFrom+1)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(raw)/workers, (w+1)*len(raw)/workers
		work := func() {
			defer func() {
				if r := recover(); r != nil {
					errs[w] = fmt.Errorf("panic: %v", r)
				}
			}()
			defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
			intern := map[string]string{} // strings questions share (decodeQuestion)
			for i := lo; i < hi; i++ {
				v := raw[i].value
				if bucket != nil {
					var err error
					if v, err = unseal(bucket, itob(uint64(raw[i].id)), v); err != nil {
						errs[w] = err
						return
					}
				}
				var err error
				if out[i], err = decodeInterned(kind, raw[i].id, v, intern); err != nil {
					errs[w] = err
					return
				}
			}
		}
		if w == workers-1 {
			work() // the last share on this goroutine
			continue
		}
		wg.Go(work)
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

func presize(m *model.Meeting, k model.RecordKind, n int) {
	n = min(n, 1<<20) // a capacity hint; a damaged key must not allocate gigabytes
	switch k {
	case model.RecDepartment:
		m.Departments = make([]*model.Department, 0, n)
	case model.RecAnswer:
		m.Answers = make([]*model.Answer, 0, n)
	case model.RecFollowUp:
		m.FollowUps = make([]*model.FollowUp, 0, n)
	}
}
