package ui

import (
	"slices"
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
