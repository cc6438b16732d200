package main

import (
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
)

// podium demo [FILE] [--speed N]: the Hưng Yên youth dialogue, written to a
// new file and opened; --speed rehearses it on a faster clock.
func (c *cli) demoCommand() *cobra.Command {
	speed := speedValue(1)
	cmd := &cobra.Command{
		Use:               "demo [" + c.t.T("cli.type.file") + "]",
		Short:             c.t.T("cli.short.demo"),
		Long:              c.t.T("cli.long.demo"),
		Args:              c.atMostOne,
		ValidArgsFunction: meetingFiles,
		RunE: func(_ *cobra.Command, args []string) error {
			file := filepath.Join(os.TempDir(), "podium-demo-"+time.Now().Format("20060102-150405")+".podium")
			if len(args) == 1 {
				file = args[0]
			}
			return openAndRun(file, c.lang, true, rehearsalClock(int(speed)))
		},
	}
	cmd.Flags().Var(&speed, "speed", c.t.T("cli.flag.speed"))
	varName(cmd.Flags(), "speed", "N")
	return cmd
}
