package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
)

// playedFile writes the played demo (seven answers, follow-ups, two
// conclusions) to a new meeting file.
func playedFile(t *testing.T) string {
	t.Helper()
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	return meetingFile(t, filepath.Join(t.TempDir(), "hung-yen.podium"), m, demo.AsOf)
}

func TestExportFormats(t *testing.T) {
	path := playedFile(t)
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"--format", "md"}, []string{"# Biên bản Hội nghị đối thoại", "## Kết luận của chủ trì", "Bộ Tài chính"}},
		{[]string{"--format", "html"}, []string{"<!DOCTYPE html>", `<html lang="vi">`, "@page { size: A4;"}},
		{[]string{"--format", "csv"}, []string{"\ufeffSố,Đại biểu,", "Trần Thị Bích Ngọc"}},
		{[]string{"--format", "csv", "--what", "followups"}, []string{"\ufeffSố,Mã đơn vị,", "215/SLĐTBXH-VP"}},
		{[]string{"--format", "json"}, []string{`"format": "podium-meeting"`, `"format_version": 2`}},
		{[]string{"--format", "docx"}, []string{"PK\x03\x04", "word/document.xml"}},
		{[]string{"--format", "docx", "--what", "conclusions"}, []string{"PK\x03\x04", "word/header2.xml"}},
		{[]string{"--format", "docx", "--what", "followups", "--as-of", "20/04/2023"}, []string{"PK\x03\x04"}},
		{[]string{"--format", "xlsx", "--what", "followups"}, []string{"PK\x03\x04", "xl/worksheets/sheet2.xml"}},
		{[]string{"--format", "md", "--what", "briefing"}, []string{"# Tài liệu chuẩn bị trả lời ý kiến:", "## II. Danh sách ý kiến theo thứ tự dự kiến"}},
		{[]string{"--format", "html", "--what", "briefing"}, []string{"<!DOCTYPE html>", "Tài liệu chuẩn bị trả lời ý kiến"}},
		{[]string{"--format", "docx", "--what", "briefing"}, []string{"PK\x03\x04", "word/document.xml"}},
	} {
		code, out, errOut := podium(t, append(append([]string{"export"}, c.args...), path)...)
		if code != 0 {
			t.Fatalf("%v: code %d: %s", c.args, code, errOut)
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %q", c.args, w)
			}
		}
	}
	// -o writes the file and says so; flags after the file work too.
	dest := filepath.Join(t.TempDir(), "bien-ban.html")
	code, out, errOut := podium(t, "export", path, "--format", "html", "-o", dest)
	if code != 0 || out != "" || !strings.Contains(errOut, dest) {
		t.Fatalf("-o: code %d, out %q, err %q", code, out, errOut)
	}
	if b, err := os.ReadFile(dest); err != nil || !bytes.HasPrefix(b, []byte("<!DOCTYPE html>")) {
		t.Fatalf("-o wrote %q, %v", b[:min(len(b), 40)], err)
	}
}

func TestExportRefusals(t *testing.T) {
	path := playedFile(t)
	before := readAll(t, path)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "pdf"}, "no export format “pdf”"},
		{[]string{"--format", "csv", "--what", "answers"}, "no --what “answers”"},
		{[]string{"--format", "md", "--what", "followups"}, "cannot be exported as md: minutes, briefing can"},
		{[]string{"--format", "csv", "--what", "briefing"}, "cannot be exported as csv: questions, followups can"},
		{[]string{"--format", "xlsx", "--what", "conclusions"}, "cannot be exported as xlsx: questions, followups can"},
		{[]string{"--format", "docx", "--as-of", "2023-04-20"}, "--as-of \"2023-04-20\" is not a date dd/mm/yyyy"},
		{[]string{"--format", "md", "-o", path}, "is the file being read; choose another name"},
	} {
		code, _, errOut := podium(t, append(append([]string{"export"}, c.args...), path)...)
		if code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: code %d, stderr %q", c.args, code, errOut)
		}
	}
	if !bytes.Equal(readAll(t, path), before) {
		t.Error("a refused export changed the meeting file")
	}
}

