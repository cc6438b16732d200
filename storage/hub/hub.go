// Package hub is the one writer: a single goroutine owns the open meeting
// store, applies every screen's commands in turn, and hands each subscriber
// the new immutable snapshot. Screens never change the meeting themselves.
//
// It knows storage and the model, never a screen.
package hub

import (
	"slices"
	"sync"
	"time"

	"podium/model"
	"podium/storage"
)

// Snapshot is the meeting as committed, with what last changed it.
type Snapshot struct {
	Meeting *model.Meeting
	Path    string
	// Version counts the changes this hub has committed (the log steps: a
	// group commit of several senders' commands counts each); screens use
	// it to see whether anything changed.
	Version uint64
	// Last is the verb, who sent it, and for an undo the verb it undid:
	// the newest change (of a group committed together, the last).
	Last Event
	// Seq counts every snapshot this hub has handed out: the commits and
	// the changes of Typing, which commit nothing. A screen that gets
	// snapshots by more than one way keeps the one with the highest Seq.
	Seq uint64
	// Typing is who has a notes editor open on which answer right now,
	// by answer, then in the order they began: screens say so, so that
	// nobody ends or undoes an answer someone is writing without knowing.
	// It is not stored.
	Typing []Typing
}

// Typing is one screen writing notes on an answer.
type Typing struct {
	Who    Sender // the sender, as its commands carry it
	Answer int
	// Key is what the screen called SetTyping with, so that it can tell
	// its own typing from others'.
	Key any
}

// Event is one committed change.
type Event struct {
	Verb    string
	Who     string
	Undid   string
	Command model.Command
}

// Hub owns the store. All its methods are safe to call from any goroutine.
type Hub struct {
	store *storage.Store
	clock func() time.Time
	last  time.Time // the newest time handed to the model; only run() uses it
	reqs  chan request
	done  chan struct{}

	// gate keeps Close from closing reqs while a sender is handing one over.
	gate   sync.RWMutex
	closed bool

	mu     sync.Mutex
	snap   Snapshot
	subs   map[chan Snapshot]struct{}
	typing []Typing // in the order they began; snap.Typing is it by answer
}

type request struct {
	cmd   model.Command
	batch []model.Command // DoAll: cmd is nil, verb names the batch
	verb  string
	undo  bool
	redo  bool
	who   Sender
	owner string // UndoOf: whose step, in the log's form; "" for who's own
	reply chan result
	refs  bool // DoRefs: say which records cmd changed
}

type result struct {
	err   error
	undid storage.LogEntry
	refs  []model.Ref
}

// New starts the writer goroutine on an open store. now is the wall clock
// (time.Now in the program, a fake one in tests).
func New(store *storage.Store, now func() time.Time) *Hub {
	h := &Hub{
		store: store,
		clock: now,
		reqs:  make(chan request),
		done:  make(chan struct{}),
		subs:  map[chan Snapshot]struct{}{},
		snap:  Snapshot{Meeting: store.Meeting(), Path: store.Path()},
	}
	h.last, _ = store.LastTime()
	go h.run()
	return h
}

// now is the wall clock, never earlier than a time already recorded: if the
// computer's clock is set back (a time sync, a wrong time zone fixed), the
// meeting's times stay in order and its clocks never run backwards.
func (h *Hub) now() time.Time {
	t := h.clock()
	if t.Before(h.last) {
		t = h.last
	}
	h.last = t
	return t
}

// maxGroup caps how many waiting commands the writer commits together.
const maxGroup = 64

// run is the writer. Single commands already waiting when it takes one
// (phones posting questions at once) are applied one after another, each
// its own log step, and committed together in one transaction, one fsync
// (storage.Store.CommitGroup); it never waits to gather more. A batch, an
// undo or a redo is committed on its own, in its turn.
func (h *Hub) run() {
	defer close(h.done)
	var held *request // taken while gathering, but not one to group
	for {
		var r request
		if held != nil {
			r, held = *held, nil
		} else {
			var ok bool
			if r, ok = <-h.reqs; !ok {
				return
			}
		}
		if err := h.permit(r); err != nil { // roles.go
			r.reply <- result{err: err}
			continue
		}
		if r.cmd == nil {
			h.runOne(r)
			continue
		}
		var group []request
		group, held = h.gather(r)
		h.runGroup(group)
	}
}

