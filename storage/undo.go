package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// Each sender has an undo chain and a redo chain. Their tops are kept in
// the bucket "chains" (chains.go) under "undo:<who>" and "redo:<who>"; each entry's Prev
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

// Undo takes back who's newest step not yet undone (a command, or a redo):
// it restores the entry's before-images, logs the undo as an entry of its
// own, and returns the new meeting and the entry it undid. Undo is per
// person: each sender has its own chain, so a clerk's autosaves never
// stand between the moderator and the moderator's own last step. Undoing
// again takes back who's step before that one. A step whose records
// someone else has changed since is not undone: the refusal (Code
// "changed_since") names whose change and what it was. With nothing to
// undo it returns Code "nothing_to_undo".
func (s *Store) Undo(who string, now time.Time) (*model.Meeting, LogEntry, error) {
	return s.reverse(keyUndo, keyRedo, VerbUndo, CodeNothingToUndo, who, who, now)
}

// UndoOf takes back owner's newest step on who's behalf, as Undo does for
// owner, with the same refusal when someone has changed its records since:
// the step a "changed_since" refusal names can be taken back this way, by
// someone who has seen whose it is. The undo goes on owner's redo chain.
func (s *Store) UndoOf(owner, who string, now time.Time) (*model.Meeting, LogEntry, error) {
	return s.reverse(keyUndo, keyRedo, VerbUndo, CodeNothingToUndo, model.CleanLine(owner), who, now)
}

// Redo reverses who's newest undo not yet redone, as long as who has sent
// no new command since, logs the redo as an entry, and returns the new
// meeting and the undo entry it reversed. A redo can itself be undone.
// With nothing to redo it returns Code "nothing_to_redo".
func (s *Store) Redo(who string, now time.Time) (*model.Meeting, LogEntry, error) {
	return s.reverse(keyRedo, keyUndo, VerbRedo, CodeNothingToRedo, who, who, now)
}

// NewestOf is owner's newest step that Undo would take back, and whether
// there is one.
func (s *Store) NewestOf(owner string) (LogEntry, bool, error) {
	var e diskEntry
	found := false
	err := view(s.db, func(tx *bolt.Tx) error {
		top, err := getTop(tx, chainKey(keyUndo, model.CleanLine(owner)))
		if err != nil || top == 0 {
			return err
		}
		e, err = readEntry(tx, top)
		found = err == nil
		return err
	})
	if err != nil {
		return LogEntry{}, false, fail(CodeRead, s.path, err)
	}
	return e.LogEntry, found, nil
}

// reverse pops owner's chain whose tops are kept under prefix from,
// restores the popped entry's before-images, and pushes a new entry (verb,
// sent by who) holding the images it replaced onto owner's chain under
// prefix to.
func (s *Store) reverse(from, to []byte, verb string, empty Code, owner, who string, now time.Time) (*model.Meeting, LogEntry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.meeting.Load()
	if s.readOnly {
		return old, LogEntry{}, s.readOnlyError()
	}
	owner, who = model.CleanLine(owner), model.CleanLine(who)
	var (
		target diskEntry
		next   *model.Meeting
		none   = fail(empty, s.path, nil)
	)
	err := s.update(func(tx *bolt.Tx, p *pending) error {
		fromKey, toKey := chainKey(from, owner), chainKey(to, owner)
		top, err := getTop(tx, fromKey)
		if err != nil {
			return err
		}
		if top == 0 {
			return none
		}
		if target, err = readEntry(tx, top); err != nil {
			return err
		}
		images, err := reversal(p, old, target, owner, s.path)
		if err != nil {
			return err
		}
		below, err := nextInChain(tx, target.Prev, owner)
		if err != nil {
			return err
		}
		other, err := getTop(tx, toKey)
		if err != nil {
			return err
		}
		e := diskEntry{
			LogEntry: LogEntry{Time: now, Who: who, Verb: verb, Command: target.Command, Undoes: top, Of: target.Subject()},
			Prev:     other,
		}
		if owner != who {
			e.Owner = owner
		}
		if next, err = restore(p, old, images, &e); err != nil {
			return err
		}
		if errs := model.Check(next); len(errs) > 0 {
			// Taken back around the others' changes, the meeting would not
			// hold together: refuse, as for any record changed since.
			return changedSince(tx, target, owner, refsOf(images), s.path)
		}
		if err := appendEntry(tx, p, &e); err != nil {
			return err
		}
		if err := putTop(tx, fromKey, below); err != nil {
			return err
		}
		return putTop(tx, toKey, e.Seq)
	})
	if err != nil {
		var se *Error
		if err == none || (errors.As(err, &se) && se.Code == CodeChangedSince) {
			return old, LogEntry{}, err
		}
		return s.meeting.Load(), LogEntry{}, s.commitFailed(err)
	}
	s.meeting.Store(next)
	return next, target.LogEntry, nil
}

