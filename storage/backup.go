package storage

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/storage/safefile"
)

// backupStamp is the time in a backup's name: <base>-<yyyymmdd-hhmmss>.podium
const backupStamp = "20060102-150405"

// How many backups pruning keeps: the newest keepNewest whatever their
// age, then the newest of each hour of the last keepHourly, then the
// newest of each day before that.
const (
	keepNewest = 10
	keepHourly = 24 * time.Hour
)

// BackupDir is the backups folder beside a meeting file:
// <dir>/<base>-backups, where base is the file's name without extension.
func BackupDir(path string) string {
	return filepath.Join(filepath.Dir(path), base(path)+"-backups")
}

func base(path string) string {
	b := filepath.Base(path)
	if e := filepath.Ext(b); e != "" && e != b {
		b = strings.TrimSuffix(b, e)
	}
	return b
}

// WriteBackup writes a consistent copy of the file (as of one moment) to w.
// It holds a read transaction while it writes: a slow w delays a command
// that needs the file to grow, so write to local files.
func (s *Store) WriteBackup(w io.Writer) error {
	err := s.db.View(func(tx *bolt.Tx) error {
		return copyTo(tx, w)
	})
	if err != nil {
		return fail(CodeIO, s.path, err, err)
	}
	return nil
}

// BackupTo writes a copy of the file into dir (created if missing) as
// <base>-<yyyymmdd-hhmmss>.podium, and returns its path. An existing
// backup is never overwritten: a second one in the same second gets a
// suffix (-2, -3, ...). Then the older backups in dir are pruned (see
// keepBackups).
func (s *Store) BackupTo(dir string, now time.Time) (string, error) {
	return backupTo(s.db, s.path, dir, now)
}

// BackupIfChanged writes a backup into BackupDir unless the newest one
// there already holds the file's newest log entry: opening a meeting, or
// the timer of a meeting where nothing happened, adds no copy. It returns
// the new backup's path, or "" when none was needed.
func (s *Store) BackupIfChanged(now time.Time) (string, error) {
	if s.BackupCurrent() {
		return "", nil
	}
	return s.BackupTo(BackupDir(s.path), now)
}

func backupTo(db *bolt.DB, path, dir string, now time.Time) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fail(CodeIO, dir, err, err)
	}
	stamp := base(path) + "-" + now.Format(backupStamp)
	name := func(n int) string {
		if n > 1 {
			return filepath.Join(dir, fmt.Sprintf("%s-%d.podium", stamp, n))
		}
		return filepath.Join(dir, stamp+".podium")
	}
	// Exclusive: no backup is ever written over.
	f, err := safefile.Create(name(1), safefile.Options{Mode: PrivateMode, Exclusive: true})
	if err != nil {
		return "", FileError(path, err)
	}
	defer f.Close()
	err = db.View(func(tx *bolt.Tx) error {
		return copyTo(tx, f)
	})
	if err != nil {
		return "", fail(CodeIO, dir, err, err) // the backups folder could not take it
	}
	for n := 1; ; n++ {
		dest := name(n)
		err := f.CommitAs(dest)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", FileError(dest, err)
		}
		pruneBackups(path, dir, dest, now)
		return dest, nil
	}
}

// backupName matches the backups of the meeting file path: the stamp, and
// the suffix of a second backup in the same second.
func backupName(path string) *regexp.Regexp {
	return regexp.MustCompile(`^` + regexp.QuoteMeta(base(path)) + `-(\d{8}-\d{6})(?:-(\d+))?\.podium$`)
}

// aBackup is one backup in a backups folder.
type aBackup struct {
	path  string
	stamp string // as in the name
	n     int    // 1, or the suffix
}

// listBackups is the backups of path in dir, newest first.
func listBackups(path, dir string) []aBackup {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	re := backupName(path)
	var bs []aBackup
	for _, e := range entries {
		m := re.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		n := 1
		if m[2] != "" {
			n, _ = strconv.Atoi(m[2])
		}
		bs = append(bs, aBackup{path: filepath.Join(dir, e.Name()), stamp: m[1], n: n})
	}
	slices.SortFunc(bs, func(a, b aBackup) int {
		if c := strings.Compare(b.stamp, a.stamp); c != 0 {
			return c
		}
		return b.n - a.n
	})
	return bs
}

// newestBackup is the path of the newest backup of path in BackupDir, or
// "" if there is none.
func newestBackup(path string) string {
	if bs := listBackups(path, BackupDir(path)); len(bs) > 0 {
		return bs[0].path
	}
	return ""
}

