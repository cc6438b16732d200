package sshserve

import (
	"io"
	"strings"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"podium/model"
	"podium/storage/hub"
	"podium/ui"
	"podium/ui/i18n"
)

// session is one SSH session's screen and what watches it.
type session struct {
	id    identity
	lang  i18n.Lang
	close func() // stops the screen listening to the hub; set with the screen

	lastInput atomic.Int64 // unix nanoseconds of the last byte typed
	idled     atomic.Bool
	stopping  atomic.Bool        // the server is closing
	done      chan struct{}      // closed when the session's handler returns
	conn      any                // the SSH connection (a gossh.Conn)
	news      chan ui.AwaitedMsg // a moderator's: who is not back yet, the newest (Server.tell)
	program   atomic.Pointer[tea.Program]
}

type sessionKey struct{}

// gate runs first for every session: it decides who the session is from
// what the login proved, insists on a terminal, keeps the connection
// checked while it lasts, and when the program has ended (quit, a dropped
// connection, the idle timeout, the server stopping) closes its screen:
// the notes being typed are saved to the hub then, before the session
// counts as gone, so Server.Close, which waits for the sessions, returns
// only after they are stored and before the hub closes.
func (s *Server) gate(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		// What the client sent about itself (its user name, LANG, TERM)
		// is text from outside like any other: cleaned before it is used,
		// logged or shown.
		lang := i18n.FromLocale(i18n.Getenv(cleanEnv(sess.Environ())))
		t := i18n.New(lang)
		user := model.CleanLine(sess.User())
		id, ok := s.identify(sess)
		if !ok {
			s.logf("serve.log.refused", user, sess.RemoteAddr())
			wish.Fatalln(sess, t.T("serve.refused", user))
			return
		}
		pty, winch, hasPty := sess.Pty()
		if !hasPty {
			wish.Fatalln(sess, t.T("serve.need_pty"))
			return
		}
		st := &session{id: id, lang: lang, done: make(chan struct{}), conn: sess.Context().Value(ssh.ContextKeyConn)}
		if id.role == hub.RoleModerator {
			st.news = make(chan ui.AwaitedMsg, 1)
		}
		st.lastInput.Store(time.Now().UnixNano())
		if !s.add(st) {
			_ = sess.Exit(1)
			return
		}
		defer s.remove(st)
		defer close(st.done)
		defer func() {
			if st.close != nil {
				st.close()
			}
		}()
		sess.Context().SetValue(sessionKey{}, st)
		go s.keepAlive(sess, st.done)
		if id.key != "" {
			s.logf("serve.log.joined_key", id.role, sess.RemoteAddr(), id.key)
		} else {
			s.logf("serve.log.joined_code", id.role, sess.RemoteAddr())
		}
		pty.Term = model.CleanLine(pty.Term)
		next(resizes{Session: sess, pty: pty, winch: coalesce(winch, st.done)})
		if st.stopping.Load() {
			wish.Println(sess, "\r\n"+t.T("serve.stopped")+"\r")
		}
		if st.idled.Load() {
			wish.Println(sess, "\r\n"+t.T("serve.idle_closed", shortDuration(s.cfg.Idle))+"\r")
			s.logf("serve.log.idle", id.role, sess.RemoteAddr(), shortDuration(s.cfg.Idle))
		}
		s.logf("serve.log.left", id.role, sess.RemoteAddr())
	}
}

// program builds the session's own Bubble Tea program: the screen of its
// role on the shared hub, in its language, with the options wish derives
// from the session (input and output, the client's size, its colour
// profile from its TERM). The screen then asks the client for its
// background colour and builds its styles for light or dark from the
// answer (ui/background.go): each session's own, never the server's
// terminal's. Each program reads its own subscription, so a client that
// stops reading stalls only its own screen.
func (s *Server) program(sess ssh.Session) *tea.Program {
	st, _ := sess.Context().Value(sessionKey{}).(*session)
	if st == nil {
		return nil // the gate did not let it in; never reached
	}
	ctx := ui.NewContextAs(st.lang, hub.As(st.id.role))
	ctx.Remote = true
	var m tea.Model
	switch st.id.role {
	case hub.RoleDisplay:
		d := ui.NewDisplay(ctx, s.hub, s.cfg.Clock)
		st.close, m = d.Close, d
	default:
		mm := ui.New(ctx, s.hub, s.cfg.Clock)
		if st.id.role == hub.RoleClerk {
			mm.OpenRecord()
		} else {
			mm.SetJoinInfo(s.JoinInfo(ctx.T, sess.LocalAddr()))
			mm.SetAwaited(WhoOf(s.Awaited()))
			mm.SetCodesRenewer(s.Renewer(sess.LocalAddr()))
		}
		st.close, m = mm.Close, mm
	}
	opts := bubbletea.MakeOptions(sess)
	if sess.EmulatedPty() {
		opts = append(opts, tea.WithInput(&inputClock{r: sess, last: &st.lastInput}))
		if s.wrapOutput != nil {
			opts = append(opts, tea.WithOutput(s.wrapOutput(st.id.role, sess)))
		}
	}
	// The process's signals are the local terminal's business, not each
	// remote screen's.
	opts = append(opts, tea.WithoutSignalHandler())
	p := tea.NewProgram(m, opts...)
	st.program.Store(p)
	if st.news != nil {
		go st.deliver(p)
	}
	if s.cfg.Idle > 0 && st.id.role != hub.RoleDisplay {
		go st.watchIdle(p, s.cfg.Idle)
	}
	return p
}

