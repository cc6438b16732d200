package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"podium/model/demo"
)

// officeTools finds LibreOffice and poppler's pdftotext and pdfinfo. Without
// them the test skips locally; in CI (PODIUM_REQUIRE_OFFICE=1, set by
// .ci/run after installing them) it fails instead.
func officeTools(t *testing.T) string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err == nil {
		_, err = exec.LookPath("pdftotext")
	}
	if err == nil {
		_, err = exec.LookPath("pdfinfo")
	}
	if err != nil {
		if os.Getenv("PODIUM_REQUIRE_OFFICE") == "1" {
			t.Fatalf("PODIUM_REQUIRE_OFFICE=1 but %v: install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils (.ci/run does)", err)
		}
		t.Skipf("LibreOffice or poppler-utils missing (%v): the documents are not opened by an office suite here; .ci/run installs them", err)
	}
	return soffice
}

// toPDF converts the files in dir to PDF with LibreOffice headless, with
// a profile of its own (a second LibreOffice sharing a profile silently
// does nothing).
func toPDF(t *testing.T, soffice, dir string, files ...string) {
	t.Helper()
	profile := "file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "lo-profile"))
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir}, files...)
	out, err := exec.Command(soffice, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
}

func pdfPages(t *testing.T, pdf string) int {
	t.Helper()
	out, err := exec.Command("pdfinfo", pdf).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", pdf, err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo %s: no page count in %s", pdf, out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// pdfText is the PDF's text (pages first to last, 0 for all), NFC, its
// whitespace folded to single spaces, so a heading wrapped in its cell
// still reads whole.
func pdfText(t *testing.T, pdf string, first, last int) string {
	t.Helper()
	args := []string{"-enc", "UTF-8"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first), "-l", strconv.Itoa(last))
	}
	out, err := exec.Command("pdftotext", append(args, pdf, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	return strings.Join(strings.Fields(norm.NFC.String(string(out))), " ")
}

// Each document, opened by LibreOffice and printed to PDF: a sane number
// of pages, the header block, the motto, the signatures, no page number
// on page 1 and one on page 2, and every table's column headings (a table
// cut at the margin would lose some).
func TestDocumentsOpenInLibreOffice(t *testing.T) {
	soffice := officeTools(t)
	m := played(t)
	dir := t.TempDir()
	xlsx, err := XLSX(m, demo.AsOf, false)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"bien-ban.docx":  MinutesDocx(m),
		"thong-bao.docx": ConclusionsDocx(m),
		"bao-cao.docx":   ReportDocx(m, demo.AsOf),
		"theo-doi.xlsx":  xlsx,
		"chuan-bi.docx":  BriefingDocx(m, demo.AsOf),
	}
	var paths []string
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	toPDF(t, soffice, dir, paths...)
	pdf := func(name string) string {
		return filepath.Join(dir, strings.TrimSuffix(name, filepath.Ext(name))+".pdf")
	}

	// The briefing is a working paper: no motto, no signature; every
	// department's list and the chair's, inside the margins.
	brief := pdf("chuan-bi.docx")
	if n := pdfPages(t, brief); n < 4 || n > 16 {
		t.Errorf("chuan-bi.docx: %d pages, want 4 to 16", n)
	}
	briefText := pdfText(t, brief, 0, 0)
	for _, w := range []string{"TÀI LIỆU CHUẨN BỊ TRẢ LỜI Ý KIẾN", "I. Ý kiến gửi từng đơn vị", "Sở Khoa học và Công nghệ (KHCN)",
		"II. Danh sách ý kiến theo thứ tự dự kiến", "Đại biểu, đơn vị", "Nội dung"} {
		if !strings.Contains(briefText, w) {
			t.Errorf("chuan-bi.docx: the PDF lacks %q", w)
		}
	}
	inMargins(t, brief)

	header := []string{"ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:", "Lưu: VT"}
	for _, c := range []struct {
		name     string
		min, max int
		want     []string
	}{
		{"bien-ban.docx", 2, 12, append([]string{"BIÊN BẢN", "Hưng Yên, ngày 23 tháng 3 năm 2023", "THƯ KÝ", "CHỦ TRÌ", "Nguyễn Duy Hưng"}, header...)},
		{"thong-bao.docx", 1, 5, append([]string{"THÔNG BÁO", "STT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"}, header...)},
		{"bao-cao.docx", 1, 8, append([]string{"BÁO CÁO", "Hưng Yên, ngày 20 tháng 4 năm 2023",
			"Đơn vị", "Tổng số", "Đến hạn", "Đúng hạn", "Trễ hạn", "Quá hạn", "Chưa đến hạn",
			"STT", "Nội dung, nguồn", "Hạn", "Văn bản trả lời", "Kết quả", "Tổng cộng"}, header...)},
	} {
		p := pdf(c.name)
		n := pdfPages(t, p)
		if n < c.min || n > c.max {
			t.Errorf("%s: %d pages, want %d to %d", c.name, n, c.min, c.max)
		}
		text := pdfText(t, p, 0, 0)
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the PDF lacks %q", c.name, w)
			}
		}
		inMargins(t, p)
		// Page 1 has no number at its top; page 2 starts with "2".
		if first := pdfText(t, p, 1, 1); strings.HasPrefix(first, "1 ") {
			t.Errorf("%s: page 1 is numbered: %.40q", c.name, first)
		}
		if n >= 2 {
			if second := pdfText(t, p, 2, 2); !strings.HasPrefix(second, "2 ") {
				t.Errorf("%s: page 2 does not start with its number: %.40q", c.name, second)
			}
		}
	}

	p := pdf("theo-doi.xlsx")
	inMargins(t, p)
	if n := pdfPages(t, p); n < 1 || n > 60 {
		t.Errorf("theo-doi.xlsx: %d pages", n)
	}
	text := pdfText(t, p, 0, 0)
	x := newMinutes(m, demo.AsOf)
	for _, sheet := range []xlsxSheet{x.questionsSheet(), x.followUpsSheet()} {
		for _, h := range sheet.head {
			if !strings.Contains(text, h) {
				t.Errorf("theo-doi.xlsx: the PDF lacks the heading %q of %s", h, sheet.name)
			}
		}
	}
	// Dates print as dd/mm/yyyy, Vietnamese intact.
	for _, w := range []string{"07/04/2023", "15/04/2023", "Trần Thị Bích Ngọc", "215/SLĐTBXH-VP"} {
		if !strings.Contains(text, w) {
			t.Errorf("theo-doi.xlsx: the PDF lacks %q", w)
		}
	}
}

