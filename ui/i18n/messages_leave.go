package i18n

// Leaving the dialogue with questions waiting (N on the Moderate screen):
// the question, its keys and what it did, added to the catalog. Same rules
// as messages.go: both languages, the arguments in the order callers pass
// them. A key another file already has is left as it is there and noted in
// collisions, which a test keeps empty.
func init() { merge(leaveMessages) }

var leaveMessages = map[Lang]map[string]string{
	VI: {
		// Arguments: how many are waiting, the days, the deadline's date.
		"confirm.leave": "Còn %d ý kiến đang chờ. w: chuyển tất cả sang trả lời bằng văn bản (cơ quan đầu tiên được hỏi, hạn %d ngày: %s) · enter: giữ nguyên và sang mục sau · esc: ở lại",
		// Arguments: how many are waiting, the deadline's date.
		"confirm.leave_short": "Còn %d ý kiến chờ · w: tất cả trả lời bằng văn bản (hạn %s) · enter: giữ, sang mục sau · esc: ở lại",
		// Arguments: how many were sent, the deadline's date.
		"leave.done":           "Đã chuyển %d ý kiến sang trả lời bằng văn bản (hạn %s).",
		"leave.kept":           "%d ý kiến chưa có cơ quan được hỏi vẫn đang chờ.",
		"leave.none_addressed": "Không chuyển được: %d ý kiến đang chờ đều chưa có cơ quan được hỏi. Chưa có gì thay đổi.",
		"leave.stayed":         "Vẫn ở mục đối thoại; chưa có gì thay đổi.",

		"key.leave_in_writing": "tất cả trả lời bằng văn bản",
		"key.leave_keep":       "giữ, sang mục sau",
		"key.leave_stay":       "ở lại",

		"verb.defer_waiting": "chuyển các ý kiến đang chờ sang trả lời bằng văn bản và sang mục sau",
	},
	EN: {
		"confirm.leave":        "%d questions still waiting. w: send them all to written answers (the first department asked, due in %d days: %s) · enter: keep them and go on · esc: stay",
		"confirm.leave_short":  "%d waiting · w: all to written answers (due %s) · enter: keep, go on · esc: stay",
		"leave.done":           "Sent %d questions to written answers (due %s).",
		"leave.kept":           "%d questions that ask no department are still waiting.",
		"leave.none_addressed": "Nothing sent: none of the %d waiting questions asks a department. Nothing changed.",
		"leave.stayed":         "Still in the dialogue; nothing changed.",

		"key.leave_in_writing": "all to written answers",
		"key.leave_keep":       "keep, go on",
		"key.leave_stay":       "stay",

		"verb.defer_waiting": "send the waiting questions to written answers and go on",
	},
}
