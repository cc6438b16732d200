package stats

import (
	"unicode"
	"unicode/utf8"

	"podium/model"
)

// Askers are one person when their name and unit are the same but for
// case. Their key is a 64-bit FNV-1a hash of both in lower case, checked
// against the person it finds; a clash falls back to the strings in lower case. This is case
// folding only, not accent folding (model.Fold): "Nguyễn Văn An" and
// "Nguyễn Văn Ân" are two people.
// A meeting of 10,000 questions must not build 10,000 lower-case strings
// for every snapshot.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

type askerIndex struct {
	byHash  map[uint64]int
	clashes map[string]int            // the rare askers whose hash another asker has
	hash    func(model.Person) uint64 // nil: askerHash (a test sets another)
}

func newAskerIndex(n int) *askerIndex {
	return &askerIndex{byHash: make(map[uint64]int, n)}
}

func (x *askerIndex) hashOf(p model.Person) uint64 {
	if x.hash != nil {
		return x.hash(p)
	}
	return askerHash(p)
}

func askerHash(p model.Person) uint64 {
	return caseHash((caseHash(fnvOffset, p.Name)^0xff)*fnvPrime, p.Unit)
}

// find returns p's index in askers, or len(askers) for someone new (whom
// the caller appends).
func (x *askerIndex) find(p model.Person, askers []Asker) int {
	h := x.hashOf(p)
	if i, ok := x.lookupHash(h, p, askers); ok {
		return i
	}
	if _, ok := x.byHash[h]; !ok {
		x.byHash[h] = len(askers)
		return len(askers)
	}
	if x.clashes == nil {
		x.clashes = map[string]int{}
	}
	x.clashes[lowerKey(p)] = len(askers)
	return len(askers)
}

// lookup returns p's index in askers, if p is there.
func (x *askerIndex) lookup(p model.Person, askers []Asker) (int, bool) {
	return x.lookupHash(x.hashOf(p), p, askers)
}

func (x *askerIndex) lookupHash(h uint64, p model.Person, askers []Asker) (int, bool) {
	i, ok := x.byHash[h]
	switch {
	case !ok:
		return 0, false
	case equalButCase(askers[i].Person.Name, p.Name) && equalButCase(askers[i].Person.Unit, p.Unit):
		return i, true
	}
	i, ok = x.clashes[lowerKey(p)]
	return i, ok
}

// forget takes p, the asker at i, out of the index. It reports false when
// it cannot (p shares its hash with another asker).
func (x *askerIndex) forget(p model.Person, i int) bool {
	h := x.hashOf(p)
	if j, ok := x.byHash[h]; !ok || j != i || x.clashes != nil {
		return false
	}
	delete(x.byHash, h)
	return true
}

// lowerKey is p's name and unit in lower case, the key of a clash.
func lowerKey(p model.Person) string {
	return string(appendLower(append(appendLower(nil, p.Name), 0), p.Unit))
}

func caseHash(h uint64, s string) uint64 {
	for _, r := range s {
		h ^= uint64(lower(r))
		h *= fnvPrime
	}
	return h
}

// equalButCase reports whether a and b are the same but for case.
func equalButCase(a, b string) bool {
	if a == b {
		return true
	}
	for _, ra := range a {
		rb, n := utf8.DecodeRuneInString(b)
		if n == 0 || lower(ra) != lower(rb) {
			return false
		}
		b = b[n:]
	}
	return b == ""
}

// appendLower appends s in lower case to b.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		b = utf8.AppendRune(b, lower(r))
	}
	return b
}

// lower is unicode.ToLower, with the runes Vietnamese names are made of
// answered without a table search.
func lower(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case r >= 0xc0 && r <= 0xde && r != 0xd7: // À–Þ
		return r + 0x20
	case r >= 0xdf && r <= 0xff: // already lower case
		return r
	case r >= 0x1ea0 && r <= 0x1eff: // Ạ ạ … Ỹ ỹ: upper even, lower odd
		return r | 1
	}
	return unicode.ToLower(r)
}
