package storage

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// From schema version 3 the queue is not one list in meta but one record
// per waiting question in the bucket "queue": question ID → its position, a
// sealed decimal. The queue is the questions in order of (position, ID). A
// queue command writes only the questions it added, took out or moved: a
// new position between its neighbours' (positions start a gap apart), and
// only when two neighbours have no room left between them are a few of
// them spread out again. Its cost and its log entry no longer grow with
// the queue.
//
// The model hands over the whole queue (Meeting.Queue, and one
// model.RecQueue ref when it changed); queueDiff finds which questions
// changed place, in time linear in the queue's chunks and the stretch
// that differs.

var bucketQueue = []byte("queue")

// recQueued is a storage-only record kind: one waiting question's place in
// the queue ("queued" in log entries). The model's kinds count up from 1.
const recQueued model.RecordKind = -1

const (
	queueGap  = uint64(1) << 32 // between neighbours when there is room
	queueBase = uint64(1) << 62 // the first question's position in a fresh queue
)

// queueChange is what a command did to the queue, found before the commit
// transaction: the questions it took out, and the indexes in the new queue
// of those it added or moved.
type queueChange struct {
	queue   model.Queue
	removed []int
	placed  []int
}

// diffQueue is the change from old to queue, nil when there is none.
func diffQueue(old, queue model.Queue) *queueChange {
	removed, placed := queueDiff(old, queue)
	if len(removed) == 0 && len(placed) == 0 {
		return nil
	}
	return &queueChange{queue: queue, removed: removed, placed: placed}
}

// queueDiff returns the questions in old but not in nw, and the indexes in
// nw of the questions that must be given a position so that nw is in
// position order: those not in old, and those whose order changed. The
// rest keep theirs. Common cases (one question in or out, one moved, a few
// taken out) take one pass over the stretch that differs; anything else
// finds the longest run kept in order.
func queueDiff(old, nw model.Queue) (removed, placed []int) {
	p, s := model.Common(old, nw)
	on, nn := old.Len()-s-p, nw.Len()-s-p // the stretch that differs
	switch {
	case on == 0:
		for i := range nn {
			placed = append(placed, p+i)
		}
		return nil, placed
	case nn == 0:
		return old.Sub(p, p+on), nil
	case on == nn && old.At(p) == nw.At(p+nn-1) && old.Equal(p+1, p+on, nw, p):
		return nil, []int{p + nn - 1} // moved down
	case on == nn && old.At(p+on-1) == nw.At(p) && old.Equal(p, p+on-1, nw, p+1):
		return nil, []int{p} // moved up
	}
	om, nm := old.Sub(p, p+on), nw.Sub(p, p+nn)
	if r, ok := subsequence(nm, om); ok {
		return r, nil
	}
	if r, ok := subsequence(om, nm); ok {
		for _, id := range r {
			placed = append(placed, p+slices.Index(nm, id))
		}
		return nil, placed
	}
	at := make(map[int]int, len(nm))
	for i, id := range nm {
		at[id] = p + i
	}
	var common []int // indexes in nw of the questions in both, in old's order
	for _, id := range om {
		if j, ok := at[id]; ok {
			common = append(common, j)
		} else {
			removed = append(removed, id)
		}
	}
	keep := increasingRun(common)
	for i := range nm {
		if !keep[p+i] {
			placed = append(placed, p+i)
		}
	}
	return removed, placed
}

// subsequence reports whether short is long with some items left out, and
// returns those items.
func subsequence(short, long []int) ([]int, bool) {
	if len(short) >= len(long) {
		return nil, false
	}
	var out []int
	j := 0
	for _, id := range long {
		if j < len(short) && short[j] == id {
			j++
			continue
		}
		out = append(out, id)
	}
	return out, j == len(short)
}

