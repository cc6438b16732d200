package model

import (
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"sort"
)

// queueChunk is the most IDs one chunk of a Queue holds. No two
// neighbouring chunks would fit in one (an edit joins them), so a queue of
// n IDs has fewer than 2n/queueChunk+1 chunks.
const queueChunk = 512

// Queue is the waiting questions' IDs in speaking order, kept in chunks
// that are never changed once made: an edit makes a new Queue that shares
// every chunk but the one or two it changes. A meeting handed out is
// immutable, so each queue command used to copy the whole list: at
// 100,000 questions, 800 KB and a quarter of the command's time. The zero
// Queue is empty.
type Queue struct {
	chunks [][]int // none empty, none longer than queueChunk, no two neighbours that fit in one
	starts []int   // the index of each chunk's first ID
	n      int
}

// QueueOf returns the queue of ids, in that order.
func QueueOf(ids ...int) Queue {
	var q Queue
	for i := 0; i < len(ids); i += queueChunk {
		q.chunks = append(q.chunks, slices.Clone(ids[i:min(i+queueChunk, len(ids))]))
	}
	q.index()
	return q
}

// index counts the chunks' starts and the length after an edit.
func (q *Queue) index() {
	if len(q.chunks) == 0 {
		*q = Queue{}
		return
	}
	q.starts = make([]int, len(q.chunks))
	n := 0
	for i, c := range q.chunks {
		q.starts[i] = n
		n += len(c)
	}
	q.n = n
}

// Len is how many questions wait.
func (q Queue) Len() int { return q.n }

// locate returns the chunk that holds index i, and i's place in it.
func (q Queue) locate(i int) (chunk, at int) {
	if i < 0 || i >= q.n {
		panic(fmt.Sprintf("queue index %d out of range [0:%d]", i, q.n))
	}
	c := sort.Search(len(q.starts), func(k int) bool { return q.starts[k] > i }) - 1
	return c, i - q.starts[c]
}

// At is the ID at index i (0: the next to speak).
func (q Queue) At(i int) int {
	c, k := q.locate(i)
	return q.chunks[c][k]
}

// All yields each index with its ID, in speaking order.
func (q Queue) All() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for ci, c := range q.chunks {
			for k, id := range c {
				if !yield(q.starts[ci]+k, id) {
					return
				}
			}
		}
	}
}

// Slice returns the IDs in a new slice.
func (q Queue) Slice() []int { return q.Sub(0, q.n) }

// Sub returns the IDs at indexes lo to hi-1 in a new slice.
func (q Queue) Sub(lo, hi int) []int {
	out := make([]int, 0, hi-lo)
	for i := lo; i < hi; {
		c, k := q.locate(i)
		take := q.chunks[c][k:min(len(q.chunks[c]), k+hi-i)]
		out = append(out, take...)
		i += len(take)
	}
	return out
}

// Index returns the index of id, or -1.
func (q Queue) Index(id int) int {
	for ci, c := range q.chunks {
		if k := slices.Index(c, id); k >= 0 {
			return q.starts[ci] + k
		}
	}
	return -1
}

// Without is q less the ID at index i.
func (q Queue) Without(i int) Queue {
	c, k := q.locate(i)
	old := q.chunks[c]
	return q.replace(c, c+1, slices.Concat(old[:k], old[k+1:]))
}

// Plus is q and then ids.
func (q Queue) Plus(ids ...int) Queue {
	if len(ids) == 0 {
		return q
	}
	if len(q.chunks) == 0 {
		return QueueOf(ids...)
	}
	last := len(q.chunks) - 1
	return q.replace(last, last+1, slices.Concat(q.chunks[last], ids))
}

// Inserted is q with id placed at index i (0 ≤ i ≤ Len).
func (q Queue) Inserted(i, id int) Queue {
	if i == q.n {
		return q.Plus(id)
	}
	c, k := q.locate(i)
	old := q.chunks[c]
	return q.replace(c, c+1, slices.Concat(old[:k], []int{id}, old[k:]))
}

// Moved is q with the ID at index i moved to index j.
func (q Queue) Moved(i, j int) Queue {
	if i == j {
		return q
	}
	return q.Without(i).Inserted(j, q.At(i))
}

// Kept is q less the IDs drop reports true for; the chunks without one are
// shared.
func (q Queue) Kept(drop func(id int) bool) Queue {
	out := Queue{chunks: make([][]int, 0, len(q.chunks))}
	for _, c := range q.chunks {
		if slices.ContainsFunc(c, drop) {
			c = slices.DeleteFunc(slices.Clone(c), drop)
		}
		switch last := len(out.chunks) - 1; {
		case len(c) == 0:
		case last >= 0 && len(out.chunks[last])+len(c) <= queueChunk:
			out.chunks[last] = slices.Concat(out.chunks[last], c)
		default:
			out.chunks = append(out.chunks, c)
		}
	}
	out.index()
	return out
}

