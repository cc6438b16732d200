package web

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"podium/storage/hub"
	"podium/ui/joinaddr"
)

//go:embed assets
var assets embed.FS

// Codes are the two codes of the pages: the projector's (/display) and
// the audience's (/ask). An empty code opens nothing.
type Codes struct {
	Display string
	Ask     string
}

// Follower is what the pages read of the meeting: the writer's snapshots.
type Follower interface {
	Subscribe() (<-chan hub.Snapshot, func())
	Snapshot() hub.Snapshot
}

// Config is what a Server needs.
type Config struct {
	// Codes are the codes in force now; called on every request, so new
	// codes (the moderator's key) take effect at once.
	Codes func() Codes
	// Addr is the listener's address: the pages' addresses on the join
	// lines and in the QR code are made of it.
	Addr net.Addr
	// Clock is the wall clock (time.Now; a fake one in tests).
	Clock func() time.Time
	// Limit is how many questions one address may send in Window; 0: 3
	// in 10 minutes.
	Limit  int
	Window time.Duration
}

// Server serves the hall's pages on one writer.
type Server struct {
	hub  Follower
	sub  Submitter
	cfg  Config
	base string // Base
	key  []byte // the CSRF tokens' HMAC key, new each run
	rate *rateLimit
	qr   qrCache
	mux  *http.ServeMux
	srv  *http.Server
	stop chan struct{} // closed by Close: the event streams end
	once sync.Once
}

// New makes a server on h; sub takes the audience's questions (nil: the
// ask page says submissions are closed).
func New(h Follower, sub Submitter, cfg Config) *Server {
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.Limit <= 0 {
		cfg.Limit = 3
	}
	if cfg.Window <= 0 {
		cfg.Window = 10 * time.Minute
	}
	s := &Server{hub: h, sub: sub, cfg: cfg, base: baseOf(cfg.Addr), key: make([]byte, 32), stop: make(chan struct{})}
	if _, err := rand.Read(s.key); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	s.rate = newRateLimit(cfg.Limit, cfg.Window)
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("GET /display", s.display)
	s.mux.HandleFunc("GET /display/events", s.events)
	s.mux.HandleFunc("GET /ask", s.askForm)
	s.mux.HandleFunc("POST /ask", s.askPost)
	s.mux.HandleFunc("GET /static/{name}", s.static)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { refuse(w, http.StatusNotFound) })
	s.srv = &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      15 * time.Second, // the event stream moves its own deadline on
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	return s
}

// Handler is the server's handler with its headers, for tests and Serve.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		s.mux.ServeHTTP(w, r)
	})
}

// Serve answers on l until Close.
func (s *Server) Serve(l net.Listener) error {
	err := s.srv.Serve(l)
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// Close ends the event streams, lets the requests under way finish for a
// moment, then closes every connection.
func (s *Server) Close() error {
	s.once.Do(func() { close(s.stop) })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(ctx); err != nil {
		return s.srv.Close()
	}
	return nil
}

// refuse answers a request it will not serve: the status and its plain
// name, nothing of the meeting.
func refuse(w http.ResponseWriter, status int) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(http.StatusText(status) + "\n"))
}

// codeOK reports whether given is want, compared as the SSH join codes
// are (case, dashes and spaces do not count), in constant time. An empty
// want opens nothing.
func codeOK(given, want string) bool {
	w := normCode(want)
	if len(w) == 0 {
		return false
	}
	return subtle.ConstantTimeCompare(normCode(given), w) == 1
}

// normCode is a code as compared (joinaddr.NormCode), of at most the
// first 64 bytes a stranger's request gives.
func normCode(s string) []byte { return joinaddr.NormCode(s[:min(len(s), 64)]) }

// static serves the embedded style sheets and scripts.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	data, err := assets.ReadFile("assets/" + name)
	if err != nil || strings.Contains(name, "/") || strings.HasSuffix(name, ".html") {
		refuse(w, http.StatusNotFound)
		return
	}
	switch {
	case strings.HasSuffix(name, ".css"):
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	case strings.HasSuffix(name, ".js"):
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	default:
		refuse(w, http.StatusNotFound)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(data)
}
