package ui

import (
	"bytes"
	"slices"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// collator makes Vietnamese collation keys. Podium builds its collators in
// one place, here, and keeps them: building one is not free, and one must
// not serve two goroutines at once (it writes into its own buffers), while
// every SSH session sorts on its own goroutine. The pool hands each sort a
// collator nobody else is using and takes it back afterwards.
type collator struct {
	c   *collate.Collator
	buf collate.Buffer
}

// collatorsBuilt counts the collators built, for the test that they are kept.
var collatorsBuilt struct {
	sync.Mutex
	n int
}

var collators = sync.Pool{New: func() any {
	collatorsBuilt.Lock()
	collatorsBuilt.n++
	collatorsBuilt.Unlock()
	return &collator{c: collate.New(language.Vietnamese, collate.IgnoreCase)}
}}

// withCollator runs f with a collator of its own.
func withCollator(f func(c *collator)) {
	c := collators.Get().(*collator)
	defer collators.Put(c)
	f(c)
}

// key is s's collation key, a copy the caller may keep.
func (c *collator) key(s string) []byte {
	k := slices.Clone(c.c.KeyFromString(&c.buf, s))
	c.buf.Reset()
	return k
}

// sortVietnamese sorts strings in Vietnamese alphabetical order
// (a < ă < â < b < ... < d < đ), which byte order gets wrong: it puts
// "Đức" after "Zung" and "Ăn" after every plain letter.
func sortVietnamese[T any](s []T, key func(T) string) {
	keys := make(map[string][]byte, len(s))
	withCollator(func(c *collator) {
		for _, v := range s {
			if k := key(v); keys[k] == nil {
				keys[k] = c.key(k)
			}
		}
	})
	slices.SortStableFunc(s, func(a, b T) int {
		return bytes.Compare(keys[key(a)], keys[key(b)])
	})
}

// collationKeys remembers each string's collation key: a screen that sorts
// the same thousands of names on every snapshot makes each key once, and
// compares keys, not strings. The zero value is ready; one collationKeys
// belongs to one screen (one goroutine).
type collationKeys struct {
	keys map[string][]byte
}

// sortByKeys orders s stably by the Vietnamese order of name(v), as
// sortVietnamese does, making only the keys k does not have yet.
func sortByKeys[T any](k *collationKeys, s []T, name func(T) string) {
	type keyed struct {
		key []byte
		v   T
	}
	if k.keys == nil {
		k.keys = map[string][]byte{}
	}
	ks := make([]keyed, len(s))
	var missing []int
	for i, v := range s {
		key, ok := k.keys[name(v)]
		if !ok {
			missing = append(missing, i)
		}
		ks[i] = keyed{key, v}
	}
	if len(missing) > 0 {
		withCollator(func(c *collator) {
			for _, i := range missing {
				n := name(ks[i].v)
				key, ok := k.keys[n]
				if !ok {
					key = c.key(n)
					k.keys[n] = key
				}
				ks[i].key = key
			}
		})
	}
	slices.SortStableFunc(ks, func(a, b keyed) int { return bytes.Compare(a.key, b.key) })
	for i := range ks {
		s[i] = ks[i].v
	}
}
