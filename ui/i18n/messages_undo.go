package i18n

// Undo per person: a step someone else has changed since, and taking back
// someone else's step from the Timeline. Same rules as messages.go: both
// languages, the arguments in the order callers pass them.
func init() {
	for lang, ms := range undoMessages {
		for k, v := range ms {
			if _, ok := messages[lang][k]; ok {
				collisions = append(collisions, string(lang)+":"+k)
				continue
			}
			messages[lang][k] = v
		}
	}
}

var undoMessages = map[Lang]map[string]string{
	VI: {
		// Arguments: the step not undone, who changed it since, their change.
		"storage.changed_since":         "Chưa hoàn tác “%s”: sau bước đó, %s đã %s trên cùng nội dung. Muốn hoàn tác bước kia trước, mở màn Diễn biến (phím 4), chọn nó và nhấn u.",
		"storage.changed_since_unknown": "Chưa hoàn tác “%s”: nội dung đã được người khác thay đổi sau bước đó.",
		"timeline.not_undoable":         "Bước này không hoàn tác được bằng u (muốn làm lại, nhấn U).",
		"timeline.not_newest":           "Chỉ hoàn tác được bước mới nhất của %s; hãy chọn bước đó.",
		"timeline.step_of":              "(bước của %s)",
		"confirm.undo_of":               "Hoàn tác bước của %s: %s? y: có · n: không",
		"done.undo_of":                  "Đã hoàn tác bước của %s: %s",
	},
	EN: {
		"storage.changed_since":         "“%s” was not undone: since then, %s changed the same record (%s). To undo that one first, open the Timeline (key 4), select it and press u.",
		"storage.changed_since_unknown": "“%s” was not undone: someone else has changed the same record since.",
		"timeline.not_undoable":         "This step cannot be undone with u (press U to redo).",
		"timeline.not_newest":           "Only the newest step of %s can be undone; select that one.",
		"timeline.step_of":              "(a step of %s)",
		"confirm.undo_of":               "Undo the step of %s: %s? y: yes · n: no",
		"done.undo_of":                  "Undone, the step of %s: %s",
	},
}
