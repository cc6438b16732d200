package i18n

// The briefing (podium export --what briefing): what the office sends the
// departments and the chair before the meeting. Same rules as messages.go.
func init() { merge(briefingMessages) }

var briefingMessages = map[Lang]map[string]string{
	VI: {
		"briefing.kind": "Tài liệu chuẩn bị trả lời ý kiến",
		// Arguments: the meeting's date, its venue, how many questions.
		"briefing.intro":      "Hội nghị ngày %s tại %s · %d ý kiến",
		"briefing.part_depts": "I. Ý kiến gửi từng đơn vị",
		"briefing.part_order": "II. Danh sách ý kiến theo thứ tự dự kiến (phục vụ chủ trì)",
		// Arguments: the department's place, name, code, how many questions.
		"briefing.dept":        "%d. %s (%s): %d ý kiến",
		"briefing.rep":         "Người trả lời: %s",
		"briefing.dept_none":   "Chưa có ý kiến nào gửi đơn vị này.",
		"briefing.no_depts":    "Hội nghị chưa có đơn vị nào.",
		"briefing.unassigned":  "Ý kiến chưa giao đơn vị trả lời (%d)",
		"briefing.none":        "Chưa có ý kiến nào.",
		"briefing.theme":       "chủ đề: %s",
		"briefing.with_others": "cùng trả lời: %s",
		"briefing.status":      "%s",
		"briefing.col.place":   "TT",
		"briefing.col.asker":   "Đại biểu, đơn vị",
	},
	EN: {
		"briefing.kind":        "Briefing for the answers",
		"briefing.intro":       "Meeting of %s at %s · %d questions",
		"briefing.part_depts":  "I. Questions by department",
		"briefing.part_order":  "II. All questions in the planned order (for the chair)",
		"briefing.dept":        "%d. %s (%s): %d questions",
		"briefing.rep":         "Answered by: %s",
		"briefing.dept_none":   "No question addressed to this department yet.",
		"briefing.no_depts":    "The meeting has no departments yet.",
		"briefing.unassigned":  "Questions not yet addressed to a department (%d)",
		"briefing.none":        "No questions yet.",
		"briefing.theme":       "theme: %s",
		"briefing.with_others": "answered together with: %s",
		"briefing.status":      "%s",
		"briefing.col.place":   "#",
		"briefing.col.asker":   "Asker, unit",
	},
}
