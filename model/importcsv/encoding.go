package importcsv

// Reading the file's bytes: its delimiter, its encoding (and a guess at the
// wrong one a spreadsheet may have saved it in), and where a CSV error is.

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
)

// delimiter is the separator the heading line uses most: a comma, or the
// semicolon Excel writes where the comma is the decimal point, or a tab.
func delimiter(text string) rune {
	first, _, _ := strings.Cut(text, "\n")
	best, n := ',', strings.Count(first, ",")
	for _, d := range []rune{';', '\t'} {
		if c := strings.Count(first, string(d)); c > n {
			best, n = d, c
		}
	}
	return best
}

// decode returns data as UTF-8 text without a byte-order mark, or refuses
// it with the encoding it most likely is, at its first bad byte.
func decode(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		// Excel's "Unicode Text" and some exporters write UTF-16.
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", &Error{Code: ErrNotUTF8, Args: []any{"utf16"}}
		}
		data = out
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte{0xd0, 0xcf, 0x11, 0xe0}) {
		// A workbook (.xlsx and .ods are zip files, .xls an OLE file):
		// no line or cell of it means anything to quote.
		return "", &Error{Code: ErrNotUTF8, Args: []any{"spreadsheet"}}
	}
	if len(data) > 0 && bytes.Count(data, []byte{0})*10 > len(data) {
		// UTF-16 without its mark: ASCII letters with a zero byte each.
		return "", &Error{Line: 1, Code: ErrNotUTF8, Args: []any{"utf16"}}
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	e := &Error{Code: ErrNotUTF8, Args: []any{guessEncoding(data)}}
	e.Line, e.Column, e.Header = firstInvalid(data)
	return "", e
}

// firstInvalid finds the line and column of the first cell that is not
// UTF-8, and the heading of its column.
func firstInvalid(data []byte) (line, col int, header string) {
	text := string(data)
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delimiter(text)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var head []string
	for {
		rec, err := r.Read()
		if err != nil {
			break
		}
		if head == nil {
			head = rec
		}
		for i, v := range rec {
			if !utf8.ValidString(v) {
				l, _ := r.FieldPos(i)
				h := ""
				if i < len(head) {
					h = shown(strings.ToValidUTF8(head[i], "?"))
				}
				return l, i + 1, h
			}
		}
	}
	i := 0
	for i < len(data) {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	return 1 + bytes.Count(data[:i], []byte("\n")), 0, ""
}

// guessEncoding names the 8-bit encoding data most likely is: TCVN3 (the
// old Vietnamese fonts' code page) fills 0xA1–0xBF with lowercase
// Vietnamese letters; Windows-1258 has ă, đ, ơ, ư and combining tone marks
// where Windows-1252 has Western letters.
func guessEncoding(data []byte) string {
	var tcvn, cp1258 int
	for _, c := range data {
		switch {
		case c >= 0xa1 && c <= 0xbf:
			tcvn++
		case c == 0xe3, c == 0xc3, c == 0xf0, c == 0xd0, c == 0xf5, c == 0xd5, c == 0xfd, c == 0xdd,
			c == 0xcc, c == 0xec, c == 0xd2, c == 0xde, c == 0xf2:
			cp1258++
		}
	}
	switch {
	case tcvn > cp1258:
		return "tcvn3"
	case cp1258 > 0:
		return "windows1258"
	}
	return "windows1252"
}

// csvError turns the CSV reader's complaint into an *Error at the line and
// column where the trouble starts.
func csvError(err error, text string, comma rune, headers []string) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return &Error{Code: ErrSyntax, Args: []any{err.Error()}}
	}
	e := &Error{Line: pe.Line, Code: ErrSyntax, Args: []any{pe.Err.Error()}}
	switch {
	case errors.Is(pe.Err, csv.ErrQuote) && pe.StartLine != pe.Line:
		// A quote opened and never closed: the cell starts on StartLine.
		e.Code, e.Args, e.Line = ErrQuote, nil, pe.StartLine
		e.Column = openQuoteColumn(lineText(text, pe.StartLine), comma)
	case errors.Is(pe.Err, csv.ErrQuote):
		e.Code, e.Args = ErrBareQuote, nil
		e.Column = columnAt(lineText(text, pe.Line), pe.Column, comma)
	case errors.Is(pe.Err, csv.ErrBareQuote):
		e.Code, e.Args = ErrBareQuote, nil
		e.Column = columnAt(lineText(text, pe.Line), pe.Column, comma)
	}
	if e.Column > 0 && e.Column <= len(headers) {
		e.Header = headers[e.Column-1]
	}
	return e
}

func lineText(text string, n int) string {
	for i := 1; i < n; i++ {
		_, rest, ok := strings.Cut(text, "\n")
		if !ok {
			return ""
		}
		text = rest
	}
	l, _, _ := strings.Cut(text, "\n")
	return l
}

// columnAt is the column of the cell holding byte col (1-based) of line:
// the delimiters before it, outside quotes, plus one.
func columnAt(line string, col int, comma rune) int {
	n, quoted := 1, false
	for i, r := range line {
		if i >= col-1 {
			break
		}
		switch {
		case r == '"':
			quoted = !quoted
		case r == comma && !quoted:
			n++
		}
	}
	return n
}

// openQuoteColumn is the column of the cell on line that opens a quote and
// does not close it on that line.
func openQuoteColumn(line string, comma rune) int {
	n, quoted, start := 1, false, 1
	atStart := true
	for _, r := range line {
		switch {
		case r == '"' && (atStart || quoted):
			if atStart {
				start = n
			}
			quoted = !quoted
		case r == comma && !quoted:
			n++
			atStart = true
			continue
		}
		atStart = false
	}
	if quoted {
		return start
	}
	return n
}
