package i18n

// The screens for preparing a meeting and the Inbox: their names on the
// status bar. Each screen's own messages are in its own file. Same rules
// as messages.go.
func init() { merge(prepareMessages) }

var prepareMessages = map[Lang]map[string]string{
	VI: {
		"screen.details":     "Thông tin",
		"screen.agenda":      "Chương trình",
		"screen.departments": "Đơn vị",
		"screen.themes":      "Chủ đề",
		"screen.inbox":       "Hộp thư",
	},
	EN: {
		"screen.details":     "Details",
		"screen.agenda":      "Run of show",
		"screen.departments": "Departments",
		"screen.themes":      "Themes",
		"screen.inbox":       "Inbox",
	},
}
