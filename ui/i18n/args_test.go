package i18n_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"podium/ui/i18n"
)

// anything formats under every verb, so rendering a message with the right
// number of them never prints "%!"; a wrong count prints %!(EXTRA ...) or
// %!v(MISSING).
type anything struct{}

func (anything) Format(f fmt.State, verb rune) { fmt.Fprint(f, "x") }

// argsWanted is how many arguments a message's format verbs consume.
func argsWanted(format string) int {
	n, next := 0, 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.ContainsRune("+-# 0123456789.*", rune(format[i])) {
			i++
		}
		if i < len(format) && format[i] == '[' {
			j := strings.IndexByte(format[i:], ']')
			idx, _ := strconv.Atoi(format[i+1 : i+j])
			next = idx - 1
			i += j + 1
		}
		if i >= len(format) || format[i] == '%' {
			continue
		}
		next++
		n = max(n, next)
	}
	return n
}

func render(lang i18n.Lang, key string, n int) string {
	args := make([]any, n)
	for i := range args {
		args[i] = anything{}
	}
	return i18n.New(lang).T(key, args...)
}

// Both languages of a message take the same arguments.
func TestBothLanguagesTakeTheSameArguments(t *testing.T) {
	for _, k := range i18n.Keys(i18n.VI) {
		vi, en := argsWanted(i18n.New(i18n.VI).T(k)), argsWanted(i18n.New(i18n.EN).T(k))
		if vi != en {
			t.Errorf("%s: Vietnamese takes %d arguments, English %d", k, vi, en)
		}
	}
}

// No "%!" reaches a user: every call of the catalog with a literal key, in
// every non-test source of the program, passes as many arguments as the
// message uses, in both languages.
func TestEveryCallPassesTheArgumentsItsMessageUses(t *testing.T) {
	fset := token.NewFileSet()
	calls := 0
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != "../.." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 || call.Ellipsis.IsValid() {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "T" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			key, _ := strconv.Unquote(lit.Value)
			if !i18n.Has(key) {
				return true // TestEveryKeyUsedExists reports it
			}
			calls++
			for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
				if s := render(lang, key, len(call.Args)-1); strings.Contains(s, "%!") {
					t.Errorf("%s: %s passes %d arguments to %q: %s", fset.Position(call.Pos()), lang, len(call.Args)-1, key, s)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d calls checked", calls)
	if calls < 200 {
		t.Errorf("checked only %d calls; is the walk still right?", calls)
	}
}
