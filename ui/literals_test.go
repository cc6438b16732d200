package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// Every string a person reads comes from the catalog (ui/i18n). This test
// reads the source of the screens and the command line and fails on a
// string literal that looks like words for a person: any letter outside
// ASCII (Vietnamese), or two English words in a row. Keys, key names,
// layouts and escape codes do not look like that.
func TestNoUserTextOutsideTheCatalog(t *testing.T) {
	allowed := map[string]bool{
		"Podium — ": true, // the window title's prefix, a name
	}
	words := regexp.MustCompile(`[A-Za-z]{2,}[,.:;!?]? +[A-Za-z]{2,}`)
	files, _ := filepath.Glob("*.go")
	top, _ := filepath.Glob("../*.go")
	n := 0
	for _, f := range append(files, top...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(node ast.Node) bool {
			lit, ok := node.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || allowed[s] {
				return true
			}
			n++
			for _, r := range s {
				if r > unicode.MaxASCII && unicode.IsLetter(r) {
					t.Errorf("%s: %q has words for a person; put them in ui/i18n", f, s)
					return true
				}
			}
			if words.MatchString(s) {
				t.Errorf("%s: %q has words for a person; put them in ui/i18n", f, s)
			}
			return true
		})
	}
	if n < 100 {
		t.Errorf("read only %d literals; is the test still reading the sources?", n)
	}
}
