package export

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"podium/model"
	"podium/model/demo"
)

// docxPart is one part of a .docx package.
func docxPart(t *testing.T, b []byte, name string) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == name {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return data
		}
	}
	t.Fatalf("no %s in the package", name)
	return nil
}

// lined is WordprocessingML with a line break before every paragraph,
// table and row, so a golden file's difference names a line.
func lined(b []byte) []byte {
	r := strings.NewReplacer("<w:p>", "\n<w:p>", "<w:tbl>", "\n<w:tbl>", "<w:tr>", "\n<w:tr>", "<w:sectPr>", "\n<w:sectPr>")
	return []byte(r.Replace(string(b)) + "\n")
}

var tags = regexp.MustCompile(`<[^>]*>`)

// docText is a document's text, a line per paragraph.
func docText(t *testing.T, docxBytes []byte) string {
	s := string(docxPart(t, docxBytes, "word/document.xml"))
	s = strings.ReplaceAll(s, "</w:p>", "\n")
	s = strings.ReplaceAll(s, "<w:br/>", "\n")
	s = tags.ReplaceAllString(s, "")
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'").Replace(s)
}

func TestDocxGolden(t *testing.T) {
	m := played(t)
	bb := MinutesDocx(m)
	golden(t, "bien-ban.document.xml", lined(docxPart(t, bb, "word/document.xml")))
	golden(t, "bien-ban.header1.xml", docxPart(t, bb, "word/header1.xml"))
	golden(t, "bien-ban.header2.xml", docxPart(t, bb, "word/header2.xml"))
	golden(t, "thong-bao.document.xml", lined(docxPart(t, ConclusionsDocx(m), "word/document.xml")))
	golden(t, "bao-cao.document.xml", lined(docxPart(t, ReportDocx(m, demo.AsOf), "word/document.xml")))
}

// The biên bản holds Decree 30's elements, in the meeting's language.
func TestMinutesDocxContent(t *testing.T) {
	s := docText(t, MinutesDocx(played(t)))
	for _, want := range []string{
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "Độc lập - Tự do - Hạnh phúc\n",
		"Hưng Yên, ngày 23 tháng 3 năm 2023\n", // no leading zero for March
		"BIÊN BẢN\n", "Thời gian: bắt đầu lúc 08 giờ 00 phút, ngày 23 tháng 3 năm 2023.",
		"Chủ trì: Nguyễn Duy Hưng, Phó Chủ tịch UBND tỉnh.",
		"Sở Lao động - Thương binh và Xã hội trả lời (Vũ Đức Long, Phó Giám đốc Sở):",
		"Kết quả: Chuyển cơ quan có thẩm quyền (", "Bộ Tài chính).",
		"THƯ KÝ", "CHỦ TRÌ", "Nơi nhận:", "- Lưu: VT",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the biên bản lacks %q", want)
		}
	}
	// Frozen at the close: no follow-up's later status.
	for _, bad := range []string{"QUÁ HẠN", "215/SLĐTBXH-VP", "%!"} {
		if strings.Contains(s, bad) {
			t.Errorf("the biên bản holds %q", bad)
		}
	}
}

func TestDateLineLeadingZeros(t *testing.T) {
	o := newOffice(played(t), time.Time{})
	ict := time.FixedZone("ICT", 7*3600)
	for _, c := range []struct {
		d    time.Time
		want string
	}{
		{time.Date(2024, 1, 5, 0, 0, 0, 0, ict), "Hưng Yên, ngày 05 tháng 01 năm 2024"},
		{time.Date(2023, 3, 23, 0, 0, 0, 0, ict), "Hưng Yên, ngày 23 tháng 3 năm 2023"},
		{time.Date(2023, 2, 9, 0, 0, 0, 0, ict), "Hưng Yên, ngày 09 tháng 02 năm 2023"},
		{time.Date(2023, 12, 10, 0, 0, 0, 0, ict), "Hưng Yên, ngày 10 tháng 12 năm 2023"},
	} {
		if got := o.dateLine(c.d); got != c.want {
			t.Errorf("%v: %q, want %q", c.d, got, c.want)
		}
	}
}

