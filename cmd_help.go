package main

import (
	"strings"

	"github.com/spf13/cobra"
)

// podium help [COMMAND]: a command's own help; an unknown one is refused
// with the nearest commands.
func (c *cli) helpCommand(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "help [" + c.t.T("cli.h.command_word") + "]",
		Short: c.t.T("cli.short.help"),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var names []cobra.Completion
			for _, sub := range root.Commands() {
				if sub.IsAvailableCommand() {
					names = append(names, sub.Name())
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(_ *cobra.Command, args []string) error {
			target, rest, err := root.Find(args)
			if err != nil || len(rest) > 0 {
				word := strings.Join(args, " ")
				msg := c.t.T("cli.help_unknown", word)
				if s := root.SuggestionsFor(word); len(s) > 0 {
					msg += " " + c.t.T("cli.did_you_mean", strings.Join(s, ", "))
				}
				return usageError(msg)
			}
			c.help(target)
			return nil
		},
	}
}
