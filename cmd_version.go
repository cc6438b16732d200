package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"podium/ui/i18n"
)

// podium version (and podium --version): the version, the commit and the
// commit's date, from the build's own record.
func (c *cli) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: c.t.T("cli.short.version"),
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintln(c.stdout, versionLine(c.t))
			return err
		},
	}
}

// versionLine is "podium VERSION (commit REV, DATE)": the commit and its
// date as `go build` recorded them (vcs.revision, vcs.time; a + marks
// uncommitted changes), "unknown" in a build without them (-buildvcs=false,
// go run). A module version the build knows wins over the default one.
func versionLine(t i18n.Catalog) string {
	v, commit, date := version, t.T("cli.version_unknown"), t.T("cli.version_unknown")
	if bi, ok := debug.ReadBuildInfo(); ok {
		if mv := bi.Main.Version; mv != "" && mv != "(devel)" && strings.HasSuffix(version, "-dev") {
			v = mv
		}
		modified := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value[:min(len(s.Value), 12)]
			case "vcs.time":
				date = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if modified {
			commit += "+"
		}
	}
	return t.T("cli.version", v, commit, date)
}