// applyAt runs commands on m at the played demo's hour, failing the test on
// a refusal.
func applyAt(t *testing.T, m *model.Meeting, cmds ...model.Command) *model.Meeting {
	t.Helper()
	at := time.Date(2023, 3, 23, 10, 0, 0, 0, demo.Date.Location())
	for i, c := range cmds {
		var err error
		if m, _, err = model.Apply(m, c, at.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatalf("%s: %v", c.Verb(), err)
		}
	}
	return m
}

// A question answered by two departments: each department's answer and
// outcome under it, the commitment with the department that made it.
func TestMinutesDocxTwoDepartments(t *testing.T) {
	ict := demo.Date.Location()
	m := applyAt(t, played(t),
		model.Call{ID: 8},
		model.StartAnswer{Department: "GDDT"},
		model.SetNotes{Answer: 8, Notes: "GDDT nói phần của mình."},
		model.SetOutcome{Answer: 8, Outcome: model.OutcomeCommitment, What: "Mở lớp tập huấn", Deadline: time.Date(2023, 9, 30, 0, 0, 0, 0, ict)},
		model.EndAnswer{},
		model.AnswerAgain{Department: "LDTBXH"},
		model.SetNotes{Answer: 9, Notes: "LĐTBXH bổ sung."},
		model.EndAnswer{},
	)
	s := docText(t, MinutesDocx(m))
	i := strings.Index(s, "Ý kiến số 8 –")
	if i < 0 {
		t.Fatal("no item 8")
	}
	item := s[i:]
	item = item[:strings.Index(item[1:], "Ý kiến số")+1]
	want := []string{
		"Sở Giáo dục và Đào tạo trả lời", "GDDT nói phần của mình.", "Kết quả: Cam kết thực hiện: Mở lớp tập huấn; hạn 30/09/2023.",
		"Sở Lao động - Thương binh và Xã hội trả lời", "LĐTBXH bổ sung.", "Kết quả: Trả lời tại hội nghị.",
	}
	at := 0
	for _, w := range want {
		j := strings.Index(item[at:], w)
		if j < 0 {
			t.Fatalf("item 8 lacks %q after position %d:\n%s", w, at, item)
		}
		at += j + len(w)
	}
}

// A group answered by two departments: under each question, each
// department once, with its own notes; nothing pasted under the wrong one.
func TestMinutesDocxGroupTwoDepartments(t *testing.T) {
	m := applyAt(t, played(t),
		model.CallGroup{IDs: []int{9, 10}},
		model.NextSpeaker{},
		model.StartAnswer{Department: "CA"},
		model.SetNotes{Answer: 8, Notes: "Công an trả lời nhóm."},
		model.EndAnswer{},
		model.AnswerAgain{Department: "TTTT"},
		model.SetNotes{Answer: 9, Notes: "TTTT bổ sung cho nhóm."},
		model.EndAnswer{},
	)
	s := docText(t, MinutesDocx(m))
	for _, id := range []string{"9", "10"} {
		i := strings.Index(s, "Ý kiến số "+id+" –")
		if i < 0 {
			t.Fatalf("no item %s", id)
		}
		item := s[i+5:]
		item = item[:strings.Index(item, "Ý kiến số")]
		for _, w := range []string{"Công an tỉnh trả lời", "Công an trả lời nhóm.", "Sở Thông tin và Truyền thông trả lời", "TTTT bổ sung cho nhóm."} {
			if strings.Count(item, w) != 1 {
				t.Errorf("item %s holds %q %d times:\n%s", id, w, strings.Count(item, w), item)
			}
		}
	}
}

// The thông báo names each conclusion's addressees and deadline; its
// recipients include every department assigned.
func TestConclusionsDocxContent(t *testing.T) {
	s := docText(t, ConclusionsDocx(played(t)))
	for _, want := range []string{
		"THÔNG BÁO\n", "Kết luận của đồng chí Nguyễn Duy Hưng, Phó Chủ tịch UBND tỉnh tại",
		"1. Sở Thông tin và Truyền thông:", "Thời hạn: 30/06/2023.", "Các sở, ngành:", "Tỉnh Đoàn", "Đoàn viên, thanh niên:",
		"- Sở Thông tin và Truyền thông;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT",
		"STT\nNội dung\nĐơn vị thực hiện\nThời hạn\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the thông báo lacks %q", want)
		}
	}
}

