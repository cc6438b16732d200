package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
	"podium/ui"
	"podium/ui/i18n"
)

func podium(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"--lang", "en"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func demoFile(t *testing.T) string {
	t.Helper()
	m, err := demo.Meeting(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return meetingFile(t, filepath.Join(t.TempDir(), "demo.podium"), m, time.Now())
}

// meetingFile writes m to a new meeting file at path, created at at, and
// closes it.
func meetingFile(t *testing.T, path string, m *model.Meeting, at time.Time) string {
	t.Helper()
	s, err := storage.Create(path, m, "test", at, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestHelpAndVersion(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"podium [FILE]", "meeting.podium", "demo ", "export ", "completion ", "--lang vi|en"}},
		{[]string{"help"}, []string{"podium [FILE]", "Commands:"}},
		{[]string{"demo", "--help"}, []string{"podium demo [FILE]", "--speed N", "30 times faster"}},
		{[]string{"export", "-h"}, []string{"podium export FILE", "--format docx|xlsx|html|md|csv|json", "-o, --output FILE", "Examples:"}},
		{[]string{"help", "export"}, []string{"podium export FILE", "--what minutes|conclusions|followups|questions", "--as-of dd/mm/yyyy"}},
		{[]string{"check", "--help"}, []string{"podium check FILE", "invariants"}},
		{[]string{"import", "--help"}, []string{"--what questions|departments"}},
		{[]string{"backup", "--help"}, []string{"-o, --output FILE"}},
	} {
		code, out, errOut := podium(t, c.args...)
		for _, w := range c.want {
			if code != 0 || !strings.Contains(out, w) {
				t.Errorf("%v: code %d, want %q in %q %s", c.args, code, w, out, errOut)
			}
		}
	}
	for _, args := range [][]string{{"--version"}, {"version"}} {
		code, out, _ := podium(t, args...)
		if code != 0 || !strings.HasPrefix(out, "podium "+version+" (commit ") {
			t.Errorf("%v: %d %q", args, code, out)
		}
	}
}

// Help, its headings and its flags are in the user's language.
func TestHelpInVietnamese(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"--lang", "vi", "export", "--help"}, &out, &errb); code != 0 {
		t.Fatal(errb.String())
	}
	for _, w := range []string{"Cách dùng:", "podium export TỆP [tùy chọn]", "Tùy chọn:", "ghi vào tệp này", "Tùy chọn chung:"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("lacks %q: %s", w, out.String())
		}
	}
	t.Setenv("LANG", "en_GB.UTF-8")
	out.Reset()
	if code := run([]string{"check", "--help"}, &out, &errb); code != 0 || !strings.Contains(out.String(), "Usage:") {
		t.Errorf("LANG=en: %s", out.String())
	}
}

// A word that is no command and no meeting file is refused, with the
// nearest command; it never opens the new-meeting form.
func TestUnknownCommandsAreRefused(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"exprot"}, "Did you mean export?"},
		{[]string{"chek"}, "Did you mean check?"},
		{[]string{"frobnicate"}, "“frobnicate” is not a command"},
		{[]string{"help", "exprot"}, "Did you mean export?"},
	} {
		code, out, errOut := podium(t, c.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: code %d, out %q, stderr %q", c.args, code, out, errOut)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"exprot"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "Có phải ý bạn là export?") {
		t.Errorf("vi: %d %q", code, errb.String())
	}
	// An existing file of any name still opens (here: refused for want of
	// a terminal, which says it was taken as a meeting).
	if err := os.WriteFile("notes", []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, errOut := podium(t, "notes"); strings.Contains(errOut, "not a command") {
		t.Errorf("an existing file was taken for a command: %q", errOut)
	}
}

// Flag mistakes are said in the user's language, exit code 2.
func TestFlagErrorsInTheUsersLanguage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--lang", "vi", "export", "--nope", "x.podium"}, "không có tùy chọn --nope (xem podium export --help)"},
		{[]string{"--lang", "vi", "export", "--format"}, "tùy chọn --format cần một giá trị"},
		{[]string{"--lang", "vi", "demo", "--speed", "0"}, "giá trị “0” không dùng được cho --speed: cần một số nguyên từ 1 đến 1000"},
		{[]string{"--lang", "en", "demo", "--speed", "fast"}, "“fast” will not do for --speed"},
		{[]string{"--lang", "fr", "check", "x.podium"}, "--lang"},
		{[]string{"--lang", "en", "serve", "--idle", "soon"}, "a duration such as 30m"},
		{[]string{"--lang", "en", "export", "-x", "x.podium"}, "no flag -x"},
	} {
		var out, errb bytes.Buffer
		code := run(c.args, &out, &errb)
		if code != 2 || !strings.Contains(errb.String(), c.want) {
			t.Errorf("%v: code %d, stderr %q", c.args, code, errb.String())
		}
	}
}

