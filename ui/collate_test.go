package ui

import (
	"slices"
	"sync"
	"testing"
)

func TestVietnameseOrder(t *testing.T) {
	want := []string{"Anh", "Ăn", "Ân", "Bình", "Dũng", "Đức", "Ước", "Yến"}
	got := []string{"Đức", "Yến", "Ân", "Dũng", "Ước", "Anh", "Bình", "Ăn"}
	sortVietnamese(got, func(s string) string { return s })
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// sortByKeys keeps sortVietnamese's order, and its keys for the next sort.
func TestSortByKeysIsVietnameseOrder(t *testing.T) {
	got := []string{"Đức", "Yến", "Ân", "Dũng", "Ước", "Anh", "Bình", "Ăn", "anh"}
	want := slices.Clone(got)
	sortVietnamese(want, func(s string) string { return s })
	var k collationKeys
	for range 2 {
		sortByKeys(&k, got, func(s string) string { return s })
		if !slices.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	}
	if len(k.keys) != 9 {
		t.Errorf("%d keys kept, want 9", len(k.keys))
	}
}

// Sorting reuses collators instead of building one per sort, and SSH
// sessions sorting at the same moment each get their own.
func TestCollatorsAreKeptAndNotShared(t *testing.T) {
	want := []string{"Anh", "Ăn", "Ân", "Bình", "Dũng", "Đức", "Ước", "Yến"}
	collatorsBuilt.Lock()
	before := collatorsBuilt.n
	collatorsBuilt.Unlock()
	for range 200 {
		got := []string{"Đức", "Yến", "Ân", "Dũng", "Ước", "Anh", "Bình", "Ăn"}
		sortVietnamese(got, func(s string) string { return s })
	}
	collatorsBuilt.Lock()
	built := collatorsBuilt.n - before
	collatorsBuilt.Unlock()
	if built > 3 && !raceEnabled { // a garbage collection may empty the pool once or twice
		t.Errorf("200 sorts built %d collators", built)
	}

	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var k collationKeys
			for range 50 {
				got := []string{"Đức", "Yến", "Ân", "Dũng", "Ước", "Anh", "Bình", "Ăn"}
				sortVietnamese(got, func(s string) string { return s })
				if !slices.Equal(got, want) {
					t.Errorf("sortVietnamese: %v", got)
					return
				}
				got = []string{"Yến", "Ước", "Đức", "Dũng", "Bình", "Ân", "Ăn", "Anh"}
				sortByKeys(&k, got, func(s string) string { return s })
				if !slices.Equal(got, want) {
					t.Errorf("sortByKeys: %v", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}
