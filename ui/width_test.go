package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"podium/model"
)

// The fast paths must agree with x/ansi's grapheme measure everywhere.
func TestWidthAndTruncateAgreeWithAnsi(t *testing.T) {
	cases := []string{
		"", "abc", "Nguyễn Văn An", "Đặng Thị Thu Trang", "Sở Lao động - Thương binh và Xã hội",
		"Nguye\u0302\u0303n", "漢字テスト", "emoji 👍🏽 here", "\x1b[1mbold\x1b[0m Việt",
		"tab\there", "…·—▶■╭─╮", "★ GDDT", strings.Repeat("ư", 50),
	}
	for _, s := range cases {
		if got, want := width(s), ansi.StringWidth(s); got != want {
			t.Errorf("width(%q) = %d, x/ansi says %d", s, got, want)
		}
		if strings.Contains(s, "\x1b") {
			continue
		}
		for w := 0; w <= ansi.StringWidth(s)+1; w++ {
			got := truncate(s, w, "…")
			if width(got) > w {
				t.Errorf("truncate(%q, %d) = %q is %d wide", s, w, got, width(got))
			}
			// Text outside the fast path is cleaned before it is cut.
			if want := ansi.Truncate(model.CleanLine(s), w, "…"); w > 0 && got != want && got != ansi.Truncate(s, w, "…") {
				t.Errorf("truncate(%q, %d) = %q, x/ansi gives %q", s, w, got, want)
			}
		}
	}
}
