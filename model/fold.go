package model

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold makes text comparable without case, diacritics or punctuation: lower
// case, no combining marks (đ and Đ, which do not decompose, become d),
// every run of anything but letters and digits one space, trimmed. It is the
// one accent folding of Podium: the queue's search ("cong an" finds "Công an
// tỉnh") and the CSV import's headings ("Họ và tên:" is "ho va ten") both
// use it. It keeps no state, so SSH sessions may call it at once.
//
// Most text (ASCII, Vietnamese, the rest of Latin, Greek, Cyrillic, and
// punctuation without a decomposition) is folded a rune at a time from a
// table made from each rune's decomposition; anything else, such as Hangul, takes
// foldSlow whole. TestFoldFastIsSlow holds the two equal.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	table := foldTable()
	for _, r := range s {
		var out string
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			default:
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		case r < foldTableSize:
			out = table[r]
		default:
			out = foldRune(r)
		}
		switch out {
		case foldSkip:
			continue
		case foldSpace:
			space = b.Len() > 0
			continue
		case foldWhole:
			return foldSlow(s)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(out)
	}
	return b.String()
}

// What foldTable and foldRune say of a rune besides the letters it folds
// to: a combining mark (dropped), a separator, or one only foldSlow can fold
// (its decomposition mixes letters and others).
const (
	foldSkip  = ""
	foldSpace = " "
	foldWhole = "\x00"
)

const foldTableSize = 0x2000

// foldTable is every rune below U+2000 folded on its own as foldSlow
// would, made on first use (a few milliseconds) rather than when any
// podium command starts.
var foldTable = sync.OnceValue(func() []string {
	t := make([]string, foldTableSize)
	for r := range rune(foldTableSize) {
		t[r] = foldOne(r)
	}
	return t
})

// foldRune folds a rune from U+2000 up: one without a decomposition folds
// as it stands; one with (Hangul, compatibility forms) needs foldSlow.
func foldRune(r rune) string {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if norm.NFD.Properties(buf[:n]).Decomposition() != nil || r >= 0xAC00 && r <= 0xD7A3 {
		return foldWhole // Hangul syllables decompose by rule, not by table
	}
	return foldOne(r)
}

// foldOne is what foldSlow makes of r alone: its canonical decomposition
// without combining marks, lowered, or a separator; foldWhole when that
// mixes letters and separators.
func foldOne(r rune) string {
	if unicode.Is(unicode.Mn, r) {
		return foldSkip
	}
	var buf [utf8.UTFMax]byte
	d := norm.NFD.Properties(buf[:utf8.EncodeRune(buf[:], r)]).Decomposition()
	if d == nil {
		d = buf[:utf8.RuneLen(r)]
	}
	var b strings.Builder
	seps := 0
	for _, c := range string(d) {
		switch {
		case unicode.Is(unicode.Mn, c):
		case c == 'đ' || c == 'Đ':
			b.WriteByte('d')
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			b.WriteRune(unicode.ToLower(c))
		default:
			seps++
		}
	}
	switch {
	case seps == 0 && b.Len() > 0:
		return b.String()
	case seps > 0 && b.Len() == 0:
		return foldSpace
	case seps == 0:
		return foldSkip
	}
	return foldWhole
}

// foldSlow is Fold by the definition: decompose (NFD), drop the combining
// marks, lower the letters, one space for each run of anything else.
func foldSlow(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
		default:
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
