package model

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Every wording a check passes to bad has a code, and no two share one, so
// `podium check` can say each in the user's language.
func TestEveryInvariantHasACode(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	wording := regexp.MustCompile(`(?:\bbad\(|\bcheckClock\([^,]+, )("(?:[^"\\]|\\.)*")`)
	seen := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range wording.FindAllSubmatch(b, -1) {
			format, err := strconv.Unquote(string(m[1]))
			if err != nil {
				t.Fatalf("%s: %s: %v", f, m[1], err)
			}
			seen++
			if InvariantCodes[format] == "" {
				t.Errorf("%s: %q has no code in InvariantCodes", f, format)
			}
		}
	}
	if seen < 50 {
		t.Errorf("found only %d wordings: the pattern no longer matches the checks", seen)
	}
	codes := map[string]string{}
	for format, code := range InvariantCodes {
		if other, ok := codes[code]; ok {
			t.Errorf("code %s is both %q and %q", code, format, other)
		}
		codes[code] = format
	}
}

func TestInvariantErrorKeepsItsEnglish(t *testing.T) {
	m := New(Header{Title: "x"})
	m.Queue = QueueOf(7)
	errs := Check(m)
	if len(errs) != 1 {
		t.Fatalf("%v", errs)
	}
	e, ok := errs[0].(*InvariantError)
	if !ok || e.Code != "queue_not_waiting" || e.Error() != "question 7 is in the queue but not waiting" {
		t.Fatalf("%#v %q", errs[0], errs[0])
	}
}
