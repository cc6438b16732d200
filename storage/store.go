package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"podium/model"
	"podium/storage/safefile"
)

// DefaultTimeout is how long Open waits for another Podium to let go of
// the file before saying it is locked.
const DefaultTimeout = time.Second

// fileMode is for meeting files and backups: they hold people's names.
const fileMode = 0o600

// Options tune Open and Create. A nil *Options means the defaults.
type Options struct {
	// Timeout is how long to wait for the file lock; 0 means DefaultTimeout.
	Timeout  time.Duration
	ReadOnly bool
}

func (o *Options) timeout() time.Duration {
	if o == nil || o.Timeout <= 0 {
		return DefaultTimeout
	}
	return o.Timeout
}

func (o *Options) readOnly() bool { return o != nil && o.ReadOnly }

// Store is an open meeting file. Its methods are safe to call from several
// goroutines, though Podium has one goroutine own it.
type Store struct {
	path     string
	db       *bolt.DB
	readOnly bool
	// readOnlyWhy is why a file opened for writing is read-only (a
	// read-only file, folder or disk), nil when it was asked for.
	readOnlyWhy error

	mu      sync.Mutex // one writer at a time
	meeting atomic.Pointer[model.Meeting]
	// waiting is what waits in the log's tail after the last commit
	// (pending.go), nil until a commit has read it. Guarded by mu.
	waiting map[string]Record
	// lastTx is the bbolt transaction that last changed the file, as this
	// store knows it (commitFailed). Guarded by mu.
	lastTx int
	closed atomic.Bool
}

// Path is the meeting file's path.
func (s *Store) Path() string { return s.path }

// Meeting is the current meeting: an immutable snapshot.
func (s *Store) Meeting() *model.Meeting { return s.meeting.Load() }

// ReadOnly reports whether the store was opened read-only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// ReadOnlyReason is why a file opened for writing could only be opened
// read-only (an *Error with Code "read_only" whose Err is the system's
// refusal), nil when it is writable or read-only was asked for.
func (s *Store) ReadOnlyReason() error {
	if s.readOnlyWhy == nil {
		return nil
	}
	return s.readOnlyError()
}

func (s *Store) readOnlyError() error {
	return fail(CodeReadOnly, s.path, s.readOnlyWhy)
}

// Close closes the file. Closing twice is harmless.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	if err := s.db.Close(); err != nil {
		return fail(CodeIO, s.path, err)
	}
	return nil
}

// Create writes a new meeting file at path holding m: every record, the
// schema version and a first log entry "create", in one transaction. It
// never overwrites: an existing path is refused with Code "exists". The
// returned store is open on the new file.
func Create(path string, m *model.Meeting, who string, now time.Time, opts *Options) (*Store, error) {
	if m == nil {
		m = model.New(model.Header{})
	}
	if _, err := os.Lstat(path); err == nil {
		return nil, fail(CodeExists, path, nil)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fail(CodeIO, path, err)
	}
	// O_EXCL: if someone else creates the file between the check above and
	// now, we fail rather than write into theirs.
	created := false
	db, err := bolt.Open(path, fileMode, &bolt.Options{
		Timeout: opts.timeout(),
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag|os.O_EXCL, perm)
			created = created || err == nil
			return f, err
		},
	})
	if err != nil {
		if created {
			_ = os.Remove(path) // ours, and not a meeting yet
		} else if errors.Is(err, fs.ErrExist) {
			return nil, fail(CodeExists, path, nil)
		}
		return nil, fail(CodeIO, path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if err := putSchema(meta, schemaVersion()); err != nil {
			return err
		}
		created, err := meetingRecords(m)
		if err != nil {
			return err
		}
		return appendEntry(tx, nil, &diskEntry{LogEntry: LogEntry{Time: now, Who: model.CleanLine(who), Verb: VerbCreate}, After: created})
	})
	if err == nil {
		var loaded *model.Meeting
		var id int
		loaded, id, err = loadTx(db)
		if err == nil {
			safefile.SyncDir(filepath.Dir(path))
			s := &Store{path: path, db: db, lastTx: id}
			s.meeting.Store(loaded)
			if opts.readOnly() {
				// Created for writing; reopen read-only as asked.
				_ = s.Close()
				return Open(path, opts)
			}
			return s, nil
		}
	}
	_ = db.Close()
	_ = os.Remove(path)
	return nil, fail(CodeIO, path, err)
}

