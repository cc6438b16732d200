package storage

import (
	"bytes"
	"encoding/json"
	"strings"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// Each sender has an undo chain and a redo chain. Their tops are kept in
// the meta bucket under "undo:<who>" and "redo:<who>"; each entry's Prev
// links to the one below it in its owner's chain. A file migrated from
// version 1 had one chain for everybody: its old entries link across
// senders, and walking a chain skips the entries that are not its owner's.

// chainKey is the meta key of who's chain top under prefix (keyUndo or
// keyRedo).
func chainKey(prefix []byte, who string) []byte {
	return append(append(bytes.Clone(prefix), ':'), who...)
}

// chainOf splits a meta key into its prefix and sender, if it is a chain's.
func chainOf(key []byte) (prefix []byte, who string, ok bool) {
	for _, p := range [][]byte{keyUndo, keyRedo} {
		if rest, found := bytes.CutPrefix(key, append(bytes.Clone(p), ':')); found {
			return p, string(rest), true
		}
	}
	return nil, "", false
}

// nextInChain is the first entry at or below seq, following Prev, that is
// owner's: seq itself for a chain written by this version.
func nextInChain(tx *bolt.Tx, seq uint64, owner string) (uint64, error) {
	for seq != 0 {
		e, err := readEntry(tx, seq)
		if err != nil {
			return 0, err
		}
		if e.ChainOwner() == owner {
			return seq, nil
		}
		seq = e.Prev
	}
	return 0, nil
}

// reversal is what reversing target writes: each record's before-image,
// as long as nobody but owner has changed the record since target. The
// queue is the one record others change all the time (a clerk registering
// a question from the floor): there the others' additions and removals are
// kept and target's own change is taken back around them. Any other
// record changed since refuses the reversal, naming the newest such change,
// its sender and verb (Code "changed_since").
func reversal(tx *bolt.Tx, target diskEntry, owner, path string) ([]Record, error) {
	out := make([]Record, 0, len(target.Before))
	after := map[string][]byte{}
	for _, r := range target.After {
		bn, key, _ := recordKey(r.ref())
		after[stateKey(bn, key)] = r.Value
	}
	changed := map[string]bool{}
	for _, r := range target.Before {
		cur, err := getRecord(tx, r.ref())
		if err != nil {
			return nil, err
		}
		bn, key, _ := recordKey(r.ref())
		left := after[stateKey(bn, key)]
		switch {
		case bytes.Equal(cur, left):
			out = append(out, r)
		case r.Kind == model.RecQueue:
			merged, err := mergeQueue(r.Value, left, cur)
			if err != nil {
				changed[stateKey(bn, key)] = true
				continue
			}
			out = append(out, Record{Kind: r.Kind, ID: r.ID, Value: merged})
		default:
			changed[stateKey(bn, key)] = true
		}
	}
	if len(changed) == 0 {
		return out, nil
	}
	return nil, changedSince(tx, target, owner, changed, path)
}

// mergeQueue takes target's change to the queue back around the others':
// want is the queue before target, left what target left, now what is
// stored. Questions others added since stay (at the end, in their order);
// questions others took out since stay out.
func mergeQueue(want, left, now []byte) ([]byte, error) {
	var w, l, n []int
	for _, p := range []struct {
		b []byte
		v *[]int
	}{{want, &w}, {left, &l}, {now, &n}} {
		if p.b != nil {
			if err := json.Unmarshal(p.b, p.v); err != nil {
				return nil, err
			}
		}
	}
	inLeft, inNow := map[int]bool{}, map[int]bool{}
	for _, id := range l {
		inLeft[id] = true
	}
	for _, id := range n {
		inNow[id] = true
	}
	var out []int
	seen := map[int]bool{}
	for _, id := range w {
		if inLeft[id] && !inNow[id] {
			continue // taken out by someone else since
		}
		out, seen[id] = append(out, id), true
	}
	for _, id := range n {
		if !inLeft[id] && !seen[id] {
			out, seen[id] = append(out, id), true // added by someone else since
		}
	}
	if out == nil {
		out = []int{}
	}
	return json.Marshal(out)
}

// changedSince is the refusal naming who changed target's records since:
// the newest entry after target that touched one, preferring someone other
// than owner.
func changedSince(tx *bolt.Tx, target diskEntry, owner string, changed map[string]bool, path string) error {
	var blame *diskEntry
	c := tx.Bucket(bucketLog).Cursor()
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		seq, _ := btoi(k)
		if seq <= target.Seq {
			break
		}
		_, js, err := unsealEntry(k, v)
		if err != nil {
			return err
		}
		var e diskEntry
		if err := json.Unmarshal(js, &e); err != nil {
			return err
		}
		if !touches(e, changed) {
			continue
		}
		if blame == nil || (blame.Who == owner && e.Who != owner) {
			blame = &e
		}
		if e.Who != owner {
			break
		}
	}
	args := []any{target.Subject(), target.Command, "", "", json.RawMessage(nil)}
	if blame != nil {
		args[2], args[3], args[4] = blame.Who, blame.Verb, blame.Command
		if blame.Verb == VerbUndo || blame.Verb == VerbRedo {
			args[3] = blame.Verb + ":" + blame.Subject()
		}
	}
	return fail(CodeChangedSince, path, nil, args...)
}

func touches(e diskEntry, keys map[string]bool) bool {
	for _, r := range e.After {
		bn, key, err := recordKey(r.ref())
		if err == nil && keys[stateKey(bn, key)] {
			return true
		}
	}
	return false
}

// splitChain turns a version 1 file's one undo (or redo) chain, under key,
// into a chain per sender: each sender's top is its newest entry on the
// old chain. The old entries keep their links; walking skips the others'.
func splitChain(tx *bolt.Tx, key []byte) error {
	meta := tx.Bucket(bucketMeta)
	top, err := getUint(meta, key)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for seq := top; seq != 0; {
		e, err := readEntry(tx, seq)
		if err != nil {
			return err
		}
		if who := e.ChainOwner(); !seen[who] && !strings.ContainsRune(who, 0) {
			seen[who] = true
			if err := putUint(meta, chainKey(key, who), seq); err != nil {
				return err
			}
		}
		if e.Prev >= seq {
			break
		}
		seq = e.Prev
	}
	return meta.Delete(key)
}

// refsOf is the set of records images name, as changedSince takes them.
func refsOf(images []Record) map[string]bool {
	keys := map[string]bool{}
	for _, r := range images {
		if bn, key, err := recordKey(r.ref()); err == nil {
			keys[stateKey(bn, key)] = true
		}
	}
	return keys
}
