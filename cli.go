package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"podium/ui/i18n"
)

// run is the whole command line; it returns the exit code: 0 done, 1 a
// failure (said in the user's language), 2 a mistake in how podium was
// called.
func run(args []string, stdout, stderr io.Writer) int {
	// The language is known before cobra parses anything, so its help and
	// its errors are in the user's language too.
	langFlag := flagValue(args, "lang")
	lang := i18n.FromEnv(langFlag)
	t := i18n.New(lang)
	root := newRoot(t, lang, stdout, stderr)
	root.SetArgs(args)
	_, err := root.ExecuteC()
	return report(err, stderr, t)
}

// cli is what every command needs: the catalog, the language, where to
// write.
type cli struct {
	t              i18n.Catalog
	lang           i18n.Lang
	stdout, stderr io.Writer
}

// newRoot builds the command tree: podium [FILE] and one command per file
// (cmd_*.go).
func newRoot(t i18n.Catalog, lang i18n.Lang, stdout, stderr io.Writer) *cobra.Command {
	c := &cli{t: t, lang: lang, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:               "podium [" + t.T("cli.type.file") + "]",
		Short:             t.T("cli.short.root"),
		Long:              t.T("cli.long.root", defaultFile()),
		Example:           t.T("cli.example.root"),
		Version:           versionLine(t),
		Args:              c.atMostOne,
		ValidArgsFunction: meetingFiles,
		SilenceErrors:     true,
		SilenceUsage:      true,
		RunE:              c.open,
	}
	root.SuggestionsMinimumDistance = 2
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetVersionTemplate("{{.Version}}\n")
	root.Flags().Bool("version", false, t.T("cli.flag.version"))
	root.PersistentFlags().Var(&langValue{}, "lang", t.T("cli.flag.lang"))
	varName(root.PersistentFlags(), "lang", "vi|en")
	root.CompletionOptions.DisableDefaultCmd = true // ours is worded in the catalog
	root.DisableAutoGenTag = true                   // the man page does not change with the day
	root.SetFlagErrorFunc(c.flagError)
	root.SetHelpCommand(c.helpCommand(root))
	root.AddCommand(
		c.demoCommand(), c.newCommand(), c.serveCommand(), c.exportCommand(), c.importCommand(),
		c.checkCommand(), c.backupCommand(), c.restoreCommand(),
		c.versionCommand(), c.completionCommand(root), c.manCommand(root),
	)
	for _, cmd := range append(root.Commands(), root) {
		cmd.DisableFlagsInUseLine = true // the words are the catalog's
		if cmd.Flags().Lookup("help") == nil {
			cmd.Flags().BoolP("help", "h", false, t.T("cli.flag.help"))
		}
		cmd.SetUsageFunc(func(cmd *cobra.Command) error {
			_, err := io.WriteString(cmd.OutOrStdout(), c.usage(cmd))
			return err
		})
		cmd.SetHelpFunc(func(cmd *cobra.Command, _ []string) { c.help(cmd) })
	}
	return root
}

// open is podium [FILE]: the meeting, or a new one with the setup form. A
// word that is no command, no existing file, no path and not a .podium
// name is a mistyped command, refused with the nearest commands.
func (c *cli) open(cmd *cobra.Command, args []string) error {
	file := defaultFile()
	if len(args) == 1 {
		file = args[0]
		if err := c.notACommand(cmd, file); err != nil {
			return err
		}
	}
	return openAndRun(file, c.lang, false, rehearsalClock(1))
}

