package i18n

// Fixes found running the demo (issue 12): the Record screen named by its
// questions' numbers, the answers still without notes, and a window too
// small to use. Same rules as messages.go: both languages, the arguments
// in the order callers pass them. A key another file already has is left
// as it is there and noted in collisions, which a test keeps empty.
func init() { merge(fixesMessages) }

var fixesMessages = map[Lang]map[string]string{
	VI: {
		// The notes of one answer, named by the questions it answers
		// (sorted), the department and whether it is still being given.
		"fix.record.title_one":  "Ghi chép · ý kiến số %s · %s · %s",
		"fix.record.title_many": "Ghi chép · ý kiến số %s · %s · %s",
		"fix.record.title_noq":  "Ghi chép · %[2]s · %[3]s",
		"fix.record.title_gone": "Ghi chép · ý kiến số %s · không còn",
		// The answers whose notes are still empty, each by its questions:
		// "ý kiến 3; 5, 6".
		"fix.record.no_notes":         "Chưa có ghi chép: ý kiến %s",
		"fix.record.on_floor":         "Trên sàn: ý kiến số %s · %s — f để chuyển sang",
		"fix.record.on_floor_editing": "Trên sàn: ý kiến số %s · %s — esc rồi f để chuyển sang",

		// Below the smallest size the screen is usable at.
		"fix.too_small": "Cửa sổ quá nhỏ (%dx%d): cần ít nhất %dx%d",
	},
	EN: {
		"fix.record.title_one":        "Notes · question %s · %s · %s",
		"fix.record.title_many":       "Notes · questions %s · %s · %s",
		"fix.record.title_noq":        "Notes · %[2]s · %[3]s",
		"fix.record.title_gone":       "Notes · question %s · gone",
		"fix.record.no_notes":         "No notes yet: questions %s",
		"fix.record.on_floor":         "On the floor: question %s · %s — f to go there",
		"fix.record.on_floor_editing": "On the floor: question %s · %s — esc, then f to go there",

		"fix.too_small": "Window too small (%dx%d): needs at least %dx%d",
	},
}