// restore writes images over the records (pending) and onto a copy of m,
// noting in e what each record was before (its before-images) and is now
// (its after-images), and returns the copy.
func restore(p *pending, m *model.Meeting, images []Record, e *diskEntry) (*model.Meeting, error) {
	next := ownedCopy(m)
	var queued []Record
	for _, r := range images {
		if err := e.change(p, r); err != nil {
			return nil, err
		}
		if r.Kind == recQueued {
			queued = append(queued, r)
			continue
		}
		if err := next.patchRaw(r.Kind, r.ID, r.Value); err != nil {
			return nil, err
		}
	}
	if err := patchQueue(p, next.m, queued); err != nil {
		return nil, err
	}
	return next.m, nil
}

// reversal is what reversing target writes: each record's before-image,
// as long as nobody but owner has changed the record since target. The
// queue is what others change all the time (a clerk registering a question
// from the floor): there the others' additions, removals and moves are
// kept (a question someone else has placed since stays where they put it)
// and target's own change is taken back around them. Any other
// record changed since refuses the reversal, naming the newest such change,
// its sender and verb (Code "changed_since").
func reversal(p *pending, m *model.Meeting, target diskEntry, owner, path string) ([]Record, error) {
	out := make([]Record, 0, len(target.Before))
	after := map[string][]byte{}
	for _, r := range target.After {
		bn, key, _ := recordKey(r.ref())
		after[stateKey(bn, key)] = r.Value
	}
	changed := map[string]bool{}
	for _, r := range target.Before {
		bn, key, _ := recordKey(r.ref())
		left := after[stateKey(bn, key)]
		if r.Kind == model.RecQueue {
			// A version 2 entry's whole queue.
			recs, err := legacyQueue(p, m, r.Value, left)
			if err != nil {
				changed[stateKey(bn, key)] = true
			}
			out = append(out, recs...)
			continue
		}
		cur, err := p.get(r.ref())
		if err != nil {
			return nil, err
		}
		switch {
		case bytes.Equal(cur, left):
			out = append(out, r)
		case r.Kind == recQueued && r.Value == nil && cur != nil:
			// Put in the queue by target and only moved since: taking
			// target back takes it out. (A move writes the positions of
			// the questions it passes too: one the moderator moved next
			// to an imported one could re-place the imported one.)
			out = append(out, r)
		case r.Kind == recQueued:
			// Placed or taken out by someone else since: theirs stays.
		default:
			changed[stateKey(bn, key)] = true
		}
	}
	if len(changed) == 0 {
		return out, nil
	}
	return nil, changedSince(p.tx, target, owner, changed, path)
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
	l, err := logOf(tx)
	if err != nil {
		return err
	}
	c := l.cursor()
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		seq, _ := btoi(k)
		if seq <= target.Seq {
			break
		}
		e, err := decodeEntry(k, v)
		if err != nil {
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
