package i18n

// The formal record (issue 11): the header's fields for the documents,
// the commendations, the conclusions' addressees and order, and each
// answering department's part in the minutes. Same rules as messages.go:
// both languages, the arguments in the order callers pass them. A key
// another file already has is left as it is there and noted in
// collisions, which a test keeps empty.
func init() { merge(record2Messages) }

var record2Messages = map[Lang]map[string]string{
	VI: {
		// Refusals (model/errors.go).
		"err.no_such_commendation":   "Không có khen thưởng số %d.",
		"err.bad_commendation_kind":  "Loại khen thưởng “%s” không có: chọn tập thể hoặc cá nhân.",
		"err.too_many_commendations": "Đã đủ %d khen thưởng: không thêm được nữa.",
		"err.bad_addressee":          "Không có nơi nhận kết luận “%s”: chọn sở, ngành; các sở, ngành; Tỉnh Đoàn; hoặc thanh niên.",
		"err.cannot_move_conclusion": "Việc số %d không phải kết luận của chủ trì: chỉ kết luận mới đổi được thứ tự.",

		// Broken invariants (podium check).
		"invariant.followup_also_unknown_department":  "việc cần theo dõi số %d giao thêm cho đơn vị không có trong hội nghị “%s”",
		"invariant.followup_unknown_addressee":        "việc cần theo dõi số %d gửi tới nơi không rõ “%s”",
		"invariant.followup_addressee_not_conclusion": "việc cần theo dõi số %d không phải kết luận mà có nơi nhận hoặc thứ tự",
		"invariant.commendation_id":                   "khen thưởng mang số %d không hợp lệ hoặc trùng",
		"invariant.commendation_unknown_kind":         "khen thưởng số %d có loại không rõ “%s”",
		"invariant.commendation_no_name":              "khen thưởng số %d không có tên",

		// Fields cleaned on import (clean.field.*; the record: clean.rec.*).
		"clean.rec.commendation":            "khen thưởng %d",
		"clean.field.issuer_parent":         "cơ quan chủ quản",
		"clean.field.issuer":                "cơ quan ban hành",
		"clean.field.minutes_number":        "số biên bản",
		"clean.field.conclusions_number":    "số thông báo kết luận",
		"clean.field.report_number":         "số báo cáo",
		"clean.field.place_name":            "địa danh",
		"clean.field.secretary.name":        "họ tên thư ký",
		"clean.field.secretary.role":        "chức vụ thư ký",
		"clean.field.secretary.unit":        "đơn vị thư ký",
		"clean.field.attendee.name":         "họ tên người tham dự",
		"clean.field.attendee.role":         "chức vụ người tham dự",
		"clean.field.attendee.unit":         "đơn vị người tham dự",
		"clean.field.recipient":             "nơi nhận",
		"clean.field.also":                  "đơn vị cùng thực hiện",
		"clean.field.to":                    "nơi nhận kết luận",
		"clean.field.commendation.kind":     "loại khen thưởng",
		"clean.field.commendation.name":     "tên tập thể, cá nhân",
		"clean.field.commendation.unit":     "đơn vị",
		"clean.field.commendation.decision": "quyết định khen thưởng",

		// To whom a conclusion is addressed.
		"addressee.all_departments": "Các sở, ngành",
		"form.to":                   "Gửi tới",
		"form.to.":                  "Sở, ngành (ghi mã)",
		"form.to.all_departments":   "Các sở, ngành",
		"form.to.youth_union":       "Tỉnh Đoàn",
		"form.to.youth":             "Thanh niên",
		"form.conclusion_depts":     "Mã đơn vị (chủ trì trước, cách nhau bởi dấu phẩy)",
		"addressee.youth_union":     "Tỉnh Đoàn",
		"addressee.youth":           "Thanh niên",

		// The commendations.
		"commendation.kind.group":      "Tập thể",
		"commendation.kind.individual": "Cá nhân",

		// The minutes.
		"minutes.commendations":    "Khen thưởng",
		"minutes.no_commendations": "Không có khen thưởng.",
		"minutes.secretary":        "Thư ký",
		"minutes.attendees":        "Thành phần tham dự",
		"minutes.youth_delegates":  "%d đại biểu thanh niên",
		"minutes.lead":             "chủ trì: %s",
	},
	EN: {
		"err.no_such_commendation":   "There is no commendation %d.",
		"err.bad_commendation_kind":  "There is no kind of commendation “%s”: choose a group or an individual.",
		"err.too_many_commendations": "There are already %d commendations: no more can be added.",
		"err.bad_addressee":          "A conclusion cannot be addressed to “%s”: choose departments, all departments, the Youth Union or the young people.",
		"err.cannot_move_conclusion": "Follow-up %d is not one of the chair's conclusions: only conclusions can be reordered.",

		"invariant.followup_also_unknown_department":  "follow-up %d is also for unknown department %q",
		"invariant.followup_unknown_addressee":        "follow-up %d is addressed to unknown %q",
		"invariant.followup_addressee_not_conclusion": "follow-up %d is not a conclusion but has an addressee or an order",
		"invariant.commendation_id":                   "commendation id %d is not positive or not unique",
		"invariant.commendation_unknown_kind":         "commendation %d has unknown kind %q",
		"invariant.commendation_no_name":              "commendation %d has no name",

		"clean.rec.commendation":            "commendation %d",
		"clean.field.issuer_parent":         "parent body",
		"clean.field.issuer":                "issuing body",
		"clean.field.minutes_number":        "minutes number",
		"clean.field.conclusions_number":    "conclusions notice number",
		"clean.field.report_number":         "report number",
		"clean.field.place_name":            "place name",
		"clean.field.secretary.name":        "secretary's name",
		"clean.field.secretary.role":        "secretary's title",
		"clean.field.secretary.unit":        "secretary's unit",
		"clean.field.attendee.name":         "attendee's name",
		"clean.field.attendee.role":         "attendee's title",
		"clean.field.attendee.unit":         "attendee's unit",
		"clean.field.recipient":             "recipient",
		"clean.field.also":                  "other departments",
		"clean.field.to":                    "conclusion's addressee",
		"clean.field.commendation.kind":     "kind of commendation",
		"clean.field.commendation.name":     "name of the group or person",
		"clean.field.commendation.unit":     "unit",
		"clean.field.commendation.decision": "awarding decision",

		"addressee.all_departments": "All departments",
		"form.to":                   "To",
		"form.to.":                  "Departments (codes)",
		"form.to.all_departments":   "All departments",
		"form.to.youth_union":       "The Youth Union",
		"form.to.youth":             "The young people",
		"form.conclusion_depts":     "Department codes (the lead first, comma separated)",
		"addressee.youth_union":     "The Youth Union",
		"addressee.youth":           "The young people",

		"commendation.kind.group":      "Group",
		"commendation.kind.individual": "Individual",

		"minutes.commendations":    "Commendations",
		"minutes.no_commendations": "No commendations.",
		"minutes.secretary":        "Secretary",
		"minutes.attendees":        "Attendees",
		"minutes.youth_delegates":  "%d youth delegates",
		"minutes.lead":             "led by %s",
	},
}
