// Package i18n is the one message catalog: every string a person reads on a
// screen or in an error, in Vietnamese and English. It is a leaf package; it
// imports nothing of Podium's.
package i18n

import (
	"fmt"
	"os"
	"strings"
)

// Lang is a language of the catalog.
type Lang string

// The languages.
const (
	VI Lang = "vi"
	EN Lang = "en"
)

// Catalog renders the catalog's messages in one language.
type Catalog struct{ lang Lang }

// New returns the catalog for lang; an unknown language means Vietnamese.
func New(lang Lang) Catalog {
	if lang != EN {
		lang = VI
	}
	return Catalog{lang: lang}
}

// Lang is the catalog's language.
func (c Catalog) Lang() Lang { return c.lang }

// T returns the message key with args formatted in (fmt verbs). A key missing
// from the catalog shows as itself, so a gap is visible, never blank.
func (c Catalog) T(key string, args ...any) string {
	s, ok := messages[c.lang][key]
	if !ok {
		s, ok = messages[VI][key]
	}
	if !ok {
		return key
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// Has reports whether key is in the catalog.
func Has(key string) bool { _, ok := messages[VI][key]; return ok }

// Keys returns the keys each language has, for the completeness test.
func Keys(lang Lang) []string {
	var ks []string
	for k := range messages[lang] {
		ks = append(ks, k)
	}
	return ks
}

// FromEnv picks a language from a flag value (vi or en), else from this
// process's locale (FromLocale).
func FromEnv(flag string) Lang {
	switch strings.ToLower(flag) {
	case "en":
		return EN
	case "vi":
		return VI
	}
	return FromLocale(os.Getenv)
}

// FromLocale is the language a locale names, read as a C library reads
// it: the first of LC_ALL, LC_MESSAGES and LANG that is set decides.
// English when it names English (en, en_GB.UTF-8); Vietnamese otherwise,
// and when none is set, or it is C, POSIX or another language. It is the
// one locale parser: getenv is os.Getenv for Podium itself, or
// Getenv(what an SSH client sent) for a session.
func FromLocale(getenv func(string) string) Lang {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			if strings.HasPrefix(strings.ToLower(s), "en") {
				return EN
			}
			return VI
		}
	}
	return VI
}

// Getenv looks names up in an environment of KEY=VALUE pairs (an SSH
// session's, say); the last pair of a name wins, as in a shell.
func Getenv(env []string) func(string) string {
	return func(name string) string {
		v := ""
		for _, kv := range env {
			if k, val, ok := strings.Cut(kv, "="); ok && k == name {
				v = val
			}
		}
		return v
	}
}

// merge adds one file's messages to the catalog. A key another file
// already has is left as it is there and noted in collisions, which a
// test keeps empty.
func merge(more map[Lang]map[string]string) {
	for lang, ms := range more {
		for k, v := range ms {
			if _, ok := messages[lang][k]; ok {
				collisions = append(collisions, string(lang)+":"+k)
				continue
			}
			messages[lang][k] = v
		}
	}
}
