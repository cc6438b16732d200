// Package importcsv reads the spreadsheets a meeting starts from — the
// pre-registered questions, the departments — saved as CSV, into model
// commands. It is pure: bytes in, commands or a typed *Error out, naming
// the line, the column and what is wrong; it knows no disk and no screen.
//
// Columns are found by their heading, in Vietnamese or English, in any
// order, ignoring case, diacritics and punctuation ("Họ và tên", "ho va
// ten", "Asker" are one column); columns it does not know are ignored.
// The file is UTF-8 (with or without a byte-order mark) or UTF-16 with a
// byte-order mark; anything else is refused with the encoding it most
// likely is. Commas, semicolons or tabs separate the cells, whichever the
// heading line uses. All or nothing: the first bad row refuses the file.
package importcsv

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"podium/model"
)

// MaxRows is the most data rows a file may hold.
const MaxRows = 10000

// Code names what is wrong; the catalog keys are "import." + Code.
type Code string

// The refusals. Args are listed where a code has them.
const (
	ErrNotUTF8           Code = "not_utf8"           // Args: the likely encoding: "windows1258", "windows1252", "tcvn3", "utf16" or "spreadsheet"
	ErrEmptyFile         Code = "empty_file"         //
	ErrNoRows            Code = "no_rows"            //
	ErrTooManyRows       Code = "too_many_rows"      // Args: MaxRows
	ErrMissingColumns    Code = "missing_columns"    // Args: the missing Fields, in order
	ErrDuplicateColumn   Code = "duplicate_column"   // Args: the other column's number (A = 1), its heading
	ErrQuote             Code = "csv_quote"          // a quoted cell never closes
	ErrBareQuote         Code = "csv_bare_quote"     // a quote inside a cell that is not quoted
	ErrSyntax            Code = "csv_syntax"         // Args: what the CSV reader said
	ErrEmptyAsker        Code = "empty_asker"        //
	ErrEmptyText         Code = "empty_text"         //
	ErrEmptyCode         Code = "empty_code"         //
	ErrEmptyName         Code = "empty_name"         //
	ErrTooLong           Code = "too_long"           // Args: the cell's length, the limit, in characters
	ErrBadKind           Code = "bad_kind"           // Args: the cell
	ErrUnknownDepartment Code = "unknown_department" // Args: the name or code, the meeting's codes (comma separated)
	ErrDuplicateCode     Code = "duplicate_code"     // Args: the code
	ErrRefused           Code = "refused"            // the model refused the row: Model says why
)

// Codes lists every Code, for the catalog's completeness test.
var Codes = []Code{ErrNotUTF8, ErrEmptyFile, ErrNoRows, ErrTooManyRows, ErrMissingColumns, ErrDuplicateColumn,
	ErrQuote, ErrBareQuote, ErrSyntax, ErrEmptyAsker, ErrEmptyText, ErrEmptyCode, ErrEmptyName, ErrTooLong,
	ErrBadKind, ErrUnknownDepartment, ErrDuplicateCode, ErrRefused, ErrEmptyItem, ErrBadMinutes, ErrTwoDialogues, ErrTooManyItems}

// Encodings lists the encodings ErrNotUTF8 may name; the catalog keys are
// "import.enc." + the name.
var Encodings = []string{"windows1258", "windows1252", "tcvn3", "utf16", "spreadsheet"}

// Field is a column Podium reads; the catalog keys "import.col." + Field
// name them.
type Field string

// The columns of the two spreadsheets.
const (
	FieldAsker       Field = "asker"
	FieldRole        Field = "role"
	FieldUnit        Field = "unit"
	FieldKind        Field = "kind"
	FieldTheme       Field = "theme"
	FieldText        Field = "text"
	FieldDepartments Field = "departments"

	FieldCode           Field = "code"
	FieldName           Field = "name"
	FieldRepresentative Field = "representative"
	FieldRepRole        Field = "rep_role"
)