// The printed HTML keeps every column of every table, the statistics per
// department's answer-time columns too (they were cut at the right margin).
// LibreOffice Writer lays it out on A4 as a browser would print it.
func TestHTMLPrintsWithEveryColumn(t *testing.T) {
	soffice := officeTools(t)
	m := played(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "bien-ban.html")
	if err := os.WriteFile(p, HTML(m, demo.AsOf), 0o644); err != nil {
		t.Fatal(err)
	}
	profile := "file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "lo-profile"))
	out, err := exec.Command(soffice, "-env:UserInstallation="+profile, "--headless", "--norestore",
		"--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", dir, p).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, "bien-ban.pdf")
	if n := pdfPages(t, pdf); n < 2 || n > 20 {
		t.Errorf("%d pages", n)
	}
	text := pdfText(t, pdf, 0, 0)
	for _, w := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "THƯ KÝ", "CHỦ TRÌ"} {
		if !strings.Contains(text, w) {
			t.Errorf("the printed HTML lacks %q", w)
		}
	}
	// A heading wrapped in its cell is read line by line across the row,
	// so each of its words is looked for; and no word lies past the right
	// margin.
	words := map[string]bool{}
	for _, w := range strings.Fields(text) {
		words[w] = true
	}
	for _, tb := range newMinutes(m, demo.AsOf).figures().tables {
		for _, h := range tb.header {
			for _, w := range strings.Fields(h) {
				if !words[w] {
					t.Errorf("the printed HTML lacks %q of the heading %q (%s)", w, h, tb.title)
				}
			}
		}
	}
	inMargins(t, pdf)
}

// inMargins fails when a word of the PDF lies past the right margin (15
// mm, less 1 mm of tolerance) or off the page: a table running out of the
// text width.
func inMargins(t *testing.T, pdf string) {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", pdf, err)
	}
	page := regexp.MustCompile(`<page width="([\d.]+)"`)
	word := regexp.MustCompile(`<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>`)
	width, n := 0.0, 0
	for _, line := range strings.Split(string(out), "\n") {
		if m := page.FindStringSubmatch(line); m != nil {
			width, _ = strconv.ParseFloat(m[1], 64)
			n++
			continue
		}
		if m := word.FindStringSubmatch(line); m != nil && width > 0 {
			x, _ := strconv.ParseFloat(m[1], 64)
			if limit := width - 14*72/25.4; x > limit {
				t.Errorf("%s, page %d: %q ends %.1f mm past the right margin", filepath.Base(pdf), n, m[2], (x-limit)*25.4/72)
			}
		}
	}
}
