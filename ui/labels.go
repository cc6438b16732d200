package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"syscall"

	"podium/model"
	"podium/storage"
	"podium/ui/i18n"
)

func (c *Context) kind(k model.Kind) string     { return c.T.T("kind." + string(k)) }
func (c *Context) status(s model.Status) string { return c.T.T("status." + string(s)) }
func (c *Context) verb(v string) string         { return c.T.T("verb." + v) }
func depts(codes []string) string               { return strings.Join(codes, ", ") }

// person is "Name — role, unit" with the empty parts left out.
func person(p model.Person) string {
	var rest []string
	for _, s := range []string{p.Role, p.Unit} {
		if s != "" {
			rest = append(rest, s)
		}
	}
	if len(rest) == 0 {
		return p.Name
	}
	return p.Name + " — " + strings.Join(rest, ", ")
}

// errText turns a refusal or failure into a sentence the user can act on.
func (c *Context) errText(err error) string { return ErrorText(c.T, err) }

// ErrorText is errText for callers without a screen (the command line).
func ErrorText(t i18n.Catalog, err error) string {
	var me *model.Error
	if errors.As(err, &me) {
		args := slices.Clone(me.Args)
		if me.Code == model.ErrTooLong && len(args) > 0 {
			args[0] = t.T(fmt.Sprint("field.", args[0]))
		}
		return t.T("err."+string(me.Code), args...)
	}
	var ie *model.InvariantError
	if errors.As(err, &ie) {
		return invariantText(t, ie)
	}
	var se *storage.Error
	if errors.As(err, &se) {
		// A file's name is whatever the disk allows: cleaned before it is
		// shown.
		clean := *se
		clean.Path = model.CleanLine(se.Path)
		se = &clean
		args := append([]any{se.Path}, se.Args...)
		switch se.Code {
		case "closed": // the writer has stopped; no file to name
			return t.T("storage.closed")
		case storage.CodeChangedSince:
			return changedSinceText(t, se.Args)
		case "undo_not_yours", storage.CodeNothingToUndo, storage.CodeNothingToRedo: // they name no file
			return t.T("storage." + string(se.Code))
		case storage.CodeDamaged:
			return damagedText(t, se)
		case storage.CodeBadRecord, storage.CodeReplayMismatch:
			if loc, ok := argAt(se.Args, 0).(string); ok {
				args[1] = recordName(t, loc)
			}
		case storage.CodeMissing:
			args = []any{se.Path}
		case storage.CodeIO, storage.CodeRead:
			args = []any{se.Path, causeText(t, se.Err)}
		case storage.CodeReadOnly:
			if se.Err != nil {
				return t.T("storage.read_only_because", se.Path, causeText(t, se.Err))
			}
		}
		return t.T("storage."+string(se.Code), args...)
	}
	return t.T("err.unexpected", err.Error())
}

// causeText is what the system said, in the user's language where it is
// one of the failures people meet (a full disk, no permission, a read-only
// disk, a missing file), else the system's own words.
func causeText(t i18n.Catalog, err error) string {
	var errno syscall.Errno
	switch {
	case err == nil:
		return t.T("cause.unknown")
	case errors.Is(err, syscall.ENOSPC):
		return t.T("cause.no_space")
	case errors.Is(err, syscall.EROFS):
		return t.T("cause.read_only_fs")
	case errors.Is(err, fs.ErrPermission):
		return t.T("cause.permission")
	case errors.Is(err, fs.ErrNotExist):
		return t.T("cause.not_found")
	case errors.As(err, &errno):
		return errno.Error()
	}
	return model.CleanLine(err.Error())
}

// commandText says what a logged command did: its verb and what it was
// about ("withdraw question 12", "notes (answer 3)").
func commandText(t i18n.Catalog, verb string, command json.RawMessage) string {
	var args struct {
		ID     int `json:"id"`
		Answer int `json:"answer"`
	}
	_ = json.Unmarshal(command, &args)
	what := t.T("verb." + verb)
	switch {
	case args.ID != 0:
		what += fmt.Sprintf(" %d", args.ID)
	case args.Answer != 0:
		what += " " + t.T("timeline.answer", args.Answer)
	}
	return what
}
