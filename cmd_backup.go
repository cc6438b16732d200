package main

import "github.com/spf13/cobra"

// podium backup FILE [DEST] (or -o DEST) (main.go).
func (c *cli) backupCommand() *cobra.Command {
	var dest string
	cmd := &cobra.Command{
		Use:   "backup " + c.t.T("cli.type.file") + " [" + c.t.T("cli.type.file") + "]",
		Short: c.t.T("cli.short.backup"),
		Long:  c.t.T("cli.long.backup"),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError(c.t.T("cli.need_one_file", cmd.CommandPath()))
			}
			if len(args) > 2 || (len(args) == 2 && dest != "") {
				return usageError(c.t.T("cli.too_many_args", args[len(args)-1], cmd.CommandPath()))
			}
			return nil
		},
		ValidArgsFunction: meetingFiles,
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 2 {
				dest = args[1]
			}
			return backupFile(args[0], dest, c.stdout, c.t)
		},
	}
	cmd.Flags().StringVarP(&dest, "output", "o", "", c.t.T("cli.flag.backup_dest"))
	varName(cmd.Flags(), "output", c.t.T("cli.type.file"))
	return cmd
}
