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
	"podium/storage/hub"
	"podium/ui/i18n"
	"podium/ui/projector"
)

func (c *Context) kind(k model.Kind) string     { return c.T.T("kind." + string(k)) }
func (c *Context) status(s model.Status) string { return c.T.T("status." + string(s)) }
func (c *Context) verb(v string) string         { return c.T.T("verb." + v) }
func depts(codes []string) string               { return strings.Join(codes, ", ") }

// person is "Name — role, unit" with the empty parts left out: the
// projector's wording, which every screen shares.
func person(p model.Person) string { return projector.Person(p) }

// errText turns a refusal or failure into a sentence the user can act on.
func (c *Context) errText(err error) string { return ErrorText(c.T, err) }

// fieldFirst reports whether a refusal's first argument names a field,
// shown by its name in the catalog ("field." + name).
func fieldFirst(c model.Code) bool {
	switch c {
	case model.ErrTooLong, model.ErrLimitRange, model.ErrBadCount, model.ErrEndBeforeStart:
		return true
	}
	return false
}

// ErrorText is errText for callers without a screen (the command line).
func ErrorText(t i18n.Catalog, err error) string {
	var me *model.Error
	if errors.As(err, &me) {
		args := slices.Clone(me.Args)
		if me.Code == model.ErrDepartmentInUse {
			return departmentInUseText(t, args)
		}
		if fieldFirst(me.Code) && len(args) > 0 {
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
		case hub.CodeRoleRefused: // roles by their names, not their identifiers
			if len(args) > 3 {
				args[1] = roleName(t, fmt.Sprint(args[1]))
				var may []string
				for _, r := range strings.Split(fmt.Sprint(args[3]), ",") {
					may = append(may, roleName(t, strings.TrimSpace(r)))
				}
				args[3] = strings.Join(may, t.T("serve.role.or"))
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

// roleName is a role's name for people (thư ký), or what was sent when
// it is no role.
func roleName(t i18n.Catalog, role string) string {
	if i18n.Has("serve.role." + role) {
		return t.T("serve.role." + role)
	}
	return model.CleanLine(role)
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
// about ("rút ý kiến số 12", "ghi chép (trả lời số 3)").
func commandText(t i18n.Catalog, verb string, command json.RawMessage) string {
	if s, ok := themeCommandText(t, verb, command); ok {
		return s
	}
	var args struct {
		ID     int    `json:"id"`
		Answer int    `json:"answer"`
		Code   string `json:"code"` // a department's
	}
	_ = json.Unmarshal(command, &args)
	switch {
	case args.Code != "" && i18n.Has("verb."+verb+".code"):
		return t.T("verb."+verb+".code", model.CleanLine(args.Code))
	case args.ID != 0:
		return numbered(t, verb, args.ID)
	case args.Answer != 0:
		return t.T("verb."+verb) + " " + t.T("timeline.answer", args.Answer)
	}
	return t.T("verb." + verb)
}

// numbered is a verb with the number it was about: the catalog's
// "verb.<verb>.id" ("hoãn ý kiến số 3"), else the verb and the number.
func numbered(t i18n.Catalog, verb string, id int) string {
	if i18n.Has("verb." + verb + ".id") {
		return t.T("verb."+verb+".id", id)
	}
	return t.T("verb."+verb) + fmt.Sprintf(" %d", id)
}

// entryText is commandText for a log entry: a command that names no
// question (call the next one, postpone the one on the floor) is about
// the one question whose record it changed, read from the entry's
// before-images.
func entryText(t i18n.Catalog, e storage.LogEntry) string {
	verb := e.Subject()
	switch verb {
	case "call_next", "postpone":
		var ids []int
		for _, r := range e.Before {
			if r.Kind == model.RecQuestion {
				ids = append(ids, r.ID)
			}
		}
		if len(ids) == 1 {
			return numbered(t, verb, ids[0])
		}
	}
	return commandText(t, verb, e.Command)
}
