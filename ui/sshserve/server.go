package sshserve

import (
	"errors"
	"io"
	"log"
	"net"
	"sync"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"podium/storage/hub"
	"podium/ui/i18n"
)

// Config is how a meeting is served.
type Config struct {
	// HostKey is the server's own key (LoadOrCreateHostKey). Required.
	HostKey gossh.Signer
	// KeysDir holds moderator.keys, clerk.keys and display.keys, each an
	// authorized_keys file (options are ignored). "" or a missing file:
	// no keys for that role.
	KeysDir string
	// Codes are the join codes by role; a role without one joins only
	// with a key.
	Codes map[hub.Role]string
	// Idle closes a moderator's or clerk's session after this long without
	// a key press; 0 never. A display is never closed for idleness: a
	// projector is watched, not typed at.
	Idle time.Duration
	// KeepAlive is how often a client is asked whether it is still there;
	// one that does not answer within the same time is dropped, and its
	// screen with it. 0: 30 seconds.
	KeepAlive time.Duration
	// Lang is the language of a session whose LC_ALL, LC_MESSAGES or LANG
	// names neither Vietnamese nor English, or that sends none.
	Lang i18n.Lang
	// Clock is the screens' wall clock; nil: time.Now.
	Clock func() time.Time
	// Log records who joined and left and every refusal, in Lang; nil:
	// nowhere.
	Log *log.Logger
	// FailDelay is how long a wrong join code waits before it is refused.
	FailDelay time.Duration
}

// Server serves one hub's meeting over SSH.
type Server struct {
	hub *hub.Hub
	cfg Config
	srv *ssh.Server

	mu     sync.Mutex
	live   map[*session]struct{}
	closed bool

	// wrapOutput, in tests, watches what each screen writes.
	wrapOutput func(hub.Role, io.Writer) io.Writer
}

// ErrNoHostKey is returned by New without Config.HostKey.
var ErrNoHostKey = errors.New("sshserve: no host key")

// New prepares a server for the hub's meeting; Serve starts it.
func New(h *hub.Hub, cfg Config) (*Server, error) {
	if cfg.HostKey == nil {
		return nil, ErrNoHostKey
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.KeepAlive <= 0 {
		cfg.KeepAlive = 30 * time.Second
	}
	s := &Server{hub: h, cfg: cfg, live: map[*session]struct{}{}}
	banner := i18n.New(i18n.VI).T("serve.banner") + "\r\n" + i18n.New(i18n.EN).T("serve.banner") + "\r\n"
	srv, err := wish.NewServer(
		func(srv *ssh.Server) error { srv.AddHostKey(cfg.HostKey); return nil },
		wish.WithBanner(banner),
		wish.WithPublicKeyAuth(s.publicKeyOK),
		wish.WithPasswordAuth(s.passwordOK),
		wish.WithKeyboardInteractiveAuth(s.keyboardOK),
		// Middlewares run last to first: the gate decides who the session
		// is and that it has a terminal, then its own program runs.
		wish.WithMiddleware(
			bubbletea.MiddlewareWithProgramHandler(s.program),
			s.gate,
		),
	)
	if err != nil {
		return nil, err
	}
	srv.HandshakeTimeout = 30 * time.Second // a connection that never logs in goes
	s.srv = srv
	return s, nil
}

// Serve accepts connections on l until Close; it returns ssh.ErrServerClosed
// then.
func (s *Server) Serve(l net.Listener) error { return s.srv.Serve(l) }

// Close ends every session's program first, so each client gets its
// terminal back with a word that sharing has stopped, then stops
// listening, drops every connection and waits (up to a few seconds) until
// every session's screen has stopped listening to the hub.
func (s *Server) Close() error {
	s.mu.Lock()
	s.closed = true
	for st := range s.live {
		st.stopping.Store(true)
		if p := st.program.Load(); p != nil {
			go p.Quit() // a program stuck on a stalled client never takes it: the connection goes below
		}
	}
	s.mu.Unlock()
	deadline := time.Now().Add(time.Second)
	for s.Sessions() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	err := s.srv.Close()
	deadline = time.Now().Add(5 * time.Second)
	for s.Sessions() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if errors.Is(err, net.ErrClosed) {
		err = nil
	}
	return err
}

// Sessions is the number of sessions with a screen running.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.live)
}

func (s *Server) add(st *session) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.live[st] = struct{}{}
	return true
}

func (s *Server) remove(st *session) {
	s.mu.Lock()
	delete(s.live, st)
	s.mu.Unlock()
}

// logf writes a line of the log, a catalog message in the server's
// language.
func (s *Server) logf(key string, args ...any) {
	if s.cfg.Log != nil {
		s.cfg.Log.Print(i18n.New(s.cfg.Lang).T(key, args...))
	}
}
