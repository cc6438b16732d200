package ui

import (
	"podium/ui/theme"

	"strings"

	"github.com/charmbracelet/x/ansi"

	"podium/model"
)

// fit cuts plain text to w cells (never inside a letter and its marks: the
// cut is by grapheme) with an ellipsis, and pads it to exactly w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = truncate(s, w, "…")
	if pad := w - width(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// cut is fit without the padding.
func cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return truncate(s, w, "…")
}

// padStyled pads an already styled line to w cells, or cuts it.
func padStyled(s string, w int) string {
	sw := width(s)
	if sw > w {
		return ansi.Truncate(s, w, "…")
	}
	return s + strings.Repeat(" ", w-sw)
}

// wrap breaks plain text into lines of at most w cells, at spaces where it
// can and inside over-long words where it must (by grapheme), and keeps at
// most max lines, the last ending in an ellipsis when text was left out.
// It reports whether anything was left out.
func wrap(s string, w, max int) ([]string, bool) {
	if w <= 0 || max <= 0 {
		return nil, s != ""
	}
	var lines []string
	for _, para := range strings.Split(model.CleanText(s), "\n") {
		lines = append(lines, strings.Split(ansi.Wrap(para, w, ""), "\n")...)
	}
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	if len(lines) <= max {
		return lines, false
	}
	lines = lines[:max]
	last := lines[max-1]
	if width(last)+1 > w {
		last = ansi.Truncate(last, w-1, "")
	}
	lines[max-1] = last + "…"
	return lines, true
}

// box draws lines inside a rounded border of exactly w×h cells with the
// title set into the top edge. Lines are padded or cut to fit; extra lines
// are dropped. A box too small to draw is blank.
func box(title string, lines []string, w, h int, border, titleStyle theme.Role) string {
	if w < 4 || h < 2 {
		return blank(w, h)
	}
	inner := w - 2
	var b strings.Builder
	t := ""
	if title != "" {
		t = " " + cut(title, inner-4) + " "
	}
	b.WriteString(border.Render("╭─") + titleStyle.Render(t) +
		border.Render(strings.Repeat("─", max(0, inner-1-width(t)))+"╮"))
	side := border.Render("│")
	for i := 0; i < h-2; i++ {
		b.WriteByte('\n')
		l := ""
		if i < len(lines) {
			l = lines[i]
		}
		b.WriteString(side + padStyled(l, inner) + side)
	}
	b.WriteByte('\n')
	b.WriteString(border.Render("╰" + strings.Repeat("─", inner) + "╯"))
	return b.String()
}

// blank is w×h spaces.
func blank(w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	line := strings.Repeat(" ", w)
	return strings.TrimSuffix(strings.Repeat(line+"\n", h), "\n")
}
