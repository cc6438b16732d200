package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

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
	var se *storage.Error
	if errors.As(err, &se) {
		args := append([]any{se.Path}, se.Args...)
		if se.Code == storage.CodeDamaged && (len(args) < 2 || args[1] == "") {
			args = []any{se.Path, t.T("storage.no_backup")}
		}
		return t.T("storage."+string(se.Code), args...)
	}
	return t.T("err.unexpected", err.Error())
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
