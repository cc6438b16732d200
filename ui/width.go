package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"podium/model"
)

// width is the number of terminal cells s takes, escape sequences ignored.
// Drawing measures every line of every frame, so the common case — ASCII,
// Vietnamese letters (precomposed, as all stored text is NFC), punctuation
// and box drawing, all one cell each — is counted directly, and anything
// else (wide, combining or unusual characters) goes to the full grapheme
// measure of x/ansi.
func width(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b && i+1 < len(s) && s[i+1] == '[':
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j + 1
			continue
		case c >= 0x20 && c < 0x7f:
			n++
			i++
			continue
		case c < 0x80:
			return ansi.StringWidth(s)
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !oneCell(r) {
			return ansi.StringWidth(s)
		}
		n++
		i += size
	}
	return n
}

// oneCell reports the runes known to take exactly one cell on their own.
func oneCell(r rune) bool {
	switch {
	case r >= 0xa0 && r <= 0x2ff && r != 0xad: // Latin-1, Latin Extended A/B (ơ, ư, đ)
		return true
	case r >= 0x1e00 && r <= 0x1eff: // Latin Extended Additional (ạ, ễ, ỹ ...)
		return true
	case r >= 0x2010 && r <= 0x2027: // dashes, quotes, bullet, ellipsis
		return true
	case r >= 0x2500 && r <= 0x25ff: // box drawing, blocks, ▶ ■
		return true
	}
	return false
}

// joinColumns puts blocks of lines side by side. Every block is already
// exactly as wide as its column and as tall as the others.
func joinColumns(blocks ...string) string {
	split := make([][]string, len(blocks))
	rows := 0
	for i, b := range blocks {
		split[i] = strings.Split(b, "\n")
		rows = max(rows, len(split[i]))
	}
	var sb strings.Builder
	for r := range rows {
		if r > 0 {
			sb.WriteByte('\n')
		}
		for _, lines := range split {
			if r < len(lines) {
				sb.WriteString(lines[r])
			}
		}
	}
	return sb.String()
}

// truncate cuts untrusted plain text to at most w cells, ending in tail ("…") when it
// cut. Text made only of one-cell runes is cut by rune; anything else by
// grapheme, through x/ansi, so a letter is never parted from its marks.
func truncate(s string, w int, tail string) string {
	if w <= 0 {
		return ""
	}
	n, cutAt := 0, -1
	keep := w - width(tail)
	for i, r := range s {
		if r < 0x20 || (r >= 0x7f && !oneCell(r)) {
			// Not the common case: make sure nothing that reached the
			// model unclean (an old file, a bug) can reach the terminal.
			return ansi.Truncate(model.CleanLine(s), w, tail)
		}
		if n == keep {
			cutAt = i
		}
		n++
		if n > w {
			return s[:cutAt] + tail
		}
	}
	return s
}
