package main

import "github.com/spf13/cobra"

// podium export [--format docx|xlsx|html|md|csv|json]
// [--what minutes|conclusions|followups|questions|briefing] [--as-of dd/mm/yyyy]
// [-o OUT] FILE (records.go).
func (c *cli) exportCommand() *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:               "export " + c.t.T("cli.type.file"),
		Short:             c.t.T("cli.short.export"),
		Long:              c.t.T("cli.long.export"),
		Example:           c.t.T("cli.example.export"),
		Args:              c.exactlyOne,
		ValidArgsFunction: meetingFiles,
		RunE: func(_ *cobra.Command, args []string) error {
			return exportFile(args[0], o, c.stdout, c.stderr, c.t)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&o.format, "format", "json", c.t.T("cli.flag.format"))
	fs.StringVar(&o.what, "what", "", c.t.T("docs.cli.flag.what"))
	fs.StringVar(&o.asOf, "as-of", "", c.t.T("docs.cli.flag.as_of"))
	fs.StringVarP(&o.out, "output", "o", "", c.t.T("cli.flag.output"))
	varName(fs, "format", "docx|xlsx|html|md|csv|json")
	varName(fs, "what", "minutes|conclusions|followups|questions|briefing")
	varName(fs, "as-of", "dd/mm/yyyy")
	varName(fs, "output", c.t.T("cli.type.file"))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]cobra.Completion{"docx", "xlsx", "html", "md", "csv", "json"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("what", cobra.FixedCompletions([]cobra.Completion{"minutes", "conclusions", "followups", "questions", "briefing"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}
