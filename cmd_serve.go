package main

import "github.com/spf13/cobra"

// podium serve [FILE]: the moderator's screen here, the clerk and the
// projector over SSH (serve.go). Its help is the sharing guide.
func (c *cli) serveCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:               "serve [" + c.t.T("cli.type.file") + "]",
		Short:             c.t.T("cli.short.serve"),
		Long:              c.t.T("serve.usage") + c.t.T("serve.usage_restart") + c.t.T("serve.usage_limits") + c.t.T("serve.usage_web"),
		Args:              c.atMostOne,
		ValidArgsFunction: meetingFiles,
		Annotations:       map[string]string{flagsInLong: ""},
	}
	o := serveFlags(cmd.Flags(), c.t)
	varName(cmd.Flags(), "listen", c.t.T("cli.type.address"))
	varName(cmd.Flags(), "keys", c.t.T("cli.type.folder"))
	varName(cmd.Flags(), "codes", c.t.T("cli.type.roles"))
	cmd.RunE = func(_ *cobra.Command, args []string) error {
		file := ""
		if len(args) == 1 {
			file = args[0]
		}
		return serveMeeting(file, c.lang, o, c.t)
	}
	return cmd
}
