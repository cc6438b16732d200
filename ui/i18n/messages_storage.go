package i18n

// The storage layer's own log verbs. Same rules as messages.go.
func init() { merge(storageMessages) }

var storageMessages = map[Lang]map[string]string{
	VI: {
		// The entry a file gets when it is upgraded to the current format
		// (its queue stored one question per record).
		"verb.migrate": "nâng cấp định dạng tệp",
	},
	EN: {
		"verb.migrate": "upgrade the file format",
	},
}