// Open opens an existing meeting file and loads the meeting (not the log).
//
// The file is first looked at read-only: a file that is not a Podium
// meeting, is damaged or was written by a newer Podium is refused before
// anything could write to it.
func Open(path string, opts *Options) (*Store, error) {
	if err := precheck(path); err != nil {
		return nil, err
	}
	ro, err := openBolt(path, true, opts.timeout())
	if err != nil {
		return nil, err
	}
	version, err := checkSchema(ro, path)
	if err == nil {
		// A file that lost its newest transactions (bbolt fell back to its
		// older meta page) is refused before anything is written to it:
		// the newest backup holds them.
		if lost := view(ro, func(tx *bolt.Tx) error { return compareWithBackup(tx, path) }); lost != nil {
			err = damaged(path, lost)
		}
	}
	if opts.readOnly() {
		if err == nil && version < schemaVersion() {
			err = fail(CodeOldSchema, path, nil, version, schemaVersion())
		}
		if err != nil {
			_ = ro.Close()
			return nil, err
		}
		return finishOpen(path, ro, true)
	}
	_ = ro.Close()
	if err != nil {
		return nil, err
	}

	if reason := notWritable(path); reason != nil {
		// A read-only file, folder or disk: the meeting can still be read,
		// shown and exported, and every change is refused with the reason.
		ro, err := openBolt(path, true, opts.timeout())
		if err != nil {
			return nil, err
		}
		s, err := finishOpen(path, ro, true)
		if s != nil {
			s.readOnlyWhy = reason
		}
		return s, err
	}
	db, err := openBolt(path, false, opts.timeout())
	if err != nil {
		return nil, err
	}
	if version, err = checkSchema(db, path); err != nil {
		_ = db.Close()
		return nil, err
	}
	if version < schemaVersion() {
		if err := migrate(db, path, version); err != nil {
			_ = db.Close()
			return nil, err
		}
	}
	return finishOpen(path, db, false)
}

func finishOpen(path string, db *bolt.DB, readOnly bool) (*Store, error) {
	m, id, err := loadTx(db)
	if err != nil {
		_ = db.Close()
		return nil, damaged(path, err)
	}
	// Loading read every question's pages through the map: they are
	// decoded now, so hand them back (see releaseMap).
	releaseMap(db)
	s := &Store{path: path, db: db, readOnly: readOnly, lastTx: id}
	s.meeting.Store(m)
	return s, nil
}

// precheck refuses what bbolt must never be handed: a missing path (bbolt
// would create it), a directory, an empty file (bbolt would initialise it).
func precheck(path string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fail(CodeMissing, path, err)
	case err != nil:
		return fail(CodeRead, path, err)
	case fi.Size() == 0 && fi.Mode().IsRegular() && hasBackups(path):
		// Backups of it beside it: it was a meeting, emptied.
		return damaged(path, fmt.Errorf("the file is empty"))
	case fi.IsDir(), !fi.Mode().IsRegular(), fi.Size() == 0:
		return fail(CodeNotPodium, path, nil)
	}
	return nil
}