// Error is a file refused: where, and why. Nothing of it was imported.
type Error struct {
	Line   int    // 1-based line of the file where the cell starts; 0: the file as a whole
	Column int    // 1-based column (A is 1); 0: the whole line
	Header string // the column's heading as the file writes it, if known
	Field  Field  // the column Podium took it for, if any
	Code   Code
	Args   []any
	Model  error // for ErrRefused: the model's *model.Error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("import")
	if e.Line > 0 {
		fmt.Fprintf(&b, ": line %d", e.Line)
	}
	if e.Column > 0 {
		fmt.Fprintf(&b, ", column %s", ColumnName(e.Column))
		if e.Header != "" {
			fmt.Fprintf(&b, " %q", e.Header)
		}
	}
	fmt.Fprintf(&b, ": %s", e.Code)
	if len(e.Args) > 0 {
		fmt.Fprintf(&b, " %v", e.Args)
	}
	if e.Model != nil {
		fmt.Fprintf(&b, ": %v", e.Model)
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Model }

// ColumnName is a spreadsheet's name for column n (1 → A, 27 → AA).
func ColumnName(n int) string {
	var s []byte
	for n > 0 {
		n--
		s = append([]byte{byte('A' + n%26)}, s...)
		n /= 26
	}
	return string(s)
}

// Batch is a file read into commands, ready to apply. Commands are in the
// file's order; Lines[i] is the line command i came from.
type Batch struct {
	Commands []model.Command
	Lines    []int
	cells    []map[Field]cell
	values   []map[Field]string // the cells as read, for messages
	kind     sheet

	// ThemesAdded are the themes Apply found in the questions that the
	// meeting's list did not have: importing adds them to it.
	ThemesAdded []string
}

type sheet int

const (
	questionsSheet sheet = iota
	departmentsSheet
	agendaSheet
)

// Questions reads a spreadsheet of questions: one AddQuestion per row
// (registered beforehand). Required columns: asker and text; also read:
// role, unit, kind, theme, departments (codes or names, separated by ";"
// or new lines, or by "," when each part is one). Department names are
// resolved against the meeting by Apply.
func Questions(data []byte) (*Batch, error) { return read(data, questionsSheet) }

// Departments reads a spreadsheet of departments: one AddDepartment per
// row. Required columns: code and name; also read: representative and
// their title.
func Departments(data []byte) (*Batch, error) { return read(data, departmentsSheet) }

// columns are the fields each sheet reads and which of them are required,
// in the order a missing-column message names them.
var columns = map[sheet][]struct {
	f        Field
	required bool
}{
	questionsSheet:   {{FieldAsker, true}, {FieldText, true}, {FieldRole, false}, {FieldUnit, false}, {FieldKind, false}, {FieldTheme, false}, {FieldDepartments, false}},
	departmentsSheet: {{FieldCode, true}, {FieldName, true}, {FieldRepresentative, false}, {FieldRepRole, false}},
}

// aliases are the headings each field answers to, folded (see model.Fold),
// best first: when two columns answer to one field, the better heading
// wins and the other column is ignored; two equally good ones are an
// error.
var aliases = map[sheet]map[Field][]string{
	questionsSheet: {
		FieldAsker:       {"ho va ten", "ho ten", "dai bieu", "nguoi hoi", "nguoi dat cau hoi", "nguoi phat bieu", "ten nguoi hoi", "ten", "asker", "name", "full name", "speaker"},
		FieldRole:        {"chuc vu", "chuc danh", "vai tro", "nghe nghiep", "role", "title", "position"},
		FieldUnit:        {"don vi dia phuong", "don vi", "dia phuong", "noi cong tac", "co quan cong tac", "dia chi", "unit or locality", "unit", "locality", "organisation", "organization"},
		FieldKind:        {"loai", "loai y kien", "phan loai", "kind", "type"},
		FieldTheme:       {"chu de", "linh vuc", "nhom van de", "theme", "topic"},
		FieldText:        {"noi dung", "noi dung y kien", "noi dung cau hoi", "y kien", "cau hoi", "text", "content", "question"},
		FieldDepartments: {"gui toi", "gui toi ma", "gui den", "co quan duoc hoi", "don vi duoc hoi", "addressed to", "departments", "department", "to", "don vi tra loi", "co quan tra loi", "answered by"},
	},
	departmentsSheet: {
		FieldCode:           {"ma", "ma don vi", "ky hieu", "code", "short code"},
		FieldName:           {"ten don vi", "ten co quan", "ten", "don vi", "co quan", "name", "department"},
		FieldRepresentative: {"nguoi dai dien", "dai dien", "lanh dao", "representative", "spokesperson"},
		FieldRepRole:        {"chuc vu nguoi dai dien", "chuc vu", "chuc danh", "representative s title", "title", "role"},
	},
}

func read(data []byte, kind sheet) (*Batch, error) {
	text, err := decode(data)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, &Error{Code: ErrEmptyFile}
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delimiter(text)
	r.FieldsPerRecord = -1 // spreadsheets leave trailing cells out
	r.ReuseRecord = false

	head, err := r.Read()
	if err != nil {
		return nil, csvError(err, text, r.Comma, nil)
	}
	fields, headers, err := mapColumns(head, kind)
	if err != nil {
		return nil, err
	}
	b := &Batch{kind: kind}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(err, text, r.Comma, headers)
		}
		if blank(rec) {
			continue
		}
		if len(b.Commands) == MaxRows {
			line, _ := r.FieldPos(0)
			return nil, &Error{Line: line, Code: ErrTooManyRows, Args: []any{MaxRows}}
		}
		row := map[Field]string{}
		cells := map[Field]cell{}
		for i, v := range rec {
			f, ok := fields[i]
			if !ok {
				continue
			}
			line, _ := r.FieldPos(i)
			row[f] = v
			cells[f] = cell{line: line, col: i + 1, header: headers[i]}
		}
		for f, c := range fieldCells(fields, headers) {
			if _, ok := cells[f]; !ok { // a row shorter than the heading
				line, _ := r.FieldPos(0)
				cells[f] = cell{line: line, col: c.col, header: c.header}
			}
		}
		line, _ := r.FieldPos(0)
		cmd, err := rowCommand(kind, row, cells)
		if err != nil {
			return nil, err
		}
		b.Commands = append(b.Commands, cmd)
		b.Lines = append(b.Lines, line)
		b.cells = append(b.cells, cells)
		b.values = append(b.values, row)
	}
	if len(b.Commands) == 0 {
		return nil, &Error{Code: ErrNoRows}
	}
	return b, nil
}

