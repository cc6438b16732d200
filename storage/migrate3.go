package storage

import (
	"bytes"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// VerbMigrate is the log verb of the entry a migration to version 3 adds:
// the queue moving from one list in meta to one record per question. It is
// on nobody's undo chain.
const VerbMigrate = "migrate"

// migrate2to3 moves the queue out of meta into the bucket "queue" (one
// record per waiting question, in the order of the list) and the undo and
// redo tops into the bucket "chains", and logs the queue's move as one
// entry, so that replaying the log still rebuilds what is stored. The log
// written before keeps its images of the whole queue: an undo or redo of
// one of those entries turns them into queue records (legacyQueue).
func migrate2to3(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketQueue, bucketChains} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	meta := tx.Bucket(bucketMeta)
	var moves [][]byte
	if err := meta.ForEach(func(k, _ []byte) error {
		if _, _, ok := chainOf(k); ok {
			moves = append(moves, bytes.Clone(k))
		}
		return nil
	}); err != nil {
		return err
	}
	for _, k := range moves {
		n, err := getUint(meta, k)
		if err != nil {
			return err
		}
		if err := meta.Delete(k); err != nil {
			return err
		}
		if err := putTop(tx, k, n); err != nil {
			return err
		}
	}
	list, err := getSealed(meta, bucketMeta, keyQueue)
	if err != nil || list == nil {
		return err
	}
	var queue []int
	if r, err := decodeRecord(model.RecQueue, 0, list); err != nil {
		return err
	} else if q, _ := r.v.(*[]int); q != nil {
		queue = *q
	}
	if err := meta.Delete(keyQueue); err != nil {
		return err
	}
	e := diskEntry{LogEntry: LogEntry{Time: time.Now(), Verb: VerbMigrate}}
	e.Before = []Record{{Kind: model.RecQueue, Value: list}}
	e.After = []Record{{Kind: model.RecQueue}}
	// Appended with no tail yet (version 4 makes it), the entry puts its
	// after-images into their buckets.
	for _, r := range queueRecords(queue) {
		e.Before = append(e.Before, Record{Kind: r.Kind, ID: r.ID})
		e.After = append(e.After, r)
	}
	return appendEntry(tx, nil, &e)
}
