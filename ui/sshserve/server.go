package sshserve

import (
	"errors"
	"io"
	"log"
	"maps"
	"net"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"podium/storage/hub"
	"podium/ui"
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
	// with a key. Server.SetCodes replaces them while serving.
	Codes map[hub.Role]string
	// Before is who was connected when the meeting was last served
	// (CodesFile.Before): until each comes back, they are awaited.
	Before []Peer
	// Presence, if set, is told who is connected and who of Before is not
	// back yet, each time a session starts or ends; never while the server
	// closes, so what was connected before a quit or a crash is what the
	// next run awaits. Calls come one at a time, in order, from the
	// sessions' goroutines.
	Presence func(connected, awaited []Peer)
	// Renew, if set, makes and stores new join codes (CodesFile.Renew);
	// Server.Renewer puts them in force. nil: the codes cannot be changed
	// while serving.
	Renew func() (map[hub.Role]string, error)
	// Idle closes a moderator's or clerk's session after this long without
	// a key press; 0 never. A display is never closed for idleness: a
	// projector is watched, not typed at.
	Idle time.Duration
	// KeepAlive is how often a client is asked whether it is still there;
	// one that does not answer within the same time is dropped, and its
	// screen with it. 0: 30 seconds.
	KeepAlive time.Duration
	// Lang is the language of the server's log and of what it says before
	// a session has a screen. A session speaks the language of the locale
	// its client sends (i18n.FromLocale: Vietnamese unless it names English).
	Lang i18n.Lang
	// Clock is the screens' wall clock; nil: time.Now.
	Clock func() time.Time
	// Log records who joined and left and every refusal, in Lang; nil:
	// nowhere.
	Log *log.Logger
	// FailDelay is how long a wrong join code waits before it is refused.
	FailDelay time.Duration
	// MaxSessions caps the connections open at once, signed in or not;
	// one more is told the server is full and closed. 0: 64.
	MaxSessions int
	// FailRate is how many join codes a second the whole server compares
	// at most (a token bucket); an attempt beyond it is refused unread.
	// 0: 10.
	FailRate float64
	// LockoutAfter failed sign-ins from one address (an IPv6 /64) within
	// Lockout lock it out for Lockout: its connections are closed at once
	// and its attempts refused unread. 0: 20 and a minute.
	LockoutAfter int
	Lockout      time.Duration
	// LockoutClock is the lockout's clock; nil: time.Now.
	LockoutClock func() time.Time
}

