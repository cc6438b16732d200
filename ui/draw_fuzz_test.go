package ui

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// attacks are the terminal payloads untrusted text may carry.
var attacks = []string{
	"\x1b[2J\x1b[H", "\x1b]52;c;aGVsbG8=\x07", "\x1b]0;owned\x07", "\x1bPq#0;2;0;0;0\x1b\\",
	"\x1b_Gf=100;AAAA\x1b\\", "\x1bc", "\u009b31mred", "\u0085next", "tab\there", "cr\rlf\n",
	"\u202eevil\u202c", "\u2066iso\u2069", "zero\u200bwidth\u200d\ufeff", "line\u2028para\u2029",
	"Nguye\u0302\u0303n Va\u0306n", "漢字😀", "\xff\xfe bad utf8", strings.Repeat("ế", 300),
}

// unsafeForTerminal reports what must never be drawn: ESC, C0/C1 controls,
// bidi controls, zero-width and separator characters.
func unsafeForTerminal(s string) (rune, bool) {
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r < 0x20, r >= 0x7f && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f,
			r >= 0x200b && r <= 0x200d, r == 0xfeff, r == 0x2028, r == 0x2029:
			return r, true
		case unicode.Is(unicode.Cc, r):
			return r, true
		}
	}
	return 0, false
}

// FuzzDrawnText: whatever text arrives, what a cell-bounded draw produces is
// inert and never wider than its cells.
func FuzzDrawnText(f *testing.F) {
	for _, a := range attacks {
		f.Add(a, 20)
	}
	f.Fuzz(func(t *testing.T, s string, w int) {
		w = w%200 + 1
		if w < 1 {
			w = -w + 1
		}
		for _, out := range []string{cut(s, w), fit(s, w)} {
			if r, bad := unsafeForTerminal(out); bad {
				t.Fatalf("%q drew %U: %q", s, r, out)
			}
			if width(out) > w {
				t.Fatalf("%q drew %d cells into %d: %q", s, width(out), w, out)
			}
		}
		lines, _ := wrap(s, w, 50)
		for _, l := range lines {
			if r, bad := unsafeForTerminal(l); bad {
				t.Fatalf("wrap of %q drew %U", s, r)
			}
			if width(l) > w {
				t.Fatalf("wrap of %q drew a %d-cell line into %d", s, width(l), w)
			}
		}
	})
}