// gather takes the single commands waiting behind first, up to maxGroup,
// without waiting for any: a request that is not a single command ends
// the group and is returned to be run after it. Refused senders are
// answered at once.
func (h *Hub) gather(first request) ([]request, *request) {
	group := []request{first}
	for len(group) < maxGroup {
		select {
		case r, ok := <-h.reqs:
			if !ok {
				return group, nil
			}
			if err := h.permit(r); err != nil {
				r.reply <- result{err: err}
				continue
			}
			if r.cmd == nil {
				return group, &r
			}
			group = append(group, r)
		default:
			return group, nil
		}
	}
	return group, nil
}

// runGroup commits group's commands in one transaction, then publishes
// once and answers each sender: none is answered before the commit.
func (h *Hub) runGroup(group []request) {
	items := make([]storage.GroupItem, len(group))
	for i, r := range group {
		items[i] = storage.GroupItem{Cmd: r.cmd, Who: r.who.String(), Time: h.now()}
	}
	before := h.store.Meeting()
	results := h.store.CommitGroup(items)
	var ev Event
	steps := 0
	for i, r := range group {
		if results[i].Err == nil && results[i].Refs != nil {
			ev = Event{Verb: r.cmd.Verb(), Who: r.who.String(), Command: r.cmd}
			steps++
		}
	}
	if h.store.Meeting() != before {
		h.publish(ev, uint64(steps))
	}
	for i, r := range group {
		res := result{err: results[i].Err}
		if r.refs {
			res.refs = results[i].Refs
		}
		r.reply <- res
	}
}

// runOne runs an undo, a redo or a batch in a transaction of its own.
func (h *Hub) runOne(r request) {
	var res result
	var ev Event
	if r.undo || r.redo {
		reverse, verb := h.store.Undo, storage.VerbUndo
		if r.redo {
			reverse, verb = h.store.Redo, storage.VerbRedo
		}
		if r.owner != "" {
			reverse = func(who string, now time.Time) (*model.Meeting, storage.LogEntry, error) {
				return h.store.UndoOf(r.owner, who, now)
			}
		}
		_, entry, err := reverse(r.who.String(), h.now())
		res = result{err: err, undid: entry}
		ev = Event{Verb: verb, Who: r.who.String(), Undid: entry.Subject()}
	} else {
		before := h.store.Meeting()
		_, err := h.store.ApplyAll(r.batch, r.verb, r.who.String(), h.now())
		res.err = err
		ev = Event{Verb: r.verb, Who: r.who.String()}
		if err == nil && h.store.Meeting() == before {
			r.reply <- res
			return
		}
	}
	if res.err == nil {
		h.publish(ev, 1)
	}
	r.reply <- res
}

// publish hands the new snapshot, steps log steps newer than the last one
// (a group commit's changes, published once), to every subscriber without
// ever waiting for one: each has a one-slot channel that keeps only the
// newest snapshot. ev is the newest step.
func (h *Hub) publish(ev Event, steps uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.snap = Snapshot{
		Meeting: h.store.Meeting(),
		Path:    h.store.Path(),
		Version: h.snap.Version + steps,
		Last:    ev,
		Seq:     h.snap.Seq + 1,
		Typing:  h.snap.Typing,
	}
	for ch := range h.subs {
		offer(ch, h.snap)
	}
}

// SetTyping says that the screen key (any comparable value unique to it,
// such as a pointer to the screen) has a notes editor open on answer, for
// who; answer 0 says it has none. Nothing is stored: every subscriber gets
// a snapshot with the same meeting and Version, a new Seq, and Typing
// changed. It never waits for the writer.
func (h *Hub) SetTyping(key any, who Sender, answer int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	i := slices.IndexFunc(h.typing, func(t Typing) bool { return t.Key == key })
	switch {
	case i >= 0 && answer == 0:
		h.typing = slices.Delete(h.typing, i, i+1)
	case i >= 0 && h.typing[i].Answer == answer && h.typing[i].Who == who:
		return
	case i >= 0:
		h.typing[i] = Typing{Who: who, Answer: answer, Key: key}
	case answer == 0:
		return
	default:
		h.typing = append(h.typing, Typing{Who: who, Answer: answer, Key: key})
	}
	byAnswer := slices.Clone(h.typing)
	slices.SortStableFunc(byAnswer, func(a, b Typing) int { return a.Answer - b.Answer })
	if len(byAnswer) == 0 {
		byAnswer = nil
	}
	h.snap.Typing = byAnswer
	h.snap.Seq++
	for ch := range h.subs {
		offer(ch, h.snap)
	}
}

