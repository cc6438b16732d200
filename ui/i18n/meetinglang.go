package i18n

import "strings"

// OfMeeting is the language a meeting's own pages and papers speak — the
// projector page, the minutes and the other documents — from its
// model.Header.Language code: English for a code that starts with "en"
// ("en", "en-GB", "EN"), Vietnamese for anything else, an empty code
// included. Podium is made for Vietnamese provincial meetings: a meeting
// made without saying its language (podium new, an imported file, one
// from before the field) is a Vietnamese one, as New makes an unknown
// language Vietnamese.
func OfMeeting(code string) Lang {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(code)), "en") {
		return EN
	}
	return VI
}
