// Package safefile is the one way Podium writes a file: exports, backups,
// the SSH host key. A file is written whole into a temporary file in the
// same folder, synced, renamed over its name, and the folder synced, so a
// reader (or a power cut) sees the old file or the new one, never half.
//
// It refuses to replace what is not an ordinary file of ours to replace:
// a Podium meeting (any bbolt file), the file being read, a folder, a
// device, a FIFO, a socket or a symbolic link. The refusal is a
// *RefusedError naming the file and what it is; nothing is changed. An
// existing file keeps its permissions.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Kind is what a file is, when it is something Podium will not replace.
type Kind string

// The kinds of file Podium refuses to write over.
const (
	KindMeeting   Kind = "meeting"   // a Podium meeting (or a bbolt file that cannot be read to tell)
	KindDatabase  Kind = "database"  // a bbolt database that is not a Podium meeting
	KindSource    Kind = "source"    // the file being read by this same command
	KindDirectory Kind = "directory" // a folder
	KindDevice    Kind = "device"    // a block or character device (/dev/null, a disk)
	KindFIFO      Kind = "fifo"      // a named pipe
	KindSocket    Kind = "socket"    // a Unix socket
	KindSymlink   Kind = "symlink"   // a symbolic link: replacing it would replace the link, not its target
	KindIrregular Kind = "irregular" // anything else that is not a regular file
)

// Kinds is every kind, for the catalog's tests.
var Kinds = []Kind{KindMeeting, KindDatabase, KindSource, KindDirectory, KindDevice, KindFIFO, KindSocket, KindSymlink, KindIrregular}

var phrases = map[Kind]string{
	KindMeeting:   "a Podium meeting",
	KindDatabase:  "a database file",
	KindSource:    "the file being read",
	KindDirectory: "a folder",
	KindDevice:    "a device",
	KindFIFO:      "a named pipe (FIFO)",
	KindSocket:    "a socket",
	KindSymlink:   "a symbolic link",
	KindIrregular: "not a regular file",
}

// RefusedError says that Path is something Podium will not write over.
type RefusedError struct {
	Path string
	Kind Kind
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("%s is %s; choose another name", e.Path, phrases[e.Kind])
}

// Options say how to write.
type Options struct {
	// Mode is the permission of a new file (0644 for an export, 0600 for
	// a backup or a key). An existing file keeps its own.
	Mode fs.FileMode
	// Sources are the files the content is read from: never written over,
	// whatever name they are reached by (os.SameFile).
	Sources []string
	// Exclusive never replaces an existing name: Commit fails with an
	// error that matches fs.ErrExist and leaves the File uncommitted, so
	// CommitAs may try another name.
	Exclusive bool
}

// Check returns a *RefusedError if path is something Podium will not
// write over (see the package comment), nil if it is missing or an
// ordinary file, or the error that kept it from looking.
func Check(path string, sources ...string) error {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if k := kindOf(path, fi, sources); k != "" {
		return &RefusedError{Path: path, Kind: k}
	}
	return nil
}

// kindOf is what the existing file at path (fi from Lstat) is, or "" if
// it may be replaced.
func kindOf(path string, fi fs.FileInfo, sources []string) Kind {
	if k := SpecialKind(fi); k != "" {
		return k
	}
	for _, s := range sources {
		if sfi, err := os.Stat(s); err == nil && os.SameFile(fi, sfi) {
			return KindSource
		}
	}
	switch boltKind(path, fi) {
	case boltNone:
		return ""
	case boltOther:
		return KindDatabase
	default:
		return KindMeeting
	}
}

// SpecialKind is what fi is when it is not a regular file (a link, a
// folder, a pipe, a socket, a device), or "": what may be neither written
// over nor read as a file's content.
func SpecialKind(fi fs.FileInfo) Kind {
	m := fi.Mode()
	switch {
	case m&fs.ModeSymlink != 0:
		return KindSymlink
	case m.IsDir():
		return KindDirectory
	case m&fs.ModeNamedPipe != 0:
		return KindFIFO
	case m&fs.ModeSocket != 0:
		return KindSocket
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return KindDevice
	case !m.IsRegular():
		return KindIrregular
	}
	return ""
}