// keepBackups says which backups to keep, given the times they were taken,
// newest first: the newest keepNewest whatever their age; of the others,
// the newest of each hour of the last keepHourly; and before that, the
// newest of each day. Hours and days are those of now's time zone.
func keepBackups(newestFirst []time.Time, now time.Time) []bool {
	keep := make([]bool, len(newestFirst))
	hours := map[string]bool{}
	days := map[string]bool{}
	for i, t := range newestFirst {
		t = t.In(now.Location())
		recent := now.Sub(t) < keepHourly
		var first bool
		if recent {
			k := t.Format("2006010215")
			first = !hours[k]
			hours[k] = true
		} else {
			k := t.Format("20060102")
			first = !days[k]
			days[k] = true
		}
		keep[i] = i < keepNewest || first
	}
	return keep
}

// pruneBackups deletes the backups of path in dir that keepBackups does
// not keep, never just (the one just written). It does its best: a
// backup that cannot be deleted stays.
func pruneBackups(path, dir, just string, now time.Time) {
	bs := listBackups(path, dir)
	times := make([]time.Time, len(bs))
	for i, b := range bs {
		t, err := time.ParseInLocation(backupStamp, b.stamp, now.Location())
		if err != nil {
			return // not ours to judge
		}
		times[i] = t
	}
	removed := false
	for i, keep := range keepBackups(times, now) {
		if !keep && bs[i].path != just {
			removed = os.Remove(bs[i].path) == nil || removed
		}
	}
	if removed {
		safefile.SyncDir(dir)
	}
}

// BackupCurrent reports whether the newest backup in BackupDir holds the
// file's newest log entry (the same entry, to the byte: with the log
// hash-chained, the same log), so another copy would add nothing.
func (s *Store) BackupCurrent() bool {
	b := newestBackup(s.path)
	if b == "" {
		return false
	}
	var mine logHead
	err := view(s.db, func(tx *bolt.Tx) error {
		var err error
		mine, err = readHead(tx, true)
		return err
	})
	if err != nil || mine.last == 0 {
		return false
	}
	theirs, err := backupHead(b)
	return err == nil && theirs.sealed && theirs.last == mine.last && theirs.hash == mine.hash
}

// BackupTime is when the backup at path was taken: the time in its name,
// or else when it was last written.
func BackupTime(path string) time.Time {
	if m := regexp.MustCompile(`-(\d{8}-\d{6})(?:-\d+)?\.podium$`).FindStringSubmatch(filepath.Base(path)); m != nil {
		if t, err := time.ParseInLocation(backupStamp, m[1], time.Local); err == nil {
			return t
		}
	}
	if fi, err := os.Stat(path); err == nil {
		return fi.ModTime()
	}
	return time.Time{}
}

// BackupToFile writes a consistent copy of the open meeting to dest (a
// file, or a folder to put <base>-<stamp>.podium in), through safefile:
// never over a meeting or the file itself. It returns the path written.
func (s *Store) BackupToFile(dest string, now time.Time) (string, error) {
	dest = intoFolder(dest, base(s.path)+"-"+now.Format(backupStamp)+".podium")
	err := WriteFileFrom(dest, PrivateMode, func(w io.Writer) error {
		return s.db.View(func(tx *bolt.Tx) error {
			return copyTo(tx, w)
		})
	}, s.path)
	return dest, err
}

// CopyBackup copies the backup at src to dest (a file, or a folder to put
// it in under its own name), through safefile: never over a meeting, the
// meeting file or the backup itself. It returns the path written.
func CopyBackup(src, dest string, sources ...string) (string, error) {
	dest = intoFolder(dest, filepath.Base(src))
	in, err := os.Open(src)
	if err != nil {
		return dest, fail(CodeIO, src, err, err)
	}
	defer in.Close()
	err = WriteFileFrom(dest, PrivateMode, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	}, append(sources, src)...)
	return dest, err
}

// intoFolder is dest/name when dest is a folder (a USB stick's, say), else
// dest.
func intoFolder(dest, name string) string {
	if fi, err := os.Stat(dest); err == nil && fi.IsDir() {
		return filepath.Join(dest, name)
	}
	return dest
}

// copyTo writes a consistent copy of the file as tx sees it to w. bbolt
// turns a failed write into text ("meta 0 copy: ..."); the writer keeps
// the system's own error, so a full disk can be named as such.
func copyTo(tx *bolt.Tx, w io.Writer) error {
	cw := &causeWriter{w: w}
	_, err := tx.WriteTo(cw)
	if err != nil && cw.err != nil {
		return cw.err
	}
	return err
}

type causeWriter struct {
	w   io.Writer
	err error
}

func (c *causeWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}