// fieldCells is where each mapped field's column is.
func fieldCells(fields map[int]Field, headers []string) map[Field]cell {
	out := map[Field]cell{}
	for i, f := range fields {
		out[f] = cell{col: i + 1, header: headers[i]}
	}
	return out
}

func blank(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// mapColumns finds each field's column by its heading.
func mapColumns(head []string, kind sheet) (map[int]Field, []string, error) {
	headers := make([]string, len(head))
	type pick struct{ col, rank int }
	best := map[Field]pick{}
	for i, h := range head {
		headers[i] = model.CleanLine(h)
		key := model.Fold(h)
		if key == "" {
			continue
		}
		for f, names := range aliases[kind] {
			rank := indexOf(names, key)
			if rank < 0 {
				continue
			}
			if p, ok := best[f]; ok {
				if p.rank == rank {
					return nil, nil, &Error{Line: 1, Column: i + 1, Header: headers[i], Field: f, Code: ErrDuplicateColumn, Args: []any{p.col + 1, headers[p.col]}}
				}
				if p.rank < rank {
					continue
				}
			}
			best[f] = pick{i, rank}
		}
	}
	var missing []Field
	for _, c := range columns[kind] {
		if _, ok := best[c.f]; c.required && !ok {
			missing = append(missing, c.f)
		}
	}
	if len(missing) > 0 {
		args := make([]any, len(missing))
		for i, f := range missing {
			args[i] = f
		}
		return nil, nil, &Error{Line: 1, Code: ErrMissingColumns, Args: args}
	}
	fields := map[int]Field{}
	for f, p := range best {
		fields[p.col] = f
	}
	return fields, headers, nil
}

func indexOf(names []string, key string) int {
	for i, n := range names {
		if n == key {
			return i
		}
	}
	return -1
}

func rowCommand(kind sheet, row map[Field]string, cells map[Field]cell) (model.Command, error) {
	bad := func(f Field, code Code, args ...any) error { return cells[f].refuse(f, code, args...) }
	line := func(f Field, limit int) (string, error) {
		s := model.CleanLine(row[f])
		if n := model.Len(s); n > limit {
			return "", bad(f, ErrTooLong, n, limit)
		}
		return s, nil
	}
	var err error
	get := func(f Field, limit int) string {
		if err != nil {
			return ""
		}
		var s string
		s, err = line(f, limit)
		return s
	}
	switch kind {
	case agendaSheet:
		return agendaRow(row, bad)
	case departmentsSheet:
		d := model.AddDepartment{
			Code: get(FieldCode, 20), Name: get(FieldName, model.MaxLineLen),
			Representative: model.Person{Name: get(FieldRepresentative, model.MaxNameLen), Role: get(FieldRepRole, model.MaxLineLen)},
		}
		switch {
		case err != nil:
			return nil, err
		case d.Code == "":
			return nil, bad(FieldCode, ErrEmptyCode)
		case d.Name == "":
			return nil, bad(FieldName, ErrEmptyName)
		}
		return d, nil
	default:
		q := model.AddQuestion{
			Asker:   model.Person{Name: get(FieldAsker, model.MaxNameLen), Role: get(FieldRole, model.MaxLineLen), Unit: get(FieldUnit, model.MaxLineLen)},
			Theme:   get(FieldTheme, model.MaxLineLen),
			Channel: model.ChannelRegistered,
		}
		if err != nil {
			return nil, err
		}
		if model.Fold(q.Theme) == "" {
			q.Theme = "" // "-", "…": no theme
		}
		if q.Asker.Name == "" {
			return nil, bad(FieldAsker, ErrEmptyAsker)
		}
		q.Text = model.CleanText(row[FieldText])
		if q.Text == "" {
			return nil, bad(FieldText, ErrEmptyText)
		}
		if n := model.Len(q.Text); n > model.MaxTextLen {
			return nil, bad(FieldText, ErrTooLong, n, model.MaxTextLen)
		}
		k, ok := parseKind(row[FieldKind])
		if !ok {
			return nil, bad(FieldKind, ErrBadKind, shown(row[FieldKind]))
		}
		q.Kind = k
		q.Departments = splitDepartments(row[FieldDepartments])
		return q, nil
	}
}

var kinds = map[string]model.Kind{
	"": model.KindQuestion, "cau hoi": model.KindQuestion, "hoi": model.KindQuestion, "question": model.KindQuestion, "q": model.KindQuestion,
	"kien nghi": model.KindRecommendation, "de nghi": model.KindRecommendation, "recommendation": model.KindRecommendation, "recommend": model.KindRecommendation,
	"de xuat": model.KindProposal, "proposal": model.KindProposal,
}

func parseKind(s string) (model.Kind, bool) {
	k, ok := kinds[model.Fold(s)]
	return k, ok
}

// splitDepartments splits a departments cell on ";" and new lines; commas
// are left for Apply, since a name may hold one ("Sở Văn hóa, Thể thao
// và Du lịch").
func splitDepartments(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' || r == '\r' }) {
		if p := model.CleanLine(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Apply applies the batch to m in memory, as the store will, and returns
// the meeting it would give; the first refusal comes back as an *Error
// naming the row's line and the column at fault. Department names in the
// questions are turned into their codes (Commands is updated), so the
// commands can then go to storage as they are.
func (b *Batch) Apply(m *model.Meeting, now time.Time) (*model.Meeting, error) {
	b.ThemesAdded = nil
	for i, cmd := range b.Commands {
		if q, ok := cmd.(model.AddQuestion); ok {
			next, err := b.listTheme(m, i, q.Theme, now) // command.go
			if err != nil {
				return nil, err
			}
			m = next
			codes, err := resolve(m, q.Departments)
			if err != nil {
				return nil, b.cells[i][FieldDepartments].refuse(FieldDepartments, ErrUnknownDepartment, err.Error(), knownCodes(m))
			}
			q.Departments = codes
			b.Commands[i] = q
			cmd = q
		}
		next, _, err := model.Apply(m, cmd, now)
		if err != nil {
			return nil, b.refusal(i, err)
		}
		m = next
	}
	return m, nil
}

// resolve turns each department, by code or name (case and diacritics
// ignored), into its code. A part that matches nothing is split on commas
// and tried again; the error names what matched nothing.
func resolve(m *model.Meeting, parts []string) ([]string, error) {
	var out []string
	add := func(code string) {
		for _, c := range out {
			if c == code {
				return
			}
		}
		out = append(out, code)
	}
	for _, p := range parts {
		if code := lookup(m, p); code != "" {
			add(code)
			continue
		}
		subs := strings.Split(p, ",")
		if len(subs) == 1 {
			return nil, errors.New(p)
		}
		for _, s := range subs {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			code := lookup(m, s)
			if code == "" {
				return nil, errors.New(s)
			}
			add(code)
		}
	}
	return out, nil
}

func lookup(m *model.Meeting, s string) string {
	if d := m.DepartmentByCode(s); d != nil {
		return d.Code
	}
	key := model.Fold(s)
	for _, d := range m.Departments {
		if d != nil && (model.Fold(d.Code) == key || model.Fold(d.Name) == key) {
			return d.Code
		}
	}
	return ""
}

func knownCodes(m *model.Meeting) string {
	var codes []string
	for _, d := range m.Departments {
		if d != nil {
			codes = append(codes, d.Code)
		}
	}
	return strings.Join(codes, ", ")
}

// refusal places the model's refusal of command i on its row and column.
func (b *Batch) refusal(i int, err error) error {
	code := model.CodeOf(err)
	var me *model.Error
	errors.As(err, &me)
	field, ours := Field(""), ErrRefused
	var args []any
	switch code {
	case model.ErrEmptyAsker:
		field, ours = FieldAsker, ErrEmptyAsker
	case model.ErrEmptyText:
		field, ours = FieldText, ErrEmptyText
	case model.ErrEmptyCode:
		field, ours = FieldCode, ErrEmptyCode
	case model.ErrEmptyName:
		field, ours = FieldName, ErrEmptyName
	case model.ErrBadKind:
		field, ours, args = FieldKind, ErrBadKind, me.Args
	case model.ErrUnknownDepartment:
		field, ours, args = FieldDepartments, ErrUnknownDepartment, append(me.Args, "")
	case model.ErrDuplicateCode:
		field, ours, args = FieldCode, ErrDuplicateCode, me.Args
	case model.ErrTooLong:
		field = tooLongField(b.kind, me.Args)
	}
	c, ok := b.cells[i][field]
	if !ok {
		c = cell{line: b.Lines[i]}
	}
	e := c.refuse(field, ours, args...)
	if ours == ErrRefused {
		e.Model = err
	}
	return e
}

func tooLongField(kind sheet, args []any) Field {
	if len(args) == 0 {
		return ""
	}
	name, _ := args[0].(string)
	if kind == departmentsSheet {
		switch name {
		case "code":
			return FieldCode
		case "unit":
			return FieldRepRole
		case "name":
			if len(args) > 1 && args[1] == model.MaxNameLen {
				return FieldRepresentative
			}
			return FieldName
		}
		return ""
	}
	switch name {
	case "name":
		return FieldAsker
	case "unit":
		return FieldUnit
	case "text":
		return FieldText
	case "theme":
		return FieldTheme
	}
	return ""
}