// openBolt opens path with bbolt, always with a lock timeout, and turns
// its failures into *Error.
func openBolt(path string, readOnly bool, timeout time.Duration) (db *bolt.DB, err error) {
	defer func() {
		// bbolt can panic on a damaged file; a fault reading the map
		// becomes a panic here too.
		if r := recover(); r != nil {
			db, err = nil, damaged(path, fmt.Errorf("panic: %v", r))
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	db, err = bolt.Open(path, fileMode, &bolt.Options{Timeout: timeout, ReadOnly: readOnly})
	if err == nil {
		return db, nil
	}
	var pathErr *fs.PathError
	var errno syscall.Errno
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, fail(CodeLocked, path, nil)
	case errors.As(err, &pathErr), errors.As(err, &errno):
		// The system refused (permissions, a read-only disk, ...): the
		// file itself may be fine.
		if readOnly {
			return nil, fail(CodeRead, path, err)
		}
		return nil, fail(CodeIO, path, err)
	case safefile.LooksLikeBolt(path), wasMeeting(path):
		return nil, damaged(path, err)
	default:
		return nil, fail(CodeNotPodium, path, err)
	}
}

// wasMeeting reports whether a file bbolt will not open was a meeting cut
// short: it has backups beside it, or it is named .podium and what is left
// of it is the start of a bbolt file (page 0, a meta page, its magic as far
// as the file goes).
func wasMeeting(path string) bool {
	if hasBackups(path) {
		return true
	}
	if !strings.EqualFold(filepath.Ext(path), ".podium") {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var buf [20]byte
	n, _ := io.ReadFull(f, buf[:])
	// page id 0, flags "meta", no count, no overflow, the magic (little-endian).
	want := []byte{0, 0, 0, 0, 0, 0, 0, 0, 0x04, 0, 0, 0, 0, 0, 0, 0, 0xed, 0xda, 0x0c, 0xed}
	return n > 0 && bytes.Equal(buf[:n], want[:n])
}

// checkSchema returns the file's schema version, or refuses a file that is
// not ours or is newer than this program.
func checkSchema(db *bolt.DB, path string) (version int, err error) {
	err = view(db, func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return fail(CodeNotPodium, path, nil)
		}
		v := meta.Get(keySchema)
		if v == nil {
			return fail(CodeNotPodium, path, nil)
		}
		n, perr := strconv.Atoi(string(v))
		if perr != nil || n < 1 {
			return damaged(path, fmt.Errorf("schema version %q", v))
		}
		version = n
		if n > schemaVersion() {
			return fail(CodeNewerSchema, path, nil, n, schemaVersion())
		}
		for _, b := range allBuckets {
			if tx.Bucket(b) == nil && !isLate(b) && n >= bucketSince(b) {
				return damaged(path, fmt.Errorf("no bucket %s", b))
			}
		}
		return nil
	})
	var se *Error
	if err != nil && !errors.As(err, &se) {
		err = damaged(path, err)
	}
	return version, err
}

// migrations[v-1] turns a version v file into version v+1, inside the one
// transaction that migrates the file. There is one per version before
// SchemaVersion (a test holds them together); a test adds steps of its own
// to try the path a future version will take.
var migrations = []func(tx *bolt.Tx) error{migrate1to2, migrate2to3, migrate3to4}

// schemaVersion is the version this program writes and migrates to:
// SchemaVersion, one more for each step a test has added.
func schemaVersion() int { return len(migrations) + 1 }

// migrate brings a file from version to SchemaVersion in one transaction,
// after a backup of the file as it was.
func migrate(db *bolt.DB, path string, version int) error {
	if version < 1 {
		return damaged(path, fmt.Errorf("no migration from version %d", version))
	}
	if _, err := backupTo(db, path, BackupDir(path), time.Now()); err != nil {
		return err
	}
	err := db.Update(func(tx *bolt.Tx) error {
		for v := version; v < schemaVersion(); v++ {
			if err := migrations[v-1](tx); err != nil {
				return fmt.Errorf("migrating from version %d: %w", v, err)
			}
		}
		return putSchema(tx.Bucket(bucketMeta), schemaVersion())
	})
	if err != nil {
		return fail(CodeIO, path, err)
	}
	return nil
}

// view runs fn in a read transaction, turning a panic or a fault on a
// damaged file into an error.
func view(db *bolt.DB, fn func(tx *bolt.Tx) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return db.View(fn)
}

// loadTx reads the meeting, and the transaction id of what it read: the
// commit that left the file as it is.
func loadTx(db *bolt.DB) (m *model.Meeting, id int, err error) {
	err = view(db, func(tx *bolt.Tx) error {
		id = tx.ID()
		m, err = loadMeeting(tx)
		return err
	})
	return m, id, err
}

// damaged is the error of a damaged file: it names the newest backup that
// passes the checks itself (see goodBackup), "" if there is none.
func damaged(path string, err error) *Error {
	return fail(CodeDamaged, path, withPath(err, path), goodBackup(path))
}