func offer(ch chan Snapshot, s Snapshot) {
	for {
		select {
		case ch <- s:
			return
		default:
		}
		select {
		case <-ch: // drop the stale one
		default:
		}
	}
}

// Do applies cmd for who and returns once it is committed (or refused).
// A refusal is the model's *model.Error, or a *storage.Error with Code
// CodeRoleRefused when who's role may not send cmd (roles.go); nothing
// changed.
func (h *Hub) Do(cmd model.Command, who Sender) error {
	return h.send(request{cmd: cmd, who: who}).err
}

// DoRefs is Do that also returns the records cmd changed (none if it was
// refused or changed nothing): the ask page learns from them the number of
// the question it sent (model.RecSubmission).
func (h *Hub) DoRefs(cmd model.Command, who Sender) ([]model.Ref, error) {
	res := h.send(request{cmd: cmd, who: who, refs: true})
	if res.err != nil {
		return nil, res.err
	}
	return res.refs, nil
}

// DoAll applies cmds for who as one change, logged under verb (e.g.
// storage.VerbImport), and returns once it is committed or refused: a
// refusal is a *storage.BatchError naming the command, and nothing
// changed. Subscribers get one snapshot, after the commit; one Undo takes
// the whole batch back.
func (h *Hub) DoAll(cmds []model.Command, verb string, who Sender) error {
	if len(cmds) == 0 {
		return nil
	}
	return h.send(request{batch: cmds, verb: verb, who: who}).err
}

// Redo redoes who's newest undo not yet redone, and returns the entry it
// reversed.
func (h *Hub) Redo(who Sender) (storage.LogEntry, error) {
	r := h.send(request{redo: true, who: who})
	return r.undid, r.err
}

// Undo takes back who's own newest step not yet undone, and returns its
// log entry; a step whose records someone else has changed since is
// refused, naming that change (storage.CodeChangedSince). A display may
// undo nothing (roles.go).
func (h *Hub) Undo(who Sender) (storage.LogEntry, error) {
	r := h.send(request{undo: true, who: who})
	return r.undid, r.err
}

// UndoOf takes back owner's newest step on who's behalf, after who has
// seen whose it is: the moderator anyone's, a clerk another clerk's. owner
// is a sender in the log's form (Sender.String; an old log's import says
// "office").
func (h *Hub) UndoOf(owner string, who Sender) (storage.LogEntry, error) {
	r := h.send(request{undo: true, who: who, owner: owner})
	return r.undid, r.err
}

// NewestOf is owner's newest step (owner in the log's form) that Undo
// would take back, if any.
func (h *Hub) NewestOf(owner string) (storage.LogEntry, bool, error) {
	return h.store.NewestOf(owner)
}

func (h *Hub) send(r request) result {
	r.reply = make(chan result, 1)
	h.gate.RLock()
	if h.closed {
		h.gate.RUnlock()
		return result{err: ErrClosed}
	}
	h.reqs <- r
	h.gate.RUnlock()
	return <-r.reply
}

// ErrClosed is returned for commands sent after Close.
var ErrClosed = &storage.Error{Code: "closed"}

// Snapshot returns the newest snapshot.
func (h *Hub) Snapshot() Snapshot {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.snap
}

// Subscribe returns a channel that always holds the newest snapshot not yet
// read, starting with the current one, and a function to stop, which
// closes the channel.
func (h *Hub) Subscribe() (<-chan Snapshot, func()) {
	ch := make(chan Snapshot, 1)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	ch <- h.snap
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		if _, ok := h.subs[ch]; ok {
			delete(h.subs, ch)
			close(ch) // a screen still waiting on it stops waiting
		}
		h.mu.Unlock()
	}
}

// Log calls fn with each log entry, newest first, until fn returns false.
// It reads the store outside the writer; it never changes it.
func (h *Hub) Log(fn func(storage.LogEntry) bool) error { return h.store.Log(fn) }

// ReadOnlyReason says why the meeting file cannot be written, or nil when
// it can.
func (h *Hub) ReadOnlyReason() error { return h.store.ReadOnlyReason() }

// Close stops the writer after the commands already sent, then closes the
// store.
func (h *Hub) Close() error {
	h.gate.Lock()
	if h.closed {
		h.gate.Unlock()
		return nil
	}
	h.closed = true
	close(h.reqs)
	h.gate.Unlock()
	<-h.done
	return h.store.Close()
}