func TestCompletionAndManPages(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		code, out, errOut := podium(t, "completion", shell)
		if code != 0 || !strings.Contains(out, "podium") || len(out) < 1000 {
			t.Errorf("%s: %d %s", shell, code, errOut)
		}
	}
	if code, _, errOut := podium(t, "completion", "tcsh"); code != 2 || !strings.Contains(errOut, "no shell “tcsh”") {
		t.Errorf("tcsh: %d %q", code, errOut)
	}
	dir := t.TempDir()
	code, out, errOut := podium(t, "man", "--dir", dir)
	if code != 0 || !strings.Contains(out, "Wrote") {
		t.Fatalf("man: %d %q %q", code, out, errOut)
	}
	b, err := os.ReadFile(filepath.Join(dir, "podium-export.1"))
	if err != nil || !bytes.Contains(b, []byte("--format")) {
		t.Errorf("podium-export.1: %v", err)
	}
}

func TestBadArgumentsExitNonZero(t *testing.T) {
	for _, args := range [][]string{{"--nope"}, {"export"}, {"check"}, {"a", "b"}, {"export", "--format", "docx", "x"}} {
		code, _, errOut := podium(t, args...)
		if code == 0 || errOut == "" {
			t.Errorf("%v: code %d, stderr %q", args, code, errOut)
		}
	}
}

func TestExportJSON(t *testing.T) {
	path := demoFile(t)
	code, out, errOut := podium(t, "export", "--format", "json", path)
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	var doc struct {
		Questions []model.Question `json:"questions"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Questions) != 24 {
		t.Fatalf("export: %v, %d questions", err, len(doc.Questions))
	}
}

func TestCheck(t *testing.T) {
	path := demoFile(t)
	if code, out, errOut := podium(t, "check", path); code != 0 || !strings.Contains(out, "OK") {
		t.Fatalf("check of a good file: %d %q %q", code, out, errOut)
	}
	junk := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(junk, []byte("biên bản viết tay\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := podium(t, "check", junk)
	if code == 0 || !strings.Contains(errOut, "not a Podium meeting file") {
		t.Fatalf("check of a text file: %d %q", code, errOut)
	}
	if b, _ := os.ReadFile(junk); string(b) != "biên bản viết tay\n" {
		t.Error("check wrote to a file that is not a meeting")
	}
}

// A second Podium on a file that is open says so, naming the file, within
// 1.5 s, and starts nothing.
func TestSecondPodiumOnAnOpenFileExitsQuickly(t *testing.T) {
	path := demoFile(t)
	s, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, args := range [][]string{{path}, {"export", path}, {"check", path}} {
		start := time.Now()
		code, _, errOut := podium(t, args...)
		if took := time.Since(start); took > 1500*time.Millisecond {
			t.Errorf("%v took %v", args, took)
		}
		if code == 0 || !strings.Contains(errOut, path) || !strings.Contains(errOut, "open in another Podium") {
			t.Errorf("%v: code %d, stderr %q", args, code, errOut)
		}
	}
}

func TestDemoNeverOverwrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "taken.podium")
	if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := podium(t, "demo", path)
	if code == 0 || !strings.Contains(errOut, "never overwrites") {
		t.Fatalf("code %d, %q", code, errOut)
	}
	if b, _ := os.ReadFile(path); string(b) != "x" {
		t.Error("demo overwrote an existing file")
	}
}

func TestDefaultFileIsInTheDataFolder(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data")
	if got := defaultFile(); got != filepath.Join("/data", "podium", "meeting.podium") {
		t.Errorf("defaultFile = %s", got)
	}
}

// podium check says a broken invariant in the user's language: every code
// the model gives has a message in both.
func TestInvariantsSpeakTheUsersLanguage(t *testing.T) {
	for _, code := range model.InvariantCodes {
		if !i18n.Has("invariant." + code) {
			t.Errorf("no message invariant.%s", code)
		}
	}
	m := model.New(model.Header{Title: "x"})
	m.Queue = model.QueueOf(7)
	errs := model.Check(m)
	if len(errs) != 1 {
		t.Fatalf("%v", errs)
	}
	vi := ui.ErrorText(i18n.New(i18n.VI), errs[0])
	en := ui.ErrorText(i18n.New(i18n.EN), errs[0])
	if vi != "Hội nghị không nhất quán: ý kiến số 7 ở trong danh sách chờ nhưng không ở trạng thái chờ." ||
		en != "The meeting does not hold together: question 7 is in the queue but not waiting." {
		t.Errorf("vi %q\nen %q", vi, en)
	}
}
