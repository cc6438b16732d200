package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// migrate1to2 seals a version 1 file: every record's value gets its
// checksum, the undo and redo tops too, and every log entry its after-images,
// its checksum and the hash of the entry before it.
//
// Version 1 entries hold only before-images. Their after-images are
// rebuilt by walking the log backwards from the stored records: what an
// entry left in a record is what the next entry touching that record found
// there (its before-image), or, if none did, what is stored now. The
// "create" entry gets every record that existed after it. The history
// before the migration is thus taken as the file holds it (a backup of the
// file as it was is made first); from the migration on, replay checks it.
func migrate1to2(tx *bolt.Tx) error {
	state, err := sealRecords(tx)
	if err != nil {
		return err
	}
	meta := tx.Bucket(bucketMeta)
	for _, key := range [][]byte{keyUndo, keyRedo} {
		n := uint64(0)
		if v := meta.Get(key); v != nil {
			var err error
			if n, err = strconv.ParseUint(string(v), 10, 64); err != nil {
				return fmt.Errorf("meta %s: %w", key, err)
			}
		}
		if err := putUint(meta, key, n); err != nil {
			return err
		}
	}
	lb := tx.Bucket(bucketLog)
	entries, seqs, err := readLog1(lb)
	if err != nil {
		return err
	}
	if err := rebuildAfterImages(entries, seqs, state); err != nil {
		return err
	}
	lb.FillPercent = 1.0
	var prev [hashSize]byte
	for i, e := range entries {
		js, err := json.Marshal(e)
		if err != nil {
			return err
		}
		key := itob(seqs[i])
		stored := sealEntry(key, prev, js)
		if err := lb.Put(key, stored); err != nil {
			return err
		}
		prev = entryHash(stored)
	}
	// One undo chain for everybody becomes a chain per sender.
	for _, key := range [][]byte{keyUndo, keyRedo} {
		if err := splitChain(tx, key); err != nil {
			return err
		}
	}
	return nil
}

// sealRecords gives every record of a version 1 file its checksum, and
// returns them all as they were stored (JSON), by stateKey.
func sealRecords(tx *bolt.Tx) (map[string][]byte, error) {
	meta := tx.Bucket(bucketMeta)
	state := map[string][]byte{}
	for _, p := range places {
		if p.key != nil {
			if v := meta.Get(p.key); v != nil {
				state[stateKey(bucketMeta, p.key)] = bytes.Clone(v)
				if err := meta.Put(p.key, seal(bucketMeta, p.key, v)); err != nil {
					return nil, err
				}
			}
			continue
		}
		b := tx.Bucket(p.bucket)
		if b == nil {
			continue // the queue's bucket comes with version 3
		}
		var keys, values [][]byte
		if err := b.ForEach(func(k, v []byte) error {
			keys, values = append(keys, bytes.Clone(k)), append(values, bytes.Clone(v))
			return nil
		}); err != nil {
			return nil, err
		}
		for i, k := range keys {
			state[stateKey(p.bucket, k)] = values[i]
			if err := b.Put(k, seal(p.bucket, k, values[i])); err != nil {
				return nil, err
			}
		}
	}
	return state, nil
}

// readLog1 reads a version 1 log: its entries (unsealed JSON) and their
// sequence numbers, oldest first.
func readLog1(lb *bolt.Bucket) ([]diskEntry, []uint64, error) {
	var entries []diskEntry
	var seqs []uint64
	err := lb.ForEach(func(k, v []byte) error {
		seq, ok := btoi(k)
		if !ok {
			return fmt.Errorf("log: bad key %x", k)
		}
		var e diskEntry
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("log entry %d: %w", seq, err)
		}
		entries, seqs = append(entries, e), append(seqs, seq)
		return nil
	})
	return entries, seqs, err
}

// rebuildAfterImages walks the log backwards from state (every record as
// stored now), giving each entry what it left in the records it touched;
// state ends as it was before the first entry.
func rebuildAfterImages(entries []diskEntry, seqs []uint64, state map[string][]byte) error {
	for i := len(entries) - 1; i >= 0; i-- {
		e := &entries[i]
		if e.Verb == VerbCreate {
			e.After = stateRecords(state)
			continue
		}
		e.After = make([]Record, len(e.Before))
		for j, r := range e.Before {
			bn, key, err := recordKey(r.ref())
			if err != nil {
				return fmt.Errorf("log entry %d: %w", seqs[i], err)
			}
			e.After[j] = Record{Kind: r.Kind, ID: r.ID, Value: state[stateKey(bn, key)]}
		}
		for j := len(e.Before) - 1; j >= 0; j-- {
			r := e.Before[j]
			bn, key, _ := recordKey(r.ref())
			if r.Value == nil {
				delete(state, stateKey(bn, key))
			} else {
				state[stateKey(bn, key)] = r.Value
			}
		}
	}
	return nil
}

// stateKey is where a record lives, as one map key.
func stateKey(bucket, key []byte) string { return string(bucket) + "\x00" + string(key) }

// stateRecords lists the records of state in the order a new file writes
// them: the meta records, then each bucket by ID.
func stateRecords(state map[string][]byte) []Record {
	var out []Record
	for _, p := range places {
		if p.key != nil {
			if v, ok := state[stateKey(bucketMeta, p.key)]; ok {
				out = append(out, Record{Kind: p.kind, Value: v})
			}
			continue
		}
		var ids []uint64
		prefix := string(p.bucket) + "\x00"
		for k := range state {
			if rest, ok := bytes.CutPrefix([]byte(k), []byte(prefix)); ok {
				if id, ok := btoi(rest); ok {
					ids = append(ids, id)
				}
			}
		}
		slices.Sort(ids)
		for _, id := range ids {
			out = append(out, Record{Kind: p.kind, ID: int(id), Value: state[stateKey(p.bucket, itob(id))]})
		}
	}
	return out
}
