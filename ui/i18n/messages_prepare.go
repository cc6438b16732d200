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
		// Under the floor when the join lines do not fit the width.
		"stage.join_hint": "Máy khác, trang chiếu và trang gửi câu hỏi tham gia bằng địa chỉ và mã: nhấn ? để xem đủ.",
		"stage.join_more": "nhấn ? để xem các địa chỉ còn lại",
	},
	EN: {
		"screen.details":     "Details",
		"screen.agenda":      "Run of show",
		"screen.departments": "Departments",
		"screen.themes":      "Themes",
		"screen.inbox":       "Inbox",
		"stage.join_hint":    "Other computers, the projector page and the ask page join by address and code: press ? to see them in full.",
		"stage.join_more":    "press ? for the other addresses",
	},
}
