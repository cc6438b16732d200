package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"podium/storage"
)

// podium import on a meeting open in a running Podium (the file is
// locked) says to import from the app, and changes nothing.
func TestImportIntoAnOpenMeetingSaysToUseTheApp(t *testing.T) {
	path := demoFile(t)
	src := filepath.Join(t.TempDir(), "dang-ky.csv")
	if err := os.WriteFile(src, []byte(questionsCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := storage.Open(path, nil) // the running Podium
	if err != nil {
		t.Fatal(err)
	}
	before := s.Meeting().Queue.Len()
	code, out, errOut := podium(t, "import", src, path)
	if code == 0 || out != "" || !strings.Contains(errOut, "is open in Podium") || !strings.Contains(errOut, "key i on the Moderate screen") || !strings.Contains(errOut, "nothing changed") {
		t.Errorf("code %d, out %q, err %q", code, out, errOut)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := s.Meeting().Queue.Len(); n != before {
		t.Errorf("the queue went from %d to %d", before, n)
	}
}

// The command line's import is one step that names the file, and adds
// the questions' themes to the meeting's list.
func TestImportNamesTheFileAndListsThemes(t *testing.T) {
	path := demoFile(t)
	src := filepath.Join(t.TempDir(), "dang-ky.csv")
	if err := os.WriteFile(src, []byte(questionsCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := podium(t, "import", src, path)
	if code != 0 {
		t.Fatalf("code %d, out %q, err %q", code, out, errOut)
	}
	s, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var last storage.LogEntry
	_ = s.Log(func(e storage.LogEntry) bool { last = e; return false })
	if last.Verb != "import_questions" || !strings.Contains(string(last.Command), `"file":"dang-ky.csv"`) {
		t.Errorf("newest log entry %s %s", last.Verb, last.Command)
	}
	m := s.Meeting()
	if !strings.HasSuffix(strings.Join(m.Themes, "; "), "Chuyển đổi số kinh tế hộ, HTX; Việc làm; Nông nghiệp số") || m.Question(25).Theme != "Việc làm" {
		t.Errorf("themes %q", m.Themes)
	}
	if !strings.Contains(out, "Added 2 new themes to the list: Việc làm; Nông nghiệp số.") {
		t.Errorf("the import does not say it added themes: %q", out)
	}
}
