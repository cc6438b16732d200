package model

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold makes text comparable without case, diacritics or punctuation: lower
// case, no combining marks (đ and Đ, which do not decompose, become d),
// every run of anything but letters and digits one space, trimmed. It is the
// one accent folding of Podium: the queue's search ("cong an" finds "Công an
// tỉnh") and the CSV import's headings ("Họ và tên:" is "ho va ten") both
// use it. It keeps no state, so SSH sessions may call it at once.
func Fold(s string) string {
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