// increasingRun is the set of values of a longest increasing subsequence
// of xs (distinct values).
func increasingRun(xs []int) map[int]bool {
	var tails []int // index in xs of the smallest tail of a run of each length
	prev := make([]int, len(xs))
	for i, x := range xs {
		k := sort.Search(len(tails), func(k int) bool { return xs[tails[k]] >= x })
		prev[i] = -1
		if k > 0 {
			prev[i] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	keep := map[int]bool{}
	if len(tails) > 0 {
		for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
			keep[xs[i]] = true
		}
	}
	return keep
}

// records gives the change's queue records as they must now be: nil for
// the questions taken out, a position for those placed (and for any
// neighbour that had to be spread out to make room), read against the
// positions stored in tx.
func (q *queueChange) records(p *pending) ([]Record, error) {
	out := make([]Record, 0, len(q.removed)+len(q.placed))
	for _, id := range q.removed {
		out = append(out, Record{Kind: recQueued, ID: id})
	}
	pos, err := placeAll(p, q.queue, q.placed)
	if err != nil {
		return nil, err
	}
	for _, id := range pos.order {
		out = append(out, Record{Kind: recQueued, ID: id, Value: posValue(pos.at[id])})
	}
	return out, nil
}

// placed is the positions given by placeAll, in the order given.
type placed struct {
	at    map[int]uint64
	order []int
}

// placeAll gives a position to each question at the indexes idx (sorted)
// of queue, between its neighbours'. A run of neighbours with no room
// between them grows, one neighbour at a time, until it has room: the
// neighbours taken in get a new position too.
func placeAll(pd *pending, queue model.Queue, idx []int) (placed, error) {
	out := placed{at: map[int]uint64{}}
	posAt := func(i int) (uint64, error) {
		id := queue.At(i)
		if p, ok := out.at[id]; ok {
			return p, nil
		}
		p, ok, err := pd.pos(id)
		if err == nil && !ok {
			err = fmt.Errorf("queue: question %d has no position", id)
		}
		return p, err
	}
	for i := 0; i < len(idx); {
		s, e := idx[i], idx[i]
		for i++; i < len(idx) && idx[i] <= e+1; i++ {
			e = max(e, idx[i])
		}
		for grow := 0; ; grow++ {
			lo, hi := uint64(0), uint64(math.MaxUint64)
			var err error
			if s > 0 {
				if lo, err = posAt(s - 1); err != nil {
					return out, err
				}
			}
			if e+1 < queue.Len() {
				if hi, err = posAt(e + 1); err != nil {
					return out, err
				}
			}
			if spread(&out, queue.Sub(s, e+1), lo, hi, s == 0, e+1 == queue.Len()) {
				break
			}
			if grow%2 == 0 && s > 0 || e+1 == queue.Len() {
				s--
			} else {
				e++
			}
			for i < len(idx) && idx[i] <= e+1 {
				e = max(e, idx[i])
				i++
			}
		}
	}
	return out, nil
}

// spread gives ids positions strictly between lo and hi (bounds that are
// the queue's ends are open): a gap apart next to an end, evenly spaced
// between two neighbours. It reports false when there is no room.
func spread(out *placed, ids []int, lo, hi uint64, first, last bool) bool {
	k := uint64(len(ids))
	var at func(j uint64) uint64
	switch {
	case first && last:
		at = func(j uint64) uint64 { return queueBase + j*queueGap }
	case last:
		if lo > math.MaxUint64-(k+1)*queueGap {
			return false
		}
		at = func(j uint64) uint64 { return lo + j*queueGap }
	case first:
		if hi < (k+1)*queueGap {
			return false
		}
		at = func(j uint64) uint64 { return hi - (k+1-j)*queueGap }
	default:
		if hi <= lo || (hi-lo)/(k+1) == 0 {
			return false
		}
		step := (hi - lo) / (k + 1)
		at = func(j uint64) uint64 { return lo + j*step }
	}
	for j, id := range ids {
		if _, ok := out.at[id]; !ok {
			out.order = append(out.order, id)
		}
		out.at[id] = at(uint64(j) + 1)
	}
	return true
}

func posValue(p uint64) []byte { return strconv.AppendUint(nil, p, 10) }

func parsePos(id int, v []byte) (uint64, error) {
	p, err := strconv.ParseUint(string(v), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("queue: question %d: %w", id, err)
	}
	return p, nil
}

// slot is one question's place: position, then ID.
type slot struct {
	pos uint64
	id  int
}

func compareSlots(a, b slot) int {
	return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.id, b.id))
}

