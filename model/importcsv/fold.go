package importcsv

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold is how headings and kinds are compared: lower case, no diacritics
// (đ is d, which does not decompose), every run of anything but letters
// and digits one space, trimmed. "Họ và tên:" and "ho  va ten" fold alike.
func fold(s string) string {
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
