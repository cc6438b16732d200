package importcsv

import "podium/model"

// cell is where a value came from.
type cell struct {
	line, col int
	header    string
}

// shown is a cell's value as a refusal quotes it: cleaned, and cut to
// its first 40 characters ("…" after them), so that a paragraph pasted
// into a short column does not fill the message.
func shown(value string) string {
	v := model.CleanLine(value)
	if model.Len(v) > 40 {
		v = string([]rune(v)[:40]) + "…"
	}
	return v
}

// refuse is the refusal of the value in c, read as field f.
func (c cell) refuse(f Field, code Code, args ...any) *Error {
	return &Error{Line: c.line, Column: c.col, Header: c.header, Field: f, Code: code, Args: args}
}