// loadQueue reads the queue bucket (sealed or not) into the queue's order,
// with the positions waiting in the log's tail (a nil one: taken out)
// over the stored ones.
func loadQueue(qb *bolt.Bucket, sealed bool, waiting map[int][]byte) ([]int, error) {
	var slots []slot
	for id, v := range waiting {
		if v == nil {
			continue
		}
		p, err := parsePos(id, v)
		if err != nil {
			return nil, err
		}
		slots = append(slots, slot{p, id})
	}
	err := qb.ForEach(func(k, v []byte) error {
		id, ok := btoi(k)
		if !ok || id < 1 || id > 1<<31 {
			return fmt.Errorf("%s: bad key %x", bucketQueue, k)
		}
		if _, over := waiting[int(id)]; over {
			return nil
		}
		if sealed {
			var err error
			if v, err = unseal(bucketQueue, k, v); err != nil {
				return err
			}
		}
		p, err := parsePos(int(id), v)
		slots = append(slots, slot{p, int(id)})
		return err
	})
	if err != nil || len(slots) == 0 {
		return nil, err
	}
	slices.SortFunc(slots, compareSlots)
	queue := make([]int, len(slots))
	for i, s := range slots {
		queue[i] = s.id
	}
	return queue, nil
}

// patchQueue puts the questions of the queue records recs, already
// written to p, at their stored places in m's queue (m must be the
// caller's, see ownedCopy), or takes them out (a nil value). All of them
// leave the queue first, then each one placed goes in where its position
// falls among the others': an undo of an import of 10,000 at 100,000 took
// each one out with a scan of the whole queue, and a redo scanned it in
// vain for each.
func patchQueue(p *pending, m *model.Meeting, recs []Record) error {
	if len(recs) <= 16 {
		for _, r := range recs {
			if i := m.Queue.Index(r.ID); i >= 0 {
				m.Queue = m.Queue.Without(i)
			}
		}
	} else {
		out := make(map[int]bool, len(recs))
		for _, r := range recs {
			out[r.ID] = true
		}
		m.Queue = m.Queue.Kept(func(id int) bool { return out[id] })
	}
	for _, r := range recs {
		if r.Value != nil {
			if err := placeQueued(p, m, r.ID, r.Value); err != nil {
				return err
			}
		}
	}
	return nil
}

// placeQueued puts question id, not in m's queue, at its place: m's queue
// is in the order of the positions p holds, id's included.
func placeQueued(p *pending, m *model.Meeting, id int, value []byte) error {
	at, err := parsePos(id, value)
	if err != nil {
		return err
	}
	me := slot{at, id}
	var ferr error
	i := sort.Search(m.Queue.Len(), func(i int) bool {
		at := m.Queue.At(i)
		q, ok, err := p.pos(at)
		if err == nil && !ok {
			err = fmt.Errorf("queue: question %d has no position", at)
		}
		if err != nil {
			ferr = err
			return true
		}
		return compareSlots(slot{q, at}, me) > 0
	})
	if ferr != nil {
		return ferr
	}
	m.Queue = m.Queue.Inserted(i, id)
	return nil
}

// queueRecords is a whole queue as records: each question a gap after the
// one before (a new file, a migrated one).
func queueRecords(queue []int) []Record {
	out := make([]Record, len(queue))
	for i, id := range queue {
		out[i] = Record{Kind: recQueued, ID: id, Value: posValue(queueBase + uint64(i+1)*queueGap)}
	}
	return out
}

// putQueue stores a whole queue (queueRecords) and returns its records.
func putQueue(tx *bolt.Tx, queue []int) ([]Record, error) {
	recs := queueRecords(queue)
	for _, r := range recs {
		if err := putRecord(tx, r.ref(), r.Value); err != nil {
			return nil, err
		}
	}
	return recs, nil
}

// legacyQueue turns a version 2 entry's image of the whole queue, about to
// be put back by an undo or redo, into queue records: the change from the
// queue m holds to want (its order as the entry had it, around what others
// changed since: see mergeQueue), placed as a command would place it.
func legacyQueue(p *pending, m *model.Meeting, before, left []byte) ([]Record, error) {
	now, err := jsonInts(m.Queue.Slice())
	if err != nil {
		return nil, err
	}
	merged, err := mergeQueue(before, left, now)
	if err != nil {
		return nil, err
	}
	want, err := parseInts(merged)
	if err != nil {
		return nil, err
	}
	q := diffQueue(m.Queue, model.QueueOf(want...))
	if q == nil {
		return nil, nil
	}
	return q.records(p)
}

func jsonInts(xs []int) ([]byte, error) {
	if xs == nil {
		xs = []int{}
	}
	return json.Marshal(xs)
}

func parseInts(b []byte) ([]int, error) {
	var xs []int
	if err := json.Unmarshal(b, &xs); err != nil {
		return nil, err
	}
	return xs, nil
}
