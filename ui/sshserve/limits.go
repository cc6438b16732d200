package sshserve

import (
	"net"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
)

// The defaults of the limits on guessing and flooding (Config).
const (
	DefaultMaxSessions  = 64
	defaultFailRate     = 10 // join codes checked a second, the whole server
	defaultLockoutAfter = 20 // failures from one address before it waits
	defaultLockout      = time.Minute
	// fullTellers is how many connections beyond the cap may be in their
	// handshake at once, being told that the server is full; any more are
	// closed at once.
	fullTellers = 16
	// fullDeadline is how long one of them may take to hear it.
	fullDeadline = 10 * time.Second
	// maxCheckWait is the longest a sign-in attempt waits for its turn
	// to be checked (bucket); about as long as a full server's attempts,
	// one per connection, take at the default rate.
	maxCheckWait = 8 * time.Second
	// maxTracked bounds the addresses remembered for the lockout; an
	// address beyond it is still held by the whole server's rate.
	maxTracked = 100_000
)

// bucket is a token bucket on the monotonic clock, rate tokens a second,
// at most burst at a time, in which a taker that finds it empty waits its
// turn (first come, first served) rather than being refused: during a
// flood, someone typing the right code waits at most as long as the
// attempts ahead of it take (no more than the open connections, each
// making one at a time), instead of drawing lots against the flood.
// It is kept as the time the next token is due (GCRA).
type bucket struct {
	mu       sync.Mutex
	interval time.Duration // between two tokens
	burst    time.Duration // how far ahead of its time a token may be taken
	maxWait  time.Duration // a turn further away than this is refused at once
	due      time.Time
}

func newBucket(rate float64, burst int, maxWait time.Duration) *bucket {
	iv := time.Duration(float64(time.Second) / rate)
	return &bucket{interval: iv, burst: time.Duration(burst-1) * iv, maxWait: maxWait}
}

// take waits for a token and reports true, or reports false at once when
// the wait would be longer than maxWait.
func (b *bucket) take() bool {
	b.mu.Lock()
	now := time.Now()
	due := b.due
	if due.Before(now) {
		due = now
	}
	turn := due.Add(-b.burst)
	wait := turn.Sub(now)
	if wait > b.maxWait {
		b.mu.Unlock()
		return false
	}
	b.due = due.Add(b.interval)
	b.mu.Unlock()
	if wait > 0 {
		time.Sleep(wait)
	}
	return true
}

// give returns a token taken for a check that turned out right: the bucket
// limits failures, not sign-ins.
func (b *bucket) give() {
	b.mu.Lock()
	if now := time.Now(); b.due.Sub(now) > b.interval {
		b.due = b.due.Add(-b.interval)
	} else if b.due.After(now) {
		b.due = now
	}
	b.mu.Unlock()
}

// strikes is what is remembered of one address.
type strikes struct {
	fails int       // since first
	first time.Time // the first of those failures
	until time.Time // locked out until then
}

// limits holds the counts behind the limits on guessing and on open
// connections, and the minute's failures for the log's summary.
type limits struct {
	checks *bucket
	after  int
	wait   time.Duration
	clock  func() time.Time // the lockout's; the bucket keeps real time
	max    int

	mu      sync.Mutex
	addrs   map[string]*strikes
	open    int // connections admitted and not yet closed
	telling int // connections being told the server is full
	// The minute's counts, for the summary.
	failed  int
	from    map[string]struct{}
	locked  int
	turned  int
	checked atomic.Int64 // codes compared, ever (tests read it)
}

func newLimits(cfg Config) *limits {
	l := &limits{
		checks: newBucket(cfg.FailRate, max(1, int(cfg.FailRate)), maxCheckWait),
		after:  cfg.LockoutAfter,
		wait:   cfg.Lockout,
		clock:  cfg.LockoutClock,
		max:    cfg.MaxSessions,
		addrs:  map[string]*strikes{},
		from:   map[string]struct{}{},
	}
	return l
}

