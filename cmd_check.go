package main

import "github.com/spf13/cobra"

// podium check FILE: the file looked over, every problem said (main.go).
func (c *cli) checkCommand() *cobra.Command {
	return &cobra.Command{
		Use:               "check " + c.t.T("cli.type.file"),
		Short:             c.t.T("cli.short.check"),
		Long:              c.t.T("cli.long.check"),
		Args:              c.exactlyOne,
		ValidArgsFunction: meetingFiles,
		RunE: func(_ *cobra.Command, args []string) error {
			if code := checkFile(args[0], c.stdout, c.stderr, c.t); code != 0 {
				return exitCode(code)
			}
			return nil
		},
	}
}
