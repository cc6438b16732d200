package ui

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"podium/model"
	"podium/storage"
	"podium/ui/i18n"
)

// anyArg formats under every verb, so only a wrong number of arguments
// can make a message print "%!".
type anyArg struct{}

func (anyArg) Format(f fmt.State, verb rune) { fmt.Fprint(f, "x") }

func anyArgs(n int) []any {
	args := make([]any, n)
	for i := range args {
		args[i] = anyArg{}
	}
	return args
}

// codeValues maps the names of a package's Code constants to their values.
func codeValues(t *testing.T, files []*ast.File) map[string]string {
	vals := map[string]string{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok || len(vs.Values) != 1 {
				return true
			}
			if id, ok := vs.Type.(*ast.Ident); ok && id.Name == "Code" {
				if lit, ok := vs.Values[0].(*ast.BasicLit); ok {
					vals[vs.Names[0].Name], _ = strconv.Unquote(lit.Value)
				}
			}
			return true
		})
	}
	if len(vals) < 5 {
		t.Fatalf("found only %d codes", len(vals))
	}
	return vals
}

func parseDir(t *testing.T, dir string) (*token.FileSet, []*ast.File) {
	fset := token.NewFileSet()
	paths, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	var files []*ast.File
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return fset, files
}

func identName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	}
	return ""
}

// No "%!" reaches a user from a refusal or a failure: every place the model
// refuses (refuse(Code, args...)) and storage fails (fail(Code, path, err,
// args...)) is read from the sources, and an error with that code and that
// many arguments is rendered in both languages, the cause being a full
// disk where storage passes one.
func TestEveryRefusalRendersWithItsArguments(t *testing.T) {
	type site struct {
		where string
		err   error
	}
	var sites []site
	collect := func(dir, fn string, build func(code string, args []ast.Expr) error) {
		fset, files := parseDir(t, dir)
		codes := codeValues(t, files)
		for _, f := range files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || identName(call.Fun) != fn || len(call.Args) == 0 {
					return true
				}
				code, ok := codes[identName(call.Args[0])]
				if !ok {
					return true // a code passed in a variable: covered where it is chosen
				}
				sites = append(sites, site{fset.Position(call.Pos()).String(), build(code, call.Args[1:])})
				return true
			})
		}
	}
	collect("../model", "refuse", func(code string, args []ast.Expr) error {
		return &model.Error{Code: model.Code(code), Args: anyArgs(len(args))}
	})
	collect("../storage", "fail", func(code string, args []ast.Expr) error {
		var cause error
		if len(args) > 1 && identName(args[1]) != "nil" {
			cause = syscall.ENOSPC
		}
		return &storage.Error{Code: storage.Code(code), Path: "hop.podium", Err: cause, Args: anyArgs(max(0, len(args)-2))}
	})
	if len(sites) < 100 {
		t.Fatalf("found only %d refusals; is the walk still right?", len(sites))
	}
	// The writer's own refusals (storage/hub), with the arguments it gives.
	sites = append(sites,
		site{"hub role_refused", &storage.Error{Code: "role_refused", Path: "hop.podium", Args: anyArgs(3)}},
		site{"hub undo_not_yours", &storage.Error{Code: "undo_not_yours", Path: "hop.podium", Args: anyArgs(3)}},
		site{"hub closed", &storage.Error{Code: "closed"}},
		site{"nothing to undo", &storage.Error{Code: storage.CodeNothingToUndo, Path: "hop.podium"}},
		site{"nothing to redo", &storage.Error{Code: storage.CodeNothingToRedo, Path: "hop.podium"}},
		site{"read-only file", &storage.Error{Code: storage.CodeReadOnly, Path: "hop.podium", Err: syscall.EROFS}},
	)
	for _, s := range sites {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			text := ErrorText(i18n.New(lang), s.err)
			if strings.Contains(text, "%!") || strings.HasPrefix(text, "storage.") || strings.HasPrefix(text, "err.") {
				t.Errorf("%s (%s): %s", s.where, lang, text)
			}
		}
	}
}

// A failed write names its cause in the user's language; a missing file
// says it is missing, not that it could not be written.
func TestStorageFailuresSayWhatHappened(t *testing.T) {
	vi := i18n.New(i18n.VI)
	for _, c := range []struct {
		err  error
		want string
	}{
		{&storage.Error{Code: storage.CodeIO, Path: "a.podium", Err: syscall.ENOSPC}, "Không ghi được vào a.podium: ổ đĩa đã đầy."},
		{&storage.Error{Code: storage.CodeIO, Path: "a.podium", Err: syscall.EACCES}, "không có quyền"},
		{&storage.Error{Code: storage.CodeIO, Path: "a.podium", Err: syscall.EROFS}, "ổ đĩa chỉ cho đọc"},
		{&storage.Error{Code: storage.CodeMissing, Path: "nosuch.podium", Err: syscall.ENOENT}, "Không có tệp nosuch.podium."},
		{&storage.Error{Code: storage.CodeRead, Path: "a.podium", Err: syscall.EACCES}, "Không đọc được a.podium: không có quyền"},
	} {
		if got := ErrorText(vi, c.err); !strings.Contains(got, c.want) {
			t.Errorf("%v: got %q, want it to contain %q", c.err, got, c.want)
		}
	}
}
