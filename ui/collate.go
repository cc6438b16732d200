package ui

import (
	"bytes"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// sortVietnamese sorts strings in Vietnamese alphabetical order
// (a < ă < â < b < ... < d < đ), which byte order gets wrong: it puts
// "Đức" after "Zung" and "Ăn" after every plain letter.
func sortVietnamese[T any](s []T, key func(T) string) {
	c := collate.New(language.Vietnamese, collate.IgnoreCase)
	var buf collate.Buffer
	keys := make(map[string][]byte, len(s))
	for _, v := range s {
		k := key(v)
		if _, ok := keys[k]; !ok {
			keys[k] = slices.Clone(c.KeyFromString(&buf, k))
			buf.Reset()
		}
	}
	slices.SortStableFunc(s, func(a, b T) int {
		return bytes.Compare(keys[key(a)], keys[key(b)])
	})
}
