package i18n

// The Departments screen (screen 8): the departments that answer, their
// order, and their form. Same rules as messages.go.
func init() { merge(departmentsMessages) }

var departmentsMessages = map[Lang]map[string]string{
	VI: {
		"box.departments":           "Đơn vị trả lời · %d đơn vị",
		"help.departments":          "Đơn vị trả lời",
		"departments.none":          "Hội nghị chưa có đơn vị nào. Nhấn a để thêm đơn vị trả lời.",
		"departments.col.code":      "Mã",
		"departments.col.name":      "Tên đơn vị",
		"departments.col.rep":       "Người đại diện",
		"departments.col.questions": "Ý kiến",
		"departments.col.answers":   "Trả lời",
		"departments.col.open":      "Theo dõi",
		"departments.rep":           "Đại diện: %s",
		"departments.no_rep":        "chưa ghi",
		"departments.questions":     "Ý kiến gửi đơn vị: số %s",
		"departments.no_questions":  "Chưa có ý kiến nào gửi đơn vị này.",
		"departments.order_hint":    "Thứ tự này là thứ tự trong bảng chọn đơn vị (phím 1–9, 0) và trong các văn bản. K/J để đổi.",

		"key.edit_department":      "sửa",
		"key.remove_department":    "xóa",
		"key.reorder_departments":  "đổi thứ tự",
		"key.move_department_up":   "chuyển lên",
		"key.move_department_down": "chuyển xuống",

		"form.dept_edit_title": "Sửa đơn vị %s",
		"form.dept_edit_hint":  "Đổi mã thì các ý kiến, phần trả lời và việc cần theo dõi đang dùng mã cũ cũng đổi theo. Lưu: ctrl+s hoặc enter ở ô cuối.",

		"done.edit_department":   "Đã sửa đơn vị %s.",
		"done.rename_department": "Đã đổi mã %s thành %s, cả ở các ý kiến, phần trả lời và việc cần theo dõi.",
		"done.remove_department": "Đã xóa đơn vị %s. Nhấn u nếu xóa nhầm.",
		"done.move_department":   "Đã đổi thứ tự đơn vị %s.",

		"err.department_in_use":     "Không xóa được đơn vị %s: vẫn còn ý kiến, phần trả lời hoặc việc cần theo dõi gửi đơn vị này.",
		"departments.in_use":        "Không xóa được đơn vị %s: còn %s.",
		"departments.use.questions": "%d ý kiến gửi đơn vị này (số %s)",
		"departments.use.answers":   "%d phần trả lời của đơn vị",
		"departments.use.followups": "%d việc cần theo dõi giao đơn vị (số %s)",
		"departments.use.and":       " và ",

		"verb.edit_department":        "sửa đơn vị",
		"verb.remove_department":      "xóa đơn vị",
		"verb.move_department":        "đổi thứ tự đơn vị",
		"verb.add_department.code":    "thêm đơn vị %s",
		"verb.edit_department.code":   "sửa đơn vị %s",
		"verb.remove_department.code": "xóa đơn vị %s",
		"verb.move_department.code":   "đổi thứ tự đơn vị %s",
	},
	EN: {
		"box.departments":           "Departments · %d",
		"help.departments":          "Departments",
		"departments.none":          "The meeting has no departments yet. Press a to add one.",
		"departments.col.code":      "Code",
		"departments.col.name":      "Name",
		"departments.col.rep":       "Representative",
		"departments.col.questions": "Questions",
		"departments.col.answers":   "Answers",
		"departments.col.open":      "Follow-ups",
		"departments.rep":           "Representative: %s",
		"departments.no_rep":        "not entered",
		"departments.questions":     "Questions addressed to it: no. %s",
		"departments.no_questions":  "No question is addressed to this department yet.",
		"departments.order_hint":    "This order is the pickers' (keys 1–9, 0) and the documents'. K/J to change it.",

		"key.edit_department":      "edit",
		"key.remove_department":    "remove",
		"key.reorder_departments":  "reorder",
		"key.move_department_up":   "move up",
		"key.move_department_down": "move down",

		"form.dept_edit_title": "Edit department %s",
		"form.dept_edit_hint":  "A new code replaces the old one in the questions, answers and follow-ups that use it. Save: ctrl+s, or enter on the last field.",

		"done.edit_department":   "Edited department %s.",
		"done.rename_department": "Code %s is now %s, in the questions, answers and follow-ups too.",
		"done.remove_department": "Removed department %s. Press u if that was a mistake.",
		"done.move_department":   "Moved department %s.",

		"err.department_in_use":     "Cannot remove department %s: questions, answers or follow-ups still name it.",
		"departments.in_use":        "Cannot remove department %s: %s still name it.",
		"departments.use.questions": "%d question(s) (no. %s)",
		"departments.use.answers":   "%d answer(s) it gave",
		"departments.use.followups": "%d follow-up(s) (no. %s)",
		"departments.use.and":       " and ",

		"verb.edit_department":        "edit department",
		"verb.remove_department":      "remove department",
		"verb.move_department":        "reorder departments",
		"verb.add_department.code":    "add department %s",
		"verb.edit_department.code":   "edit department %s",
		"verb.remove_department.code": "remove department %s",
		"verb.move_department.code":   "move department %s",
	},
}
