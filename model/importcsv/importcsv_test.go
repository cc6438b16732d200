package importcsv

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"podium/model"
	"podium/model/demo"
)

var now = time.Date(2023, 3, 20, 9, 0, 0, 0, time.UTC)

// meeting is the demo before the dialogue: ten departments, 24 questions.
func meeting(t testing.TB) *model.Meeting {
	t.Helper()
	m, err := demo.Meeting(now)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

const goodVI = "\ufeffSTT,Họ và tên,Chức vụ,\"Đơn vị, địa phương\",Loại,Chủ đề,Nội dung,Gửi tới,Ghi chú\r\n" +
	"1,Nguyễn Thị Thu Hà,Bí thư Chi đoàn,xã Liên Nghĩa,Kiến nghị,Khởi nghiệp,\"Đề nghị hỗ trợ vốn vay\r\ncho thanh niên nông thôn.\",KHCN; TD,gọi lại sau\r\n" +
	",,,,,,,,\r\n" +
	"2,Trần Văn Bình,,huyện Văn Giang,đề xuất,,Mở lớp livestream bán nông sản,\"Sở Công Thương\nSở Văn hóa, Thể thao và Du lịch\",\r\n" +
	"3,Lê Quang Minh,Sinh viên,,,,Thanh niên được hỗ trợ gì khi học nghề?,,\r\n"

func TestQuestionsReadsAVietnameseSheet(t *testing.T) {
	b, err := Questions([]byte(goodVI))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Commands) != 3 || !slices.Equal(b.Lines, []int{2, 5, 7}) {
		t.Fatalf("%d commands at lines %v, want 3 at 2, 5, 7 (cells span two lines; a blank row is skipped)", len(b.Commands), b.Lines)
	}
	m, err := b.Apply(meeting(t), now)
	if err != nil {
		t.Fatal(err)
	}
	if errs := model.Check(m); errs != nil {
		t.Fatal(errs)
	}
	want := []model.Question{
		{ID: 25, Asker: model.Person{Name: "Nguyễn Thị Thu Hà", Role: "Bí thư Chi đoàn", Unit: "xã Liên Nghĩa"}, Kind: model.KindRecommendation, Theme: "Khởi nghiệp",
			Text: "Đề nghị hỗ trợ vốn vay\ncho thanh niên nông thôn.", Departments: []string{"KHCN", "TD"}},
		{ID: 26, Asker: model.Person{Name: "Trần Văn Bình", Unit: "huyện Văn Giang"}, Kind: model.KindProposal,
			Text: "Mở lớp livestream bán nông sản", Departments: []string{"CT", "VHTTDL"}},
		{ID: 27, Asker: model.Person{Name: "Lê Quang Minh", Role: "Sinh viên"}, Kind: model.KindQuestion, Text: "Thanh niên được hỗ trợ gì khi học nghề?"},
	}
	for _, w := range want {
		q := m.Question(w.ID)
		if q == nil {
			t.Fatalf("no question %d", w.ID)
		}
		got := model.Question{ID: q.ID, Asker: q.Asker, Kind: q.Kind, Theme: q.Theme, Text: q.Text, Departments: q.Departments}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("question %d:\ngot  %+v\nwant %+v", w.ID, got, w)
		}
		if q.Channel != model.ChannelRegistered || q.Status != model.StatusWaiting {
			t.Errorf("question %d: %s, %s", q.ID, q.Channel, q.Status)
		}
	}
	if !slices.Equal(m.Queue.Sub(m.Queue.Len()-3, m.Queue.Len()), []int{25, 26, 27}) {
		t.Errorf("queue %v", m.Queue.Slice())
	}
}

