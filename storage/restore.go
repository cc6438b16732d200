package storage

import (
	"errors"
	"io/fs"
	"os"

	bolt "go.etcd.io/bbolt"

	"podium/storage/safefile"
)

// maxBackupsTried bounds how many backups a damaged file's error checks,
// newest first, to name a good one: each check reads a whole file.
const maxBackupsTried = 8

// goodBackup is the newest backup of the meeting file at path that itself
// passes the checks (verify), or "" if none of the newest few does.
func goodBackup(path string) string {
	for i, b := range backupsNewestFirst(path) {
		if i == maxBackupsTried {
			break
		}
		if len(verify(b)) == 0 {
			return b
		}
	}
	return ""
}

// backupsNewestFirst lists the backups of path in BackupDir, newest first
// (by the time in their names, then their -N suffix).
func backupsNewestFirst(path string) []string {
	var out []string
	for _, b := range listBackups(path, BackupDir(path)) {
		out = append(out, b.path)
	}
	return out
}

// hasBackups reports whether the meeting file at path has a backups
// folder with a backup in it: evidence the file was a meeting.
func hasBackups(path string) bool { return len(backupsNewestFirst(path)) > 0 }

// Restore makes a new meeting file at dest from the backup at backup. The
// backup must pass the checks (Code "bad_backup" otherwise); dest must not
// exist (Code "exists"): like Create, Restore never writes over a file,
// even one that appears while it copies. A backup of an older schema
// version is migrated in the new file. The new file is checked before
// Restore returns; a problem found then is returned, and the file left for
// a person to look at.
func Restore(backup, dest string) error {
	if _, err := os.Lstat(dest); err == nil {
		return fail(CodeExists, dest, nil)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fail(CodeIO, dest, err)
	}
	if errs := verify(backup); len(errs) > 0 {
		switch CodeOf(errs[0]) {
		case CodeMissing, CodeRead, CodeLocked, CodeNotPodium, CodeNewerSchema:
			return errs[0]
		}
		return fail(CodeBadBackup, backup, errors.Join(errs...))
	}
	if err := copyMeeting(backup, dest); err != nil {
		return err
	}
	s, err := Open(dest, nil) // migrates an older backup
	if err != nil {
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	if errs := Check(dest); len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// copyMeeting writes a consistent copy of the meeting file src at dest,
// which it creates through safefile: a temporary file in dest's folder,
// synced, then linked to dest, which fails if dest exists.
func copyMeeting(src, dest string) error {
	db, err := openBolt(src, true, DefaultTimeout)
	if err != nil {
		return err
	}
	defer db.Close()
	f, err := safefile.Create(dest, safefile.Options{Mode: fileMode, Exclusive: true})
	if err != nil {
		return fail(CodeIO, dest, err)
	}
	defer f.Close() // after the commit, or on failure
	if err := view(db, func(tx *bolt.Tx) error { return copyTo(tx, f) }); err != nil {
		return fail(CodeIO, dest, err)
	}
	if err := f.CommitAs(dest); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fail(CodeExists, dest, nil)
		}
		return fail(CodeIO, dest, err)
	}
	return nil
}
