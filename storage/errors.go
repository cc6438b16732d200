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
	CodeIO            Code = "io"              // anything else the disk said; Err says what
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
