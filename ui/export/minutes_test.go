package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"podium/model"
	"podium/model/demo"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func played(t testing.TB) *model.Meeting {
	t.Helper()
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// english is the played demo with its language set to English.
func english(t testing.TB) *model.Meeting {
	m := played(t)
	e := *m
	e.Header.Language = "en"
	return &e
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui/export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range max(len(gl), len(wl)) {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs from the golden file at line %d:\ngot  %q\nwant %q\n(run go test ./ui/export -update if the change is meant)", name, i+1, g, w)
			}
		}
	}
}

func TestMarkdownMinutesGolden(t *testing.T) {
	golden(t, "minutes.vi.md", Markdown(played(t), demo.AsOf))
	golden(t, "minutes.en.md", Markdown(english(t), demo.AsOf))
}

// The minutes hold what the office needs, in the meeting's language.
func TestMinutesContent(t *testing.T) {
	md := string(Markdown(played(t), demo.AsOf))
	for _, want := range []string{
		"# Biên bản Hội nghị đối thoại",
		"| Thời gian | 23/03/2023, 08:05 – 08:58 |",
		"| Chủ trì | Nguyễn Duy Hưng, Phó Chủ tịch UBND tỉnh |",
		"| Số đại biểu gửi ý kiến (không kể ý kiến đã rút) | 23 |",
		"| Số ý kiến | 24: 4 trả lời tại hội nghị; 2 trả lời bằng văn bản; 1 chuyển cơ quan có thẩm quyền; 1 cam kết thực hiện; 1 đã rút; 15 chưa được trình bày |",
		"- **Kết quả:** Chuyển cơ quan có thẩm quyền (tới Bộ Tài chính)",
		"  - **Người trả lời:** Nguyễn Văn Quang, Trưởng phòng Giáo dục trung học",
		"- **Hạn:** 07/04/2023",
		// Frozen at the close (the last conclusion, 09:04): the reply of
		// 5 April and the overdue mark of 20 April are the ledger's.
		"  - **Tình trạng:** Đang theo dõi",
		"## Kết luận của chủ trì",
		"1. **Sở Thông tin và Truyền thông:** Chủ trì, phối hợp Tỉnh Đoàn tập huấn",
		"(hạn 30/06/2023; ý kiến số 21, 22, 23)",
		"### Sở Nông nghiệp và Phát triển nông thôn (NNPTNT) — 1 việc, 0 quá hạn",
		"_Tình trạng tính đến ngày 23/03/2023._",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the Vietnamese minutes lack %q", want)
		}
	}
	// Items in the order they were taken up: 14 (called out of turn) after
	// 7, before those never called.
	i7, i14, i8 := strings.Index(md, "### 7. "), strings.Index(md, "### 14. "), strings.Index(md, "### 8. ")
	if !(i7 < i14 && i14 < i8) {
		t.Errorf("item order: 7 at %d, 14 at %d, 8 at %d", i7, i14, i8)
	}
	en := string(Markdown(english(t), demo.AsOf))
	for _, want := range []string{"# Minutes: ", "| Time | 23 Mar 2023, 08:05 – 08:58 |", "## The chair's conclusions", "Status as of 23 Mar 2023."} {
		if !strings.Contains(en, want) {
			t.Errorf("the English minutes lack %q", want)
		}
	}
}

// Text from the floor cannot break the Markdown or the HTML.
func TestMinutesEscapeWhatPeopleTyped(t *testing.T) {
	m := played(t)
	m2, _, err := model.Apply(m, model.EditQuestion{ID: 9, Asker: model.Person{Name: "A | <b>B</b> *C*"}, Text: "# not a heading\n- not a list\n1. not a list\n<script>alert(1)</script> | x", Departments: []string{"TD"}}, demo.AsOf)
	if err != nil {
		t.Fatal(err)
	}
	md := string(Markdown(m2, demo.AsOf))
	for _, bad := range []string{"<script>", "<b>", "\n# not", "\n  - not", "\n  1. not"} {
		if strings.Contains(md, bad) {
			t.Errorf("Markdown holds %q unescaped", bad)
		}
	}
	h := string(HTML(m2, demo.AsOf))
	if strings.Contains(h, "<script>") || strings.Contains(h, "<b>B") {
		t.Error("HTML holds markup typed by a person")
	}
	parseXML(t, HTML(m2, demo.AsOf))
}

// parseXML reads the whole document with a strict XML parser and checks
// that every element closes where it should.
func parseXML(t *testing.T, doc []byte) map[string]int {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = true
	counts := map[string]int{}
	var stack []string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the HTML is not well-formed: %v", err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			stack = append(stack, v.Name.Local)
			counts[v.Name.Local]++
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed elements %v", stack)
	}
	return counts
}

