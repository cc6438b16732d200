package ui

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"podium/model"
	"podium/storage"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// changedSinceText says why a step was not taken back: who changed its
// records since, and with what, and how to take that back first. args are
// storage.CodeChangedSince's: the step's verb and command, then the other
// change's sender, verb ("undo:<verb>" for an undo) and command.
func changedSinceText(t i18n.Catalog, args []any) string {
	str := func(i int) string {
		if i < len(args) {
			if s, ok := args[i].(string); ok {
				return s
			}
		}
		return ""
	}
	raw := func(i int) json.RawMessage {
		if i < len(args) {
			if r, ok := args[i].(json.RawMessage); ok {
				return r
			}
		}
		return nil
	}
	step := commandText(t, str(0), raw(1))
	who, verb := str(2), str(3)
	if who == "" {
		return t.T("storage.changed_since_unknown", step)
	}
	change := commandText(t, verb, raw(4))
	if reversed, of, ok := strings.Cut(verb, ":"); ok && (reversed == storage.VerbUndo || reversed == storage.VerbRedo) {
		change = t.T("verb."+reversed) + ": " + commandText(t, of, raw(4))
	}
	return t.T("storage.changed_since", step, whoName(t, who), change)
}

// upperFirst capitalises the first letter, for a name that opens a line.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// whoName names a sender for people: its role's name, and the person's
// name when the sender has one ("clerk:Lan"); the command line's imports
// as the office, whether the log says "moderator:office" or, in files
// written before senders had roles, "office"; a sender that is no role by
// its own name.
func whoName(t i18n.Catalog, who string) string {
	s := hub.SenderOf(who)
	switch {
	case s == hub.Office():
		return t.T("sender.office")
	case !s.Known():
		return model.CleanLine(who)
	}
	name := t.T("serve.role." + string(s.Role))
	if s.Name != "" {
		name += " " + model.CleanLine(s.Name)
	}
	return name
}
