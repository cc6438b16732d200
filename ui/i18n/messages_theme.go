package i18n

// Who may change the meeting, as the writer decides it
// (storage/hub/roles.go), and how a sender is named: their messages,
// added to the catalog. Same rules as messages.go: both languages, the
// arguments in the order callers pass them. A key another file already
// has is left as it is there and noted in collisions, which a test keeps
// empty.
func init() { merge(themeMessages) }

var themeMessages = map[Lang]map[string]string{
	VI: {
		// A sender with no known role (hub.CodeNoRole). Arguments: the
		// meeting file, the sender as sent, the verb refused.
		"storage.no_role": "“%[2]s” không có vai trò nào (điều hành, thư ký, màn chiếu) nên không được thay đổi hội nghị. Không có gì thay đổi.",
		// The command line's imports, as the Timeline names their sender.
		"sender.office": "văn phòng",
	},
	EN: {
		"storage.no_role": "“%[2]s” has no role (moderator, clerk, display), so it may not change the meeting. Nothing changed.",
		"sender.office":   "office",
	},
}