// replace returns q with its chunks lo to hi-1 replaced by the IDs ids (a
// new array, which becomes the queue's), split in even chunks if long,
// and joined to the neighbours they fit in one chunk with.
func (q Queue) replace(lo, hi int, ids []int) Queue {
	parts := (len(ids) + queueChunk - 1) / queueChunk
	out := Queue{chunks: make([][]int, 0, len(q.chunks)-(hi-lo)+parts)}
	out.chunks = append(out.chunks, q.chunks[:lo]...)
	for p := range parts {
		part := ids[p*len(ids)/parts : (p+1)*len(ids)/parts]
		out.chunks = append(out.chunks, part[:len(part):len(part)])
	}
	out.chunks = append(out.chunks, q.chunks[hi:]...)
	// The pairs that may fit in one now: the new chunks' with each other
	// and with the neighbours on either side. Any other pair did not, and
	// a join only makes a chunk longer.
	for i, end := max(lo, 1), lo+parts+1; i < min(end, len(out.chunks)); {
		if len(out.chunks[i-1])+len(out.chunks[i]) > queueChunk {
			i++
			continue
		}
		out.chunks[i-1] = slices.Concat(out.chunks[i-1], out.chunks[i])
		out.chunks = slices.Delete(out.chunks, i, i+1)
		end--
	}
	out.index()
	return out
}

// Common returns how many IDs a and b have in common at their start, and
// then at their end (the two never overlap). The chunks they share are
// counted whole: comparing two queues one command apart costs the number
// of chunks and the stretch that differs, not the whole queue.
func Common(a, b Queue) (prefix, suffix int) {
	for k := 0; k < len(a.chunks) && k < len(b.chunks) && sameChunk(a.chunks[k], b.chunks[k]); k++ {
		prefix += len(a.chunks[k])
	}
	for prefix < a.n && prefix < b.n && a.At(prefix) == b.At(prefix) {
		prefix++
	}
	short := min(a.n, b.n) - prefix
	for ka, kb := len(a.chunks)-1, len(b.chunks)-1; ka >= 0 && kb >= 0 && sameChunk(a.chunks[ka], b.chunks[kb]) && suffix+len(a.chunks[ka]) <= short; ka, kb = ka-1, kb-1 {
		suffix += len(a.chunks[ka])
	}
	for suffix < short && a.At(a.n-1-suffix) == b.At(b.n-1-suffix) {
		suffix++
	}
	return prefix, suffix
}

// Equal reports whether q's IDs from index lo to hi-1 (hi ≤ Len) are r's
// from index rlo on. Where both reach the start of a chunk they share, the chunk is
// passed whole: a question moved to the top of 100,000 shifts every other
// one by a place, yet the two queues share all but two chunks.
func (q Queue) Equal(lo, hi int, r Queue, rlo int) bool {
	if hi-lo > r.n-rlo {
		return false
	}
	if lo >= hi {
		return true
	}
	qc, qk := q.locate(lo)
	rc, rk := r.locate(rlo)
	for lo < hi {
		a, b := q.chunks[qc][qk:], r.chunks[rc][rk:]
		n := min(len(a), len(b), hi-lo)
		if qk != 0 || rk != 0 || !sameChunk(a, b) {
			if !slices.Equal(a[:n], b[:n]) {
				return false
			}
		}
		lo, qk, rk = lo+n, qk+n, rk+n
		if qk == len(q.chunks[qc]) {
			qc, qk = qc+1, 0
		}
		if rk == len(r.chunks[rc]) {
			rc, rk = rc+1, 0
		}
	}
	return true
}

func sameChunk(a, b []int) bool { return len(a) == len(b) && &a[0] == &b[0] }

// String prints the IDs as a slice prints (a test's message, a log line).
func (q Queue) String() string { return fmt.Sprint(q.Slice()) }

// MarshalJSON writes the queue as the array of its IDs.
func (q Queue) MarshalJSON() ([]byte, error) {
	if q.n == 0 {
		return []byte("null"), nil
	}
	return json.Marshal(q.Slice())
}

// UnmarshalJSON reads the array MarshalJSON writes.
func (q *Queue) UnmarshalJSON(b []byte) error {
	var ids []int
	if err := json.Unmarshal(b, &ids); err != nil {
		return err
	}
	*q = QueueOf(ids...)
	return nil
}
