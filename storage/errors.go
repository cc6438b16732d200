package storage

import (
	"errors"
	"fmt"
)

// Code names a storage failure. The screens turn it into a sentence in the
// user's language (the catalog keys are "err." + Code).
type Code string

// The storage failures.
const (
	CodeLocked        Code = "locked"          // another Podium has the file open
	CodeNotPodium     Code = "not_podium"      // the file is not a Podium meeting file
	CodeNewerSchema   Code = "newer_schema"    // Args: file's version, this program's version
	CodeOldSchema     Code = "old_schema"      // Args: file's version, this program's version; only for a read-only open that would need a migration
	CodeDamaged       Code = "damaged"         // Args: newest backup path, or ""
	CodeExists        Code = "exists"          // Create refuses to overwrite
	CodeNothingToUndo Code = "nothing_to_undo" //
	CodeNothingToRedo Code = "nothing_to_redo" //
	CodeReadOnly      Code = "read_only"       // a change was asked of a store opened read-only
	CodeMissing       Code = "missing"         // there is no file at the path
	CodeRead          Code = "read"            // the file could not be read; Err says why
	CodeChangedSince  Code = "changed_since"   // Args: the step's verb and command (JSON), then who changed its records since, that change's verb ("undo:<verb>" for an undo) and command
	CodeIO            Code = "io"              // a write failed (no space, permission, ...); Err says why
)

// A file Podium was asked to write is something it will not replace
// (storage/safefile): Path is that file, Err the refusal; nothing changed.
const (
	CodeTargetMeeting   Code = "target_meeting"   // a Podium meeting
	CodeTargetDatabase  Code = "target_database"  // a bbolt file that is not a meeting
	CodeTargetSource    Code = "target_source"    // the meeting being read
	CodeTargetDirectory Code = "target_directory" // a folder
	CodeTargetDevice    Code = "target_device"    // a device
	CodeTargetFIFO      Code = "target_fifo"      // a named pipe
	CodeTargetSocket    Code = "target_socket"    // a socket
	CodeTargetSymlink   Code = "target_symlink"   // a symbolic link
	CodeTargetIrregular Code = "target_irregular" // anything else not a regular file
)

// What check (and a load) finds in a damaged file; an open refuses such a
// file with CodeDamaged wrapping one of these.
const (
	CodeBadRecord       Code = "bad_record"       // Args: the record ("department 3", "header", "log entry 12"), whose checksum does not match
	CodeBrokenChain     Code = "broken_chain"     // Args: the seq of the log entry that does not hold the hash of the one before
	CodeReplayMismatch  Code = "replay_mismatch"  // Args: the record the log replays to something else than what is stored
	CodeLostTransaction Code = "lost_transaction" // Args: the newest backup, its last log entry, the file's last log entry
	CodeBadBackup       Code = "bad_backup"       // restore from a backup that does not pass check; Path is the backup
)

// Error is a storage failure a person can act on. Path is the meeting file.
// Args: for newer_schema (and old_schema): the file's version, this
// program's version; for damaged: the newest backup's path, "" if none.
type Error struct {
	Code Code
	Path string
	Args []any
	Err  error
}

func (e *Error) Error() string {
	var s string
	switch e.Code {
	case CodeLocked:
		s = fmt.Sprintf("podium: %s is locked by another Podium", e.Path)
	case CodeNotPodium:
		s = fmt.Sprintf("podium: %s is not a Podium meeting file", e.Path)
	case CodeNewerSchema:
		s = fmt.Sprintf("podium: %s was written by a newer Podium (file version %v, this program reads up to version %v)", e.Path, arg(e.Args, 0), arg(e.Args, 1))
	case CodeOldSchema:
		s = fmt.Sprintf("podium: %s has an older format (file version %v, this program's version %v) and must be opened for writing once to be upgraded", e.Path, arg(e.Args, 0), arg(e.Args, 1))
	case CodeDamaged:
		if b, _ := arg(e.Args, 0).(string); b != "" {
			s = fmt.Sprintf("podium: %s is damaged; the newest backup is %s", e.Path, b)
		} else {
			s = fmt.Sprintf("podium: %s is damaged and there is no backup beside it", e.Path)
		}
	case CodeExists:
		s = fmt.Sprintf("podium: %s already exists", e.Path)
	case CodeNothingToUndo:
		s = fmt.Sprintf("podium: nothing to undo in %s", e.Path)
	case CodeNothingToRedo:
		s = fmt.Sprintf("podium: nothing to redo in %s", e.Path)
	case CodeReadOnly:
		s = fmt.Sprintf("podium: %s is open read-only", e.Path)
	case CodeBadRecord:
		s = fmt.Sprintf("podium: %s: the checksum of %v does not match", e.Path, arg(e.Args, 0))
	case CodeBrokenChain:
		s = fmt.Sprintf("podium: %s: log entry %v does not hold the hash of the entry before it", e.Path, arg(e.Args, 0))
	case CodeReplayMismatch:
		s = fmt.Sprintf("podium: %s: replaying the log gives another %v than the one stored", e.Path, arg(e.Args, 0))
	case CodeLostTransaction:
		s = fmt.Sprintf("podium: %s lost its newest changes: the backup %v holds log entry %v, the file ends at a different entry %v", e.Path, arg(e.Args, 0), arg(e.Args, 1), arg(e.Args, 2))
	case CodeBadBackup:
		s = fmt.Sprintf("podium: the backup %s does not pass the check", e.Path)
	case CodeChangedSince:
		s = fmt.Sprintf("podium: %s: %v was not undone: %v has changed its records since (%v)", e.Path, arg(e.Args, 0), arg(e.Args, 2), arg(e.Args, 3))
	case CodeMissing:
		s = fmt.Sprintf("podium: there is no file %s", e.Path)
	case CodeRead:
		s = fmt.Sprintf("podium: could not read %s", e.Path)
	case CodeTargetMeeting, CodeTargetDatabase, CodeTargetSource, CodeTargetDirectory, CodeTargetDevice,
		CodeTargetFIFO, CodeTargetSocket, CodeTargetSymlink, CodeTargetIrregular:
		if e.Err != nil {
			return "podium: " + e.Err.Error() // the refusal names the file and what it is
		}
		s = fmt.Sprintf("podium: %s will not be replaced (%s)", e.Path, e.Code)
	default:
		s = fmt.Sprintf("podium: %s: %s", e.Path, e.Code)
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

func arg(args []any, i int) any {
	if i < len(args) {
		return args[i]
	}
	return nil
}

// CodeOf returns the storage code of err, or "".
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

func fail(code Code, path string, err error, args ...any) *Error {
	return &Error{Code: code, Path: path, Args: args, Err: err}
}
