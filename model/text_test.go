package model_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"podium/model"
)

// attacks is the seed corpus: what a hostile name, question or import
// might carry to a terminal, and text that is merely awkward.
var attacks = []string{
	"",
	"plain",
	"Nguyễn Thị Ánh",
	"Nguye\u0302\u0303n",       // decomposed Vietnamese
	"Đ đ",                      // does not decompose
	"\x1b[2J\x1b[H",            // CSI: clear screen, home
	"a\x1b[31mred\x1b[0m b",    // SGR colours
	"\x1b]52;c;aGVsbG8=\x07",   // OSC 52: write the clipboard
	"\x1b]52;c;aGVsbG8=\x1b\\", // OSC 52 ended by ST
	"\x1b]0;pwned\x07title",    // OSC 0: window title
	"\x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\", // OSC 8 hyperlink
	"\x1bPq#0;2;0;0;0#0~~@@\x1b\\",                 // DCS (sixel)
	"\x1bP$q\"p\x1b\\",                             // DCS request status
	"\x1b_Gf=100;payload\x1b\\",                    // APC (kitty graphics)
	"\x1b^privacy\x1b\\",                           // PM
	"\x1bX sos \x1b\\",                             // SOS
	"\x1bc",                                        // RIS: full reset
	"\x1b7\x1b8\x1bM\x1bD",                         // save/restore cursor, index
	"\x1b(0lqqk\x1b(B",                             // line-drawing charset
	"\u009b31m8-bit CSI",                           // 8-bit CSI as a character
	"\u009d0;title\u009c",                          // 8-bit OSC ... ST
	"\u0090dcs\u009c\u0085\u0084\u008d",            // other C1
	"\x9b31m\x9d0;t\x07",                           // C1 as raw bytes (invalid UTF-8)
	"bell\x07 bs\x08 del\x7f nul\x00 vt\x0b ff\x0c",
	"cr\roverwrite",
	"tab\there\r\nCRLF\nLF\n\n\n\nblank",
	"line\u2028sep\u2029para\u0085nel",
	"\u202eevil\u202c", "\u202a\u202b\u202d",
	"\u2066isolate\u2069\u2067\u2068", "\u200e\u200f\u061c",
	"zero\u200bwidth\u200cnon\u200djoiner\ufeffbom\u2060wj\u180emvs",
	"e\u200d\u0302",  // a zero-width joiner between a base and its accent
	"e\x1b[0m\u0301", // an escape between them
	"e\r\u0302", "e\x00\u0301", "e\n\u0301", "e\t\u0301", "e \u0301",
	"\u0301leading mark",
	"\xff\xfe invalid \xc3\x28 utf8 \xed\xa0\x80",
	"\xe1\xbb", // truncated ễ
	"\x1b",     // lone ESC
	"\x1b[",    // unfinished CSI
	"\x1b]52;c;unterminated",
	"  spaced   out  ",
	"\u00a0nbsp\u3000ideographic\u2003em ",
	"\ufffd replacement",
	"한국어 조합", "\u1100\u1161\u11a8", // Hangul, composed and as jamo
	"العربية", "עברית",
	"🇻🇳 👩🏽‍💻 family 👨‍👩‍👧",
}

func FuzzCleanLine(f *testing.F) {
	for _, s := range attacks {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := model.CleanLine(s)
		checkClean(t, s, out, false)
		if again := model.CleanLine(out); again != out {
			t.Errorf("CleanLine is not idempotent on %+q:\nonce  %+q\ntwice %+q", s, out, again)
		}
		if out != strings.TrimSpace(out) {
			t.Errorf("CleanLine(%+q) = %+q: not trimmed", s, out)
		}
		if strings.Contains(out, "  ") {
			t.Errorf("CleanLine(%+q) = %+q: a run of spaces", s, out)
		}
		for _, r := range out {
			if unicode.IsSpace(r) && r != ' ' {
				t.Errorf("CleanLine(%+q) = %+q: space %U other than U+0020", s, out, r)
			}
		}
	})
}

func FuzzCleanText(f *testing.F) {
	for _, s := range attacks {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := model.CleanText(s)
		checkClean(t, s, out, true)
		if again := model.CleanText(out); again != out {
			t.Errorf("CleanText is not idempotent on %+q:\nonce  %+q\ntwice %+q", s, out, again)
		}
		if out != strings.TrimSpace(out) {
			t.Errorf("CleanText(%+q) = %+q: not trimmed", s, out)
		}
		if strings.Contains(out, "\n\n\n") {
			t.Errorf("CleanText(%+q) = %+q: more than one blank line in a row", s, out)
		}
		for _, l := range strings.Split(out, "\n") {
			if l != strings.TrimRightFunc(l, unicode.IsSpace) {
				t.Errorf("CleanText(%+q) = %+q: line %+q ends in a space", s, out, l)
			}
		}
		// A line's cleaning is the text's, flattened.
		if got, want := model.CleanLine(out), model.CleanLine(s); got != want {
			t.Errorf("CleanLine(CleanText(%+q)) = %+q, CleanLine = %+q", s, got, want)
		}
	})
}

