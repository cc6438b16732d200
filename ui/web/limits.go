package web

import (
	"sync"
	"time"
)

// rateLimit keeps, per address, when its recent questions were taken:
// at most limit in window. It holds at most maxAddrs addresses; past that
// a new address waits like one that has sent too many, so a flood of
// made-up addresses cannot fill the memory.
type rateLimit struct {
	limit  int
	window time.Duration

	mu    sync.Mutex
	sent  map[string][]time.Time
	calls int
}

const maxAddrs = 100_000

func newRateLimit(limit int, window time.Duration) *rateLimit {
	return &rateLimit{limit: limit, window: window, sent: map[string][]time.Time{}}
}

// take reserves one question for addr at now. ok false: the address has
// sent its share; retry is how long until it may send again.
func (l *rateLimit) take(addr string, now time.Time) (ok bool, retry time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.calls++
	if l.calls%1000 == 0 {
		l.sweep(now)
	}
	ts := l.recent(addr, now)
	if len(ts) >= l.limit {
		return false, ts[0].Add(l.window).Sub(now)
	}
	if ts == nil && len(l.sent) >= maxAddrs {
		return false, l.window
	}
	l.sent[addr] = append(ts, now)
	return true, 0
}

// give back returns the reservation take made at at, for a question the
// writer did not take.
func (l *rateLimit) giveBack(addr string, at time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	ts := l.sent[addr]
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].Equal(at) {
			l.sent[addr] = append(ts[:i:i], ts[i+1:]...)
			break
		}
	}
	if len(l.sent[addr]) == 0 {
		delete(l.sent, addr)
	}
}

// recent is addr's times within the window, oldest first.
func (l *rateLimit) recent(addr string, now time.Time) []time.Time {
	ts := l.sent[addr]
	i := 0
	for i < len(ts) && !ts[i].After(now.Add(-l.window)) {
		i++
	}
	if i == len(ts) {
		delete(l.sent, addr)
		return nil
	}
	return ts[i:]
}

func (l *rateLimit) sweep(now time.Time) {
	for addr := range l.sent {
		if ts := l.recent(addr, now); ts != nil {
			l.sent[addr] = ts
		}
	}
}
