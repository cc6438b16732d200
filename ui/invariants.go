package ui

import (
	"podium/model"
	"podium/ui/i18n"
)

// invariantText is a broken invariant (model.Check) in the user's
// language: its code's message, or the model's English for a code the
// catalog does not know yet.
func invariantText(t i18n.Catalog, e *model.InvariantError) string {
	key := "invariant." + e.Code
	if e.Code == "" || !i18n.Has(key) {
		return t.T("invariant.broken", e.Error())
	}
	return t.T("invariant.broken", t.T(key, e.Args...))
}