// checkClean holds what both cleaners promise: valid UTF-8 in NFC with
// nothing a terminal would act on and nothing invisible that could reorder
// or disguise text.
func checkClean(t *testing.T, in, out string, multiline bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("clean(%+q) = %+q: invalid UTF-8", in, out)
	}
	if !norm.NFC.IsNormalString(out) {
		t.Errorf("clean(%+q) = %+q: not NFC (NFC is %+q)", in, out, norm.NFC.String(out))
	}
	for i, r := range out {
		if why := forbidden(r, multiline); why != "" {
			t.Errorf("clean(%+q) = %+q: %s %U at byte %d", in, out, why, r, i)
		}
	}
}

func forbidden(r rune, multiline bool) string {
	switch {
	case r == '\n' && multiline:
		return ""
	case r == 0x1b:
		return "ESC"
	case r < 0x20 || r == 0x7f:
		return "C0 control"
	case r >= 0x80 && r <= 0x9f:
		return "C1 control"
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return "bidi control"
	case r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff, r == 0x180e:
		return "zero-width character"
	case r == 0x2028 || r == 0x2029:
		return "line or paragraph separator"
	case unicode.Is(unicode.Cc, r):
		return "control"
	}
	return ""
}

func TestCleanExamples(t *testing.T) {
	tests := []struct {
		in, line, text string
	}{
		{"", "", ""},
		{"  Nguyễn   Văn\tTú  ", "Nguyễn Văn Tú", "Nguyễn   Văn Tú"},
		{"\x1b[2Jhello", "hello", "hello"},
		{"\x1b]52;c;aGVsbG8=\x07copy", "copy", "copy"},
		{"\x1b]0;pwned\x07title", "title", "title"},
		{"a\x1bPqpayload\x1b\\b", "ab", "ab"},
		{"a\x1b_apc\x1b\\b", "ab", "ab"},
		{"a\x1bcb", "ab", "ab"},
		{"\u202eevil\u202c", "evil", "evil"},
		{"zero\u200bwidth\ufeff", "zerowidth", "zerowidth"},
		{"one\r\ntwo", "one two", "one\ntwo"},
		{"one\u2028two\u2029three\u0085four", "one two three four", "one\ntwo\nthree\nfour"},
		{"a  \n\n\n\n  b  ", "a b", "a\n\n  b"},
		{"\n\n a \n\n", "a", "a"},
		{"cr\roverwrite", "croverwrite", "croverwrite"},
		{"e\u200d\u0302", "ê", "ê"},
		{"e\x1b[0m\u0301", "é", "é"},
		{"\xff\xfebad\xc3\x28", "bad(", "bad("},
		// 8-bit C1 sequences go whole, as characters or as stray bytes.
		{"a\u009b31mb", "ab", "ab"},
		{"a\u009d0;pwned\u009cb", "ab", "ab"},
		{"a\u009d52;c;aGk=\ab", "ab", "ab"},
		{"a\u00901q\u009cb", "ab", "ab"},
		{"a\x9b2Jb", "ab", "ab"},
		{"a\x9d0;t\x9cb", "ab", "ab"},
		{"a\u0085b", "a b", "a\nb"},
		// Vietnamese comes through whole, composed.
		{"Thanh niên Hưng Yên với chuyển đổi số: Đối thoại", "Thanh niên Hưng Yên với chuyển đổi số: Đối thoại", "Thanh niên Hưng Yên với chuyển đổi số: Đối thoại"},
		{"Hoa\u0300ng Thi\u0323 \u0110", "Hoàng Thị Đ", "Hoàng Thị Đ"},
	}
	for _, tt := range tests {
		if got := model.CleanLine(tt.in); got != tt.line {
			t.Errorf("CleanLine(%+q) = %+q, want %+q", tt.in, got, tt.line)
		}
		if got := model.CleanText(tt.in); got != tt.text {
			t.Errorf("CleanText(%+q) = %+q, want %+q", tt.in, got, tt.text)
		}
	}
}

// TestCleanComposesVietnamese: a name typed on a keyboard that sends
// decomposed accents and the same name typed composed are the same bytes,
// so they compare, sort and count alike.
func TestCleanComposesVietnamese(t *testing.T) {
	composed := "Nguy\u1ec5n"          // ễ as one character
	decomposed := "Nguye\u0302\u0303n" // e + circumflex + tilde
	if composed == decomposed {
		t.Fatal("the test strings are the same bytes")
	}
	for _, clean := range []func(string) string{model.CleanLine, model.CleanText} {
		if a, b := clean(composed), clean(decomposed); a != b || a != composed {
			t.Errorf("composed %+q and decomposed %+q clean to %+q and %+q", composed, decomposed, a, b)
		}
	}
	if n := model.Len(model.CleanLine(decomposed)); n != 6 {
		t.Errorf("Len(Nguyễn) = %d, want 6", n)
	}
	if model.Len("Đ") != 1 || model.Len("ễ") != 1 {
		t.Error("Len counts bytes, not characters")
	}
}
