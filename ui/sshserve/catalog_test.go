package sshserve

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"podium/storage/hub"
	"podium/ui/i18n"
)

// Every message this package and podium serve ask for is in the catalog,
// in both languages (the catalog's own test holds the languages equal).
func TestEveryMessageUsedExists(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	files = append(files, "../../serve.go")
	re := regexp.MustCompile(`(?:\.T|logf)\("([a-z_]+\.[a-z_.]*[a-z_])"`)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			n++
			if !i18n.Has(m[1]) {
				t.Errorf("%s asks for %q, which is not in the catalog", f, m[1])
			}
		}
	}
	if n < 20 {
		t.Errorf("found only %d uses; is the pattern still right?", n)
	}
	for _, r := range hub.Roles {
		if !i18n.Has("serve.role." + string(r)) {
			t.Errorf("no label for the role %s", r)
		}
	}
}
