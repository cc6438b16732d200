package main

import (
	"errors"
	stdlog "log"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	charmlog "charm.land/log/v2"
	"github.com/spf13/pflag"

	"podium/storage"
	"podium/storage/hub"
	"podium/storage/safefile"
	"podium/ui"
	"podium/ui/i18n"
	"podium/ui/sshserve"
)

// serveOptions are the flags of podium serve.
type serveOptions struct {
	listen string
	keys   string
	codes  string
	idle   time.Duration
	maxSes int
	renew  bool   // --new-codes
	web    string // --web: the hall's pages' address, or "off"
}

// serveFlags registers podium serve's flags on fs (no other command takes
// them), worded in the user's language.
func serveFlags(fs *pflag.FlagSet, t i18n.Catalog) *serveOptions {
	o := &serveOptions{}
	fs.StringVar(&o.listen, "listen", "127.0.0.1:2323", t.T("cli.flag.listen"))
	fs.StringVar(&o.keys, "keys", "", t.T("cli.flag.keys"))
	fs.StringVar(&o.codes, "codes", "clerk,display", t.T("cli.flag.codes"))
	fs.DurationVar(&o.idle, "idle", 30*time.Minute, t.T("cli.flag.idle"))
	fs.IntVar(&o.maxSes, "max-sessions", sshserve.DefaultMaxSessions, t.T("cli.flag.max_sessions"))
	fs.BoolVar(&o.renew, "new-codes", false, t.T("cli.flag.new_codes"))
	fs.StringVar(&o.web, "web", "127.0.0.1:8080", t.T("cli.flag.web"))
	return o
}

// codeRoles reads --codes: roles separated by commas, or none.
func codeRoles(s string) ([]hub.Role, bool) {
	var roles []hub.Role
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(strings.ToLower(part))
		if part == "" || part == "none" {
			continue
		}
		r, ok := hub.LoginRole(part)
		if !ok {
			return nil, false
		}
		if !slices.Contains(roles, r) {
			roles = append(roles, r)
		}
	}
	return roles, true
}

// beside is a file or folder next to the meeting file: <dir>/<base><suffix>,
// base being the file's name without its extension (as for the backups).
func beside(path, suffix string) string {
	b := filepath.Base(path)
	if e := filepath.Ext(b); e != "" && e != b {
		b = strings.TrimSuffix(b, e)
	}
	return filepath.Join(filepath.Dir(path), b+suffix)
}