// Server serves one hub's meeting over SSH.
type Server struct {
	hub *hub.Hub
	cfg Config
	srv *ssh.Server

	limits *limits
	stop   chan struct{} // ends the log's summaries
	once   sync.Once     // starts them

	codes atomic.Pointer[map[hub.Role]string] // replaced whole by SetCodes, never changed in place

	mu       sync.Mutex
	live     map[*session]struct{}
	closed   bool
	awaited  []Peer     // of cfg.Before, who has not come back yet
	told     sync.Mutex // keeps Presence's calls in order
	renewing sync.Mutex // one renewal of the codes at a time

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
	if cfg.MaxSessions <= 0 {
		cfg.MaxSessions = DefaultMaxSessions
	}
	if cfg.FailRate <= 0 {
		cfg.FailRate = defaultFailRate
	}
	if cfg.LockoutAfter <= 0 {
		cfg.LockoutAfter = defaultLockoutAfter
	}
	if cfg.Lockout <= 0 {
		cfg.Lockout = defaultLockout
	}
	if cfg.LockoutClock == nil {
		cfg.LockoutClock = time.Now
	}
	s := &Server{hub: h, cfg: cfg, live: map[*session]struct{}{}, limits: newLimits(cfg), stop: make(chan struct{})}
	s.SetCodes(cfg.Codes)
	s.awaited = slices.Clone(cfg.Before)
	srv, err := wish.NewServer(
		func(srv *ssh.Server) error {
			srv.AddHostKey(cfg.HostKey)
			srv.ConnCallback = s.onConn
			srv.BannerHandler = s.banner
			srv.ServerConfigCallback = s.sshConfig
			return nil
		},
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
func (s *Server) Serve(l net.Listener) error {
	s.once.Do(func() { go s.summarize(s.stop) })
	return s.srv.Serve(l)
}

// banner is shown before the sign-in prompt: who may sign in and how, or
// to a connection beyond the cap, that the server is full. Both in both
// languages: the client's is not known before it signs in. English comes
// first: OpenSSH without a UTF-8 locale (and some Windows clients) shows
// the Vietnamese line as escapes like \303\243, and the English one must
// still read.
func (s *Server) banner(ctx ssh.Context) string {
	key, args := "serve.banner", []any(nil)
	if full(ctx) != nil {
		key, args = "serve.full", []any{s.cfg.MaxSessions}
	}
	return i18n.New(i18n.EN).T(key, args...) + "\r\n" + i18n.New(i18n.VI).T(key, args...) + "\r\n"
}

// sshConfig is each connection's SSH configuration, before the ssh
// package adds the host key and the sign-in handlers: a connection beyond
// the cap is closed after its first attempt (the "none" every client makes
// first), when it has been sent the banner that says the server is full,
// before it asks its user for anything.
func (s *Server) sshConfig(ctx ssh.Context) *gossh.ServerConfig {
	return &gossh.ServerConfig{
		AuthLogCallback: func(gossh.ConnMetadata, string, error) {
			if c := full(ctx); c != nil {
				c.Close()
			}
		},
	}
}

// Close ends every session's program first, so each client gets its
// terminal back with a word that sharing has stopped, then stops
// listening, drops every connection and waits (up to a few seconds) until
// every session's screen has stopped listening to the hub.
func (s *Server) Close() error {
	s.mu.Lock()
	last := !s.closed
	if last {
		close(s.stop)
	}
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
	if last {
		s.logMinute() // the part of a minute since the last summary
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
	s.told.Lock()
	defer s.told.Unlock()
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return false
	}
	s.live[st] = struct{}{}
	s.awaited = back(s.awaited, st.id.peer())
	connected, awaited := s.presenceLocked()
	s.mu.Unlock()
	s.tell(connected, awaited)
	return true
}

func (s *Server) remove(st *session) {
	s.told.Lock()
	defer s.told.Unlock()
	s.mu.Lock()
	delete(s.live, st)
	closing := s.closed
	connected, awaited := s.presenceLocked()
	s.mu.Unlock()
	if !closing {
		s.tell(connected, awaited)
	}
}

// SetCodes replaces the join codes (a new set for the meeting): a sign-in
// from then on must give a new one. Sessions already in stay.
func (s *Server) SetCodes(codes map[hub.Role]string) {
	c := maps.Clone(codes)
	if c == nil {
		c = map[hub.Role]string{}
	}
	s.codes.Store(&c)
}

// code is the role's join code now; "": none.
func (s *Server) code(role hub.Role) string { return (*s.codes.Load())[role] }

// Awaited is who was connected before this run and is not back yet.
func (s *Server) Awaited() []Peer {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.awaited)
}

// presenceLocked is who is connected, in a stable order, and who is
// awaited. s.mu is held.
func (s *Server) presenceLocked() (connected, awaited []Peer) {
	for st := range s.live {
		connected = append(connected, st.id.peer())
	}
	slices.SortFunc(connected, func(a, b Peer) int { return strings.Compare(a.Who(), b.Who()) })
	return connected, slices.Clone(s.awaited)
}

// tell passes who is connected and awaited to Presence and to the
// moderators' screens over SSH. s.told is held: calls come in order. Each
// screen gets the newest news in its own time (session.news): one whose
// client stopped reading holds up nobody.
func (s *Server) tell(connected, awaited []Peer) {
	if s.cfg.Presence != nil {
		s.cfg.Presence(connected, awaited)
	}
	msg := ui.AwaitedMsg{Who: WhoOf(awaited)}
	s.mu.Lock()
	for st := range s.live {
		if st.news != nil {
			latest(st.news, msg)
		}
	}
	s.mu.Unlock()
}

// latest puts msg in a one-place mailbox, dropping what its reader has
// not taken yet: it is older.
func latest(box chan ui.AwaitedMsg, msg ui.AwaitedMsg) {
	for {
		select {
		case box <- msg:
			return
		default:
			select {
			case <-box:
			default:
			}
		}
	}
}

// deliver hands a moderator's screen the news of who is back, the newest
// only, until the session ends.
func (st *session) deliver(p *tea.Program) {
	for {
		select {
		case <-st.done:
			return
		case msg := <-st.news:
			p.Send(msg) // returns when the program has ended
		}
	}
}

// Renewer is the moderator's key for new join codes on a screen whose
// join lines name addr: the codes are made and stored (Config.Renew),
// then put in force, then shown. nil without Config.Renew.
func (s *Server) Renewer(addr net.Addr) ui.CodesRenewer {
	if s.cfg.Renew == nil {
		return nil
	}
	return func(t i18n.Catalog) ([]string, string, error) {
		s.renewing.Lock() // two moderators at once: one set after the other, both stored
		defer s.renewing.Unlock()
		codes, err := s.cfg.Renew()
		if err != nil {
			return nil, "", err
		}
		s.SetCodes(codes)
		s.logf("serve.log.new_codes") // never the codes
		return s.JoinInfo(t, addr), CodesText(t, codes), nil
	}
}

// CodesText names each role's code: "thư ký kxmt-prwa-bcdh, màn chiếu …".
func CodesText(t i18n.Catalog, codes map[hub.Role]string) string {
	var parts []string
	for _, r := range hub.Roles {
		if c := codes[r]; c != "" {
			parts = append(parts, t.T("serve.role."+string(r))+" "+c)
		}
	}
	return strings.Join(parts, ", ")
}

// WhoOf writes peers as senders are written, for the screens.
func WhoOf(peers []Peer) []string {
	who := make([]string, len(peers))
	for i, p := range peers {
		who[i] = p.Who()
	}
	return who
}

// back takes one awaited peer off for p: the same role and name, else the
// same role (a clerk who came back with the code instead of the key).
func back(awaited []Peer, p Peer) []Peer {
	i := slices.Index(awaited, p)
	if i < 0 {
		i = slices.IndexFunc(awaited, func(a Peer) bool { return a.Role == p.Role })
	}
	if i < 0 {
		return awaited
	}
	return slices.Delete(slices.Clone(awaited), i, i+1)
}

// logf writes a line of the log, a catalog message in the server's
// language.
func (s *Server) logf(key string, args ...any) {
	if s.cfg.Log != nil {
		s.cfg.Log.Print(i18n.New(s.cfg.Lang).T(key, args...))
	}
}
