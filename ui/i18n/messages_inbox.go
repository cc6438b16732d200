package i18n

// The Inbox: questions sent from phones or typed from paper slips, and the
// refusals, verbs and checks of the model's submissions. Same rules as
// messages.go.
func init() { merge(inboxMessages) }

var inboxMessages = map[Lang]map[string]string{
	VI: {
		"verb.submit_question":    "gửi câu hỏi vào hộp thư",
		"verb.approve_submission": "duyệt câu hỏi gửi đến",
		"verb.merge_submission":   "gộp câu hỏi gửi đến",
		"verb.reject_submission":  "không duyệt câu hỏi gửi đến",
		"verb.set_submissions":    "mở, đóng nhận câu hỏi",

		"err.submissions_closed": "Đã dừng nhận câu hỏi.",
		"err.too_many_pending":   "Hộp thư đã có %d câu hỏi chờ duyệt: không nhận thêm được nữa.",
		"err.no_such_submission": "Không có câu hỏi gửi đến số %d.",
		"err.submission_decided": "Câu hỏi gửi đến số %d đã được xử lý rồi, có thể ở một máy khác.",

		"invariant.submission_id":               "câu hỏi gửi đến ở vị trí %d mang số %d",
		"invariant.submission_unknown_status":   "câu hỏi gửi đến số %d có trạng thái không xác định %q",
		"invariant.submission_empty":            "câu hỏi gửi đến số %d không có nội dung",
		"invariant.submission_missing_question": "câu hỏi gửi đến số %d trở thành ý kiến số %d, ý kiến này không có",
		"invariant.submission_names_question":   "câu hỏi gửi đến số %d ở trạng thái %s nhưng lại gắn với ý kiến số %d",

		"clean.rec.submission":           "câu hỏi gửi đến số %d",
		"clean.field.sender.name":        "họ tên người gửi",
		"clean.field.sender.unit":        "đơn vị, địa phương người gửi",
		"clean.field.also_asked_by.name": "họ tên người cùng hỏi",
		"clean.field.also_asked_by.role": "chức vụ người cùng hỏi",
		"clean.field.also_asked_by.unit": "đơn vị, địa phương người cùng hỏi",
		"submission.status.pending":      "chờ duyệt",
		"submission.status.approved":     "đã duyệt",
		"submission.status.merged":       "đã gộp",
		"submission.status.rejected":     "không duyệt",
	},
	EN: {
		"verb.submit_question":    "send a question to the inbox",
		"verb.approve_submission": "approve a question sent in",
		"verb.merge_submission":   "merge a question sent in",
		"verb.reject_submission":  "reject a question sent in",
		"verb.set_submissions":    "open or close submissions",

		"err.submissions_closed": "Submissions are closed.",
		"err.too_many_pending":   "The inbox already holds %d questions waiting: no more can be taken.",
		"err.no_such_submission": "There is no question sent in with number %d.",
		"err.submission_decided": "Question sent in %d has already been dealt with, perhaps on another screen.",

		"invariant.submission_id":               "the question sent in at %d has number %d",
		"invariant.submission_unknown_status":   "question sent in %d has unknown status %q",
		"invariant.submission_empty":            "question sent in %d is empty",
		"invariant.submission_missing_question": "question sent in %d became question %d, which does not exist",
		"invariant.submission_names_question":   "question sent in %d is %s but names question %d",

		"clean.rec.submission":           "question sent in %d",
		"clean.field.sender.name":        "sender's name",
		"clean.field.sender.unit":        "sender's unit or locality",
		"clean.field.also_asked_by.name": "name of another asker",
		"clean.field.also_asked_by.role": "title of another asker",
		"clean.field.also_asked_by.unit": "unit or locality of another asker",
		"submission.status.pending":      "waiting",
		"submission.status.approved":     "approved",
		"submission.status.merged":       "merged",
		"submission.status.rejected":     "rejected",
	},
}
