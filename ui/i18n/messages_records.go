package i18n

// The clerk's record, the follow-ups, the minutes and the command line's
// export and import: their messages, added to the catalog. Same rules as
// messages.go: both languages, the arguments in the order callers pass
// them.
//
// A key messages.go already has is left as it is there and noted in
// collisions, which a test keeps empty: two files must not define one key.
func init() {
	for lang, ms := range recordMessages {
		for k, v := range ms {
			if _, ok := messages[lang][k]; ok {
				collisions = append(collisions, string(lang)+":"+k)
				continue
			}
			messages[lang][k] = v
		}
	}
}

// collisions are the keys recordMessages shares with messages.go.
var collisions []string

var recordMessages = map[Lang]map[string]string{
	VI: {
		// Refusals from the model; arguments as in model/errors.go.
		"err.no_such_follow_up":    "Không có việc cần theo dõi số %d.",
		"err.bad_outcome":          "Kết quả “%s” không hợp lệ: chọn trả lời tại hội nghị, trả lời bằng văn bản, chuyển cơ quan có thẩm quyền hoặc cam kết thực hiện.",
		"err.bad_follow_up_status": "Tình trạng “%s” không hợp lệ: chọn đang theo dõi, đã trả lời, đã giải quyết hoặc đã chuyển.",
		"err.empty_what":           "Chưa ghi nội dung việc cần thực hiện. Điền nội dung rồi lưu lại.",
		"err.no_forwarded_to":      "Chưa ghi chuyển tới cơ quan nào (ví dụ Bộ Công an). Điền rồi lưu lại.",
		"err.no_reply_date":        "Đã trả lời thì cần ngày của văn bản trả lời (ngày/tháng/năm).",
		"err.deadline_too_early":   "Hạn không được trước ngày hội nghị. Kiểm tra lại ngày, nhất là năm.",
		"err.date_too_early":       "Ngày trả lời hoặc ngày giải quyết không được trước ngày phát sinh việc cần theo dõi. Kiểm tra lại ngày.",
		"err.follow_up_started":    "Việc cần theo dõi số %d đã được cập nhật (%s) nên không bỏ được. Đổi tình trạng của việc đó về đang theo dõi trước.",
		"err.not_conclusion":       "Việc số %d không phải kết luận của chủ trì: chỉ xóa được kết luận của chủ trì; các việc khác phát sinh từ kết quả trả lời, muốn bỏ thì sửa kết quả trả lời.",

		"field.what":         "nội dung việc cần thực hiện",
		"field.forwarded_to": "chuyển tới",
		"field.reply_doc":    "số văn bản trả lời",
		"field.note":         "ghi chú",

		"verb.set_outcome":       "ghi kết quả trả lời",
		"verb.set_responder":     "ghi người trả lời",
		"verb.add_conclusion":    "thêm kết luận của chủ trì",
		"verb.edit_follow_up":    "sửa việc cần theo dõi",
		"verb.update_follow_up":  "cập nhật tình trạng theo dõi",
		"verb.remove_conclusion": "xóa kết luận của chủ trì",
		"verb.import":            "nhập từ tệp",

		"minutes.outcome.answered":       "Trả lời tại hội nghị",
		"minutes.outcome.in_writing":     "Trả lời bằng văn bản",
		"minutes.outcome.forwarded":      "Chuyển cơ quan có thẩm quyền",
		"minutes.outcome.commitment":     "Cam kết thực hiện",
		"followup.status.open":           "Đang theo dõi",
		"followup.status.replied":        "Đã trả lời",
		"followup.status.resolved":       "Đã giải quyết",
		"followup.status.forwarded":      "Đã chuyển",
		"followup.source.written_answer": "Trả lời bằng văn bản",
		"followup.source.commitment":     "Cam kết thực hiện",
		"followup.source.forwarded":      "Chuyển cơ quan có thẩm quyền",
		"followup.source.conclusion":     "Kết luận của chủ trì",

		// The minutes (podium export --format md|html|csv).
		"minutes.title":               "Biên bản %s",
		"minutes.topic":               "Chủ đề",
		"minutes.date":                "Ngày",
		"minutes.time":                "Thời gian",
		"minutes.venue":               "Địa điểm",
		"minutes.chair":               "Chủ trì",
		"minutes.askers":              "Số đại biểu gửi ý kiến (không kể ý kiến đã rút)",
		"minutes.questions":           "Số ý kiến",
		"minutes.departments":         "Đơn vị đã trả lời",
		"minutes.items":               "Các ý kiến và nội dung trả lời",
		"minutes.conclusions":         "Kết luận của chủ trì",
		"minutes.no_conclusions":      "Chưa ghi kết luận nào.",
		"minutes.followups":           "Theo dõi thực hiện theo đơn vị",
		"minutes.no_followups":        "Không có việc nào cần theo dõi.",
		"minutes.as_of":               "Tình trạng tính đến ngày %s.",
		"minutes.dept_summary":        "%d việc, %d quá hạn",
		"minutes.overdue":             "quá hạn",
		"minutes.not_reached":         "Chưa được trình bày",
		"minutes.withdrawn":           "Đã rút ý kiến",
		"minutes.merged_into":         "Gộp vào ý kiến số %d",
		"minutes.in_progress":         "Đang thảo luận",
		"minutes.done":                "Đã trả lời",
		"minutes.forwarded_to":        "tới %s",
		"minutes.reply":               "văn bản số %s ngày %s",
		"minutes.reply_no_doc":        "văn bản ngày %s",
		"minutes.resolved_on":         "giải quyết ngày %s",
		"minutes.deadline":            "hạn %s",
		"minutes.questions_ref":       "ý kiến số %s",
		"minutes.count.answered":      "%d trả lời tại hội nghị",
		"minutes.count.in_writing":    "%d trả lời bằng văn bản",
		"minutes.count.forwarded":     "%d chuyển cơ quan có thẩm quyền",
		"minutes.count.commitment":    "%d cam kết thực hiện",
		"minutes.count.withdrawn":     "%d đã rút",
		"minutes.count.merged":        "%d gộp vào ý kiến khác",
		"minutes.count.open":          "%d chưa được trình bày",
		"minutes.count.live":          "%d đang thảo luận",
		"minutes.footer":              "Xuất từ phần mềm Podium ngày %s, theo dữ liệu ghi tại hội nghị.",
		"minutes.kind.question":       "Câu hỏi",
		"minutes.kind.recommendation": "Kiến nghị",
		"minutes.kind.proposal":       "Đề xuất",
		"minutes.col.no":              "Số",
		"minutes.col.asker":           "Đại biểu",
		"minutes.col.role":            "Chức vụ",
		"minutes.col.unit":            "Đơn vị, địa phương",
		"minutes.col.kind":            "Loại",
		"minutes.col.theme":           "Chủ đề",
		"minutes.col.content":         "Nội dung",
		"minutes.col.addressed":       "Gửi tới",
		"minutes.col.answered_by":     "Đơn vị trả lời",
		"minutes.col.responder":       "Người trả lời",
		"minutes.col.summary":         "Tóm tắt trả lời",
		"minutes.col.outcome":         "Kết quả",
		"minutes.col.deadline":        "Hạn",
		"minutes.col.status":          "Tình trạng",
		"minutes.col.question":        "Ý kiến",
		"minutes.col.answer":          "Trả lời",
		"minutes.col.id":              "Số",
		"minutes.col.dept_code":       "Mã đơn vị",
		"minutes.col.department":      "Đơn vị",
		"minutes.col.source":          "Nguồn",
		"minutes.col.what":            "Nội dung cần thực hiện",
		"minutes.col.questions":       "Ý kiến số",
		"minutes.col.overdue":         "Quá hạn",
		"minutes.col.forwarded_to":    "Chuyển tới",
		"minutes.col.reply_doc":       "Số văn bản trả lời",
		"minutes.col.reply_date":      "Ngày trả lời",
		"minutes.col.resolved":        "Ngày giải quyết",
		"minutes.col.note":            "Ghi chú",
		"minutes.yes":                 "có",

		// The command line: export and import.
		"cli.usage_full": `Podium: điều hành hội nghị đối thoại ngay trong cửa sổ dòng lệnh.

Cách dùng:
  podium [TỆP]                  mở tệp hội nghị (chưa có thì tạo mới qua biểu mẫu)
  podium demo [TỆP] [--speed N] tạo hội nghị mẫu (demo): đối thoại thanh niên Hưng Yên 2023
                                (--speed 30: tập dượt, đồng hồ chạy nhanh gấp 30 lần)
  podium serve [TỆP]            điều hành tại đây, thư ký và màn chiếu vào qua SSH
                                (xem podium serve --help)
  podium export [--format md|html|csv|json] [--what questions|followups] [-o TỆP-RA] TỆP
                                xuất biên bản (md, html), bảng tính (csv: ý kiến, hoặc
                                việc cần theo dõi với --what followups) hoặc toàn bộ (json)
  podium import BẢN.json TỆP-MỚI     dựng lại hội nghị từ bản xuất JSON vào tệp mới
  podium import DS.csv [--what questions|departments] TỆP
                                nhập danh sách ý kiến (hoặc đơn vị) từ bảng tính CSV
  podium check TỆP              kiểm tra tệp (bbolt và các ràng buộc của hội nghị)
  podium backup TỆP             sao lưu vào thư mục <tên>-backups cạnh tệp
  podium restore BẢN-SAO-LƯU TỆP-MỚI  khôi phục bản sao lưu sang tệp mới (không ghi đè)

Tùy chọn:
  --lang vi|en    ngôn ngữ (mặc định: tiếng Anh nếu LANG/LC_ALL là tiếng Anh, nếu không thì tiếng Việt)
  --version       in phiên bản
  --help          trợ giúp này

Không nêu TỆP thì dùng %s.
Bản demo không nêu TỆP được tạo trong thư mục tạm; Podium không bao giờ ghi đè tệp hội nghị đã có.
`,
		"cli.export_bad_format":  "định dạng “%s” không có; chọn md, html, csv hoặc json",
		"cli.export_bad_what":    "--what “%s” không có; chọn questions (các ý kiến) hoặc followups (việc cần theo dõi)",
		"cli.export_what_csv":    "--what followups chỉ dùng với --format csv; biên bản md/html đã có bảng theo dõi theo đơn vị",
		"cli.export_from_backup": "%s đang mở trong một Podium khác. Xuất từ bản sao lưu mới nhất %s (lưu lúc %s); muốn có số liệu mới nhất, đóng Podium rồi xuất lại.",
		"cli.export_locked":      "%s đang mở trong một Podium khác và chưa có bản sao lưu nào để xuất. Đóng Podium đó rồi xuất lại.",
		"cli.export_written":     "Đã ghi %s.",
		"cli.export_same_file":   "không ghi đè tệp hội nghị %s; chọn tên khác cho -o",
		"cli.import_need_files":  "cần hai tệp: podium import TỆP-NGUỒN TỆP-CUỘC-HỌP (xem podium --help)",
		"cli.import_bad_what":    "--what “%s” không có; chọn questions (các ý kiến) hoặc departments (đơn vị trả lời)",
		"cli.import_done":        "Đã nhập %d ý kiến vào %s, xếp cuối danh sách chờ. Nhấn u trong Podium nếu cần hoàn tác cả đợt nhập.",
		"cli.import_depts_done":  "Đã nhập %d đơn vị vào %s.",
		"cli.import_json_done":   "Đã tạo %s từ %s: %d ý kiến, %d đơn vị, %d việc cần theo dõi.",
		"cli.import_rejected":    "Không nhập gì từ %s; %s không thay đổi.",

		// podium import of a JSON export; the first argument is the file.
		"json.not_podium": "%s không phải bản xuất JSON của Podium (thiếu \"format\": \"podium-meeting\").",
		"json.version":    "%s có phiên bản định dạng %d; bản Podium này đọc được phiên bản %s. Hãy cập nhật Podium.",
		"json.invalid":    "%s không đọc được: %s",
		"json.broken":     "%s có nội dung không nhất quán nên không dựng lại được: %s",

		// podium import of a CSV spreadsheet.
		"import.where":              "%s, dòng %d, cột %s: %s",
		"import.where_line":         "%s, dòng %d: %s",
		"import.where_file":         "%s: %s",
		"import.column":             "%s “%s”",
		"import.not_utf8":           "tệp không phải UTF-8 (có vẻ là %s). Trong Excel: Lưu thành (Save As) → “CSV UTF-8 (Comma delimited)”, rồi nhập lại",
		"import.enc.windows1258":    "Windows-1258, bảng mã tiếng Việt của Windows",
		"import.enc.windows1252":    "Windows-1252 hoặc một bảng mã 8 bit khác",
		"import.enc.tcvn3":          "TCVN3 (ABC), bảng mã tiếng Việt cũ của các phông .VnTime",
		"import.enc.utf16":          "UTF-16 không có dấu BOM",
		"import.empty_file":         "tệp trống",
		"import.no_rows":            "tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào",
		"import.too_many_rows":      "tệp có quá %d dòng dữ liệu",
		"import.missing_columns":    "thiếu cột bắt buộc: %s. Dòng đầu của tệp phải là tên cột",
		"import.duplicate_column":   "cột này trùng nghĩa với cột %s; xóa hoặc đổi tên một trong hai cột",
		"import.csv_quote":          "ô này mở dấu ngoặc kép mà không đóng, nên kéo dài đến hết tệp; thêm dấu ngoặc kép đóng ở cuối ô",
		"import.csv_bare_quote":     "có dấu ngoặc kép giữa một ô không bao trong ngoặc kép; bao cả ô trong ngoặc kép và viết dấu ngoặc kép bên trong thành hai dấu (\"\")",
		"import.csv_syntax":         "tệp CSV bị lỗi cú pháp: %s",
		"import.empty_asker":        "chưa có họ tên đại biểu",
		"import.empty_text":         "chưa có nội dung ý kiến",
		"import.empty_code":         "chưa có mã đơn vị",
		"import.empty_name":         "chưa có tên đơn vị",
		"import.too_long":           "dài %d ký tự, tối đa %d",
		"import.bad_kind":           "loại “%s” không hợp lệ: ghi câu hỏi, kiến nghị hoặc đề xuất",
		"import.unknown_department": "không có đơn vị “%s” trong hội nghị; các mã đơn vị: %s",
		"import.duplicate_code":     "đã có đơn vị mã “%s”",
		"import.refused":            "%s",
		"import.col.asker":          "Họ và tên",
		"import.col.role":           "Chức vụ",
		"import.col.unit":           "Đơn vị, địa phương",
		"import.col.kind":           "Loại",
		"import.col.theme":          "Chủ đề",
		"import.col.text":           "Nội dung",
		"import.col.departments":    "Gửi tới",
		"import.col.code":           "Mã đơn vị",
		"import.col.name":           "Tên đơn vị",
		"import.col.representative": "Người đại diện",
		"import.col.rep_role":       "Chức vụ người đại diện",
		"import.no_departments":     "(hội nghị chưa có đơn vị nào)",
	},
	EN: {
		"err.no_such_follow_up":    "There is no follow-up %d.",
		"err.bad_outcome":          "“%s” is not an outcome: choose answered at the meeting, answered in writing, forwarded to the competent authority, or commitment.",
		"err.bad_follow_up_status": "“%s” is not a follow-up status: choose open, replied, resolved or forwarded.",
		"err.empty_what":           "The task is empty. Fill it in and save again.",
		"err.no_forwarded_to":      "Forwarded to whom? Fill it in (e.g. the Ministry of Public Security) and save again.",
		"err.no_reply_date":        "A reply needs the date of the reply document (dd/mm/yyyy).",
		"err.deadline_too_early":   "A deadline cannot be before the meeting. Check the date, especially the year.",
		"err.date_too_early":       "A reply or resolution cannot be dated before the follow-up was opened. Check the date.",
		"err.follow_up_started":    "Follow-up %d has been updated (%s), so it cannot be dropped. Set it back to open first.",
		"err.not_conclusion":       "Follow-up %d is not one of the chair's conclusions: only the chair's conclusions can be removed; the others come from an answer's outcome: to drop one, change that outcome.",

		"field.what":         "task",
		"field.forwarded_to": "forwarded to",
		"field.reply_doc":    "reply document number",
		"field.note":         "note",

		"verb.set_outcome":       "record the outcome",
		"verb.set_responder":     "record who answered",
		"verb.add_conclusion":    "add a conclusion",
		"verb.edit_follow_up":    "edit a follow-up",
		"verb.update_follow_up":  "update a follow-up",
		"verb.remove_conclusion": "remove a conclusion",
		"verb.import":            "import from a file",

		"minutes.outcome.answered":       "Answered at the meeting",
		"minutes.outcome.in_writing":     "Answered in writing",
		"minutes.outcome.forwarded":      "Forwarded to the competent authority",
		"minutes.outcome.commitment":     "Commitment",
		"followup.status.open":           "Open",
		"followup.status.replied":        "Replied",
		"followup.status.resolved":       "Resolved",
		"followup.status.forwarded":      "Forwarded",
		"followup.source.written_answer": "Answered in writing",
		"followup.source.commitment":     "Commitment",
		"followup.source.forwarded":      "Forwarded to the competent authority",
		"followup.source.conclusion":     "Chair's conclusion",

		"minutes.title":               "Minutes: %s",
		"minutes.topic":               "Topic",
		"minutes.date":                "Date",
		"minutes.time":                "Time",
		"minutes.venue":               "Venue",
		"minutes.chair":               "Chair",
		"minutes.askers":              "Askers (withdrawn questions not counted)",
		"minutes.questions":           "Questions",
		"minutes.departments":         "Departments that answered",
		"minutes.items":               "Questions and answers",
		"minutes.conclusions":         "The chair's conclusions",
		"minutes.no_conclusions":      "No conclusions recorded.",
		"minutes.followups":           "Follow-ups by department",
		"minutes.no_followups":        "Nothing to follow up.",
		"minutes.as_of":               "Status as of %s.",
		"minutes.dept_summary":        "items: %d, overdue: %d",
		"minutes.overdue":             "overdue",
		"minutes.not_reached":         "Not reached",
		"minutes.withdrawn":           "Withdrawn",
		"minutes.merged_into":         "Merged into question %d",
		"minutes.in_progress":         "Under discussion",
		"minutes.done":                "Answered",
		"minutes.forwarded_to":        "to %s",
		"minutes.reply":               "reply no. %s dated %s",
		"minutes.reply_no_doc":        "reply dated %s",
		"minutes.resolved_on":         "resolved %s",
		"minutes.deadline":            "by %s",
		"minutes.questions_ref":       "questions %s",
		"minutes.count.answered":      "%d answered at the meeting",
		"minutes.count.in_writing":    "%d in writing",
		"minutes.count.forwarded":     "%d forwarded to the competent authority",
		"minutes.count.commitment":    "%d with a commitment",
		"minutes.count.withdrawn":     "%d withdrawn",
		"minutes.count.merged":        "%d merged",
		"minutes.count.open":          "%d not reached",
		"minutes.count.live":          "%d under discussion",
		"minutes.footer":              "Exported from Podium on %s, from the meeting's record.",
		"minutes.kind.question":       "Question",
		"minutes.kind.recommendation": "Recommendation",
		"minutes.kind.proposal":       "Proposal",
		"minutes.col.no":              "No.",
		"minutes.col.asker":           "Asker",
		"minutes.col.role":            "Role",
		"minutes.col.unit":            "Unit or locality",
		"minutes.col.kind":            "Kind",
		"minutes.col.theme":           "Theme",
		"minutes.col.content":         "Content",
		"minutes.col.addressed":       "Addressed to",
		"minutes.col.answered_by":     "Answered by",
		"minutes.col.responder":       "Responder",
		"minutes.col.summary":         "Summary of the answer",
		"minutes.col.outcome":         "Outcome",
		"minutes.col.deadline":        "Deadline",
		"minutes.col.status":          "Status",
		"minutes.col.question":        "Question",
		"minutes.col.answer":          "Answer",
		"minutes.col.id":              "No.",
		"minutes.col.dept_code":       "Department code",
		"minutes.col.department":      "Department",
		"minutes.col.source":          "Source",
		"minutes.col.what":            "Task",
		"minutes.col.questions":       "Questions",
		"minutes.col.overdue":         "Overdue",
		"minutes.col.forwarded_to":    "Forwarded to",
		"minutes.col.reply_doc":       "Reply document",
		"minutes.col.reply_date":      "Reply date",
		"minutes.col.resolved":        "Resolved on",
		"minutes.col.note":            "Note",
		"minutes.yes":                 "yes",

		"cli.usage_full": `Podium runs a live public dialogue meeting from a terminal.

Usage:
  podium [FILE]                 open a meeting (a new one, with a short form, if FILE does not exist)
  podium demo [FILE] [--speed N] write the demo meeting (Hưng Yên youth dialogue 2023) and open it
                                (--speed 30: a rehearsal, the clock runs 30 times faster)
  podium serve [FILE]           run the meeting here; the clerk and the projector join over SSH
                                (see podium serve --help)
  podium export [--format md|html|csv|json] [--what questions|followups] [-o OUT] FILE
                                the minutes (md, html), a spreadsheet (csv: the questions, or
                                the follow-ups with --what followups) or everything (json)
  podium import EXPORT.json NEW-FILE   rebuild a meeting from its JSON export in a new file
  podium import LIST.csv [--what questions|departments] FILE
                                add questions (or departments) from a CSV spreadsheet
  podium check FILE             verify the file (bbolt and the meeting's invariants)
  podium backup FILE            copy it into the <name>-backups folder beside it
  podium restore BACKUP NEW-FILE  restore a backup to a new file (never over one)

Options:
  --lang vi|en    language (default: English when LANG/LC_ALL name English, else Vietnamese)
  --version       print the version
  --help          this help

Without FILE, Podium opens %s.
The demo without FILE goes to the temp folder; Podium never overwrites an existing meeting file.
`,
		"cli.export_bad_format":  "no export format “%s”; choose md, html, csv or json",
		"cli.export_bad_what":    "no --what “%s”; choose questions or followups",
		"cli.export_what_csv":    "--what followups goes with --format csv; the md/html minutes already hold the follow-ups by department",
		"cli.export_from_backup": "%s is open in another Podium. Exporting from its newest backup, %s (saved at %s); for the very latest, close Podium and export again.",
		"cli.export_locked":      "%s is open in another Podium and has no backup to export from yet. Close that Podium and export again.",
		"cli.export_written":     "Wrote %s.",
		"cli.export_same_file":   "will not overwrite the meeting file %s; choose another name for -o",
		"cli.import_need_files":  "name two files: podium import SOURCE MEETING (see podium --help)",
		"cli.import_bad_what":    "no --what “%s”; choose questions or departments",
		"cli.import_done":        "Questions imported: %d, into %s, at the end of the queue. Press u in Podium to undo the whole import.",
		"cli.import_depts_done":  "Departments imported: %d, into %s.",
		"cli.import_json_done":   "Created %s from %s: questions %d, departments %d, follow-ups %d.",
		"cli.import_rejected":    "Nothing was imported from %s; %s is unchanged.",

		"json.not_podium": "%s is not a Podium JSON export (no \"format\": \"podium-meeting\").",
		"json.version":    "%s has format version %d; this Podium reads version %s. Update Podium.",
		"json.invalid":    "%s cannot be read: %s",
		"json.broken":     "%s is inconsistent, so it cannot be rebuilt: %s",

		"import.where":              "%s, line %d, column %s: %s",
		"import.where_line":         "%s, line %d: %s",
		"import.where_file":         "%s: %s",
		"import.column":             "%s “%s”",
		"import.not_utf8":           "the file is not UTF-8 (it looks like %s). In Excel: Save As → “CSV UTF-8 (Comma delimited)”, then import again",
		"import.enc.windows1258":    "Windows-1258, the Windows Vietnamese code page",
		"import.enc.windows1252":    "Windows-1252, or another 8-bit code page",
		"import.enc.tcvn3":          "TCVN3 (ABC), the old Vietnamese code page of the .VnTime fonts",
		"import.enc.utf16":          "UTF-16 without its byte-order mark",
		"import.empty_file":         "the file is empty",
		"import.no_rows":            "the file has a header line but no rows",
		"import.too_many_rows":      "the file has more than %d rows",
		"import.missing_columns":    "required columns missing: %s. The file's first line must name the columns",
		"import.duplicate_column":   "this column means the same as column %s; delete or rename one of them",
		"import.csv_quote":          "this cell opens a quote and never closes it, so it runs to the end of the file; close the quote at the end of the cell",
		"import.csv_bare_quote":     "a quote inside a cell that is not quoted; quote the whole cell and double the quotes inside it (\"\")",
		"import.csv_syntax":         "the CSV is malformed: %s",
		"import.empty_asker":        "the asker's name is empty",
		"import.empty_text":         "the question has no text",
		"import.empty_code":         "the department code is empty",
		"import.empty_name":         "the department name is empty",
		"import.too_long":           "%d characters long, at most %d",
		"import.bad_kind":           "“%s” is not a kind: write question, recommendation or proposal",
		"import.unknown_department": "the meeting has no department “%s”; its codes: %s",
		"import.duplicate_code":     "department code “%s” already exists",
		"import.refused":            "%s",
		"import.col.asker":          "Asker",
		"import.col.role":           "Role",
		"import.col.unit":           "Unit",
		"import.col.kind":           "Kind",
		"import.col.theme":          "Theme",
		"import.col.text":           "Text",
		"import.col.departments":    "Departments",
		"import.col.code":           "Code",
		"import.col.name":           "Name",
		"import.col.representative": "Representative",
		"import.col.rep_role":       "Representative's title",
		"import.no_departments":     "(the meeting has no departments)",
	},
}
