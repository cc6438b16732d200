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
	s = ansi.Strip(c1ToESC(s))
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

// c1ToESC makes s valid UTF-8 (invalid bytes go) and writes the C1
// controls that open or close an escape sequence (CSI, OSC, DCS, SOS, PM,
// APC and ST, whether as characters or as stray bytes) as their 7-bit
// form, so that ansi.Strip removes the whole sequence, as a terminal that
// honours 8-bit controls would read it, and not just its first byte.
func c1ToESC(s string) string {
	if utf8.ValidString(s) && !strings.ContainsAny(s, "\u0090\u0098\u009b\u009c\u009d\u009e\u009f") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			r = rune(s[i]) // a stray byte: only a C1 one means anything
		}
		switch r {
		case 0x90:
			b.WriteString("\x1bP")
		case 0x98:
			b.WriteString("\x1bX")
		case 0x9b:
			b.WriteString("\x1b[")
		case 0x9c:
			b.WriteString("\x1b\\")
		case 0x9d:
			b.WriteString("\x1b]")
		case 0x9e:
			b.WriteString("\x1b^")
		case 0x9f:
			b.WriteString("\x1b_")
		default:
			if r >= 0x80 && n == 1 {
				break // any other stray byte (invalid UTF-8) goes
			}
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
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
