package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"podium/model/demo"
	"podium/model/hostile"
	"podium/storage"
	"podium/ui/export"
)

const (
	osc0  = "\x1b]0;pwned\x07"           // sets the window title
	osc52 = "\x1b]52;c;cm0gLXJmIH4K\x07" // writes the clipboard
	rlo   = "\u202e"                     // right-to-left override
)

// writeEvilJSON writes the played demo as a JSON export, with edit applied,
// to name in the current folder.
func writeEvilJSON(t *testing.T, name string, edit func(d *export.Document)) {
	t.Helper()
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	b, err := export.JSON(m)
	if err != nil {
		t.Fatal(err)
	}
	var d export.Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	edit(&d)
	if b, err = json.MarshalIndent(d, "", "  "); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// A JSON import whose title sets the window title, writes the clipboard and
// reverses the text is stored clean, says what it cleaned, and every export
// of it is clean. On the main before this, the title was stored raw.
func TestImportJSONCleansTitle(t *testing.T) {
	t.Chdir(t.TempDir())
	writeEvilJSON(t, "evil.json", func(d *export.Document) {
		d.Header.Title = osc0 + "Hội nghị đối thoại" + osc52 + " " + rlo + "thanh niên\u200b"
		d.Questions[0].Asker.Name += "\x1b[2J\u009d0;x\u009c"
		d.Questions[0].Text = "Dòng một\x1bP$q\"p\x1b\\\r\nDòng hai\u2066"
	})
	code, out, errOut := podium(t, "import", "evil.json", "new.podium")
	if code != 0 {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	if !strings.Contains(out, "Cleaned 3 fields") || !strings.Contains(out, "meeting title") || !strings.Contains(out, "text (question 1)") {
		t.Errorf("the import does not say what it cleaned: %q", out)
	}
	if why := hostile.CheckDocument([]byte(out)); why != "" {
		t.Errorf("import output: %s", why)
	}
	s, err := storage.Open("new.podium", &storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	m := s.Meeting()
	s.Close()
	if m.Header.Title != "Hội nghị đối thoại thanh niên" {
		t.Errorf("stored title %+q", m.Header.Title)
	}
	for _, bad := range hostile.Check(m) {
		t.Errorf("stored: %s", bad)
	}
	for _, args := range [][]string{
		{"--format", "md"}, {"--format", "html"}, {"--format", "csv"},
		{"--format", "csv", "--what", "followups"}, {"--format", "json"},
	} {
		code, doc, errOut := podium(t, append(append([]string{"export"}, args...), "new.podium")...)
		if code != 0 {
			t.Fatalf("export %v: %s", args, errOut)
		}
		check := hostile.CheckDocument
		if args[1] == "json" {
			check = hostile.CheckJSON
		}
		if why := check([]byte(doc)); why != "" {
			t.Errorf("export %v: %s", args, why)
		}
		if !strings.Contains(doc, "thanh niên") {
			t.Errorf("export %v lost the title", args)
		}
	}
	// In Vietnamese too.
	if err := os.Remove("new.podium"); err != nil {
		t.Fatal(err)
	}
	var vi strings.Builder
	if code := run([]string{"--lang", "vi", "import", "evil.json", "new.podium"}, &vi, &vi); code != 0 ||
		!strings.Contains(vi.String(), "Đã làm sạch 3 trường") || !strings.Contains(vi.String(), "tên hội nghị") {
		t.Errorf("Vietnamese: %d %q", code, vi.String())
	}
}

// A title made only of escape sequences is refused, naming the field, and
// leaves no file behind.
func TestImportJSONRefusesATitleOfEscapesOnly(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeEvilJSON(t, "evil.json", func(d *export.Document) { d.Header.Title = osc0 + osc52 + rlo })
	code, out, errOut := podium(t, "import", "evil.json", "new.podium")
	if code == 0 || !strings.Contains(errOut, "“meeting title”") {
		t.Errorf("import: %d %q %q", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "new.podium")); err == nil {
		t.Error("a refused import left a file")
	}
}

// An export Podium wrote imports without a word about cleaning.
func TestImportJSONOfACleanExportSaysNothingOfCleaning(t *testing.T) {
	t.Chdir(t.TempDir())
	writeEvilJSON(t, "clean.json", func(*export.Document) {})
	code, out, errOut := podium(t, "import", "clean.json", "new.podium")
	if code != 0 || strings.Contains(out, "Cleaned") {
		t.Errorf("import: %d %q %q", code, out, errOut)
	}
}
