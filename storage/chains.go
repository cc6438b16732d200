package storage

import (
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// From schema version 3 the tops of the undo and redo chains ("undo:<who>",
// "redo:<who>") are kept in a bucket of their own, "chains", not in meta. A
// handful of short values, it stays small enough for bbolt to keep it
// inside the page that lists the buckets, which every commit writes
// anyway: a command that changes no meta record (notes, a question) no
// longer rewrites meta's page just to move its sender's undo top. A top of
// 0 (nothing to undo or redo) is no key at all.
var bucketChains = []byte("chains")

// chainBucket is the bucket holding the chain tops in tx and its name:
// "chains", or meta in a file of version 2 (a backup being checked).
func chainBucket(tx *bolt.Tx) (*bolt.Bucket, []byte) {
	if b := tx.Bucket(bucketChains); b != nil {
		return b, bucketChains
	}
	return tx.Bucket(bucketMeta), bucketMeta
}

// getTop reads a chain top (0: none).
func getTop(tx *bolt.Tx, key []byte) (uint64, error) {
	b, name := chainBucket(tx)
	v, err := unseal(name, key, b.Get(key))
	if err != nil || v == nil {
		return 0, err
	}
	n, err := strconv.ParseUint(string(v), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s %s: %w", name, key, err)
	}
	return n, nil
}

// putTop writes a chain top; 0 deletes it.
func putTop(tx *bolt.Tx, key []byte, n uint64) error {
	b := tx.Bucket(bucketChains)
	if b == nil {
		return fmt.Errorf("no bucket %s", bucketChains)
	}
	if n == 0 {
		if b.Get(key) == nil {
			return nil
		}
		return b.Delete(key)
	}
	return b.Put(key, seal(bucketChains, key, strconv.AppendUint(nil, n, 10)))
}

// bucketSince is the schema version that brought bucket name: a file of
// an older version lacks it until it is migrated.
func bucketSince(name []byte) int {
	switch string(name) {
	case string(bucketQueue), string(bucketChains):
		return 3
	case string(bucketLogTail):
		return 4
	}
	return 1
}

// The chain tops of a version 1 or 2 file, in meta: what the migrations
// read and write.

// getUint reads a sealed decimal in the meta bucket (the undo and redo
// tops); a missing one is 0.
func getUint(b *bolt.Bucket, key []byte) (uint64, error) {
	v, err := unseal(bucketMeta, key, b.Get(key))
	if err != nil || v == nil {
		return 0, err
	}
	n, err := strconv.ParseUint(string(v), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("meta %s: %w", key, err)
	}
	return n, nil
}

func putUint(b *bolt.Bucket, key []byte, n uint64) error {
	return b.Put(key, seal(bucketMeta, key, strconv.AppendUint(nil, n, 10)))
}

// getPlainUint reads an unsealed decimal (the undo and redo tops of a
// version 1 file).
func getPlainUint(b *bolt.Bucket, key []byte) (uint64, error) {
	v := b.Get(key)
	if v == nil {
		return 0, nil
	}
	n, err := strconv.ParseUint(string(v), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("meta %s: %w", key, err)
	}
	return n, nil
}