func (c *cli) notACommand(root *cobra.Command, word string) error {
	if _, err := os.Stat(word); err == nil {
		return nil
	}
	if strings.EqualFold(filepath.Ext(word), ".podium") || strings.ContainsAny(word, `/\`) {
		return nil
	}
	msg := c.t.T("cli.unknown_command", word)
	if s := root.SuggestionsFor(word); len(s) > 0 {
		msg += " " + c.t.T("cli.did_you_mean", strings.Join(s, ", "))
	}
	return usageError(msg + "\n" + c.t.T("cli.new_meeting_hint", word))
}

// Argument counts, refused in the user's language.

func (c *cli) atMostOne(cmd *cobra.Command, args []string) error {
	if len(args) > 1 {
		return usageError(c.t.T("cli.too_many_args", args[1], cmd.CommandPath()))
	}
	return nil
}

func (c *cli) exactlyOne(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return usageError(c.t.T("cli.need_one_file", cmd.CommandPath()))
	}
	return c.atMostOne(cmd, args)
}

// meetingFiles completes a FILE argument with the files on disk.
func meetingFiles(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveDefault
}

// flagError words pflag's errors in the user's language.
func (c *cli) flagError(cmd *cobra.Command, err error) error {
	t := c.t
	var (
		notExist *pflag.NotExistError
		noValue  *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &notExist):
		return usageError(t.T("cli.flag_unknown", flagName(notExist.GetSpecifiedName(), notExist.GetSpecifiedShortnames()), cmd.CommandPath()))
	case errors.As(err, &noValue):
		return usageError(t.T("cli.flag_needs_value", flagName(noValue.GetSpecifiedName(), noValue.GetSpecifiedShortnames()), cmd.CommandPath()))
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		why := "cli.value.other"
		switch {
		case f.Name == "lang":
			why = "cli.value.lang"
		case f.Name == "speed":
			why = "cli.value.speed"
		case f.Value.Type() == "int":
			why = "cli.value.int"
		case f.Value.Type() == "duration":
			why = "cli.value.duration"
		}
		return usageError(t.T("cli.flag_bad_value", "--"+f.Name, invalid.GetValue(), t.T(why)))
	case errors.As(err, &syntax):
		return usageError(t.T("cli.flag_bad_syntax", syntax.GetSpecifiedFlag()))
	}
	return usageError(t.T("cli.flag_bad_other", err.Error()))
}

// flagName is a flag as it was typed: --name, or -x for a shorthand
// (pflag gives the group it stood in, -ox, as the second argument).
func flagName(name, shorthands string) string {
	if shorthands != "" {
		return "-" + name
	}
	return "--" + name
}

// langValue is --lang: vi or en, nothing else.
type langValue struct{ s string }

func (v *langValue) String() string { return v.s }
func (v *langValue) Type() string   { return "string" }
func (v *langValue) Set(s string) error {
	switch strings.ToLower(s) {
	case "vi", "en":
		v.s = strings.ToLower(s)
		return nil
	}
	return errors.ErrUnsupported
}

// speedValue is demo's --speed: how many times faster the rehearsal's
// clock runs, 1 (the wall clock) to 1000.
type speedValue int

func (v *speedValue) String() string { return strconv.Itoa(int(*v)) }
func (v *speedValue) Type() string   { return "int" }
func (v *speedValue) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 1000 {
		return errors.ErrUnsupported
	}
	*v = speedValue(n)
	return nil
}

// varAnnotation names a flag's value in help (--format md|html|csv|json).
const varAnnotation = "podium_var"

func varName(fs *pflag.FlagSet, flag, name string) {
	_ = fs.SetAnnotation(flag, varAnnotation, []string{name})
}

// help is a command's own help: what it does, then how to call it.
func (c *cli) help(cmd *cobra.Command) {
	long := cmd.Long
	if long == "" {
		long = cmd.Short
	}
	fmt.Fprint(cmd.OutOrStdout(), strings.TrimRight(long, "\n")+"\n\n"+c.usage(cmd))
}

// usage is how to call cmd, headed in the user's language: its use line,
// examples, commands and flags.
func (c *cli) usage(cmd *cobra.Command) string {
	t := c.t
	var b strings.Builder
	use := cmd.Use
	if cmd.HasParent() {
		use = cmd.Parent().CommandPath() + " " + use
	}
	if cmd.HasAvailableFlags() {
		use += " " + t.T("cli.h.flags_word")
	}
	b.WriteString(t.T("cli.h.usage") + "\n  " + use + "\n")
	if cmd.HasAvailableSubCommands() {
		b.WriteString("  " + cmd.CommandPath() + " " + t.T("cli.h.command_word") + "\n")
	}
	if cmd.HasExample() {
		b.WriteString("\n" + t.T("cli.h.examples") + "\n" + strings.TrimRight(cmd.Example, "\n") + "\n")
	}
	if cmd.HasAvailableSubCommands() {
		b.WriteString("\n" + t.T("cli.h.commands") + "\n")
		for _, sub := range cmd.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				fmt.Fprintf(&b, "  %-12s %s\n", sub.Name(), sub.Short)
			}
		}
	}
	if _, ok := cmd.Annotations[flagsInLong]; !ok && cmd.HasAvailableLocalFlags() {
		b.WriteString("\n" + t.T("cli.h.flags") + "\n" + c.flags(cmd.LocalFlags()))
	}
	if cmd.HasAvailableInheritedFlags() {
		b.WriteString("\n" + t.T("cli.h.global_flags") + "\n" + c.flags(cmd.InheritedFlags()))
	}
	if !cmd.HasParent() {
		b.WriteString("\n" + t.T("cli.h.more") + "\n")
	}
	return b.String()
}

// flagsInLong marks a command whose Long already explains its flags
// (serve).
const flagsInLong = "podium_flags_in_long"

// flags lists fs as help shows it: -o, --output FILE   what it does.
func (c *cli) flags(fs *pflag.FlagSet) string {
	type row struct{ name, usage string }
	var rows []row
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name := "    --" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + ", --" + f.Name
		}
		if v := c.valueName(f); v != "" {
			name += " " + v
		}
		usage := f.Usage
		if d := f.DefValue; d != "" && d != "false" && d != "0" && d != "[]" {
			usage += " " + c.t.T("cli.h.default", d)
		}
		rows = append(rows, row{name, usage})
		width = max(width, len([]rune(name)))
	})
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "  %s%s   %s\n", r.name, strings.Repeat(" ", width-len([]rune(r.name))), r.usage)
	}
	return b.String()
}

// valueName is what a flag's value is called in help, "" for a switch.
func (c *cli) valueName(f *pflag.Flag) string {
	if v := f.Annotations[varAnnotation]; len(v) > 0 {
		return v[0]
	}
	switch f.Value.Type() {
	case "bool":
		return ""
	case "int":
		return "N"
	case "duration":
		return c.t.T("cli.type.duration")
	}
	return c.t.T("cli.type.value")
}
