package ui

import "testing"

func TestClampIndex(t *testing.T) {
	for _, c := range []struct{ i, n, want int }{
		{0, 0, 0}, {-1, 0, 0}, {3, 0, 0}, // an empty list: 0
		{-1, 5, 0}, {0, 5, 0}, {4, 5, 4}, {5, 5, 4}, {14, 5, 4},
	} {
		if got := clampIndex(c.i, c.n); got != c.want {
			t.Errorf("clampIndex(%d, %d) = %d, want %d", c.i, c.n, got, c.want)
		}
	}
}

func TestScrollTop(t *testing.T) {
	for _, c := range []struct{ top, first, last, room, n, want int }{
		{0, 0, 0, 5, 3, 0},    // everything fits
		{0, 4, 4, 5, 20, 0},   // in sight: stays
		{0, 5, 5, 5, 20, 1},   // one below: one down
		{0, 12, 12, 5, 20, 8}, // far below: just enough
		{8, 9, 10, 5, 20, 8},  // a row of two lines in sight
		{8, 11, 13, 5, 20, 9}, // its last line below
		{8, 3, 3, 5, 20, 3},   // above: to it
		{8, 3, 9, 5, 20, 3},   // taller than room: its first line
		{18, 19, 19, 5, 20, 15},
		{15, 2, 2, 5, 10, 2}, // the list shrank
		{7, 9, 9, 5, 10, 5},  // never past the end
		{-3, 0, 0, 0, 4, 0},  // no room
	} {
		if got := scrollTop(c.top, c.first, c.last, c.room, c.n); got != c.want {
			t.Errorf("scrollTop(%d, %d, %d, %d, %d) = %d, want %d", c.top, c.first, c.last, c.room, c.n, got, c.want)
		}
	}
}
