package i18n

// The screens' key groups and the help that follows the screen: their
// messages, added to the catalog. Same rules as messages.go: both
// languages, the arguments in the order callers pass them. A key another
// file already has is left as it is there and noted in collisions, which a
// test keeps empty.
func init() { merge(screenMessages) }

var screenMessages = map[Lang]map[string]string{
	VI: {
		"key.undo_step":    "hoàn tác bước ở dòng ▸",
		"key.filter_done":  "xong lọc",
		"key.filter_clear": "bỏ lọc",
		"key.pick":         "chọn đơn vị theo số",
		"key.enter_field":  "ô sau; ở ô cuối: lưu",
		"key.first":        "đầu danh sách",
		"key.last":         "cuối danh sách",

		// The help's groups. Arguments of box.help_page: the page, the
		// number of pages.
		"help.floor":     "Trên sàn",
		"help.queue":     "Danh sách chờ",
		"help.move":      "Di chuyển",
		"help.stage":     "Chương trình và màn chiếu",
		"help.global":    "Mọi màn hình",
		"help.record":    "Ghi biên bản",
		"help.notes":     "Khi đang ghi chép",
		"help.followups": "Việc cần theo dõi",
		"help.timeline":  "Nhật ký",
		"help.stats":     "Thống kê",
		"box.help_page":  "Phím tắt · trang %d/%d",
		// Arguments: the fields above, the fields below.
		"form.more_fields": "↑ %d ô trên · ↓ %d ô dưới (tab, ⇧tab)",
	},
	EN: {
		"key.undo_step":    "undo the ▸ step",
		"key.filter_done":  "done filtering",
		"key.filter_clear": "clear the filter",
		"key.pick":         "pick a department by number",
		"key.enter_field":  "next field; on the last: save",
		"key.first":        "top of the list",
		"key.last":         "end of the list",

		"help.floor":       "On the floor",
		"help.queue":       "The queue",
		"help.move":        "Moving around",
		"help.stage":       "Agenda and projector",
		"help.global":      "Every screen",
		"help.record":      "The record",
		"help.notes":       "While writing notes",
		"help.followups":   "Follow-ups",
		"help.timeline":    "The log",
		"help.stats":       "Statistics",
		"box.help_page":    "Keys · page %d/%d",
		"form.more_fields": "↑ %d fields above · ↓ %d below (tab, ⇧tab)",
	},
}