// A meeting open in a running Podium is exported from its newest backup,
// with a notice naming it.
func TestExportOfAnOpenMeetingReadsTheNewestBackup(t *testing.T) {
	path := playedFile(t)
	s, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	backup, err := s.BackupTo(storage.BackupDir(path), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	// A change after the backup is not in the export.
	if _, err := s.Apply(model.AddQuestion{Asker: model.Person{Name: "Người đến muộn"}, Text: "Câu hỏi sau bản sao lưu"}, "test", demo.AsOf); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, out, errOut := podium(t, "export", "--format", "md", path)
	if code != 0 || !strings.Contains(errOut, "is open in another Podium") || !strings.Contains(errOut, backup) {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("took %v", took)
	}
	if !strings.Contains(out, "# Biên bản") || strings.Contains(out, "Người đến muộn") {
		t.Error("the export is not the backup's meeting")
	}
}

// Export JSON → import → export JSON gives the same bytes; import never
// overwrites and refuses what it cannot read.
func TestImportJSONRoundTrip(t *testing.T) {
	path := playedFile(t)
	dir := t.TempDir()
	code, first, errOut := podium(t, "export", "--format", "json", path)
	if code != 0 {
		t.Fatal(errOut)
	}
	exported := filepath.Join(dir, "meeting.json")
	if err := os.WriteFile(exported, []byte(first), 0o600); err != nil {
		t.Fatal(err)
	}
	rebuilt := filepath.Join(dir, "rebuilt.podium")
	code, out, errOut := podium(t, "import", exported, rebuilt)
	if code != 0 || !strings.Contains(out, "questions 24, departments 10, follow-ups 9") {
		t.Fatalf("import: code %d, out %q, err %q", code, out, errOut)
	}
	code, second, errOut := podium(t, "export", "--format", "json", rebuilt)
	if code != 0 {
		t.Fatal(errOut)
	}
	if first != second {
		t.Fatal("export → import → export is not byte-identical")
	}
	if code, _, errOut := podium(t, "check", rebuilt); code != 0 {
		t.Errorf("check of the rebuilt file: %s", errOut)
	}
	// Never over an existing file.
	was := readAll(t, rebuilt)
	if code, _, errOut := podium(t, "import", exported, rebuilt); code == 0 || !strings.Contains(errOut, "never overwrites") {
		t.Errorf("import over an existing file: %d %q", code, errOut)
	}
	if !bytes.Equal(readAll(t, rebuilt), was) {
		t.Error("import overwrote a meeting")
	}
	// A newer format is refused, naming both versions.
	newer := filepath.Join(dir, "newer.json")
	if err := os.WriteFile(newer, []byte(strings.Replace(first, `"format_version": 2`, `"format_version": 7`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = podium(t, "import", newer, filepath.Join(dir, "x.podium"))
	if code == 0 || !strings.Contains(errOut, "format version 7") {
		t.Errorf("newer format: %d %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "x.podium")); err == nil {
		t.Error("a refused import left a file behind")
	}
}

const questionsCSV = "\ufeffSTT,Họ và tên,Chức vụ,Đơn vị,Loại,Chủ đề,Nội dung,Gửi tới\r\n" +
	"1,Lưu Thị Thanh,Đoàn viên,huyện Mỹ Hào,Kiến nghị,Việc làm,Đề nghị mở thêm lớp đào tạo nghề cho thanh niên,LDTBXH\r\n" +
	"2,Phan Văn Đạt,Chủ HTX,huyện Yên Mỹ,Câu hỏi,Nông nghiệp số,\"Làm sao bán rau an toàn qua mạng?\",\"Sở Công Thương; NNPTNT\"\r\n"

func TestImportQuestionsCSV(t *testing.T) {
	path := demoFile(t)
	src := filepath.Join(t.TempDir(), "dang-ky.csv")
	if err := os.WriteFile(src, []byte(questionsCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := podium(t, "import", src, path)
	if code != 0 || !strings.Contains(out, "Questions imported: 2") {
		t.Fatalf("code %d, out %q, err %q", code, out, errOut)
	}
	s, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := s.Meeting()
	if q := m.Question(26); q == nil || q.Asker.Name != "Phan Văn Đạt" || strings.Join(q.Departments, ",") != "CT,NNPTNT" {
		t.Fatalf("question 26 = %+v", q)
	}
	// One log entry, one undo for the whole import.
	var last storage.LogEntry
	_ = s.Log(func(e storage.LogEntry) bool { last = e; return false })
	if last.Verb != "import_questions" || last.Who != "moderator:office" {
		t.Errorf("newest log entry %+v", last)
	}
	// The import is the office's step: undone on its behalf, as the
	// Timeline does once the moderator has seen whose it is.
	m, _, err = s.UndoOf("moderator:office", "test", time.Now())
	if err != nil || m.Queue.Len() != 24 || m.Question(25) != nil {
		t.Errorf("after one undo: %v, queue %d", err, m.Queue.Len())
	}
}

// A bad row rejects the whole file with its line and column, and the
// meeting file is byte for byte what it was.
func TestImportRejectedLeavesTheFileUntouched(t *testing.T) {
	path := demoFile(t)
	before := readAll(t, path)
	dir := t.TempDir()
	for name, c := range map[string]struct {
		src, want string
	}{
		"unknown department": {strings.Replace(questionsCSV, "LDTBXH", "SYT", 1), "line 2, column H “Gửi tới”: the meeting has no department “SYT”"},
		"empty asker":        {strings.Replace(questionsCSV, "Phan Văn Đạt", " ", 1), "line 3, column B “Họ và tên”: the asker's name is empty"},
		"not UTF-8":          {"Ho ten,Noi dung\r\n\xd0\xf4\xde V\xe3n,H\xf4\xd2i\r\n", "line 2, column A “Ho ten”: the file is not UTF-8 (it looks like Windows-1258"},
		"missing column":     {"Họ và tên,Ghi chú\nAn,x\n", "required columns missing: “Text”"},
	} {
		src := filepath.Join(dir, name+".csv")
		if err := os.WriteFile(src, []byte(c.src), 0o600); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := podium(t, "import", src, path)
		if code == 0 || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, "Nothing was imported") {
			t.Errorf("%s: code %d, stderr %q", name, code, errOut)
		}
		if !bytes.Equal(readAll(t, path), before) {
			t.Fatalf("%s: a rejected import changed the meeting file", name)
		}
	}
}

func TestImportDepartmentsAndVietnameseMessages(t *testing.T) {
	path := demoFile(t)
	src := filepath.Join(t.TempDir(), "don-vi.csv")
	if err := os.WriteFile(src, []byte("Mã,Tên đơn vị,Người đại diện,Chức vụ\nSYT,Sở Y tế,Nguyễn Văn Hải,Giám đốc Sở\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"--lang", "vi", "import", "--what", "departments", src, path}, &out, &errb); code != 0 || !strings.Contains(out.String(), "Đã nhập 1 đơn vị") {
		t.Fatalf("code %d, out %q, err %q", code, out.String(), errb.String())
	}
	out.Reset()
	errb.Reset()
	// The same again: the code exists now.
	if code := run([]string{"--lang", "vi", "import", "--what", "departments", src, path}, &out, &errb); code == 0 ||
		!strings.Contains(errb.String(), "dòng 2, cột A “Mã”: đã có đơn vị mã “SYT”") {
		t.Fatalf("code %d, err %q", code, errb.String())
	}
	code, _, errOut := podium(t, "import", src)
	if code == 0 || !strings.Contains(errOut, "name two files") {
		t.Errorf("one file: %d %q", code, errOut)
	}
}

// The questions CSV is what a spreadsheet reader sees: one row per
// question, the diacritics intact.
func TestExportedCSVReadsBack(t *testing.T) {
	path := playedFile(t)
	_, out, _ := podium(t, "export", "--format", "csv", path)
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil || len(rows) != 25 {
		t.Fatalf("%v, %d rows", err, len(rows))
	}
	// And podium import reads it back into another meeting.
	dir := t.TempDir()
	src := filepath.Join(dir, "questions.csv")
	if err := os.WriteFile(src, []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	fresh := demoFile(t)
	if code, _, errOut := podium(t, "import", src, fresh); code != 0 {
		t.Fatalf("re-import: %s", errOut)
	}
}

func readAll(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The biên bản is the meeting as it closed: exported on two different
// days (and with two different --as-of), the same bytes.
func TestMinutesDocxSameOnAnyDay(t *testing.T) {
	path := playedFile(t)
	_, a, errA := podium(t, "export", "--format", "docx", "--as-of", "24/03/2023", path)
	_, b, errB := podium(t, "export", "--format", "docx", "--as-of", "01/01/2030", path)
	_, c, errC := podium(t, "export", "--format", "docx", path)
	if errA != "" || errB != "" || errC != "" || len(a) < 1000 {
		t.Fatalf("export: %q %q %q, %d bytes", errA, errB, errC, len(a))
	}
	if a != b || a != c {
		t.Error("the biên bản differs with the day it is exported")
	}
}
