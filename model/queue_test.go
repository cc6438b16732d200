package model

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestQueueIsASliceThatNeverChangesACopy edits a Queue at random (take out
// the head, the last or any; add one or many; move; keep some) alongside a
// plain slice that does the same. After every edit the queue reads as the
// slice does, its chunks keep their bounds, Common finds the common start
// and end exactly, Equal compares stretches of the queues before and after
// as the slices compare, and every queue kept from before reads as it did
// then.
func TestQueueIsASliceThatNeverChangesACopy(t *testing.T) {
	type kept struct {
		q Queue
		s []int
	}
	for seed := range uint64(4) {
		rng := rand.New(rand.NewPCG(seed, 14))
		start := rng.Perm(rng.IntN(3 * queueChunk))
		q, s := QueueOf(start...), slices.Clone(start)
		next := len(s)
		var history []kept
		for step := range 1500 {
			before, was := q, slices.Clone(s)
			switch k := rng.IntN(10); {
			case k < 3 && len(s) > 0:
				i := pick(rng, len(s))
				q, s = q.Without(i), slices.Delete(s, i, i+1)
			case k < 5:
				ids := []int{next}
				if rng.IntN(8) == 0 {
					ids = make([]int, rng.IntN(2*queueChunk))
					for j := range ids {
						ids[j] = next + j
					}
				}
				next += len(ids)
				q, s = q.Plus(ids...), append(s, ids...)
			case k < 8 && len(s) > 0:
				i, j := pick(rng, len(s)), pick(rng, len(s))
				id := s[i]
				q, s = q.Moved(i, j), slices.Insert(slices.Delete(s, i, i+1), j, id)
			case k < 9:
				i := pick(rng, len(s)+1)
				q, s = q.Inserted(i, next), slices.Insert(s, i, next)
				next++
			default:
				mod := 2 + rng.IntN(40)
				drop := func(id int) bool { return id%mod == 0 }
				q, s = q.Kept(drop), slices.DeleteFunc(s, drop)
			}
			if got := q.Slice(); !slices.Equal(got, s) {
				t.Fatalf("seed %d step %d: queue %v, slice %v", seed, step, got, s)
			}
			checkChunks(t, q)
			for i, id := range q.All() {
				if id != s[i] || q.At(i) != id {
					t.Fatalf("seed %d step %d: index %d reads %d, At %d; the slice has %d", seed, step, i, id, q.At(i), s[i])
				}
			}
			if len(s) > 0 {
				i := pick(rng, len(s))
				if got := q.Index(s[i]); got != i {
					t.Fatalf("seed %d step %d: Index(%d) = %d, want %d", seed, step, s[i], got, i)
				}
			}
			p, x := Common(before, q)
			wp, wx := commonOf(was, s)
			if p != wp || x != wx {
				t.Fatalf("seed %d step %d: Common = %d, %d; want %d, %d", seed, step, p, x, wp, wx)
			}
			if len(was) > 0 {
				lo := pick(rng, len(was))
				hi := lo + rng.IntN(len(was)-lo+1)
				rlo := max(0, lo+rng.IntN(3)-1)
				want := rlo+hi-lo <= len(s) && slices.Equal(was[lo:hi], s[rlo:rlo+hi-lo])
				if got := before.Equal(lo, hi, q, rlo); got != want {
					t.Fatalf("seed %d step %d: Equal(%d, %d, q, %d) = %v, want %v", seed, step, lo, hi, rlo, got, want)
				}
			}
			history = append(history, kept{q, slices.Clone(s)})
			if step%50 == 0 {
				for i, h := range history {
					if !slices.Equal(h.q.Slice(), h.s) {
						t.Fatalf("seed %d: the queue kept after step %d changed", seed, i)
					}
				}
			}
		}
	}
}

// pick is an index below n, often an end (the head, the last).
func pick(rng *rand.Rand, n int) int {
	switch rng.IntN(4) {
	case 0:
		return 0
	case 1:
		return n - 1
	}
	return rng.IntN(n)
}

func checkChunks(t *testing.T, q Queue) {
	t.Helper()
	n := 0
	for i, c := range q.chunks {
		if len(c) == 0 || len(c) > queueChunk || q.starts[i] != n {
			t.Fatalf("chunk %d: %d long, starts at %d, want at %d", i, len(c), q.starts[i], n)
		}
		n += len(c)
	}
	if n != q.n || (n == 0) != (q.chunks == nil) {
		t.Fatalf("the chunks hold %d, Len %d (chunks nil: %v)", n, q.n, q.chunks == nil)
	}
	for i := 1; i < len(q.chunks); i++ {
		if len(q.chunks[i-1])+len(q.chunks[i]) <= queueChunk {
			t.Fatalf("chunks %d and %d, %d and %d long, fit in one", i-1, i, len(q.chunks[i-1]), len(q.chunks[i]))
		}
	}
}

func commonOf(a, b []int) (p, s int) {
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	for s < min(len(a), len(b))-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	return p, s
}

func TestQueueJSONIsTheSlices(t *testing.T) {
	b, err := json.Marshal(QueueOf(3, 1, 2))
	if err != nil || string(b) != "[3,1,2]" {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var q Queue
	if err := json.Unmarshal(b, &q); err != nil || !slices.Equal(q.Slice(), []int{3, 1, 2}) {
		t.Fatalf("Unmarshal = %v, %v", q.Slice(), err)
	}
	if b, _ := json.Marshal(Queue{}); string(b) != "null" {
		t.Errorf("an empty queue is %s, want null as a nil slice", b)
	}
}

// BenchmarkQueueEdit is one command's change to a queue of 100,000: take
// out the middle, add at the end.
func BenchmarkQueueEdit(b *testing.B) {
	ids := make([]int, 100000)
	for i := range ids {
		ids[i] = i + 1
	}
	q := QueueOf(ids...)
	b.Run("queue", func(b *testing.B) {
		for b.Loop() {
			_ = q.Without(q.Len() / 2).Plus(1)
		}
	})
	b.Run("slice", func(b *testing.B) {
		for b.Loop() {
			out := append(ids[:len(ids)/2:len(ids)/2], ids[len(ids)/2+1:]...)
			_ = append(out, 1)
		}
	})
}

func TestQueuePrintsAsASlice(t *testing.T) {
	if got := fmt.Sprintf("%v", QueueOf(3, 1, 2)); got != "[3 1 2]" {
		t.Errorf("%%v = %s", got)
	}
}