// File is a file being written: the content goes to a temporary file
// beside the target until Commit.
type File struct {
	tmp       *os.File // nil once closed for the commit
	tmpName   string
	path      string
	opts      Options
	committed bool
	closed    bool
}

// Create starts writing path. It refuses at once what it would refuse at
// Commit, before any content is made.
func Create(path string, o Options) (*File, error) {
	if !o.Exclusive {
		if err := Check(path, o.Sources...); err != nil {
			return nil, err
		}
	}
	if o.Mode == 0 {
		o.Mode = 0o600
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".podium-tmp-*")
	if err != nil {
		return nil, err
	}
	return &File{tmp: tmp, tmpName: tmp.Name(), path: path, opts: o}, nil
}

// Write adds p to the content.
func (f *File) Write(p []byte) (int, error) {
	if f.tmp == nil {
		return 0, fs.ErrClosed
	}
	return f.tmp.Write(p)
}

// Name is the target's path.
func (f *File) Name() string { return f.path }

// Commit puts the content in place under the target's name.
func (f *File) Commit() error { return f.CommitAs(f.path) }

// CommitAs puts the content in place under path, which must be in the
// same folder as the name given to Create. The target is checked again
// just before the rename. For an Exclusive File, an existing path gives
// an error matching fs.ErrExist and the File stays ready for another name.
func (f *File) CommitAs(path string) error {
	if f.committed || f.closed {
		return fs.ErrClosed
	}
	if filepath.Dir(path) != filepath.Dir(f.path) {
		return fmt.Errorf("safefile: %s is not in the folder of %s", path, f.path)
	}
	mode := f.opts.Mode
	if !f.opts.Exclusive {
		fi, err := os.Lstat(path)
		switch {
		case err == nil:
			if k := kindOf(path, fi, f.opts.Sources); k != "" {
				f.Close()
				return &RefusedError{Path: path, Kind: k}
			}
			mode = fi.Mode().Perm()
		case !errors.Is(err, fs.ErrNotExist):
			f.Close()
			return err
		}
	}
	if f.tmp != nil {
		err := f.tmp.Chmod(mode)
		if err == nil {
			err = f.tmp.Sync()
		}
		if cerr := f.tmp.Close(); err == nil {
			err = cerr
		}
		f.tmp = nil
		if err != nil {
			f.Close()
			return err
		}
	}
	if f.opts.Exclusive {
		if err := linkNew(f.tmpName, path); err != nil {
			return err // the content stays for another name
		}
	} else if err := os.Rename(f.tmpName, path); err != nil {
		f.Close()
		return err
	}
	f.committed = true
	f.closed = true
	SyncDir(filepath.Dir(path))
	return nil
}

// Close abandons the content if it was not committed. It is safe to
// defer and to call twice.
func (f *File) Close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	if f.tmp != nil {
		_ = f.tmp.Close()
	}
	return os.Remove(f.tmpName)
}

// linkNew gives the content the name path only if nothing has that name:
// a hard link refuses an existing name; where the file system has no
// hard links, a rename after looking.
func linkNew(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil {
		_ = os.Remove(tmp)
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return err
	}
	if _, serr := os.Lstat(path); serr == nil {
		return &fs.PathError{Op: "create", Path: path, Err: fs.ErrExist}
	}
	return os.Rename(tmp, path)
}

// Write writes data to path through a File: all of it or nothing.
func Write(path string, data []byte, o Options) error {
	return WriteFrom(path, o, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteFrom writes to path what fill writes: all of it or nothing.
func WriteFrom(path string, o Options, fill func(io.Writer) error) error {
	f, err := Create(path, o)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := fill(f); err != nil {
		return err
	}
	return f.Commit()
}

// SyncDir makes a folder's new or renamed entries durable; where folders
// cannot be synced (Windows), there is nothing to do.
func SyncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}

// OpenAppend opens the log file at path for appending, creating it with
// mode if missing. A log is written line by line, not replaced, so it is
// not renamed into place; but it is refused, as Create refuses, when it is
// a meeting, a link, a device, a FIFO, a socket or a folder, and the
// opened file is checked to be the regular file that was looked at.
func OpenAppend(path string, mode fs.FileMode) (*os.File, error) {
	if err := Check(path); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND|openFlags, mode)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = &RefusedError{Path: path, Kind: kindOf(path, fi, nil)}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}