// English headings in another order, semicolons, no BOM, decomposed
// letters: the same questions, in NFC.
func TestQuestionsReadsEnglishHeadingsInAnyOrder(t *testing.T) {
	src := "Text;Departments;KIND;  asker: ;Unit or locality\n" +
		"Nguye\u0302\u0303n hỏi về vốn;ca;Recommendation;Nguye\u0302\u0303n Văn Tú;Mỹ Hào\n"
	b, err := Questions([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m, err := b.Apply(meeting(t), now)
	if err != nil {
		t.Fatal(err)
	}
	q := m.Question(25)
	if q.Asker.Name != "Nguyễn Văn Tú" || q.Text != "Nguyễn hỏi về vốn" || q.Kind != model.KindRecommendation || !slices.Equal(q.Departments, []string{"CA"}) || q.Asker.Unit != "Mỹ Hào" {
		t.Errorf("question %+v", q)
	}
}

func utf16File(s string, bigEndian bool) []byte {
	var b bytes.Buffer
	put := func(u uint16) {
		if bigEndian {
			b.WriteByte(byte(u >> 8))
			b.WriteByte(byte(u))
		} else {
			b.WriteByte(byte(u))
			b.WriteByte(byte(u >> 8))
		}
	}
	put(0xfeff)
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return b.Bytes()
}

// Excel's "Unicode Text" is UTF-16 with tabs.
func TestQuestionsReadsUTF16(t *testing.T) {
	src := "Họ và tên\tNội dung\tGửi tới\r\nĐỗ Thị Mơ\tCâu hỏi về đường điện\tCT\r\n"
	for _, be := range []bool{false, true} {
		b, err := Questions(utf16File(src, be))
		if err != nil {
			t.Fatalf("big endian %v: %v", be, err)
		}
		if q := b.Commands[0].(model.AddQuestion); q.Asker.Name != "Đỗ Thị Mơ" || q.Text != "Câu hỏi về đường điện" {
			t.Errorf("big endian %v: %+v", be, q)
		}
	}
}

func TestDepartments(t *testing.T) {
	src := "Mã,Tên đơn vị,Người đại diện,Chức vụ\nSYT,Sở Y tế,Nguyễn Văn Hải,Giám đốc Sở\nSTC,Sở Tài chính,,\n"
	b, err := Departments([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m, err := b.Apply(meeting(t), now)
	if err != nil {
		t.Fatal(err)
	}
	if d := m.DepartmentByCode("SYT"); d == nil || d.Representative.Role != "Giám đốc Sở" || m.DepartmentByCode("STC") == nil {
		t.Errorf("departments %+v", m.Departments)
	}
}

// bad is one malformed file and where it must be refused.
type bad struct {
	name   string
	sheet  sheet
	file   []byte
	code   Code
	line   int
	column int
	header string
	args   []any
}

func malformed() []bad {
	head := "Họ và tên,Nội dung,Loại,Gửi tới\n"
	row := "Phạm Văn Nam,Hỏi về việc làm,Câu hỏi,LDTBXH\n"
	// "Đỗ Văn Ân,Hỏi về đất đai" in Windows-1258: base letters and
	// combining tone marks (ỗ is ô and a tilde, 0xF4 0xDE).
	win1258 := "Ho ten,Noi dung\n\xd0\xf4\xde V\xe3n \xc2n,Ho\xd2i v\xea\xcc \xf0\xe2\xect \xf0ai\n"
	if s, err := charmap.Windows1258.NewDecoder().String(win1258); err != nil || !strings.HasPrefix(norm.NFC.String(s), "Ho ten,Noi dung\nĐỗ Văn Ân,Hỏi về đất đai") {
		panic("the Windows-1258 sample is wrong: " + norm.NFC.String(s))
	}
	win1252 := "Name,Text\nJos\xe9 Ram\xedrez,Caf\xe9 question\n"
	return []bad{
		{name: "empty asker on line 3", file: []byte(head + row + "  ,Hỏi về vốn,,\n"), code: ErrEmptyAsker, line: 3, column: 1, header: "Họ và tên"},
		{name: "asker only an escape sequence", file: []byte(head + "\x1b[31m\u200b,Hỏi,,\n"), code: ErrEmptyAsker, line: 2, column: 1},
		{name: "empty text after a multi-line cell", file: []byte(head + "An,\"dòng 1\ndòng 2\",,\nBình,,,\n"), code: ErrEmptyText, line: 4, column: 2, header: "Nội dung"},
		{name: "unknown department code", file: []byte(head + row + row + "Chu Văn Tư,Hỏi,Câu hỏi,\"KHCN; XYZ\"\n"), code: ErrUnknownDepartment, line: 4, column: 4, header: "Gửi tới"},
		{name: "text over the limit", file: []byte(head + row + "An," + strings.Repeat("ễ", model.MaxTextLen+1) + ",,\n"), code: ErrTooLong, line: 3, column: 2, args: []any{model.MaxTextLen + 1, model.MaxTextLen}},
		{name: "asker over the limit", file: []byte(head + strings.Repeat("x", 200) + ",Hỏi,,\n"), code: ErrTooLong, line: 2, column: 1, args: []any{200, model.MaxNameLen}},
		{name: "bad kind", file: []byte(head + row + row + "An,Hỏi,Than phiền,\n"), code: ErrBadKind, line: 4, column: 3, header: "Loại", args: []any{"Than phiền"}},
		{name: "Windows-1258", file: []byte(win1258), code: ErrNotUTF8, line: 2, column: 1, header: "Ho ten", args: []any{"windows1258"}},
		{name: "Windows-1252", file: []byte(win1252), code: ErrNotUTF8, line: 2, column: 1, args: []any{"windows1252"}},
		{name: "TCVN3", file: []byte("Ho ten,Noi dung\nAn,H\xe9i v\xaa \xae\xb8t \xae\xb5i\n"), code: ErrNotUTF8, line: 2, column: 2, args: []any{"tcvn3"}},
		{name: "UTF-16 without its mark", file: utf16File("Họ và tên,Nội dung\nAn,Hỏi\n", false)[2:], code: ErrNotUTF8, line: 1, args: []any{"utf16"}},
		{name: "an xlsx workbook", file: []byte("PK\x03\x04\x14\x00\x08\x00\x1b]52;c;aGk=\x07xl/worksheets/sheet1.xml\xe9"), code: ErrNotUTF8, args: []any{"spreadsheet"}},
		{name: "an xls workbook", file: []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), code: ErrNotUTF8, args: []any{"spreadsheet"}},
		{name: "not UTF-8, with escapes in its header", file: []byte("\x1b[2J\x1b[31m\x07" + strings.Repeat("x", 60) + "\xe9\x03\n"), code: ErrNotUTF8, line: 1, column: 1, header: strings.Repeat("x", 40) + "…", args: []any{"windows1252"}},
		{name: "a quote never closed", file: []byte(head + row + "An,\"Hỏi về vốn,Câu hỏi,\n" + row), code: ErrQuote, line: 3, column: 2, header: "Nội dung"},
		{name: "a bare quote", file: []byte(head + row + "An,Hỏi về \"vốn\" vay,Câu hỏi,\n"), code: ErrBareQuote, line: 3, column: 2},
		{name: "no text column", file: []byte("Họ và tên,Câu trả lời\nAn,x\n"), code: ErrMissingColumns, line: 1, args: []any{FieldText}},
		{name: "no columns at all", file: []byte("a,b\n1,2\n"), code: ErrMissingColumns, line: 1, args: []any{FieldAsker, FieldText}},
		{name: "two text columns", file: []byte("Họ và tên,Nội dung,NỘI DUNG\nAn,x,y\n"), code: ErrDuplicateColumn, line: 1, column: 3, args: []any{2, "Nội dung"}},
		{name: "only a heading", file: []byte(head + ",,,\n"), code: ErrNoRows},
		{name: "empty", file: []byte("\ufeff \r\n"), code: ErrEmptyFile},
		{name: "a department without a code", sheet: departmentsSheet, file: []byte("Mã,Tên đơn vị\nSYT,Sở Y tế\n,Sở Tài chính\n"), code: ErrEmptyCode, line: 3, column: 1},
		{name: "a department twice", sheet: departmentsSheet, file: []byte("Tên đơn vị,Mã\nSở Y tế,SYT\nSở Y tế 2,SYT\n"), code: ErrDuplicateCode, line: 3, column: 2, args: []any{"SYT"}},
		{name: "a department already in the meeting", sheet: departmentsSheet, file: []byte("Mã,Tên\nCA,Công an\n"), code: ErrDuplicateCode, line: 2, column: 1},
	}
}

// Each malformed file is refused at the right line and column, for the
// right reason; the meeting is untouched.
func TestMalformedFilesAreRefused(t *testing.T) {
	for _, tc := range malformed() {
		t.Run(tc.name, func(t *testing.T) {
			m := meeting(t)
			before := fmt.Sprint(m.Questions.Len(), len(m.Departments), m.Queue)
			read := Questions
			if tc.sheet == departmentsSheet {
				read = Departments
			}
			b, err := read(tc.file)
			if err == nil {
				_, err = b.Apply(m, now)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v (%T), want an *importcsv.Error", err, err)
			}
			if e.Code != tc.code || e.Line != tc.line || e.Column != tc.column {
				t.Fatalf("got %v (line %d, column %d), want %s at line %d, column %d", e, e.Line, e.Column, tc.code, tc.line, tc.column)
			}
			if tc.header != "" && e.Header != tc.header {
				t.Errorf("heading %q, want %q", e.Header, tc.header)
			}
			if tc.args != nil && !reflect.DeepEqual(e.Args, tc.args) {
				t.Errorf("args %#v, want %#v", e.Args, tc.args)
			}
			if after := fmt.Sprint(m.Questions.Len(), len(m.Departments), m.Queue); after != before {
				t.Error("the meeting changed")
			}
		})
	}
}

// No heading answers to two fields of one sheet.
func TestAliasesAreUnambiguous(t *testing.T) {
	for s, fields := range aliases {
		seen := map[string]Field{}
		for f, names := range fields {
			for _, n := range names {
				if model.Fold(n) != n {
					t.Errorf("alias %q is not folded", n)
				}
				if g, ok := seen[n]; ok {
					t.Errorf("sheet %d: %q is both %s and %s", s, n, g, f)
				}
				seen[n] = f
			}
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Họ và tên:": "ho va ten", "  ĐƠN VỊ,  địa phương ": "don vi dia phuong", "Gửi tới (mã)": "gui toi ma",
		"Nguye\u0302\u0303n": "nguyen", "Representative's title": "representative s title", "": "",
	} {
		if got := model.Fold(in); got != want {
			t.Errorf("model.Fold(%q) = %q, want %q", in, got, want)
		}
	}
	if ColumnName(1) != "A" || ColumnName(26) != "Z" || ColumnName(27) != "AA" || ColumnName(53) != "BA" {
		t.Error("ColumnName")
	}
}

func TestTooManyRows(t *testing.T) {
	var b strings.Builder
	b.WriteString("Họ và tên,Nội dung\n")
	for i := range MaxRows + 1 {
		fmt.Fprintf(&b, "Người %d,Câu hỏi %d\n", i, i)
	}
	_, err := Questions([]byte(b.String()))
	var e *Error
	if !errors.As(err, &e) || e.Code != ErrTooManyRows || e.Line != MaxRows+2 {
		t.Fatalf("err = %v", err)
	}
}

// FuzzQuestions: any bytes are either refused with an *Error that names a
// known code and a line inside the file, or read into commands the model
// accepts (or refuses, through Apply, with an *Error).
func FuzzQuestions(f *testing.F) {
	f.Add([]byte(goodVI))
	for _, tc := range malformed() {
		f.Add(tc.file)
	}
	f.Add(utf16File("Họ và tên\tNội dung\nAn\tHỏi\n", false))
	m, err := demo.Meeting(now)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, read := range []func([]byte) (*Batch, error){Questions, Departments} {
			b, err := read(data)
			if err == nil {
				if len(b.Commands) == 0 || len(b.Commands) != len(b.Lines) {
					t.Fatalf("%d commands, %d lines", len(b.Commands), len(b.Lines))
				}
				_, err = b.Apply(m, now)
				if err == nil {
					continue
				}
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err %v (%T) is not an *Error", err, err)
			}
			if !slices.Contains(Codes, e.Code) {
				t.Fatalf("unknown code %q", e.Code)
			}
			if lines := bytes.Count(data, []byte("\n")) + 1; e.Line < 0 || e.Line > lines+1 {
				t.Fatalf("line %d of a %d-line file", e.Line, lines)
			}
			if e.Code == ErrRefused && e.Model == nil {
				t.Fatal("a refusal without the model's reason")
			}
			// What a refusal quotes from the file reaches a terminal.
			quoted := []string{e.Header}
			for _, a := range e.Args {
				if s, ok := a.(string); ok {
					quoted = append(quoted, s)
				}
			}
			for _, q := range quoted {
				if model.CleanLine(q) != q {
					t.Fatalf("the refusal quotes %q uncleaned", q)
				}
			}
		}
	})
}
