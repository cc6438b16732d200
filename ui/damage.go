package ui

import (
	"errors"
	"strings"

	"podium/storage"
	"podium/ui/i18n"
)

// damagedText words a damaged file: with a backup that passes the checks,
// how to restore it; and what the damage is, when the error says.
func damagedText(t i18n.Catalog, se *storage.Error) string {
	var s string
	if b, _ := argAt(se.Args, 0).(string); b != "" {
		s = t.T("storage.damaged_restore", se.Path, b)
	} else {
		s = t.T("storage.damaged", se.Path, t.T("storage.no_backup"))
	}
	var inner *storage.Error
	if se.Err != nil && errors.As(se.Err, &inner) && inner != se {
		switch inner.Code {
		case storage.CodeBadRecord, storage.CodeBrokenChain, storage.CodeReplayMismatch, storage.CodeLostTransaction:
			s += " " + t.T("storage.damaged_detail", ErrorText(t, inner))
		}
	}
	return s
}

func argAt(args []any, i int) any {
	if i < len(args) {
		return args[i]
	}
	return nil
}

// recordName says which record a storage locator ("department 2", "log
// entry 7", "queue") names, in the user's language; one it does not know is
// shown as it is.
func recordName(t i18n.Catalog, locator string) string {
	kind, id, numbered := strings.Cut(locator, " ")
	if kind == "log" {
		kind, id, numbered = "log_entry", strings.TrimPrefix(id, "entry "), true
	}
	key := "record." + kind
	if !i18n.Has(key) {
		return locator
	}
	if numbered {
		return t.T("record.numbered", t.T(key), id)
	}
	return t.T(key)
}
