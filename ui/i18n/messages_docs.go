package i18n

// The office's documents in the form of Decree 30/2020/NĐ-CP (the biên
// bản, the thông báo kết luận, the báo cáo kết quả; docx and html) and the
// spreadsheets (xlsx), and the export command's words for them. Same rules
// as messages.go: both languages, the arguments in the order callers pass
// them. A key another file already has is left as it is there and noted in
// collisions, which a test keeps empty.
func init() {
	for lang, ms := range docsMessages {
		for k, v := range ms {
			if _, ok := messages[lang][k]; ok {
				collisions = append(collisions, string(lang)+":"+k)
				continue
			}
			messages[lang][k] = v
		}
	}
}

var docsMessages = map[Lang]map[string]string{
	VI: {
		// The header block, on the right: the national name and motto.
		"docs.nation": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"docs.motto":  "Độc lập - Tự do - Hạnh phúc",
		// Số and ký hiệu: the document's number ("05/BB-UBND"), or blank.
		"docs.number": "Số: %s",
		// The place-and-date line. Arguments: the place, the day (two
		// digits under 10), the month (two digits for 1 and 2), the year,
		// the month's English name.
		"docs.date_line": "%[1]s, ngày %[2]s tháng %[3]s năm %[4]s",
		// A time of day as a biên bản writes it: hours, minutes.
		"docs.clock":      "%s giờ %s phút",
		"docs.date_words": "ngày %[1]s tháng %[2]s năm %[3]s",

		"docs.minutes.type":     "BIÊN BẢN",
		"docs.conclusions.type": "THÔNG BÁO",
		// The conclusions' summary line. Arguments: the chair's name and
		// title ("Nguyễn Duy Hưng, Phó Chủ tịch UBND tỉnh"), the meeting.
		"docs.conclusions.summary": "Kết luận của đồng chí %s tại %s",
		"docs.report.type":         "BÁO CÁO",
		// The report's summary line. Argument: the meeting.
		"docs.report.summary": "Kết quả giải quyết kiến nghị của thanh niên tại %s",

		// The biên bản.
		"docs.minutes.when_where": "I. THỜI GIAN, ĐỊA ĐIỂM",
		"docs.minutes.start":      "Thời gian: bắt đầu lúc %[1]s, %[2]s.",
		"docs.minutes.place":      "Địa điểm: %s.",
		"docs.minutes.topic":      "Chủ đề: %s.",
		"docs.minutes.attendance": "II. THÀNH PHẦN THAM DỰ",
		"docs.minutes.chair":      "Chủ trì: %s.",
		"docs.minutes.secretary":  "Thư ký: %s.",
		"docs.minutes.attendees":  "Tham dự:",
		"docs.minutes.reps":       "Đại diện lãnh đạo các sở, ngành trả lời ý kiến:",
		"docs.minutes.youth":      "Đoàn viên, thanh niên: %d đại biểu; %d người đặt câu hỏi, kiến nghị, đề xuất.",
		"docs.minutes.askers":     "Đoàn viên, thanh niên: %d người đặt câu hỏi, kiến nghị, đề xuất.",
		"docs.minutes.content":    "III. NỘI DUNG",
		// A numbered part of the content: its number, its title.
		"docs.minutes.part":      "%d. %s",
		"docs.minutes.run":       "Diễn biến hội nghị",
		"docs.minutes.run_item":  "%[1]s – %[2]s: %[3]s.",
		"docs.minutes.run_open":  "%[1]s: %[2]s.",
		"docs.minutes.questions": "Ý kiến của thanh niên và trả lời của các sở, ngành",
		"docs.minutes.q_summary": "Tại hội nghị có %s ý kiến: %s.",
		// One item. Arguments: its number, the asker and who they are, the
		// kind and theme.
		"docs.minutes.item":       "Ý kiến số %[1]d – %[2]s (%[3]s):",
		"docs.minutes.answer":     "%s trả lời",
		"docs.minutes.outcome":    "Kết quả: %s.",
		"docs.minutes.no_answer":  "Chưa có đơn vị trả lời tại hội nghị.",
		"docs.minutes.conclude":   "Kết luận của chủ trì",
		"docs.minutes.commend":    "Biểu dương, khen thưởng",
		"docs.minutes.no_commend": "Không có.",
		"docs.minutes.groups":     "Tập thể:",
		"docs.minutes.people":     "Cá nhân:",
		"docs.minutes.closing":    "Hội nghị kết thúc vào %[1]s, %[2]s.",
		"docs.sign.secretary":     "THƯ KÝ",
		"docs.sign.chair":         "CHỦ TRÌ",

		// The thông báo kết luận.
		"docs.conclusions.intro":      "Vào %[1]s, tại %[2]s, đồng chí %[3]s chủ trì %[4]s. Tham dự có đại diện lãnh đạo các sở, ngành và đoàn viên, thanh niên của tỉnh. Sau khi nghe ý kiến của thanh niên và trả lời của các sở, ngành, đồng chí chủ trì kết luận như sau:",
		"docs.conclusions.none":       "Hội nghị không có kết luận giao việc.",
		"docs.conclusions.deadline":   "Thời hạn: %s.",
		"docs.conclusions.from":       "(Từ ý kiến số %s.)",
		"docs.conclusions.table":      "Phân công thực hiện",
		"docs.conclusions.col.task":   "Nội dung",
		"docs.conclusions.col.lead":   "Đơn vị thực hiện",
		"docs.conclusions.col.due":    "Thời hạn",
		"docs.conclusions.all_depts":  "Các sở, ngành",
		"docs.conclusions.youth_un":   "Tỉnh Đoàn",
		"docs.conclusions.youth":      "Đoàn viên, thanh niên",
		"docs.conclusions.closing":    "Thông báo để các cơ quan, đơn vị biết, thực hiện.",
		"docs.conclusions.no_due":     "–",
		"docs.conclusions.written":    "Các ý kiến sau được trả lời bằng văn bản:",
		"docs.conclusions.written_it": "%[1]s trả lời ý kiến số %[2]s; thời hạn: %[3]s.",

		// The báo cáo kết quả.
		"docs.report.intro":           "Thực hiện kết luận của đồng chí %[1]s tại %[2]s ngày %[3]s, các sở, ngành đã giải quyết các kiến nghị của thanh niên. Kết quả tính đến ngày %[4]s như sau:",
		"docs.report.general":         "I. TÌNH HÌNH CHUNG",
		"docs.report.general_line":    "Hội nghị có %[1]d người đặt %[2]d ý kiến: %[3]s. Sau hội nghị có %[4]d việc phải giải quyết (trả lời bằng văn bản, cam kết, chuyển cơ quan có thẩm quyền, kết luận của chủ trì).",
		"docs.report.results":         "II. KẾT QUẢ GIẢI QUYẾT",
		"docs.report.by_dept":         "1. Tổng hợp theo đơn vị",
		"docs.report.items":           "2. Chi tiết từng việc",
		"docs.report.totals_line":     "Tổng cộng: %[1]d việc đến hạn, trong đó %[2]d hoàn thành đúng hạn, %[3]d hoàn thành trễ hạn, %[4]d quá hạn chưa hoàn thành; %[5]d việc chưa đến hạn.",
		"docs.report.col.dept":        "Đơn vị",
		"docs.report.col.total":       "Tổng số",
		"docs.report.col.due":         "Đến hạn",
		"docs.report.col.on_time":     "Đúng hạn",
		"docs.report.col.late":        "Trễ hạn",
		"docs.report.col.overdue":     "Quá hạn",
		"docs.report.col.not_due":     "Chưa đến hạn",
		"docs.report.col.no":          "STT",
		"docs.report.col.task":        "Nội dung, nguồn",
		"docs.report.col.deadline":    "Hạn",
		"docs.report.col.reply":       "Văn bản trả lời",
		"docs.report.col.state":       "Kết quả",
		"docs.report.totals":          "Tổng cộng",
		"docs.report.none":            "Không có việc phải giải quyết.",
		"docs.report.source":          "%[1]s, ý kiến số %[2]s",
		"docs.report.reply":           "Số %[1]s ngày %[2]s",
		"docs.report.state.on_time":   "Hoàn thành đúng hạn",
		"docs.report.state.late":      "Hoàn thành trễ hạn",
		"docs.report.state.overdue":   "QUÁ HẠN",
		"docs.report.state.not_due":   "Chưa đến hạn",
		"docs.report.state.forwarded": "Đã chuyển %s",
		"docs.report.next":            "III. ĐỀ XUẤT",
		"docs.report.next_line":       "Đề nghị các đơn vị có việc quá hạn khẩn trương giải quyết, báo cáo kết quả.",

		// Nơi nhận.
		"docs.recipients": "Nơi nhận:",
		"docs.archive":    "Lưu: VT.",
		// What an empty field leaves for the office to fill by hand.
		"docs.blank": "……",

		// The export command's words for the documents.
		"docs.cli.flag.what":  "minutes (biên bản, mặc định), conclusions (thông báo kết luận), followups (báo cáo kết quả; với csv, xlsx: việc cần theo dõi) hoặc questions (các ý kiến, với csv, xlsx)",
		"docs.cli.flag.as_of": "ngày tính tình trạng việc cần theo dõi, dd/mm/yyyy (mặc định hôm nay)",
		"docs.cli.bad_as_of":  "--as-of %q không phải ngày dd/mm/yyyy.",
		"docs.cli.bad_what":   "--what %[1]q không xuất được ra %[2]s: được %[3]s.",

		// The xlsx sheets.
		"docs.xlsx.questions": "Các ý kiến",
		"docs.xlsx.followups": "Theo dõi",
	},
	EN: {
		"docs.nation":              "SOCIALIST REPUBLIC OF VIETNAM",
		"docs.motto":               "Independence - Freedom - Happiness",
		"docs.number":              "No.: %s",
		"docs.date_line":           "%[1]s, %[2]s/%[3]s/%[4]s",
		"docs.clock":               "%s:%s",
		"docs.date_words":          "%[1]s/%[2]s/%[3]s",
		"docs.minutes.type":        "MINUTES",
		"docs.conclusions.type":    "NOTICE",
		"docs.conclusions.summary": "The conclusions of %s at the %s",
		"docs.report.type":         "REPORT",
		"docs.report.summary":      "How the young people's recommendations at the %s were settled",

		"docs.minutes.when_where": "I. TIME AND PLACE",
		"docs.minutes.start":      "Time: began at %[1]s on %[2]s.",
		"docs.minutes.place":      "Place: %s.",
		"docs.minutes.topic":      "Topic: %s.",
		"docs.minutes.attendance": "II. ATTENDANCE",
		"docs.minutes.chair":      "Chair: %s.",
		"docs.minutes.secretary":  "Secretary: %s.",
		"docs.minutes.attendees":  "Attending:",
		"docs.minutes.reps":       "Departments' representatives who answered:",
		"docs.minutes.youth":      "Young people: %d delegates; %d put questions, recommendations or proposals.",
		"docs.minutes.askers":     "Young people: %d put questions, recommendations or proposals.",
		"docs.minutes.content":    "III. PROCEEDINGS",
		"docs.minutes.part":       "%d. %s",
		"docs.minutes.run":        "The run of the meeting",
		"docs.minutes.run_item":   "%[1]s – %[2]s: %[3]s.",
		"docs.minutes.run_open":   "%[1]s: %[2]s.",
		"docs.minutes.questions":  "The young people's questions and the departments' answers",
		"docs.minutes.q_summary":  "The meeting heard %s items: %s.",
		"docs.minutes.item":       "Item %[1]d – %[2]s (%[3]s):",
		"docs.minutes.answer":     "%s answered",
		"docs.minutes.outcome":    "Outcome: %s.",
		"docs.minutes.no_answer":  "No department answered at the meeting.",
		"docs.minutes.conclude":   "The chair's conclusions",
		"docs.minutes.commend":    "Commendations",
		"docs.minutes.no_commend": "None.",
		"docs.minutes.groups":     "Groups:",
		"docs.minutes.people":     "Individuals:",
		"docs.minutes.closing":    "The meeting closed at %[1]s on %[2]s.",
		"docs.sign.secretary":     "SECRETARY",
		"docs.sign.chair":         "CHAIR",

		"docs.conclusions.intro":      "On %[1]s, at %[2]s, %[3]s chaired the %[4]s, attended by the departments' leaders and the province's young people. Having heard the young people and the departments' answers, the chair concluded:",
		"docs.conclusions.none":       "The meeting assigned no tasks.",
		"docs.conclusions.deadline":   "Deadline: %s.",
		"docs.conclusions.from":       "(From items %s.)",
		"docs.conclusions.table":      "Assignments",
		"docs.conclusions.col.task":   "Task",
		"docs.conclusions.col.lead":   "Assigned to",
		"docs.conclusions.col.due":    "Deadline",
		"docs.conclusions.all_depts":  "All departments",
		"docs.conclusions.youth_un":   "The Youth Union",
		"docs.conclusions.youth":      "The young people",
		"docs.conclusions.closing":    "Notice is given to the bodies concerned for action.",
		"docs.conclusions.no_due":     "–",
		"docs.conclusions.written":    "These items are to be answered in writing:",
		"docs.conclusions.written_it": "%[1]s answers items %[2]s; deadline: %[3]s.",

		"docs.report.intro":           "Following the conclusions of %[1]s at the %[2]s on %[3]s, the departments have settled the young people's recommendations. As of %[4]s:",
		"docs.report.general":         "I. OVERVIEW",
		"docs.report.general_line":    "%[1]d people put %[2]d items: %[3]s. After the meeting, %[4]d tasks were to be settled (written answers, commitments, matters forwarded, the chair's conclusions).",
		"docs.report.results":         "II. RESULTS",
		"docs.report.by_dept":         "1. By department",
		"docs.report.items":           "2. Each task",
		"docs.report.totals_line":     "In all: %[1]d tasks due, of which %[2]d done on time, %[3]d done late, %[4]d overdue and not done; %[5]d not yet due.",
		"docs.report.col.dept":        "Department",
		"docs.report.col.total":       "Total",
		"docs.report.col.due":         "Due",
		"docs.report.col.on_time":     "On time",
		"docs.report.col.late":        "Late",
		"docs.report.col.overdue":     "Overdue",
		"docs.report.col.not_due":     "Not yet due",
		"docs.report.col.no":          "No.",
		"docs.report.col.task":        "Task and source",
		"docs.report.col.deadline":    "Deadline",
		"docs.report.col.reply":       "Reply",
		"docs.report.col.state":       "Result",
		"docs.report.totals":          "Total",
		"docs.report.none":            "No tasks to settle.",
		"docs.report.source":          "%[1]s, items %[2]s",
		"docs.report.reply":           "No. %[1]s of %[2]s",
		"docs.report.state.on_time":   "Done on time",
		"docs.report.state.late":      "Done late",
		"docs.report.state.overdue":   "OVERDUE",
		"docs.report.state.not_due":   "Not yet due",
		"docs.report.state.forwarded": "Forwarded to %s",
		"docs.report.next":            "III. PROPOSALS",
		"docs.report.next_line":       "The departments with overdue tasks are asked to settle them without delay and report.",

		"docs.recipients": "Recipients:",
		"docs.archive":    "Archive: Records.",
		"docs.blank":      "……",

		"docs.cli.flag.what":  "minutes (the default), conclusions (the chair's conclusion notice), followups (the follow-up report; with csv, xlsx: the follow-ups) or questions (with csv, xlsx)",
		"docs.cli.flag.as_of": "the day the follow-ups' status is counted on, dd/mm/yyyy (default today)",
		"docs.cli.bad_as_of":  "--as-of %q is not a date dd/mm/yyyy.",
		"docs.cli.bad_what":   "--what %[1]q cannot be exported as %[2]s: %[3]s can.",

		"docs.xlsx.questions": "Questions",
		"docs.xlsx.followups": "Follow-ups",
	},
}
