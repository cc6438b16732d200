package i18n

// A text being typed is never lost and never out of sight: the clerk's
// notes editor when the stored notes change under it, when a save fails,
// when the floor moves on; and the moderator's screen saying who is still
// typing. Added to the catalog; same rules as messages.go: both languages,
// the arguments in the order callers pass them. A key another file already
// has is left as it is there and noted in collisions, which a test keeps
// empty.
func init() { merge(typingMessages) }

var typingMessages = map[Lang]map[string]string{
	VI: {
		// The model's refusal (model.ErrNotesChanged). Argument: the answer.
		"err.notes_changed": "Ghi chép trả lời số %d vừa được thay đổi ở nơi khác nên chưa ghi đè; chữ bạn gõ vẫn giữ và sẽ được lưu lại.",

		// The Record screen while the floor has moved on. Arguments: the
		// floor's answer, its department.
		"record.no_floor_answer": "Chưa có đơn vị nào đang trả lời trên sàn.",
		"key.to_floor":           "sang trả lời trên sàn",

		// The editor when the stored notes change under it. Argument: the
		// answer.
		"record.notes_undone": "Ghi chép trả lời ý kiến số %s vừa bị hoàn tác ở nơi khác; chữ bạn đang gõ vẫn giữ và sẽ được lưu lại.",
		"record.notes_merged": "Ghi chép trả lời ý kiến số %s vừa được sửa ở nơi khác; chữ của bạn đã được ghép vào sau và sẽ được lưu lại.",
		// The line put between the other text and this editor's. Arguments:
		// who (a role's name), the time.
		"record.notes_marker": "— ghi chép của %s, %s —",

		// Saving. Arguments: the answer; then why it failed.
		"record.notes_saving":    "Đang lưu ghi chép trả lời ý kiến số %s…",
		"record.notes_not_saved": "Chưa lưu được ghi chép trả lời ý kiến số %s: %s Chữ vẫn giữ ở đây và sẽ được thử lưu lại sau mỗi giây.",
		"record.notes_gone":      "Phần trả lời ý kiến số %[1]s không còn (vừa bị hoàn tác); chữ bạn gõ vẫn giữ ở đây và sẽ được lưu khi phần trả lời đó trở lại. Nhấn esc lần nữa để bỏ chữ này.",
		"record.notes_dropped":   "Đã bỏ chữ gõ cho phần trả lời ý kiến số %s.",
		"key.notes_save_close":   "lưu rồi đóng",

		// The moderator's screen. Arguments: who (a role's name), the
		// answer; then the answer again.
		"answer.typing":     "✎ %s đang ghi trả lời ý kiến số %s",
		"done.still_typing": "✎ %s vẫn đang ghi trả lời ý kiến số %s; chữ ở lại với phần trả lời đó.",
	},
	EN: {
		"err.notes_changed": "The notes on answer %d were just changed elsewhere, so nothing was overwritten; what you typed stays and will be saved again.",

		"record.no_floor_answer": "No department is answering on the floor.",
		"key.to_floor":           "to the answer on the floor",

		"record.notes_undone": "The notes on the answer to question %s were just undone elsewhere; what you are typing stays and will be saved again.",
		"record.notes_merged": "The notes on the answer to question %s were just changed elsewhere; your text was added after them and will be saved.",
		"record.notes_marker": "— notes by the %s, %s —",

		"record.notes_saving":    "Saving the notes on the answer to question %s…",
		"record.notes_not_saved": "The notes on the answer to question %s are not saved: %s Your text stays here; saving is tried again every second.",
		"record.notes_gone":      "The answer to question %[1]s is gone (just undone); your text stays here and is saved when that answer comes back. Press esc again to drop it.",
		"record.notes_dropped":   "Dropped the text typed for the answer to question %s.",
		"key.notes_save_close":   "save, then close",

		"answer.typing":     "✎ the %s is writing notes on question %s",
		"done.still_typing": "✎ the %s is still writing notes on question %s; they stay with that answer.",
	},
}
