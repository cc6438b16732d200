package i18n

// The storage layer's own log verbs. Same rules as messages.go.
func init() { merge(storageMessages) }

var storageMessages = map[Lang]map[string]string{
	VI: {
		// The entry a file gets when it is upgraded to the current format
		// (its queue stored one question per record).
		"verb.migrate": "nâng cấp định dạng tệp",
		// u on that entry in the Timeline: it is nobody's step.
		"timeline.migrate_not_undoable": "Không thể hoàn tác việc nâng cấp định dạng tệp.",
	},
	EN: {
		"verb.migrate":                  "upgrade the file format",
		"timeline.migrate_not_undoable": "The file format upgrade cannot be undone.",
	},
}