// resizes is a session whose window changes are coalesced: the newest size
// waits for the program, older ones are dropped. Without it, wish hands
// each resize to the program synchronously; a client that stops reading
// (so its program is stuck writing) and keeps resizing would then block
// the connection's SSH request loop, which could then never see the
// connection close, and the session would outlive even Server.Close.
//
// It also answers Pty with the terminal as it was when the session began
// (later sizes come on the channel): charm.land/ssh updates the size it
// returns from Pty without a lock while a resize arrives, so the fewer
// reads of it the better.
type resizes struct {
	ssh.Session
	pty   ssh.Pty
	winch <-chan ssh.Window
}

func (r resizes) Pty() (ssh.Pty, <-chan ssh.Window, bool) { return r.pty, r.winch, true }

// Environ is the client's environment, cleaned (cleanEnv): the program's
// options (its colour profile from TERM and COLORTERM) are built from it.
func (r resizes) Environ() []string { return cleanEnv(r.Session.Environ()) }

// cleanEnv cleans each NAME=value the client sent as any text from outside
// is cleaned (model.CleanLine: no escape sequences, controls, bidi or
// zero-width characters), and drops what is left empty.
func cleanEnv(env []string) []string {
	out := make([]string, 0, len(env))
	for _, kv := range env {
		if kv = model.CleanLine(kv); kv != "" {
			out = append(out, kv)
		}
	}
	return out
}

// coalesce drains a session's window changes as they come, keeping only
// the newest for whoever reads the returned channel.
func coalesce(in <-chan ssh.Window, done <-chan struct{}) <-chan ssh.Window {
	out := make(chan ssh.Window, 1)
	go func() {
		for {
			var w ssh.Window
			var ok bool
			select {
			case <-done:
				return
			case w, ok = <-in:
				if !ok {
					return
				}
			}
			for sent := false; !sent; {
				select {
				case out <- w:
					sent = true
				default:
					select {
					case <-out: // a size the program has not taken yet: stale
					default:
					}
				}
			}
		}
	}()
	return out
}

// inputClock notes when the client last typed.
type inputClock struct {
	r    io.Reader
	last *atomic.Int64
}

func (c *inputClock) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.last.Store(time.Now().UnixNano())
	}
	return n, err
}

// watchIdle quits the program once nothing has been typed for idle.
func (st *session) watchIdle(p *tea.Program, idle time.Duration) {
	t := time.NewTimer(idle)
	defer t.Stop()
	for {
		select {
		case <-st.done:
			return
		case <-t.C:
		}
		since := time.Since(time.Unix(0, st.lastInput.Load()))
		if since >= idle {
			st.idled.Store(true)
			go p.Quit()
			// A program stuck writing to a client that stopped reading
			// never takes the quit: then the connection goes.
			select {
			case <-st.done:
			case <-time.After(10 * time.Second):
				if conn, ok := st.conn.(interface{ Close() error }); ok {
					_ = conn.Close()
				}
			}
			return
		}
		t.Reset(idle - since)
	}
}

// keepAlive asks the client every KeepAlive whether it is still there, and
// drops the connection when it does not answer in time: a laptop that went
// to sleep or left the network leaves no screen behind.
func (s *Server) keepAlive(sess ssh.Session, done <-chan struct{}) {
	conn, ok := sess.Context().Value(ssh.ContextKeyConn).(gossh.Conn)
	if !ok {
		return
	}
	every := s.cfg.KeepAlive
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
		}
		reply := make(chan error, 1)
		go func() {
			_, _, err := conn.SendRequest("keepalive@openssh.com", true, nil)
			reply <- err
		}()
		timeout := time.NewTimer(every)
		select {
		case err := <-reply:
			timeout.Stop()
			if err != nil {
				_ = conn.Close()
				return
			}
		case <-timeout.C:
			s.logf("serve.log.dropped", model.CleanLine(sess.User()), sess.RemoteAddr())
			_ = conn.Close()
			return
		case <-done:
			timeout.Stop()
			return
		}
	}
}

// shortDuration writes 30m0s as 30m and 1h0m0s as 1h.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