// serveMeeting runs the moderator's screen in this terminal and shares the
// meeting over SSH until the moderator quits.
func serveMeeting(path string, lang i18n.Lang, o *serveOptions, t i18n.Catalog) error {
	if path == "" {
		path = defaultFile()
	}
	roles, ok := codeRoles(o.codes)
	if !ok {
		return plainError(t.T("serve.bad_codes", o.codes))
	}
	keysDir := o.keys
	if keysDir == "" {
		keysDir = beside(path, "-keys")
	}
	if len(roles) == 0 && !anyKeysFile(keysDir) {
		return plainError(t.T("serve.no_way_in", keysDir))
	}
	// Listen first: a port in use is said before anything is created.
	l, err := net.Listen("tcp", o.listen)
	if err != nil {
		return plainError(t.T("serve.listen_failed", o.listen, err))
	}
	defer l.Close()
	wl, err := listenWeb(o.web, t)
	if err != nil {
		return err
	}
	if wl != nil {
		defer wl.Close()
	}

	store, err := openOrCreate(path, lang, false)
	if err != nil || store == nil {
		return err
	}
	path = store.Path()
	if err := needTerminal(lang); err != nil {
		store.Close()
		return err
	}
	hostKeyFile := beside(path, "-hostkey")
	hostKey, err := sshserve.LoadOrCreateHostKey(hostKeyFile)
	if err != nil {
		store.Close()
		return plainError(t.T("serve.hostkey_bad", hostKeyFile, err))
	}
	// The join codes belong to the meeting: kept beside it for the owner
	// only, the same from one run to the next unless --new-codes.
	codesPath := beside(path, "-codes")
	codes, freshCodes, err := sshserve.OpenCodesFile(codesPath, withWebRoles(roles, wl != nil), o.renew)
	if err != nil {
		store.Close()
		if refused := (*safefile.RefusedError)(nil); errors.As(err, &refused) {
			// A link, a FIFO or a folder in its place: --new-codes would be
			// refused too, so say what is there, in the user's language.
			return storage.FileError(codesPath, err)
		}
		return plainError(t.T("serve.codes_bad", codesPath, err))
	}
	_, backupErr := store.BackupIfChanged(time.Now()) // a failure is a warning on the screen
	logPath := beside(path, "-serve.log")
	logFile, err := safefile.OpenAppend(logPath, 0o600) // never a link, a FIFO or a meeting
	if err != nil {
		store.Close()
		return storage.FileError(logPath, err)
	}
	defer logFile.Close()
	// The terminal belongs to the moderator's screen: whatever the SSH
	// libraries have to say goes to the log beside the meeting.
	stdlog.SetOutput(logFile)
	slog.SetDefault(slog.New(slog.NewTextHandler(logFile, nil)))
	charmlog.SetOutput(logFile)
	logger := stdlog.New(logFile, "", stdlog.LstdFlags)

	h := hub.New(store, time.Now)
	defer h.Close()

	var presence presence
	srv, err := sshserve.New(h, sshserve.Config{
		HostKey:     hostKey,
		KeysDir:     keysDir,
		Codes:       sshCodes(codes.Codes(), roles),
		Before:      codes.Before(),
		Presence:    presence.changed(codes, logger, t),
		Renew:       func() (map[hub.Role]string, error) { c, err := codes.Renew(); return sshCodes(c, roles), err },
		Idle:        o.idle,
		Lang:        lang,
		Clock:       time.Now,
		Log:         logger,
		FailDelay:   300 * time.Millisecond,
		MaxSessions: o.maxSes,
	})
	if err != nil {
		return err
	}
	logger.Print(t.T("serve.log.serving", path, l.Addr(), sshserve.Fingerprint(hostKey)))
	if freshCodes {
		logger.Print(t.T("serve.log.new_codes")) // never the codes themselves
	}
	go srv.Serve(l)
	defer srv.Close() // before the hub closes: every remote screen stops first

	screen := ui.New(ui.NewContextAs(lang, hub.As(hub.RoleModerator)), h, time.Now)
	defer screen.Close()
	hall := startWeb(wl, h, codes, logger, t)
	defer hall.close()
	screen.SetJoinInfo(append(srv.JoinInfo(t, l.Addr()), hall.join(t)...))
	screen.SetJoinQR(hall.qr())
	screen.SetAwaited(sshserve.WhoOf(srv.Awaited()))
	screen.SetCodesRenewer(hall.renewer(srv.Renewer(l.Addr())))
	if o.renew {
		screen.Notice(t.T("restart.codes_new", sshserve.CodesText(t, codes.Codes())))
	}
	screen.Warn(backupWarning(lang, backupErr))
	p := tea.NewProgram(screen)
	presence.send(p)
	stop := make(chan struct{})
	defer close(stop)
	go backups(store, stop, func(err error) { p.Send(ui.BackupMsg{Err: err}) })
	go releaseAfterCommits(h, store, stop) // as the podium laptop alone does: see main.go
	_, err = p.Run()
	return err
}

// presence carries the server's news of who is connected to the codes
// file (for the next run) and to the moderator's screen.
type presence struct {
	mu sync.Mutex
	p  *tea.Program
}

func (pr *presence) send(p *tea.Program) {
	pr.mu.Lock()
	pr.p = p
	pr.mu.Unlock()
}

func (pr *presence) changed(codes *sshserve.CodesFile, logger *stdlog.Logger, t i18n.Catalog) func(connected, awaited []sshserve.Peer) {
	return func(connected, awaited []sshserve.Peer) {
		if err := codes.SetConnected(connected); err != nil {
			logger.Print(t.T("serve.log.codes_unsaved", codes.Path(), err))
		}
		pr.mu.Lock()
		p := pr.p
		pr.mu.Unlock()
		if p != nil {
			p.Send(ui.AwaitedMsg{Who: sshserve.WhoOf(awaited)})
		}
	}
}

// anyKeysFile reports whether the keys folder holds a role's keys file.
func anyKeysFile(dir string) bool {
	for _, r := range hub.Roles {
		if _, err := os.Stat(sshserve.KeysFile(dir, r)); err == nil {
			return true
		}
	}
	return false
}
