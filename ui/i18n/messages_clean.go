package i18n

// Cleaning what comes in (model.CleanMeeting, the JSON import): the names
// of the fields cleaning can change, and what the import says about them.
// Same rules as messages.go: both languages, the arguments in the order
// callers pass them. A key another file already has is left as it is
// there and noted in collisions, which a test keeps empty.
func init() { merge(cleanMessages) }

var cleanMessages = map[Lang]map[string]string{
	VI: {
		// After "podium import X.json NEW" made the meeting. Arguments: how
		// many fields, then their names (ui.CleanedFields).
		"cli.import_cleaned":      "Đã làm sạch %d trường (bỏ ký tự điều khiển, ký tự ẩn hoặc khoảng trắng thừa): %s.",
		"cli.import_cleaned_one":  "Đã làm sạch 1 trường (bỏ ký tự điều khiển, ký tự ẩn hoặc khoảng trắng thừa): %s.",
		"cli.import_cleaned_more": "%s và %d trường khác",
		// A required field held only what cleaning removes. Arguments: the
		// file, the field's name.
		"json.emptied": "%s: trường “%s” chỉ có ký tự điều khiển hoặc ký tự ẩn; bỏ chúng đi thì trống, nên không nhập gì. Hãy sửa trường này trong tệp.",

		// A field of a record: the field, then the record.
		"clean.field_of": "%s (%s)",
		// The records, by number.
		"clean.rec.department": "đơn vị %d",
		"clean.rec.question":   "ý kiến số %d",
		"clean.rec.answer":     "phần trả lời số %d",
		"clean.rec.followup":   "việc số %d",
		"clean.rec.note":       "lời nhắn số %d",
		"clean.rec.agenda":     "mục chương trình %d",
		// The fields (model.FieldChange.Field).
		"clean.field.title":               "tên hội nghị",
		"clean.field.topic":               "chủ đề hội nghị",
		"clean.field.venue":               "địa điểm",
		"clean.field.chair.name":          "họ tên người chủ trì",
		"clean.field.chair.role":          "chức vụ người chủ trì",
		"clean.field.chair.unit":          "đơn vị người chủ trì",
		"clean.field.language":            "ngôn ngữ",
		"clean.field.code":                "mã",
		"clean.field.name":                "tên",
		"clean.field.representative.name": "họ tên người đại diện",
		"clean.field.representative.role": "chức vụ người đại diện",
		"clean.field.representative.unit": "đơn vị người đại diện",
		"clean.field.asker.name":          "họ tên người hỏi",
		"clean.field.asker.role":          "chức vụ người hỏi",
		"clean.field.asker.unit":          "đơn vị, địa phương người hỏi",
		"clean.field.kind":                "loại ý kiến",
		"clean.field.theme":               "chủ đề",
		"clean.field.text":                "nội dung",
		"clean.field.departments":         "đơn vị được hỏi",
		"clean.field.channel":             "hình thức gửi",
		"clean.field.status":              "trạng thái",
		"clean.field.department":          "đơn vị",
		"clean.field.responder.name":      "họ tên người trả lời",
		"clean.field.responder.role":      "chức vụ người trả lời",
		"clean.field.responder.unit":      "đơn vị người trả lời",
		"clean.field.notes":               "ghi chép",
		"clean.field.outcome":             "kết quả",
		"clean.field.what":                "việc cần làm",
		"clean.field.forwarded_to":        "chuyển tới",
		"clean.field.reply_doc":           "số văn bản trả lời",
		"clean.field.note":                "ghi chú",
		"clean.field.source":              "nguồn",
		"clean.field.state":               "trạng thái phát biểu",
		"clean.field.display":             "chế độ màn chiếu",
		"clean.field.note.from":           "người nhắn",
		"clean.field.note.text":           "lời nhắn",
		"clean.field.item.title":          "tên mục",
	},
	EN: {
		"cli.import_cleaned":      "Cleaned %d fields (control or invisible characters or extra spaces removed): %s.",
		"cli.import_cleaned_one":  "Cleaned 1 field (control or invisible characters or extra spaces removed): %s.",
		"cli.import_cleaned_more": "%s and %d more",
		"json.emptied":            "%s: the field “%s” holds nothing but control or invisible characters; without them it is empty, so nothing was imported. Correct that field in the file.",

		"clean.field_of": "%s (%s)",

		"clean.rec.department": "department %d",
		"clean.rec.question":   "question %d",
		"clean.rec.answer":     "answer %d",
		"clean.rec.followup":   "follow-up %d",
		"clean.rec.note":       "note %d",
		"clean.rec.agenda":     "agenda item %d",

		"clean.field.title":               "meeting title",
		"clean.field.topic":               "meeting topic",
		"clean.field.venue":               "venue",
		"clean.field.chair.name":          "chair's name",
		"clean.field.chair.role":          "chair's title",
		"clean.field.chair.unit":          "chair's unit",
		"clean.field.language":            "language",
		"clean.field.code":                "code",
		"clean.field.name":                "name",
		"clean.field.representative.name": "representative's name",
		"clean.field.representative.role": "representative's title",
		"clean.field.representative.unit": "representative's unit",
		"clean.field.asker.name":          "asker's name",
		"clean.field.asker.role":          "asker's role",
		"clean.field.asker.unit":          "asker's unit or locality",
		"clean.field.kind":                "kind",
		"clean.field.theme":               "theme",
		"clean.field.text":                "text",
		"clean.field.departments":         "departments addressed",
		"clean.field.channel":             "channel",
		"clean.field.status":              "status",
		"clean.field.department":          "department",
		"clean.field.responder.name":      "responder's name",
		"clean.field.responder.role":      "responder's title",
		"clean.field.responder.unit":      "responder's unit",
		"clean.field.notes":               "notes",
		"clean.field.outcome":             "outcome",
		"clean.field.what":                "what to do",
		"clean.field.forwarded_to":        "forwarded to",
		"clean.field.reply_doc":           "reply document number",
		"clean.field.note":                "note",
		"clean.field.source":              "source",
		"clean.field.state":               "floor state",
		"clean.field.display":             "projector mode",
		"clean.field.note.from":           "note's sender",
		"clean.field.note.text":           "note's text",
		"clean.field.item.title":          "item title",
	},
}