// Apply applies cmd to the meeting and, if it changed anything, commits one
// read-write transaction holding the changed records and one log entry
// with their before-images. A refusal by the model is returned unchanged
// (a *model.Error) and nothing is written; so is a command that changes
// nothing. The meeting is replaced only after the commit returns.
func (s *Store) Apply(cmd model.Command, who string, now time.Time) (*model.Meeting, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.meeting.Load()
	next, _, w, err := s.prepare(old, cmd, who, now)
	if err != nil || w == nil {
		return old, err
	}
	if err := s.update(w.commit); err != nil {
		return s.meeting.Load(), s.commitFailed(err)
	}
	s.meeting.Store(next)
	return next, nil
}

// commitFailed is the error of a write transaction that failed with err,
// and puts the store back in step with its file. A commit can fail after
// bbolt wrote its meta page (an fdatasync that fails on a USB stick): the
// file then holds it, and every later transaction sees it. So the kept
// copy of what waits in the log's tail is dropped (the next commit reads
// the tail), and the meeting is read from the file when it can be, so that
// the next command is applied to what the file holds, not to what it held
// before. s.mu is held.
func (s *Store) commitFailed(err error) error {
	var now int
	if verr := view(s.db, func(tx *bolt.Tx) error { now = tx.ID(); return nil }); verr == nil && now == s.lastTx {
		return txFail(s.path, err) // nothing reached the file: all is as it was
	}
	s.waiting = nil
	if m, id, lerr := loadTx(s.db); lerr == nil {
		s.meeting.Store(m)
		s.lastTx = id
	}
	return txFail(s.path, err)
}

// update runs fn in a write transaction with what waits in the log's tail
// (pendingIn). When it commits, the transaction is noted as the last to
// change the file and what fn left waiting is kept for the next one: every
// command, batch, group, undo and redo commits through here. s.mu is held.
func (s *Store) update(fn func(tx *bolt.Tx, p *pending) error) error {
	var id int
	var p *pending
	err := s.db.Update(func(tx *bolt.Tx) (err error) {
		id = tx.ID()
		if p, err = s.pendingIn(tx); err != nil {
			return err
		}
		return fn(tx, p)
	})
	if err == nil {
		s.lastTx, s.waiting = id, p.vals
	}
	return err
}

// write is what one command's commit writes: its log entry, the records
// it changed, and the queue's change, if any.
type write struct {
	entry  LogEntry
	values []Record
	q      *queueChange
}

func (w *write) commit(tx *bolt.Tx, p *pending) error {
	return commit(tx, p, w.entry, w.values, w.q)
}

// prepare applies cmd to old in memory and encodes what its commit would
// write. It returns the meeting after cmd, the records it changed, and
// the write; a nil write (and old) when cmd changes nothing; the model's
// refusal unchanged, or a *Error (read-only file, encoding) otherwise.
func (s *Store) prepare(old *model.Meeting, cmd model.Command, who string, now time.Time) (*model.Meeting, []model.Ref, *write, error) {
	next, refs, err := model.Apply(old, cmd, now)
	if err != nil {
		return old, nil, nil, err
	}
	if len(refs) == 0 {
		return old, nil, nil, nil
	}
	if s.readOnly {
		return old, nil, nil, s.readOnlyError()
	}
	values, q, err := encodeChange(old, next, refs)
	if err != nil {
		return old, nil, nil, fail(CodeIO, s.path, err)
	}
	cmdJSON, err := marshalCommand(model.CleanCommand(cmd)) // the log holds what was applied
	if err != nil {
		return old, nil, nil, fail(CodeIO, s.path, err)
	}
	e := LogEntry{Time: now, Who: model.CleanLine(who), Verb: cmd.Verb(), Command: cmdJSON}
	return next, refs, &write{entry: e, values: values, q: q}, nil
}

func marshalCommand(cmd model.Command) ([]byte, error) {
	b, err := json.Marshal(cmd)
	if err != nil {
		return nil, fmt.Errorf("command %s: %w", cmd.Verb(), err)
	}
	return b, nil
}
