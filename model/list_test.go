package model

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// TestListIsASliceThatNeverChangesACopy edits a List at random (puts in
// the middle, at the end, far past it, removals, the last included) in
// edits of a few steps each, alongside a plain slice that does the same.
// After every edit the list reads as the slice does, every list kept from
// before reads as it did then, Changed names exactly the IDs whose record
// differs, and a list built afresh from the slice is deeply equal to it.
func TestListIsASliceThatNeverChangesACopy(t *testing.T) {
	type kept struct {
		l List[Question]
		s []*Question
	}
	for seed := range uint64(4) {
		rng := rand.New(rand.NewPCG(seed, 30))
		var l List[Question]
		var s []*Question
		var history []kept
		for range 600 {
			before := l
			e := EditList(&l)
			for range 1 + rng.IntN(4) {
				id := 1 + rng.IntN(len(s)+3)
				switch k := rng.IntN(20); {
				case k == 0:
					id = len(s) + 1 + rng.IntN(3*chunkLen) // past a chunk or more
				case k < 5 && len(s) > 0:
					id = len(s) // the last: the list shrinks
				}
				var v *Question
				if rng.IntN(3) > 0 {
					v = &Question{ID: id}
				}
				e.Set(id, v)
				s = setSlice(s, id, v)
			}
			if got := l.Slice(); !slices.Equal(got, s) {
				t.Fatalf("seed %d: the list holds %d records, the slice %d, or they differ", seed, len(got), len(s))
			}
			for id := range len(s) + 2 {
				if l.At(id) != at(s, id) {
					t.Fatalf("seed %d: At(%d) differs from the slice", seed, id)
				}
			}
			var want []int
			for id := 1; id <= max(before.Len(), l.Len()); id++ {
				if before.At(id) != l.At(id) {
					want = append(want, id)
				}
			}
			if got := slices.Collect(l.Changed(before)); !slices.Equal(got, want) {
				t.Fatalf("seed %d: Changed = %v, want %v", seed, got, want)
			}
			if fresh := ListOf(s); !reflect.DeepEqual(fresh, l) {
				t.Fatalf("seed %d: a list built from the slice is not deeply equal to the edited one (%d/%d chunks)", seed, len(fresh.chunks), len(l.chunks))
			}
			history = append(history, kept{l, slices.Clone(s)})
			if len(history)%20 != 0 {
				continue
			}
			for i, h := range history {
				if !slices.Equal(h.l.Slice(), h.s) {
					t.Fatalf("seed %d: the list kept after edit %d changed", seed, i)
				}
			}
		}
	}
}

func setSlice(s []*Question, id int, v *Question) []*Question {
	for len(s) < id {
		s = append(s, nil)
	}
	s[id-1] = v
	for len(s) > 0 && s[len(s)-1] == nil {
		s = s[:len(s)-1]
	}
	return slices.Clip(s)
}

func TestListJSONIsTheSlices(t *testing.T) {
	s := []*Question{{ID: 1, Text: "a"}, nil, {ID: 3, Text: "c"}}
	want, _ := json.Marshal(s)
	got, err := json.Marshal(ListOf(s))
	if err != nil || string(got) != string(want) {
		t.Fatalf("Marshal = %s, %v; want %s", got, err, want)
	}
	var back List[Question]
	if err := json.Unmarshal(got, &back); err != nil || back.Len() != 3 || back.At(2) != nil || back.At(3).Text != "c" {
		t.Fatalf("Unmarshal = %+v, %v", back.Slice(), err)
	}
	if b, _ := json.Marshal(List[Question]{}); string(b) != "null" {
		t.Errorf("an empty list is %s, want null as a nil slice", b)
	}
}

// BenchmarkListSet is one command's change to one question of 100,000: the
// copy a command makes before it writes.
func BenchmarkListSet(b *testing.B) {
	s := make([]*Question, 100000)
	for i := range s {
		s[i] = &Question{ID: i + 1}
	}
	l := ListOf(s)
	b.Run("list", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			next := l
			EditList(&next).Set(1+i%len(s), s[0])
		}
	})
	b.Run("slice", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			next := slices.Clone(s)
			next[i%len(s)] = s[0]
		}
	})
}
