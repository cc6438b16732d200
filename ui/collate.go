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

// collationKeys sorts in the order sortVietnamese does, remembering each
// string's collation key: a screen that sorts the same thousands of names
// on every snapshot makes each key once, and compares keys, not strings.
type collationKeys struct {
	c    *collate.Collator
	buf  collate.Buffer
	keys map[string][]byte
}

func (k *collationKeys) key(s string) []byte {
	if k.c == nil {
		k.c = collate.New(language.Vietnamese, collate.IgnoreCase)
		k.keys = map[string][]byte{}
	}
	key, ok := k.keys[s]
	if !ok {
		key = slices.Clone(k.c.KeyFromString(&k.buf, s))
		k.buf.Reset()
		k.keys[s] = key
	}
	return key
}

// sortByKeys orders s stably by the Vietnamese order of name(v), as
// sortVietnamese does.
func sortByKeys[T any](k *collationKeys, s []T, name func(T) string) {
	type keyed struct {
		key []byte
		v   T
	}
	ks := make([]keyed, len(s))
	for i, v := range s {
		ks[i] = keyed{k.key(name(v)), v}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int { return bytes.Compare(a.key, b.key) })
	for i := range ks {
		s[i] = ks[i].v
	}
}