// The báo cáo counts as of its day: on 20/04/2023 the written answer due
// 15/04 is overdue and the one replied on 05/04 (due 07/04) on time; a
// month earlier nothing is due yet.
func TestReportDocxCounts(t *testing.T) {
	m := played(t)
	s := docText(t, ReportDocx(m, demo.AsOf))
	for _, want := range []string{
		"BÁO CÁO\n", "Hưng Yên, ngày 20 tháng 4 năm 2023",
		"Sở Nông nghiệp và Phát triển nông thôn\n1\n1\n0\n0\n1\n0\n",
		"Sở Lao động - Thương binh và Xã hội\n", "Hoàn thành đúng hạn", "QUÁ HẠN", "Số 215/SLĐTBXH-VP ngày 05/04/2023",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the báo cáo of 20/04 lacks %q", want)
		}
	}
	early := docText(t, ReportDocx(m, time.Date(2023, 3, 25, 12, 0, 0, 0, demo.Date.Location())))
	if strings.Contains(early, "QUÁ HẠN") || strings.Contains(early, "Hoàn thành đúng hạn") {
		t.Error("the báo cáo of 25/03 counts work not yet done or due")
	}
}

func TestHTMLGolden(t *testing.T) {
	golden(t, "bien-ban.html", HTML(played(t), demo.AsOf))
}

// No table of the printed HTML may be wider than the A4 text: every table
// has a fixed layout at 100% of the 165 mm body, its cells wrap, and no
// heading is kept from wrapping.
func TestHTMLTablesFitTheTextWidth(t *testing.T) {
	h := string(HTML(played(t), demo.AsOf))
	for _, want := range []string{
		"@page { size: A4; margin: 20mm 15mm 20mm 30mm; }", "body { margin: 0 auto; max-width: 165mm; }",
		"table { border-collapse: collapse; width: 100%; table-layout: fixed;", "overflow-wrap: anywhere;",
		`font-family: "Times New Roman"`, "@page :first { @top-center { content: none; } }",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("the print style lacks %q", want)
		}
	}
	css := h[strings.Index(h, "<style>"):strings.Index(h, "</style>")]
	if strings.Contains(css, "nowrap") {
		t.Error("a cell is kept from wrapping: a wide table could run past the margin")
	}
	for _, m := range regexp.MustCompile(`width: (\d+)(%|mm)`).FindAllStringSubmatch(css, -1) {
		if n, _ := strconv.Atoi(m[1]); (m[2] == "%" && n > 100) || (m[2] == "mm" && n > 165) {
			t.Errorf("width %s%s is wider than the text", m[1], m[2])
		}
	}
	for _, want := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hưng Yên, ngày 23 tháng 3 năm 2023", "THƯ KÝ", "CHỦ TRÌ", "Nơi nhận:"} {
		if !strings.Contains(h, want) {
			t.Errorf("the HTML lacks %q", want)
		}
	}
}

// The xlsx holds dates as dates (numbers shown dd/mm/yyyy), its header row
// frozen, Vietnamese intact, nothing as a formula.
func TestXLSXDatesAndHeader(t *testing.T) {
	b, err := XLSX(played(t), demo.AsOf, true)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) != 2 || sheets[0] != "Theo dõi" {
		t.Fatalf("sheets %q", sheets)
	}
	rows, err := f.GetRows(sheets[0])
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for i, h := range rows[0] {
		if h == "Hạn" {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("no deadline column in %q", rows[0])
	}
	cell, _ := excelize.CoordinatesToCellName(col+1, 2)
	if v, _ := f.GetCellValue(sheets[0], cell); !regexp.MustCompile(`^\d\d/\d\d/\d{4}$`).MatchString(v) {
		t.Errorf("deadline shown %q, want dd/mm/yyyy", v)
	}
	if raw, _ := f.GetCellValue(sheets[0], cell, excelize.Options{RawCellValue: true}); !regexp.MustCompile(`^\d+(\.\d+)?$`).MatchString(raw) {
		t.Errorf("deadline stored as %q, want a date serial", raw)
	}
	if typ, _ := f.GetCellType(sheets[0], "E2"); typ == excelize.CellTypeFormula {
		t.Error("text stored as a formula")
	}
	panes, err := f.GetPanes(sheets[0])
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header row not frozen: %+v %v", panes, err)
	}
}
