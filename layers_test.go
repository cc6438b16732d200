package main

import (
	"os/exec"
	"strings"
	"testing"
)

// The tree keeps the rules the doc comments state: model/ is pure (no ui/,
// no storage/), storage/ shows nothing (no ui/). Tests count too: a test
// that needs a face belongs beside the face.
func TestPackagesKeepTheirLayers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-f",
		"{{.ImportPath}} {{join .Imports \" \"}} {{join .TestImports \" \"}} {{join .XTestImports \" \"}}",
		"./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		pkg := fields[0]
		for _, imp := range fields[1:] {
			if why := forbidden(pkg, imp); why != "" {
				t.Errorf("%s imports %s: %s", pkg, imp, why)
			}
		}
	}
}

// forbidden says why pkg may not import imp, or "" when it may.
func forbidden(pkg, imp string) string {
	under := func(p, root string) bool { return p == root || strings.HasPrefix(p, root+"/") }
	switch {
	case under(pkg, "podium/model") && (under(imp, "podium/ui") || under(imp, "podium/storage")):
		return "the model is pure: no faces, no disk"
	case under(pkg, "podium/storage") && under(imp, "podium/ui"):
		return "storage keeps the meeting; the words are the ui's"
	}
	return ""
}

func TestForbiddenImports(t *testing.T) {
	for _, c := range []struct {
		pkg, imp string
		bad      bool
	}{
		{"podium/model/export", "podium/ui/i18n", true},
		{"podium/model", "podium/storage", true},
		{"podium/storage/hub", "podium/ui", true},
		{"podium/ui/export", "podium/model/stats", false},
		{"podium/ui", "podium/storage", false},
		{"podium/models", "podium/ui", false},
		{"podium", "podium/ui", false},
	} {
		if got := forbidden(c.pkg, c.imp) != ""; got != c.bad {
			t.Errorf("forbidden(%s, %s) = %v", c.pkg, c.imp, got)
		}
	}
}
