package ui

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"podium/model"
)

// fold makes text comparable without case or diacritics, so "cong an" finds
// "Công an tỉnh". đ and Đ do not decompose, so they are mapped by hand.
func fold(s string) string {
	// A transformer chain keeps state between calls, so each call makes its
	// own: SSH sessions fold on their own goroutines at the same time.
	folder := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(folder, s)
	if err != nil {
		out = s
	}
	out = strings.NewReplacer("đ", "d", "Đ", "d").Replace(out)
	return strings.ToLower(out)
}

// haystack is everything the queue filter searches in one question,
// folded, with single spaces between words.
func haystack(q *model.Question) string {
	return " " + strings.Join(strings.Fields(fold(strings.Join([]string{
		q.Asker.Name, q.Asker.Role, q.Asker.Unit, q.Theme, q.Text,
		strings.Join(q.Departments, " "),
	}, " "))), " ")
}

// matches reports whether the folded filter occurs in hay as a phrase that
// starts a word: "cong an" finds "Công an tỉnh" but not "công nghệ ... dự án".
func matches(hay, filter string) bool {
	phrase := strings.Join(strings.Fields(filter), " ")
	return phrase == "" || strings.Contains(hay, " "+phrase)
}
