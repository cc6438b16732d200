package i18n

// The exported documents' words that are not in messages_records.go or
// messages_docs.go: the askers merged into a question from the hall. Same
// rules as messages.go.
func init() { merge(exportMessages) }

var exportMessages = map[Lang]map[string]string{
	VI: {
		// Those whose questions from the hall were merged into an item
		// (model.Question.AlsoAskedBy), where the minutes name its asker.
		"minutes.also_asked":      "Cùng hỏi",
		"docs.minutes.also_asked": "Cùng hỏi: %s.",
		"minutes.anonymous":       "một người gửi không nêu tên",
	},
	EN: {
		"minutes.also_asked":      "Also asked by",
		"docs.minutes.also_asked": "Also asked by: %s.",
		"minutes.anonymous":       "a sender who gave no name",
	},
}
