package i18n_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"podium/ui/i18n"
)

func TestBothLanguagesHaveTheSameKeys(t *testing.T) {
	vi, en := i18n.Keys(i18n.VI), i18n.Keys(i18n.EN)
	for _, k := range vi {
		if !slices.Contains(en, k) {
			t.Errorf("English lacks %q", k)
		}
	}
	for _, k := range en {
		if !slices.Contains(vi, k) {
			t.Errorf("Vietnamese lacks %q", k)
		}
	}
}

// Every refusal the model and storage can give has a sentence: the codes
// are read from their sources, so a new code without a message fails here.
func TestEveryErrorCodeHasAMessage(t *testing.T) {
	for file, prefix := range map[string]string{
		"../../model/errors.go":   "err.",
		"../../storage/errors.go": "storage.",
	} {
		src, err := os.ReadFile(filepath.FromSlash(file))
		if err != nil {
			t.Fatal(err)
		}
		codes := regexp.MustCompile(`Code = "([a-z_]+)"`).FindAllStringSubmatch(string(src), -1)
		if len(codes) < 5 {
			t.Fatalf("found only %d codes in %s", len(codes), file)
		}
		for _, c := range codes {
			if !i18n.Has(prefix + c[1]) {
				t.Errorf("no message %s%s (from %s)", prefix, c[1], file)
			}
		}
	}
}

// Every key the ui asks for is in the catalog.
func TestEveryKeyUsedExists(t *testing.T) {
	files, _ := filepath.Glob("../*.go")
	main, _ := filepath.Glob("../../*.go")
	re := regexp.MustCompile(`\.T\("([a-z_]+\.[a-z_.]+)"`)
	n := 0
	for _, f := range append(files, main...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			if strings.HasSuffix(m[1], ".") {
				continue // a prefix completed at run time; its keys are checked where they are built
			}
			n++
			if !i18n.Has(m[1]) {
				t.Errorf("%s asks for %q, which is not in the catalog", f, m[1])
			}
		}
	}
	if n < 50 {
		t.Errorf("found only %d uses; is the pattern still right?", n)
	}
}
