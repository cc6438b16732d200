package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// podium man [--dir DIR]: the man pages, one per command, written at build
// time by go generate (main.go). Hidden: a packager's step, not a user's.
func (c *cli) manCommand(root *cobra.Command) *cobra.Command {
	dir := "man"
	cmd := &cobra.Command{
		Use:    "man",
		Short:  c.t.T("cli.short.man"),
		Long:   c.t.T("cli.long.man"),
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			header := &doc.GenManHeader{Title: "PODIUM", Section: "1", Source: "podium " + version, Manual: "Podium"}
			if err := doc.GenManTree(root, header, dir); err != nil {
				return err
			}
			pages, _ := filepath.Glob(filepath.Join(dir, "*.1"))
			_, err := fmt.Fprintln(c.stdout, c.t.T("cli.man_written", len(pages), dir))
			return err
		},
	}
	cmd.Flags().StringVar(&dir, "dir", dir, c.t.T("cli.flag.man_dir"))
	varName(cmd.Flags(), "dir", c.t.T("cli.type.folder"))
	return cmd
}
