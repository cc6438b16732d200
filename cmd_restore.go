package main

import "github.com/spf13/cobra"

// podium restore BACKUP NEW-FILE (restore.go).
func (c *cli) restoreCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "restore " + c.t.T("cli.type.file") + " " + c.t.T("cli.type.file"),
		Short: c.t.T("cli.short.restore"),
		Long:  c.t.T("cli.long.restore"),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageError(c.t.T("cli.restore_need_files"))
			}
			return nil
		},
		ValidArgsFunction: meetingFiles,
		RunE: func(_ *cobra.Command, args []string) error {
			return restoreFiles(args, c.stdout, c.t)
		},
	}
}
