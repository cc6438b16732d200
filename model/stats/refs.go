package stats

import "slices"

// refs lists, for each key (an ID, from 1), the records that may refer to
// it, by their index: the answers that may cover a question, the
// follow-ups that may name a question or an answer. It is built from one
// meeting by Compute and only ever added to by Update, which adds the
// records it meets; so it holds every reference of every snapshot the
// figures have been at, and maybe some no longer true: a reader checks
// each record against the meeting it reads.
type refs struct {
	off  []int32 // key-1 → its records are at[off[key-1]:off[key]]
	at   []int32
	more map[int][]int // added since it was built
}

// buildRefs makes the refs of n keys that each calls emit for, in its
// records' order (it is called twice: to count, then to fill).
func buildRefs(n int, each func(emit func(key, rec int))) refs {
	r := refs{off: make([]int32, n+1)}
	each(func(key, _ int) {
		if key >= 1 && key <= n {
			r.off[key]++
		}
	})
	for k := 1; k <= n; k++ {
		r.off[k] += r.off[k-1]
	}
	r.at = make([]int32, r.off[n])
	fill := slices.Clone(r.off[:n])
	each(func(key, rec int) {
		if key >= 1 && key <= n {
			r.at[fill[key-1]] = int32(rec)
			fill[key-1]++
		}
	})
	return r
}

// records appends key's records to buf, ascending, each once.
func (r *refs) records(key int, buf []int) []int {
	buf = buf[:0]
	if key >= 1 && key < len(r.off) {
		for _, rec := range r.at[r.off[key-1]:r.off[key]] {
			buf = append(buf, int(rec))
		}
	}
	buf = append(buf, r.more[key]...)
	slices.Sort(buf)
	return slices.Compact(buf)
}

// add notes that record rec may refer to key.
func (r *refs) add(key, rec int) {
	if key < 1 {
		return
	}
	if key < len(r.off) && slices.Contains(r.at[r.off[key-1]:r.off[key]], int32(rec)) ||
		slices.Contains(r.more[key], rec) {
		return
	}
	if r.more == nil {
		r.more = map[int][]int{}
	}
	r.more[key] = append(r.more[key], rec)
}
