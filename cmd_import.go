package main

import "github.com/spf13/cobra"

// podium import SOURCE DEST: a JSON export into a new file, or a CSV of
// questions or departments into a meeting (records.go).
func (c *cli) importCommand() *cobra.Command {
	var what string
	cmd := &cobra.Command{
		Use:   "import " + c.t.T("cli.type.file") + " " + c.t.T("cli.type.file"),
		Short: c.t.T("cli.short.import"),
		Long:  c.t.T("cli.long.import"),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageError(c.t.T("cli.import_need_files"))
			}
			return nil
		},
		ValidArgsFunction: meetingFiles,
		RunE: func(_ *cobra.Command, args []string) error {
			return importFile(args[0], args[1], what, c.stdout, c.t)
		},
	}
	cmd.Flags().StringVar(&what, "what", "", c.t.T("cli.flag.what_import"))
	varName(cmd.Flags(), "what", "questions|departments|agenda")
	_ = cmd.RegisterFlagCompletionFunc("what", cobra.FixedCompletions([]cobra.Completion{"questions", "departments", "agenda"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}
