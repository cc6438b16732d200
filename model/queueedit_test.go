package model

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// without, plus and moved give what the slices package's edits of a copy
// give, and never touch the list they are given.
func TestQueueEditsInOnePass(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 14))
	for range 2000 {
		n := 1 + rng.IntN(12)
		q := rng.Perm(n)
		keep := slices.Clone(q)
		i, j := rng.IntN(n), rng.IntN(n)
		if got, want := without(q, i), slices.Delete(slices.Clone(q), i, i+1); !slices.Equal(got, want) {
			t.Fatalf("without(%v, %d) = %v, want %v", q, i, got, want)
		}
		if got, want := plus(q, 99, 98), append(slices.Clone(q), 99, 98); !slices.Equal(got, want) {
			t.Fatalf("plus(%v) = %v, want %v", q, got, want)
		}
		want := slices.Insert(slices.Delete(slices.Clone(q), i, i+1), j, q[i])
		if got := moved(q, i, j); !slices.Equal(got, want) {
			t.Fatalf("moved(%v, %d, %d) = %v, want %v", q, i, j, got, want)
		}
		if !slices.Equal(q, keep) {
			t.Fatalf("an edit changed the list it was given: %v, was %v", q, keep)
		}
	}
}
