package main

import (
	"strings"

	"github.com/spf13/cobra"
)

// podium completion bash|zsh|fish|powershell: the shell's completion
// script, from cobra.
func (c *cli) completionCommand(root *cobra.Command) *cobra.Command {
	shells := []string{"bash", "zsh", "fish", "powershell"}
	return &cobra.Command{
		Use:       "completion " + strings.Join(shells, "|"),
		Short:     c.t.T("cli.short.completion"),
		Long:      c.t.T("cli.long.completion"),
		ValidArgs: shells,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError(c.t.T("cli.completion_shell"))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(c.stdout, true)
			case "zsh":
				return root.GenZshCompletion(c.stdout)
			case "fish":
				return root.GenFishCompletion(c.stdout, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(c.stdout)
			}
			return usageError(c.t.T("cli.completion_unknown", args[0]))
		},
	}
}
