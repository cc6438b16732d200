package storage

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// backupStamp is the time in a backup's name: <base>-<yyyymmdd-hhmmss>.podium
const backupStamp = "20060102-150405"

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
		_, err := tx.WriteTo(w)
		return err
	})
	if err != nil {
		return fail(CodeIO, s.path, err)
	}
	return nil
}

// BackupTo writes a copy of the file into dir (created if missing) as
// <base>-<yyyymmdd-hhmmss>.podium, and returns its path. An existing
// backup is never overwritten: a second one in the same second gets a
// suffix (-2, -3, ...).
func (s *Store) BackupTo(dir string, now time.Time) (string, error) {
	return backupTo(s.db, s.path, dir, now)
}

func backupTo(db *bolt.DB, path, dir string, now time.Time) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fail(CodeIO, path, err)
	}
	tmp, err := os.CreateTemp(dir, ".podium-backup-*")
	if err != nil {
		return "", fail(CodeIO, path, err)
	}
	done := false
	defer func() {
		if !done {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	err = db.View(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(tmp)
		return err
	})
	if err == nil {
		err = tmp.Chmod(fileMode)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if err == nil {
		err = tmp.Close()
	}
	if err != nil {
		return "", fail(CodeIO, path, err)
	}
	stamp := base(path) + "-" + now.Format(backupStamp)
	for n := 1; ; n++ {
		name := stamp + ".podium"
		if n > 1 {
			name = fmt.Sprintf("%s-%d.podium", stamp, n)
		}
		dest := filepath.Join(dir, name)
		// Link refuses an existing name, so no backup is overwritten.
		err := os.Link(tmp.Name(), dest)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			// A file system without hard links: rename, having checked.
			if _, serr := os.Lstat(dest); serr == nil {
				continue
			}
			if err := os.Rename(tmp.Name(), dest); err != nil {
				return "", fail(CodeIO, path, err)
			}
		} else {
			_ = os.Remove(tmp.Name())
		}
		done = true
		syncDir(dir)
		return dest, nil
	}
}

// newestBackup is the path of the newest backup of path in BackupDir, or
// "" if there is none.
func newestBackup(path string) string {
	dir := BackupDir(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	re := regexp.MustCompile(`^` + regexp.QuoteMeta(base(path)) + `-(\d{8}-\d{6})(?:-(\d+))?\.podium$`)
	best, bestStamp, bestN := "", "", 0
	for _, e := range entries {
		m := re.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		n := 1
		if m[2] != "" {
			n, _ = strconv.Atoi(m[2])
		}
		if m[1] > bestStamp || (m[1] == bestStamp && n > bestN) {
			best, bestStamp, bestN = filepath.Join(dir, e.Name()), m[1], n
		}
	}
	return best
}
