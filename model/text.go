package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"
)

// Limits on text, in characters (runes after NFC).
const (
	MaxNameLen = 120
	MaxLineLen = 300
	MaxTextLen = 4000
	MaxNoteLen = 20000
)

// CleanLine makes untrusted single-line text safe to store and draw: valid
// UTF-8, NFC, no escape sequences, no C0/C1 controls, no bidi or zero-width
// characters; tabs, newlines and line separators become single spaces, and
// runs of spaces collapse. The result is trimmed.
func CleanLine(s string) string {
	return strings.Join(strings.Fields(clean(s, false)), " ")
}

// Sanitize removes what must never reach a terminal (escape sequences,
// controls, bidi and zero-width characters; newlines become spaces) and
// recomposes to NFC, but keeps spacing exactly as typed: it is for text
// still being edited, where trimming would eat the space just typed.
func Sanitize(s string) string { return clean(s, false) }

// CleanText is CleanLine for multi-line text: newlines survive (CR LF and
// the Unicode separators become \n), each line is trimmed of trailing
// spaces, and more than one blank line in a row collapses.
func CleanText(s string) string {
	lines := strings.Split(clean(s, true), "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

func clean(s string, keepNewlines bool) string {
	s = strings.ToValidUTF8(s, "")
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\r':
			// CR LF becomes LF; a lone CR would move the cursor, so it goes.
			continue
		case r == '\n' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			if keepNewlines {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		case r == '\t':
			b.WriteByte(' ')
		case unsafeRune(r):
			continue
		default:
			b.WriteRune(r)
		}
	}
	// Normalise last: dropping a character (a zero-width joiner, a CR)
	// can bring a letter and its accent together, e.g. "e\u200d\u0302".
	return norm.NFC.String(b.String())
}

// unsafeRune reports the characters that must never reach a terminal or a
// stored record: C0 and C1 controls, DEL, bidi overrides, embeddings,
// isolates and marks (Trojan Source), zero-width characters and the BOM.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff, r == 0x180e:
		return true
	case r == utf8.RuneError:
		return true
	}
	return unicode.Is(unicode.Cc, r)
}

// Len is the length of s in characters, as the limits count it.
func Len(s string) int { return utf8.RuneCountInString(s) }
