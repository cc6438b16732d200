// Command podium runs a live public dialogue meeting from a terminal: the
// question queue, who holds the floor, which department answers, the
// clocks, and the record of every answer. See README.md.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui"
	"podium/ui/i18n"
)

//go:generate go run . man --lang en --dir man

// version is set at build time with -ldflags "-X main.version=...";
// the commit and its date come from the build's own record (buildInfo).
var version = "0.1.0-dev"

// backupEvery is how often a running meeting is copied to its backups folder.
const backupEvery = 5 * time.Minute

// openingBackupDelay is how long after starting the opening backup waits:
// long enough for the first frame of a big meeting to be drawn.
const openingBackupDelay = time.Second

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// report prints err, if any, in the user's language and returns the exit
// code.
func report(err error, stderr io.Writer, t i18n.Catalog) int {
	if err == nil {
		return 0
	}
	var code exitCode
	if errors.As(err, &code) {
		return int(code) // already said
	}
	var usage usageError
	if errors.As(err, &usage) {
		fmt.Fprintln(stderr, "podium: "+string(usage))
		return 2
	}
	var plain plainError
	if errors.As(err, &plain) {
		fmt.Fprintln(stderr, "podium: "+string(plain))
	} else {
		fmt.Fprintln(stderr, "podium: "+ui.ErrorText(t, err))
	}
	return 1
}

// plainError is a command-line mistake already worded from the catalog.
type plainError string

func (e plainError) Error() string { return string(e) }

// usageError is a mistake in how podium was called (an unknown command or
// flag, a missing file), worded from the catalog: exit code 2.
type usageError string

func (e usageError) Error() string { return string(e) }

// exitCode ends podium with this code, its reasons already printed.
type exitCode int

func (e exitCode) Error() string { return fmt.Sprint("exit ", int(e)) }

// flagValue finds --name=value or --name value before flag parsing, so the
// language is known for the parser's own messages.
func flagValue(args []string, name string) string {
	for i, a := range args {
		switch a {
		case "-" + name, "--" + name:
			if i+1 < len(args) {
				return args[i+1]
			}
		}
		for _, p := range []string{"-" + name + "=", "--" + name + "="} {
			if len(a) > len(p) && a[:len(p)] == p {
				return a[len(p):]
			}
		}
	}
	return ""
}

// defaultFile is the meeting opened when no file is named: meeting.podium
// in the user's data folder (XDG_DATA_HOME or ~/.local/share/podium on
// Linux, %AppData%\podium on Windows, ~/Library/Application Support/podium
// on macOS).
func defaultFile() string {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		if d, err := os.UserConfigDir(); err == nil && (runtime.GOOS == "windows" || runtime.GOOS == "darwin") {
			dir = d
		} else if home, err := os.UserHomeDir(); err == nil {
			dir = filepath.Join(home, ".local", "share")
		}
	}
	return filepath.Join(dir, "podium", "meeting.podium")
}

// rehearsalClock is the wall clock, or for a rehearsal of the demo one that
// runs speed times faster from now, so a moderator can practise a whole
// morning's run of show, overruns and all, in minutes.
func rehearsalClock(speed int) func() time.Time {
	if speed <= 1 {
		return time.Now
	}
	start := time.Now()
	return func() time.Time { return start.Add(time.Since(start) * time.Duration(speed)) }
}

// openAndRun opens (or creates) the meeting file and runs the Moderate
// screen until the user quits.
func openAndRun(path string, lang i18n.Lang, withDemo bool, clock func() time.Time) error {
	store, err := openOrCreate(path, lang, withDemo)
	if err != nil || store == nil {
		return err
	}
	if err := needTerminal(lang); err != nil {
		store.Close()
		return err
	}
	h := hub.New(store, clock)
	defer h.Close()

	screen := ui.New(ui.NewContextAs(lang, hub.As(hub.RoleModerator)), h, clock)
	defer screen.Close()
	p := tea.NewProgram(screen)
	stop := make(chan struct{})
	defer close(stop)
	go releaseAfterCommits(h, store, stop)
	report := func(err error) { p.Send(ui.BackupMsg{Err: err}) }
	go func() {
		// The opening backup (none if the newest is current) is taken
		// after the first frame, not before it: copying a big file took
		// seconds of a blank terminal (issue 14); it waits a moment so as
		// not to take a core from the first frame either. One that cannot
		// be made (a full or read-only disk) is a warning on the status
		// bar, not a reason to keep the moderator out.
		select {
		case <-stop:
			return
		case <-time.After(openingBackupDelay):
		}
		if _, err := store.BackupIfChanged(time.Now()); err != nil {
			report(err)
		}
		// Opening decodes every record once: hand what that left behind
		// back to the system rather than keeping it as the heap's headroom
		// (at 10,000 questions, 47 MB resident instead of 52), and the
		// pages of the file read since Open let go of its own.
		debug.FreeOSMemory()
		store.ReleaseMemory()
		backups(store, stop, report)
	}()
	_, err = p.Run()
	return err
}

// releaseQuiet is how long the meeting must go unchanged before what its
// commits left resident is let go: a burst of commits pays nothing.
const releaseQuiet = 500 * time.Millisecond

// smallHeap is the live heap under which a quiet meeting's heap is also
// collected and its free pages handed back: a collection costs about a
// millisecond per MB of live heap, so a few at 10,000 questions (13 MB),
// while above this Go's own pace (the heap may grow to twice its live
// size before a collection, and keeps what it freed) is left alone.
const smallHeap = 64 << 20

