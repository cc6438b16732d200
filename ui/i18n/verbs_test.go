package i18n_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"podium/ui/i18n"
)

// Every verb the log can hold has a name for people: each model command's
// (read from the sources) and the log's own (create, import, undo, redo,
// migrate).
// The Timeline builds "verb." + verb, so a gap would show the raw key.
func TestEveryLoggedVerbHasAName(t *testing.T) {
	files, err := filepath.Glob("../../model/*.go")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`\) Verb\(\) string\s*\{\s*return "([a-z_]+)"`)
	verbs := []string{"create", "import", "undo", "redo", "migrate"}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			verbs = append(verbs, m[1])
		}
	}
	if len(verbs) < 30 {
		t.Fatalf("found only %d verbs", len(verbs))
	}
	for _, v := range verbs {
		if !i18n.Has("verb." + v) {
			t.Errorf("no name for the verb %q (verb.%s)", v, v)
		}
	}
}
