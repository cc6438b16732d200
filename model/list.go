package model

import (
	"encoding/json"
	"iter"
)

// chunkLen is how many records one chunk of a List holds. A change copies
// the list of chunks and the chunk it changes: at 100,000 questions, 391
// and 256 pointers instead of 100,000.
const chunkLen = 256

// List is records indexed by ID-1, as a slice would hold them, kept in
// chunks so that a change copies one chunk and not the whole: a meeting
// handed out is immutable, and each command makes a new one from it (a
// meeting of 100,000 questions copied 800 KB of pointers per command).
// A nil entry is an ID that no longer exists (after an undo); a List never
// ends with one. The zero List is empty.
//
// Only a ListEdit changes a List; everything else reads it.
type List[T any] struct {
	chunks []*[chunkLen]*T
	n      int
}

// ListOf returns a List of s's records, s[i] having ID i+1.
func ListOf[T any](s []*T) List[T] {
	var l List[T]
	e := EditList(&l)
	for i, v := range s {
		if v != nil {
			e.Set(i+1, v)
		}
	}
	return l
}

// Len is the highest ID the list holds, holes included.
func (l List[T]) Len() int { return l.n }

// At returns the record with id, or nil.
func (l List[T]) At(id int) *T {
	if id < 1 || id > l.n {
		return nil
	}
	return l.chunks[(id-1)/chunkLen][(id-1)%chunkLen]
}

// All yields every ID from 1 to Len with its record, nil for a hole.
func (l List[T]) All() iter.Seq2[int, *T] {
	return func(yield func(int, *T) bool) {
		for ci, c := range l.chunks {
			base := ci * chunkLen
			for i, v := range c[:min(chunkLen, l.n-base)] {
				if !yield(base+i+1, v) {
					return
				}
			}
		}
	}
}

// Slice returns the records in a new slice, s[i] having ID i+1.
func (l List[T]) Slice() []*T {
	out := make([]*T, 0, l.n)
	for _, c := range l.chunks {
		out = append(out, c[:min(chunkLen, l.n-len(out))]...)
	}
	return out
}

// Changed yields, in ascending order, the IDs whose record differs between
// old and l (by pointer: a record is never changed in place). A chunk that
// l shares with old is skipped whole, so comparing two meetings one command
// apart costs the number of chunks, not of records.
func (l List[T]) Changed(old List[T]) iter.Seq[int] {
	return func(yield func(int) bool) {
		chunks := max(len(l.chunks), len(old.chunks))
		for ci := range chunks {
			var a, b *[chunkLen]*T
			if ci < len(l.chunks) {
				a = l.chunks[ci]
			}
			if ci < len(old.chunks) {
				b = old.chunks[ci]
			}
			if a == b {
				continue
			}
			for i := range chunkLen {
				var x, y *T
				if a != nil {
					x = a[i]
				}
				if b != nil {
					y = b[i]
				}
				if x != y && !yield(ci*chunkLen+i+1) {
					return
				}
			}
		}
	}
}

// MarshalJSON writes the list as the array a slice would be.
func (l List[T]) MarshalJSON() ([]byte, error) {
	if l.n == 0 {
		return []byte("null"), nil
	}
	return json.Marshal(l.Slice())
}

// UnmarshalJSON reads the array MarshalJSON writes.
func (l *List[T]) UnmarshalJSON(b []byte) error {
	var s []*T
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*l = ListOf(s)
	return nil
}

// ListEdit changes a List in place, copying the list of chunks and each
// chunk the first time it changes them, so that every copy of the List
// made before the edit began stays as it was.
type ListEdit[T any] struct {
	l   *List[T]
	top bool   // l.chunks is the edit's own
	own []bool // by chunk: the edit's own
}

// EditList starts an edit of *l.
func EditList[T any](l *List[T]) *ListEdit[T] { return &ListEdit[T]{l: l} }

// Set makes v the record with id (id ≥ 1), growing the list with holes as
// needed; a nil v takes the record out, and the holes it leaves at the
// end with it.
func (e *ListEdit[T]) Set(id int, v *T) {
	l := e.l
	if id < 1 || v == nil && id > l.n {
		return
	}
	ci := (id - 1) / chunkLen
	if !e.top {
		l.chunks = append(make([]*[chunkLen]*T, 0, max(len(l.chunks), ci+1)), l.chunks...)
		e.top = true
	}
	for len(l.chunks) <= ci {
		l.chunks = append(l.chunks, new([chunkLen]*T))
		e.own = growOwn(e.own, len(l.chunks))
		e.own[len(l.chunks)-1] = true
	}
	e.own = growOwn(e.own, len(l.chunks))
	if !e.own[ci] {
		cp := *l.chunks[ci]
		l.chunks[ci] = &cp
		e.own[ci] = true
	}
	l.chunks[ci][(id-1)%chunkLen] = v
	if v != nil {
		l.n = max(l.n, id)
		return
	}
	for l.n > 0 && l.At(l.n) == nil {
		l.n--
	}
	// The chunks past the end go (a chunk shared with an older copy is
	// all holes past the end already, or the edit owns it).
	keep := (l.n + chunkLen - 1) / chunkLen
	clear(l.chunks[keep:])
	l.chunks = l.chunks[:keep]
	if keep == 0 {
		l.chunks = nil
		e.top = false
	}
}

func growOwn(own []bool, n int) []bool {
	if len(own) < n {
		own = append(own, make([]bool, n-len(own))...)
	}
	return own
}