// addrKey is what the lockout counts by: the IP address, or for IPv6 its
// /64 network (one host usually holds a whole /64).
func addrKey(a net.Addr) string {
	var ip net.IP
	switch a := a.(type) {
	case *net.TCPAddr:
		ip = a.IP
	default:
		if a == nil {
			return "?"
		}
		h, _, err := net.SplitHostPort(a.String())
		if err != nil {
			return a.String()
		}
		ip = net.ParseIP(h)
		if ip == nil {
			return h
		}
	}
	if ip4 := ip.To4(); ip4 != nil {
		return ip4.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// lockedOut reports whether the address is waiting out its lockout.
func (l *limits) lockedOut(a net.Addr) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	st := l.addrs[addrKey(a)]
	return st != nil && l.clock().Before(st.until)
}

// verdict is what may happen to a sign-in attempt before its code is
// compared.
type verdict int

const (
	mayCheck verdict = iota
	refuseLocked
	refuseBusy
)

// beforeCheck decides whether a join code from a may be compared: not
// while its address is locked out, and not beyond the whole server's rate:
// it waits its turn (a token), or is refused when that is too far off.
func (l *limits) beforeCheck(a net.Addr) verdict {
	if l.lockedOut(a) {
		return refuseLocked
	}
	if !l.checks.take() {
		return refuseBusy
	}
	if l.lockedOut(a) { // while it waited
		return refuseLocked
	}
	l.checked.Add(1)
	return mayCheck
}

// fail counts a failed sign-in from a; the address's twentieth (after)
// failure within a lockout's length locks it out for that length.
func (l *limits) fail(a net.Addr) {
	k := addrKey(a)
	now := l.clock()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.failed++
	if len(l.from) < maxTracked {
		l.from[k] = struct{}{}
	}
	st := l.addrs[k]
	if st == nil {
		if len(l.addrs) >= maxTracked {
			return
		}
		st = &strikes{}
		l.addrs[k] = st
	}
	if now.Before(st.until) {
		return // already waiting: nothing more to count
	}
	if st.fails == 0 || now.Sub(st.first) > l.wait {
		st.fails, st.first = 0, now
	}
	st.fails++
	if st.fails >= l.after {
		st.until = now.Add(l.wait)
		st.fails = 0
		l.locked++
	}
}

// admit counts a new connection: ok if under the cap; otherwise tell is
// whether it may still be told so (there are not too many being told).
// done, called once when the connection closes, uncounts it.
func (l *limits) admit() (ok, tell bool, done func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.open < l.max {
		l.open++
		return true, false, l.release(&l.open)
	}
	l.turned++
	if l.telling < fullTellers {
		l.telling++
		return false, true, l.release(&l.telling)
	}
	return false, false, func() {}
}

func (l *limits) release(n *int) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			*n--
			l.mu.Unlock()
		})
	}
}

// minute is what the log says of the minute gone: its failures and from
// how many addresses, the addresses locked out, the connections turned
// away because the server was full. It starts a new minute and forgets
// the addresses whose failures and lockout are over.
type minute struct{ failed, addrs, locked, turned int }

func (l *limits) minute() minute {
	now := l.clock()
	l.mu.Lock()
	defer l.mu.Unlock()
	m := minute{failed: l.failed, addrs: len(l.from), locked: l.locked, turned: l.turned}
	l.failed, l.locked, l.turned = 0, 0, 0
	clear(l.from)
	for k, st := range l.addrs {
		if !now.Before(st.until) && now.Sub(st.first) > l.wait {
			delete(l.addrs, k)
		}
	}
	return m
}

// logMinute writes the minute's summary, if anything happened: one or two
// lines a minute however hard the server is tried.
func (s *Server) logMinute() {
	m := s.limits.minute()
	if m.failed > 0 {
		s.logf("serve.log.failures", m.failed, m.addrs, m.locked)
	}
	if m.turned > 0 {
		s.logf("serve.log.full_turned", m.turned, s.cfg.MaxSessions)
	}
}

// summarize logs the minute's summary each minute until stop is closed
// (Close logs the last one).
func (s *Server) summarize(stop <-chan struct{}) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			s.logMinute()
		case <-stop:
			return
		}
	}
}

// ctxFull marks, in a connection's context, one over the cap: it is told
// the server is full and closed after its first sign-in attempt.
type ctxFull struct{}

// limitedConn is an admitted connection that uncounts itself when closed;
// one being told the server is full never waits longer than its deadline.
type limitedConn struct {
	net.Conn
	done     func()
	deadline time.Time // zero: none of its own
}

func (c *limitedConn) Close() error {
	c.done()
	return c.Conn.Close()
}

func (c *limitedConn) SetDeadline(t time.Time) error {
	return c.Conn.SetDeadline(c.clamp(t))
}

func (c *limitedConn) SetReadDeadline(t time.Time) error {
	return c.Conn.SetReadDeadline(c.clamp(t))
}

func (c *limitedConn) SetWriteDeadline(t time.Time) error {
	return c.Conn.SetWriteDeadline(c.clamp(t))
}

func (c *limitedConn) clamp(t time.Time) time.Time {
	if !c.deadline.IsZero() && (t.IsZero() || t.After(c.deadline)) {
		return c.deadline
	}
	return t
}

// onConn is the server's ConnCallback: a connection from an address that
// is locked out is closed at once, unread; one beyond the cap on open
// connections is told the server is full (the banner, in both languages:
// who it is and what language they speak are not known before they sign
// in) and closed after its first attempt.
func (s *Server) onConn(ctx ssh.Context, conn net.Conn) net.Conn {
	if s.limits.lockedOut(conn.RemoteAddr()) {
		return nil
	}
	ok, tell, done := s.limits.admit()
	if ok {
		return &limitedConn{Conn: conn, done: done}
	}
	if !tell {
		return nil
	}
	c := &limitedConn{Conn: conn, done: done, deadline: time.Now().Add(fullDeadline)}
	ctx.SetValue(ctxFull{}, c)
	_ = c.SetDeadline(time.Time{})
	return c
}

// full reports whether the connection of ctx is one beyond the cap.
func full(ctx ssh.Context) *limitedConn {
	c, _ := ctx.Value(ctxFull{}).(*limitedConn)
	return c
}
