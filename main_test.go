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
)

func podium(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"--lang", "en"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func demoFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.podium")
	m, err := demo.Meeting(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	s, err := storage.Create(path, m, "test", time.Now(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"demo", "--help"}, {"export", "-h"}, {"check", "--help"}} {
		code, out, _ := podium(t, args...)
		if code != 0 || !strings.Contains(out, "podium demo [FILE]") || !strings.Contains(out, "meeting.podium") {
			t.Errorf("%v: code %d, out %q", args, code, out)
		}
	}
	code, out, _ := podium(t, "--version")
	if code != 0 || !strings.HasPrefix(out, "podium ") {
		t.Errorf("--version: %d %q", code, out)
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
	if code, out, errOut := podium(t, "check", path); code != 0 || !strings.Contains(out, "good") {
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