// releaseAfterCommits lets go of what a meeting's commits left resident,
// once it has been quiet for releaseQuiet: see release.
func releaseAfterCommits(h *hub.Hub, store *storage.Store, stop <-chan struct{}) {
	snaps, unsubscribe := h.Subscribe()
	defer unsubscribe()
	var quiet <-chan time.Time
	version := (<-snaps).Version // the meeting as opened: the opening releases it
	for {
		select {
		case <-stop:
			return
		case snap, ok := <-snaps:
			if !ok {
				return
			}
			if snap.Version != version { // a commit, not a notes editor opening
				version = snap.Version
				quiet = time.After(releaseQuiet)
			}
		case <-quiet:
			quiet = nil
			release(store)
		}
	}
}

// release hands back to the system what a while of use left resident:
// the pages of the meeting file that commits read through its map (a
// commit touches a few pages, and the system maps each with its
// neighbours: 6 MB more after one call next at 10,000 questions; see
// storage.Store.ReleaseMemory: nothing read or written changes), and,
// while the heap is small, what the heap freed since and keeps as
// headroom (at 10,000 questions, RssAnon 31 MB after fifteen rounds of
// filtering and calling, 21 MB with this).
func release(store *storage.Store) {
	store.ReleaseMemory()
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	if live[0].Value.Kind() == metrics.KindUint64 && live[0].Value.Uint64() < smallHeap {
		debug.FreeOSMemory()
	}
}

// backupWarning is what the status bar says of a failed backup, "" for none.
func backupWarning(lang i18n.Lang, err error) string {
	if err == nil {
		return ""
	}
	t := i18n.New(lang)
	return t.T("status.backup_failed", ui.ErrorText(t, err))
}

// openOrCreate opens path; a missing file is created, from the demo or
// from the setup form. It returns a nil store if the user cancelled setup.
func openOrCreate(path string, lang i18n.Lang, withDemo bool) (*storage.Store, error) {
	if _, err := os.Stat(path); err == nil {
		if withDemo {
			return nil, &storage.Error{Code: storage.CodeExists, Path: path}
		}
		return storage.Open(path, nil)
	}
	if err := needTerminal(lang); err != nil {
		return nil, err // before creating anything
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, &storage.Error{Code: storage.CodeIO, Path: path, Args: []any{err}, Err: err}
	}
	now := time.Now()
	var m *model.Meeting
	if withDemo {
		var err error
		if m, err = demo.Meeting(now); err != nil {
			return nil, err
		}
	} else {
		setup := ui.NewSetup(ui.NewContextAs(lang, hub.As(hub.RoleModerator)), path, now)
		if _, err := tea.NewProgram(setup).Run(); err != nil {
			return nil, err
		}
		if !setup.Done {
			return nil, nil
		}
		m = model.New(setup.Header)
	}
	return storage.Create(path, m, "moderator", now, nil)
}

// needTerminal refuses to start a screen without a terminal to draw it on.
func needTerminal(lang i18n.Lang) error {
	if term.IsTerminal(os.Stdin.Fd()) {
		return nil
	}
	return plainError(i18n.New(lang).T("cli.no_tty"))
}

// backups copies the running meeting to its backups folder every few
// minutes, from a read transaction beside the writer.
// Each result goes to report, so a failure shows on the moderator's status
// bar and the next success clears it.
func backups(store *storage.Store, stop <-chan struct{}, report func(error)) {
	t := time.NewTicker(backupEvery)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case now := <-t.C:
			_, err := store.BackupIfChanged(now) // then prunes the older ones
			report(err)
			release(store)
		}
	}
}

func checkFile(path string, stdout, stderr io.Writer, t i18n.Catalog) int {
	if path == "" {
		fmt.Fprintln(stderr, "podium: "+t.T("cli.need_file"))
		return 2
	}
	errs := storage.Check(path)
	if len(errs) == 0 {
		fmt.Fprintln(stdout, t.T("cli.check_ok", path))
		return 0
	}
	fmt.Fprintln(stderr, t.T("cli.check_failed", path, len(errs)))
	for _, e := range errs {
		fmt.Fprintln(stderr, "  - "+ui.ErrorText(t, e))
	}
	return 1
}

// backupTimeFormat is how a backup's time is shown on the command line.
const backupTimeFormat = "15:04:05 02/01/2006"

// backupFile is podium backup FILE [DEST] (or -o DEST): a copy in the
// backups folder beside FILE, or at DEST, a file or a folder (a USB
// stick's, say). While FILE is open in a running Podium, which keeps its
// own backups, it copies the newest of those to DEST, saying when it was
// taken; without DEST it says which one that is.
func backupFile(path, dest string, stdout io.Writer, t i18n.Catalog) error {
	if path == "" {
		return plainError(t.T("cli.need_file"))
	}
	store, err := storage.Open(path, &storage.Options{ReadOnly: true})
	if storage.CodeOf(err) == storage.CodeLocked {
		return backupOpenFile(path, dest, stdout, t)
	}
	if err != nil {
		return err
	}
	defer store.Close()
	now := time.Now()
	var written string
	if dest == "" {
		written, err = store.BackupTo(storage.BackupDir(path), now)
	} else {
		written, err = store.BackupToFile(dest, now)
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, t.T("cli.backup_written", written, now.Format(backupTimeFormat)))
	return nil
}

// backupOpenFile is podium backup on a meeting open in a running Podium.
func backupOpenFile(path, dest string, stdout io.Writer, t i18n.Catalog) error {
	newest := storage.NewestBackup(path)
	if newest == "" {
		return plainError(t.T("cli.backup_open_none", path))
	}
	taken := storage.BackupTime(newest).Format(backupTimeFormat)
	if dest == "" {
		fmt.Fprintln(stdout, t.T("cli.backup_open_newest", path, newest, taken))
		return nil
	}
	written, err := storage.CopyBackup(newest, dest, path)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, t.T("cli.backup_open_copied", path, newest, taken, written))
	return nil
}
