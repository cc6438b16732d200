// Package sizes holds the test that keeps the tree's files and functions
// short. It is a test only, apart from the root package so that it runs
// whatever state the command line is in.
package sizes

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The sizes the tree keeps, so that any file or function can be read in
// one sitting: no Go file (tests aside) over maxFileLines lines, no
// function over maxFuncLines lines, from "func" to its closing brace.
const (
	maxFileLines = 600
	maxFuncLines = 80
)

// dataTables are long because they are data, and may stay long: a file
// named here may have any size, and so may its functions.
var dataTables = map[string]string{
	"ui/i18n/messages.go": "the catalog's messages, one map literal per language",
}

// notYetSplit are the files and functions over the limits today, each
// with why it is still here. The list only shrinks: the test fails on an
// entry that no longer needs to be here, so remove it when you split one.
// A file is named by its path, a function by path:name.
var notYetSplit = map[string]string{
	// The exports, just moved from model/export (issue 10).
	"ui/export/html.go:HTML":         "exports, after their move",
	"ui/export/markdown.go:Markdown": "exports, after their move",
	"ui/export/minutes.go:build":     "exports, after their move",
	"ui/export/stats.go:figures":     "exports, after their move",
	// The command line moves to cobra, one file per command (issue 10).
	"serve.go:serveMeeting": "command line on cobra",
}

func TestFileAndFunctionSizes(t *testing.T) {
	over := map[string]string{} // file or file:function → what is over
	fset := token.NewFileSet()
	root := filepath.Join("..", "..") // the module, from tools/sizes
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		path, err = filepath.Rel(root, path)
		if err != nil {
			return err
		}
		path = filepath.ToSlash(path)
		if _, ok := dataTables[path]; ok {
			return nil
		}
		if n := fset.File(f.Pos()).LineCount(); n > maxFileLines {
			over[path] = fmt.Sprintf("%d lines", n)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			if n := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1; n > maxFuncLines {
				over[path+":"+fn.Name.Name] = fmt.Sprintf("%d lines", n)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for k := range over {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		if _, ok := notYetSplit[k]; !ok {
			t.Errorf("%s is %s, over the limit (%d for a file, %d for a function): split it", k, over[k], maxFileLines, maxFuncLines)
		}
	}
	for k := range notYetSplit {
		if _, ok := over[k]; !ok {
			t.Errorf("%s is within the limits now: remove it from notYetSplit", k)
		}
	}
	for k := range dataTables {
		if _, err := os.Stat(filepath.Join("..", "..", k)); err != nil {
			t.Errorf("data table %s: %v", k, err)
		}
	}
}
