package i18n

// The Statistics screen and the minutes' statistics section: their
// messages, added to the catalog. Same rules as messages.go: both
// languages, the arguments in the order callers pass them. A key another
// file already has is left as it is there and noted in collisions, which a
// test keeps empty.
func init() { merge(statsMessages) }

var statsMessages = map[Lang]map[string]string{
	VI: {
		// The screen's frame. Arguments: first and last line shown, lines.
		"stats.title_scroll": "Thống kê · dòng %d–%d/%d · ↑↓ cuộn",
		"stats.none":         "Chưa có ý kiến nào.",

		// The summary at the top, in pieces joined by " · ".
		"stats.sum.asked":      "%d/%d ý kiến đã trình bày",
		"stats.sum.answered":   "%d đã trả lời",
		"stats.sum.in_writing": "%d trả lời bằng văn bản",
		"stats.sum.waiting":    "%d đang chờ",
		"stats.sum.speaking":   "phát biểu %s",
		"stats.sum.answering":  "trả lời %s (%d lượt)",
		"stats.sum.average":    "bình quân %s một ý kiến",
		"stats.sum.overtime":   "quá giờ %s",

		// Sections. by_asker: askers who have spoken, askers.
		"stats.by_department": "Theo đơn vị",
		"stats.by_theme":      "Theo chủ đề",
		"stats.by_asker":      "Theo đại biểu · %d/%d đại biểu đã phát biểu",

		"stats.col.department":  "Đơn vị",
		"stats.col.addressed":   "Được hỏi",
		"stats.col.on_the_spot": "Tại hội nghị",
		"stats.col.in_writing":  "Trả lời VB",
		"stats.col.forwarded":   "Chuyển",
		"stats.col.commitments": "Cam kết",
		"stats.col.answers":     "Lượt",
		"stats.col.answer_time": "Thời gian trả lời",
		"stats.col.average":     "TB",
		"stats.col.theme":       "Chủ đề",
		"stats.col.questions":   "Ý kiến",
		"stats.col.time":        "Thời gian hỏi đáp",
		"stats.col.asker":       "Đại biểu",
		"stats.col.speaking":    "Thời gian phát biểu",
		"stats.col.overtime":    "Quá giờ",

		"stats.no_theme":       "(chưa ghi chủ đề)",
		"stats.no_departments": "Chưa đơn vị nào được hỏi.",
		"stats.nobody_spoke":   "Chưa ai phát biểu.",

		// The legend of the themes' bars.
		"stats.legend.answered":   "đã trả lời",
		"stats.legend.in_writing": "trả lời VB",
		"stats.legend.live":       "đang thảo luận",
		"stats.legend.waiting":    "đang chờ",
		"stats.legend.withdrawn":  "rút, gộp",

		// The minutes' section. totals: questions asked, questions,
		// speaking time, answering time, answers, average per question.
		"minutes.stats":                  "Thống kê",
		"minutes.stats.totals":           "Đã trình bày %d/%d ý kiến. Thời gian phát biểu %s; thời gian trả lời %s (%d lượt trả lời).",
		"minutes.stats.average":          "Bình quân mỗi ý kiến (hỏi và trả lời): %s.",
		"minutes.stats.overtime":         "Phát biểu quá giờ: %s (mỗi lượt tối đa %s).",
		"minutes.stats.by_department":    "Theo đơn vị",
		"minutes.stats.by_theme":         "Theo chủ đề",
		"minutes.stats.by_asker":         "Theo đại biểu",
		"minutes.stats.askers_note":      "%d/%d đại biểu gửi ý kiến đã phát biểu; mỗi lượt tối đa %s.",
		"minutes.stats.none":             "Chưa có số liệu.",
		"minutes.stats.no_theme":         "(chưa ghi chủ đề)",
		"minutes.stats.col.addressed":    "Được hỏi",
		"minutes.stats.col.answers":      "Lượt trả lời",
		"minutes.stats.col.answer_time":  "Thời gian trả lời",
		"minutes.stats.col.average":      "Bình quân",
		"minutes.stats.col.questions":    "Số ý kiến",
		"minutes.stats.col.speaking":     "Thời gian phát biểu",
		"minutes.stats.col.answering":    "Thời gian trả lời",
		"minutes.stats.col.time":         "Tổng thời gian",
		"minutes.stats.col.overtime":     "Quá giờ",
		"minutes.stats.group.answered":   "Đã trả lời",
		"minutes.stats.group.in_writing": "Trả lời bằng văn bản",
		"minutes.stats.group.live":       "Đang thảo luận",
		"minutes.stats.group.waiting":    "Chưa được trình bày",
		"minutes.stats.group.withdrawn":  "Đã rút, đã gộp",

		// A duration in a document: "15 phút", "6 phút 25 giây", "1 giờ 2 phút".
		"doc.dur.hours":   "%d giờ",
		"doc.dur.minutes": "%d phút",
		"doc.dur.seconds": "%d giây",
	},
	EN: {
		"stats.title_scroll": "Statistics · lines %d–%d of %d · ↑↓ scroll",
		"stats.none":         "No questions yet.",

		"stats.sum.asked":      "%d of %d questions asked",
		"stats.sum.answered":   "%d answered",
		"stats.sum.in_writing": "%d in writing",
		"stats.sum.waiting":    "%d waiting",
		"stats.sum.speaking":   "speaking %s",
		"stats.sum.answering":  "answering %s (answers: %d)",
		"stats.sum.average":    "%s per question on average",
		"stats.sum.overtime":   "overtime %s",

		"stats.by_department": "By department",
		"stats.by_theme":      "By theme",
		"stats.by_asker":      "By asker · %d of %d have spoken",

		"stats.col.department":  "Dept",
		"stats.col.addressed":   "Addressed",
		"stats.col.on_the_spot": "At meeting",
		"stats.col.in_writing":  "In writing",
		"stats.col.forwarded":   "Forwarded",
		"stats.col.commitments": "Commitments",
		"stats.col.answers":     "Answers",
		"stats.col.answer_time": "Answer time",
		"stats.col.average":     "Avg",
		"stats.col.theme":       "Theme",
		"stats.col.questions":   "Questions",
		"stats.col.time":        "Q&A time",
		"stats.col.asker":       "Asker",
		"stats.col.speaking":    "Speaking time",
		"stats.col.overtime":    "Overtime",

		"stats.no_theme":       "(no theme)",
		"stats.no_departments": "No department addressed yet.",
		"stats.nobody_spoke":   "Nobody has spoken yet.",

		"stats.legend.answered":   "answered",
		"stats.legend.in_writing": "in writing",
		"stats.legend.live":       "on the floor",
		"stats.legend.waiting":    "waiting",
		"stats.legend.withdrawn":  "withdrawn, merged",

		"minutes.stats":                  "Statistics",
		"minutes.stats.totals":           "%d of %d questions were asked. Speaking time %s; answering time %s (answers: %d).",
		"minutes.stats.average":          "Average per question (asking and answering): %s.",
		"minutes.stats.overtime":         "Speaking overtime: %s (at most %s a turn).",
		"minutes.stats.by_department":    "By department",
		"minutes.stats.by_theme":         "By theme",
		"minutes.stats.by_asker":         "By asker",
		"minutes.stats.askers_note":      "%d of %d askers spoke; at most %s a turn.",
		"minutes.stats.none":             "No figures yet.",
		"minutes.stats.no_theme":         "(no theme)",
		"minutes.stats.col.addressed":    "Addressed",
		"minutes.stats.col.answers":      "Answers",
		"minutes.stats.col.answer_time":  "Answer time",
		"minutes.stats.col.average":      "Average",
		"minutes.stats.col.questions":    "Questions",
		"minutes.stats.col.speaking":     "Speaking time",
		"minutes.stats.col.answering":    "Answering time",
		"minutes.stats.col.time":         "Total time",
		"minutes.stats.col.overtime":     "Overtime",
		"minutes.stats.group.answered":   "Answered",
		"minutes.stats.group.in_writing": "In writing",
		"minutes.stats.group.live":       "On the floor",
		"minutes.stats.group.waiting":    "Not reached",
		"minutes.stats.group.withdrawn":  "Withdrawn, merged",

		"doc.dur.hours":   "%d h",
		"doc.dur.minutes": "%d min",
		"doc.dur.seconds": "%d s",
	},
}