func TestHTMLIsWellFormedAndSelfContained(t *testing.T) {
	doc := HTML(played(t), demo.AsOf)
	counts := parseXML(t, doc)
	if counts["html"] != 1 || counts["head"] != 1 || counts["body"] != 1 || counts["h1"] != 1 || counts["table"] < 5 {
		t.Errorf("structure %v", counts)
	}
	// One row per question in the items table, plus the header row.
	s := string(doc)
	items := s[strings.Index(s, `<table class="items">`):]
	items = items[:strings.Index(items, "</table>")]
	if n := strings.Count(items, "<tr>"); n != 25 {
		t.Errorf("%d rows in the items table, want 25", n)
	}
	for _, want := range []string{`<html lang="vi">`, "@page { size: A4;", "thead { display: table-header-group; }"} {
		if !strings.Contains(s, want) {
			t.Errorf("the HTML lacks %q", want)
		}
	}
	for _, external := range []string{"http://", "https://", "<link", "<script", "<img", "@import"} {
		if strings.Contains(s, external) {
			t.Errorf("the HTML refers to something outside it: %q", external)
		}
	}
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte(BOM)) {
		t.Fatal("no byte-order mark: Excel would mangle the diacritics")
	}
	if !utf8.Valid(b) {
		t.Fatal("not UTF-8")
	}
	rows, err := csv.NewReader(bytes.NewReader(b[len(BOM):])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestQuestionsCSV(t *testing.T) {
	m := played(t)
	rows := readCSV(t, QuestionsCSV(m, demo.AsOf))
	if len(rows) != 1+24 {
		t.Fatalf("%d rows, want a header and 24 questions", len(rows))
	}
	head := strings.Join(rows[0], "|")
	if head != "Số|Đại biểu|Chức vụ|Đơn vị, địa phương|Loại|Chủ đề|Nội dung|Gửi tới|Đơn vị trả lời|Người trả lời|Tóm tắt trả lời|Kết quả|Hạn|Tình trạng" {
		t.Errorf("header %s", head)
	}
	seen := map[string]bool{}
	for _, r := range rows[1:] {
		if len(r) != len(rows[0]) {
			t.Fatalf("row %v has %d cells", r[0], len(r))
		}
		seen[r[0]] = true
		if r[0] == "2" {
			if r[1] != "Trần Thị Bích Ngọc" || r[8] != "Sở Lao động - Thương binh và Xã hội" || r[11] != "Trả lời bằng văn bản" || r[12] != "2023-04-07" {
				t.Errorf("row 2: %q", r)
			}
		}
		if r[0] == "1" && !strings.Contains(r[10], "\n") {
			t.Errorf("row 1's summary lost its line break: %q", r[10])
		}
	}
	if len(seen) != 24 {
		t.Errorf("%d distinct questions", len(seen))
	}
}

func TestFollowUpsCSV(t *testing.T) {
	rows := readCSV(t, FollowUpsCSV(played(t), demo.AsOf))
	if len(rows) != 1+len(played(t).FollowUps) {
		t.Fatalf("%d rows", len(rows))
	}
	overdue := 0
	for _, r := range rows[1:] {
		if r[8] == "có" {
			overdue++
			if r[1] != "NNPTNT" || r[6] != "2023-04-15" {
				t.Errorf("overdue row %q", r)
			}
		}
	}
	if overdue != 1 {
		t.Errorf("%d overdue follow-ups, want 1", overdue)
	}
}

// A cell that a spreadsheet would run as a formula is kept as text.
func TestCSVDefusesFormulas(t *testing.T) {
	m, _, err := model.Apply(played(t), model.AddQuestion{Asker: model.Person{Name: "=HYPERLINK(\"http://x\")"}, Text: "+1"}, demo.AsOf)
	if err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, QuestionsCSV(m, demo.AsOf))
	last := rows[len(rows)-1]
	if last[1] != `'=HYPERLINK("http://x")` || last[6] != "'+1" {
		t.Errorf("row %q", last)
	}
}

func TestEmptyMeetingExports(t *testing.T) {
	m := model.New(model.Header{Title: "Trống"})
	for name, b := range map[string][]byte{"md": Markdown(m, demo.AsOf), "html": HTML(m, demo.AsOf), "csv": QuestionsCSV(m, demo.AsOf), "fu": FollowUpsCSV(m, demo.AsOf)} {
		if len(b) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	parseXML(t, HTML(m, demo.AsOf))
}
