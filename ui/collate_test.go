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
