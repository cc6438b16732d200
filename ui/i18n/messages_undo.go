package i18n

// Undo per person: a step someone else has changed since, and taking back
// someone else's step from the Timeline. Same rules as messages.go: both
// languages, the arguments in the order callers pass them.
func init() { merge(undoMessages) }

var undoMessages = map[Lang]map[string]string{
	VI: {
		"done.agenda_over":         "Đã kết thúc mục cuối: hết chương trình.",
		"setup.bad_date":           "Không đọc được ngày tổ chức “%s”: ghi theo ngày/tháng/năm, ví dụ 23/3/2023.",
		"verb.redo":                "làm lại",
		"verb.add_commendation":    "thêm khen thưởng",
		"verb.edit_commendation":   "sửa khen thưởng",
		"verb.remove_commendation": "bỏ khen thưởng",
		"verb.move_conclusion":     "đổi thứ tự kết luận",
		// Arguments: the step not undone, who changed it since, their change.
		"storage.changed_since":         "Chưa hoàn tác “%s”: sau đó %s đã %s. Hoàn tác bước ấy trước: màn Diễn biến (4), chọn, nhấn u.",
		"storage.changed_since_unknown": "Chưa hoàn tác “%s”: nội dung đã được người khác thay đổi sau bước đó.",
		"timeline.not_undoable":         "Bước này không hoàn tác được bằng u (muốn làm lại, nhấn U).",
		"timeline.not_newest":           "Chỉ hoàn tác được bước mới nhất của %s; hãy chọn bước đó.",
		"timeline.step_of":              "(bước của %s)",
		// A run of projector switches shown as one row. Arguments: the
		// newest switch, how many, the time of the first.
		"timeline.folded":   "%s (%d lần, từ %s)",
		"confirm.undo_of":   "Hoàn tác bước của %s: %s? y: có · n: không",
		"done.undo_of":      "Đã hoàn tác bước của %s: %s",
		"record.header":     "thông tin hội nghị",
		"record.queue":      "danh sách chờ",
		"record.floor":      "người đang giữ sàn",
		"record.stage":      "màn chiếu",
		"record.agenda":     "chương trình",
		"record.department": "đơn vị",
		"record.question":   "ý kiến",
		"record.answer":     "trả lời",
		"record.followup":   "việc cần theo dõi",
		"record.log_entry":  "mục nhật ký",
		"record.numbered":   "%s số %s",
	},
	EN: {
		"done.agenda_over":              "The last item has ended: the run of show is over.",
		"setup.bad_date":                "Cannot read the meeting's date “%s”: write it as day/month/year, e.g. 23/3/2023.",
		"verb.redo":                     "redo",
		"verb.add_commendation":         "add a commendation",
		"verb.edit_commendation":        "edit a commendation",
		"verb.remove_commendation":      "remove a commendation",
		"verb.move_conclusion":          "reorder the conclusions",
		"storage.changed_since":         "“%s” not undone: since then %s made “%s”. Undo that first: Timeline (4), select it, press u.",
		"storage.changed_since_unknown": "“%s” was not undone: someone else has changed the same record since.",
		"timeline.not_undoable":         "This step cannot be undone with u (press U to redo).",
		"timeline.not_newest":           "Only the newest step of %s can be undone; select that one.",
		"timeline.step_of":              "(a step of %s)",
		"timeline.folded":               "%s (%d times since %s)",
		"confirm.undo_of":               "Undo the step of %s: %s? y: yes · n: no",
		"done.undo_of":                  "Undone, the step of %s: %s",
		"record.header":                 "meeting details",
		"record.queue":                  "queue",
		"record.floor":                  "floor",
		"record.stage":                  "projector",
		"record.agenda":                 "run of show",
		"record.department":             "department",
		"record.question":               "question",
		"record.answer":                 "answer",
		"record.followup":               "follow-up",
		"record.log_entry":              "log entry",
		"record.numbered":               "%s %s",
	},
}
