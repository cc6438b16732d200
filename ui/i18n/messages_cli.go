package i18n

// The command line (cobra: per-command help, flag errors, version,
// completion, the man page) and podium check's broken invariants, added to
// the catalog. Same rules as messages.go: both languages, the arguments in
// the order callers pass them. A key another file already has is left as
// it is there and noted in collisions, which a test keeps empty.
func init() { merge(cliMessages) }

var cliMessages = map[Lang]map[string]string{
	VI: {
		// Help's headings and the use line's words.
		"cli.h.usage":        "Cách dùng:",
		"cli.h.examples":     "Ví dụ:",
		"cli.h.commands":     "Lệnh:",
		"cli.h.flags":        "Tùy chọn:",
		"cli.h.global_flags": "Tùy chọn chung:",
		"cli.h.more":         "Trợ giúp cho từng lệnh: podium help LỆNH hoặc podium LỆNH --help.",
		"cli.h.flags_word":   "[tùy chọn]",
		"cli.h.command_word": "LỆNH",

		// One line per command, in the list of commands; then the longer
		// text of its own help.
		"cli.short.root":       "điều hành hội nghị đối thoại ngay trong cửa sổ dòng lệnh",
		"cli.short.demo":       "tạo bản demo (hội nghị đối thoại thanh niên Hưng Yên 2023) và mở nó",
		"cli.short.serve":      "điều hành tại đây; thư ký và màn chiếu vào qua SSH",
		"cli.short.export":     "xuất biên bản (md, html), bảng tính (csv) hoặc toàn bộ hội nghị (json)",
		"cli.short.import":     "nhập ý kiến hoặc đơn vị từ CSV, hoặc dựng lại hội nghị từ bản xuất JSON",
		"cli.short.check":      "kiểm tra tệp hội nghị (bbolt, mã kiểm tra, nhật ký, các ràng buộc)",
		"cli.short.backup":     "sao lưu tệp hội nghị (vào thư mục <tên>-backups, hoặc sang ĐÍCH)",
		"cli.short.restore":    "khôi phục bản sao lưu sang tệp mới (không bao giờ ghi đè)",
		"cli.short.help":       "trợ giúp về một lệnh",
		"cli.short.version":    "in phiên bản, mã bản dựng và ngày dựng",
		"cli.short.completion": "tạo mã tự hoàn thành lệnh cho bash, zsh, fish hoặc powershell",
		"cli.short.man":        "ghi trang hướng dẫn man vào một thư mục",

		// Argument: the meeting opened without FILE.
		"cli.long.root": `Podium điều hành hội nghị đối thoại ngay trong cửa sổ dòng lệnh: danh sách ý kiến,
ai đang phát biểu, đơn vị nào trả lời, đồng hồ, và biên bản từng câu trả lời.

podium TỆP mở tệp hội nghị (chưa có thì tạo mới, có biểu mẫu; tên tệp mới kết thúc
bằng .podium). Không nêu TỆP thì dùng %s.`,
		"cli.long.demo": `Tạo hội nghị mẫu (demo: đối thoại thanh niên Hưng Yên 2023) vào TỆP và mở nó.
Không nêu TỆP thì tạo trong thư mục tạm; không bao giờ ghi đè tệp đã có.
--speed 30: tập dượt, đồng hồ chạy nhanh gấp 30 lần.`,
		"cli.long.export": `Xuất biên bản (md, html), bảng tính (csv: các ý kiến, hoặc việc cần theo dõi với
--what followups), văn bản Word (docx), tài liệu chuẩn bị gửi các đơn vị trước hội nghị
(--what briefing, với docx, html, md) hoặc toàn bộ hội nghị (json). Không có -o thì in ra màn hình.
Tệp đang mở trong một Podium khác được xuất từ bản sao lưu mới nhất của nó.`,
		"cli.long.import": `podium import BẢN.json TỆP-MỚI dựng lại hội nghị từ bản xuất JSON vào tệp mới.
podium import DS.csv TỆP nhập ý kiến (hoặc đơn vị, với --what departments) từ bảng
tính CSV vào hội nghị đã có: tất cả hoặc không gì cả, hoàn tác được bằng một lần u.
podium import CHUONG-TRINH.csv --what agenda TỆP thay chương trình của hội nghị chưa bắt đầu.`,
		"cli.long.check": `Kiểm tra TỆP mà không thay đổi gì: các trang bbolt, mã kiểm tra của từng bản ghi,
chuỗi nhật ký, và các ràng buộc của hội nghị. Mã thoát 0 nếu không có lỗi.`,
		"cli.long.backup": `Sao lưu TỆP vào thư mục <tên>-backups cạnh nó, hoặc sang ĐÍCH (tệp hoặc thư mục,
ví dụ USB). Tệp đang mở trong một Podium khác: chép bản sao lưu mới nhất của nó.`,
		"cli.long.restore": `Khôi phục BẢN-SAO-LƯU sang TỆP-MỚI: chỉ khi bản sao lưu qua kiểm tra, không bao giờ
ghi đè tệp đã có, và tệp mới được kiểm tra trước khi báo xong.`,
		"cli.long.completion": `Tạo mã tự hoàn thành lệnh cho một shell. Ví dụ, với bash:
  source <(podium completion bash)`,
		"cli.long.man": `Ghi các trang man (podium.1, podium-export.1, ...) vào THƯ-MỤC (mặc định man),
bằng ngôn ngữ đang dùng. go generate chạy lệnh này.`,
		"cli.example.root": `  podium hoi-nghi.podium
  podium demo --speed 30
  podium export --format html -o bien-ban.html hoi-nghi.podium`,
		"cli.example.export": `  podium export --format md hoi-nghi.podium
  podium export --format csv --what followups -o theo-doi.csv hoi-nghi.podium`,

		// Flags.
		"cli.flag.lang":         "ngôn ngữ: vi hoặc en (mặc định: tiếng Anh nếu LANG/LC_ALL là tiếng Anh, nếu không thì tiếng Việt)",
		"cli.flag.help":         "trợ giúp này",
		"cli.flag.version":      "in phiên bản",
		"cli.flag.speed":        "tập dượt: đồng hồ chạy nhanh gấp N lần (1 đến 1000)",
		"cli.flag.format":       "định dạng: md, html, csv hoặc json",
		"cli.flag.what_import":  "với csv: questions (các ý kiến), departments (đơn vị) hoặc agenda (chương trình)",
		"cli.flag.output":       "ghi vào tệp này thay vì in ra màn hình",
		"cli.flag.backup_dest":  "ĐÍCH: tệp hoặc thư mục để chép bản sao lưu tới",
		"cli.flag.listen":       "nơi nghe kết nối SSH (ĐỊA-CHỈ:CỔNG)",
		"cli.flag.keys":         "thư mục khóa SSH, mỗi vai trò một tệp (mặc định <tên>-keys)",
		"cli.flag.codes":        "các vai trò vào được bằng mã tham gia, hoặc none",
		"cli.flag.idle":         "đóng phiên không gõ phím trong thời gian này (0: không bao giờ)",
		"cli.flag.max_sessions": "số phiên SSH tối đa cùng lúc",
		"cli.flag.man_dir":      "thư mục ghi trang man",

		// Mistakes on the command line. Arguments as named.
		"cli.unknown_command":    "“%s” không phải lệnh, cũng không phải tệp hội nghị có sẵn.",
		"cli.did_you_mean":       "Có phải ý bạn là %s?",
		"cli.new_meeting_hint":   "Để tạo hội nghị mới, đặt tên tệp kết thúc bằng .podium, ví dụ: podium %s.podium. Các lệnh: podium help.",
		"cli.help_unknown":       "không có lệnh “%s” để trợ giúp; các lệnh: podium help.",
		"cli.flag_unknown":       "không có tùy chọn %s (xem %s --help)",
		"cli.flag_needs_value":   "tùy chọn %s cần một giá trị (xem %s --help)",
		"cli.flag_bad_value":     "giá trị “%[2]s” không dùng được cho %[1]s: %[3]s",
		"cli.flag_bad_syntax":    "không hiểu tùy chọn “%s” (xem podium --help)",
		"cli.flag_bad_other":     "%s (xem podium --help)",
		"cli.value.lang":         "chọn vi hoặc en",
		"cli.value.speed":        "cần một số nguyên từ 1 đến 1000",
		"cli.value.int":          "cần một số nguyên",
		"cli.value.duration":     "cần một khoảng thời gian như 30m, 1h hoặc 0",
		"cli.value.other":        "giá trị không hợp lệ",
		"cli.need_one_file":      "cần đúng một tệp hội nghị (xem %s --help)",
		"cli.too_many_args":      "thừa “%s” (xem %s --help)",
		"cli.completion_shell":   "cần nêu shell: bash, zsh, fish hoặc powershell",
		"cli.completion_unknown": "không có shell “%s”; chọn bash, zsh, fish hoặc powershell",
		"cli.man_written":        "Đã ghi %d trang man vào %s.",
		"cli.h.default":          "(mặc định %s)",
		"cli.type.file":          "TỆP",
		"cli.type.folder":        "THƯ-MỤC",
		"cli.type.address":       "ĐỊA-CHỈ:CỔNG",
		"cli.type.roles":         "VAI,...",
		"cli.type.duration":      "THỜI-GIAN",
		"cli.type.value":         "GIÁ-TRỊ",

		// podium version. Arguments: the version, the commit, the date.
		"cli.version":         "podium %s (bản dựng %s, %s)",
		"cli.version_unknown": "không rõ",

		// podium check: an invariant the meeting breaks. Arguments in the
		// order the model gives them (model/invariants.go).
		"invariant.department_id":                 "đơn vị ở vị trí %d mang số %d",
		"invariant.answer_id":                     "phần trả lời ở vị trí %d mang số %d",
		"invariant.answer_unknown_department":     "phần trả lời số %d là của đơn vị không có trong hội nghị “%s”",
		"invariant.answer_missing_question":       "phần trả lời số %d trả lời ý kiến số %d, ý kiến này không có",
		"invariant.answer_ends_before_start":      "phần trả lời số %d kết thúc trước khi bắt đầu",
		"invariant.answer_ended_clock_runs":       "phần trả lời số %d đã kết thúc mà đồng hồ vẫn chạy",
		"invariant.answer_unknown_outcome":        "phần trả lời số %d có kết quả không rõ “%s”",
		"invariant.answer_no_outcome":             "phần trả lời số %d đã kết thúc mà chưa ghi kết quả",
		"invariant.answer_unexpected_followup":    "phần trả lời số %d (kết quả “%s”) lại có việc cần theo dõi số %d",
		"invariant.answer_missing_followup":       "phần trả lời số %d có kết quả “%s” mà không có việc cần theo dõi",
		"invariant.answer_followup_source":        "phần trả lời số %d có kết quả “%s” nhưng việc cần theo dõi số %d lại có nguồn “%s”",
		"invariant.answer_clock_negative":         "đồng hồ của phần trả lời số %d âm",
		"invariant.question_id":                   "ý kiến ở vị trí %d mang số %d",
		"invariant.question_closed_before_called": "ý kiến số %d khép lại trước khi được mời",
		"invariant.question_asked_before_called":  "ý kiến số %d được trình bày xong trước khi được mời",
		"invariant.question_unknown_department":   "ý kiến số %d gửi tới đơn vị không có trong hội nghị “%s”",
		"invariant.question_asking_off_floor":     "ý kiến số %d đang được hỏi nhưng không ở trên diễn đàn",
		"invariant.question_awaiting_off_floor":   "ý kiến số %d chờ trả lời nhưng không ở trên diễn đàn",
		"invariant.question_answered_no_answer":   "ý kiến số %d được ghi là đã trả lời nhưng không có phần trả lời nào",
		"invariant.question_merged_missing":       "ý kiến số %d được gộp vào ý kiến số %d, ý kiến này không có",
		"invariant.question_unknown_status":       "ý kiến số %d có trạng thái không rõ “%s”",
		"invariant.question_clock_runs":           "đồng hồ của ý kiến số %d đang chạy nhưng ý kiến không được hỏi",
		"invariant.question_clock_negative":       "đồng hồ của ý kiến số %d âm",
		"invariant.many_asking":                   "%d ý kiến cùng đang được hỏi",
		"invariant.queue_twice":                   "ý kiến số %d có hai lần trong danh sách chờ",
		"invariant.queue_not_waiting":             "ý kiến số %d ở trong danh sách chờ nhưng không ở trạng thái chờ",
		"invariant.waiting_not_queued":            "ý kiến số %d đang chờ nhưng không có trong danh sách chờ",
		"invariant.floor_missing_question":        "diễn đàn trỏ tới ý kiến số %d, ý kiến này không có",
		"invariant.floor_idle_points":             "diễn đàn đang trống nhưng vẫn trỏ tới một ý kiến hoặc phần trả lời",
		"invariant.floor_no_speaker":              "diễn đàn đang ở lượt phát biểu nhưng không có người phát biểu",
		"invariant.floor_speaker_status":          "người phát biểu trên diễn đàn, ý kiến số %d, đang ở trạng thái “%s”",
		"invariant.floor_missing_answer":          "diễn đàn trỏ tới phần trả lời số %d, phần này không có",
		"invariant.floor_answer_ended":            "diễn đàn trỏ tới phần trả lời số %d, phần này đã kết thúc",
		"invariant.floor_answering_nothing":       "diễn đàn đang ở lượt trả lời mà không có ý kiến nào",
		"invariant.floor_unknown_state":           "diễn đàn có trạng thái không rõ “%s”",
		"invariant.followup_id":                   "việc cần theo dõi ở vị trí %d mang số %d",
		"invariant.followup_unknown_department":   "việc cần theo dõi số %d giao cho đơn vị không có trong hội nghị “%s”",
		"invariant.followup_unknown_source":       "việc cần theo dõi số %d có nguồn không rõ “%s”",
		"invariant.followup_unknown_status":       "việc cần theo dõi số %d có trạng thái không rõ “%s”",
		"invariant.followup_missing_question":     "việc cần theo dõi số %d nêu ý kiến số %d, ý kiến này không có",
		"invariant.followup_missing_answer":       "việc cần theo dõi số %d đến từ phần trả lời số %d, phần này không có",
		"invariant.conclusion_from_answer":        "kết luận số %d lại đến từ phần trả lời số %d",
		"invariant.answer_two_followups":          "phần trả lời số %d có hai việc cần theo dõi: số %d và số %d",
		"invariant.followup_forwarded_nobody":     "việc cần theo dõi số %d được chuyển mà không ghi chuyển tới ai",
		"invariant.followup_no_reply_date":        "việc cần theo dõi số %d đã trả lời mà không có ngày trả lời",
		"invariant.followup_resolution_date":      "việc cần theo dõi số %d ở trạng thái “%s” mà ngày giải quyết là %v",
		"invariant.followup_dated_before":         "việc cần theo dõi số %d có ngày trả lời hoặc giải quyết trước ngày mở",
		"invariant.agenda_current_range":          "mục chương trình hiện tại số %d nằm ngoài chương trình",
		"invariant.agenda_past_no_times":          "mục chương trình số %d đã qua nhưng không có giờ bắt đầu hoặc kết thúc",
		"invariant.agenda_current_times":          "mục chương trình số %d đang diễn ra nhưng không có giờ bắt đầu, hoặc đã kết thúc",
		"invariant.agenda_future_times":           "mục chương trình số %d chưa tới mà đã có giờ",
		"invariant.agenda_ends_before_start":      "mục chương trình số %d kết thúc trước khi bắt đầu",
		"invariant.agenda_no_duration":            "mục chương trình số %d không có thời lượng dự kiến",
		"invariant.projector_unknown_mode":        "màn chiếu có chế độ không rõ “%s”",
		"invariant.note_order":                    "lời nhắn hậu trường số %d sai thứ tự",
		"invariant.note_empty":                    "lời nhắn hậu trường số %d trống",
		"invariant.note_dismissed_before_sent":    "lời nhắn hậu trường số %d được tắt trước khi gửi",
		// A broken invariant wrapped for podium check. Argument: the
		// sentence above.
		"invariant.broken": "Hội nghị không nhất quán: %s.",
	},
	EN: {
		"cli.h.usage":        "Usage:",
		"cli.h.examples":     "Examples:",
		"cli.h.commands":     "Commands:",
		"cli.h.flags":        "Flags:",
		"cli.h.global_flags": "Global flags:",
		"cli.h.more":         "Help on a command: podium help COMMAND or podium COMMAND --help.",
		"cli.h.flags_word":   "[flags]",
		"cli.h.command_word": "COMMAND",

		"cli.short.root":       "run a live public dialogue meeting from a terminal",
		"cli.short.demo":       "write the demo meeting (Hưng Yên youth dialogue 2023) and open it",
		"cli.short.serve":      "run the meeting here; the clerk and the projector join over SSH",
		"cli.short.export":     "export the minutes (md, html), a spreadsheet (csv) or the whole meeting (json)",
		"cli.short.import":     "import questions or departments from CSV, or rebuild a meeting from its JSON export",
		"cli.short.check":      "verify a meeting file (bbolt, checksums, the log, the invariants)",
		"cli.short.backup":     "back up a meeting file (into the <name>-backups folder, or to DEST)",
		"cli.short.restore":    "restore a backup to a new file (never over one)",
		"cli.short.help":       "help on a command",
		"cli.short.version":    "print the version, the commit and the build date",
		"cli.short.completion": "write shell completion for bash, zsh, fish or powershell",
		"cli.short.man":        "write the man pages to a folder",

		"cli.long.root": `Podium runs a live public dialogue meeting from a terminal: the question queue,
who holds the floor, which department answers, the clocks, and the record of every answer.

podium FILE opens a meeting (a new one, with a short form, if FILE does not exist;
a new file's name ends in .podium). Without FILE, Podium opens %s.`,
		"cli.long.demo": `Write the demo meeting (Hưng Yên youth dialogue 2023) to FILE and open it.
Without FILE it goes to the temp folder; an existing file is never overwritten.
--speed 30: a rehearsal, the clock runs 30 times faster.`,
		"cli.long.export": `Export the minutes (md, html), a spreadsheet (csv: the questions, or the
follow-ups with --what followups), Word documents (docx), the briefing the departments
get before the meeting (--what briefing, with docx, html, md) or the whole meeting
(json). Without -o it prints.
A file open in another Podium is exported from its newest backup.`,
		"cli.long.import": `podium import EXPORT.json NEW-FILE rebuilds a meeting from its JSON export in a new file.
podium import LIST.csv FILE adds questions (or departments, with --what departments)
from a CSV spreadsheet to a meeting: all of it or nothing, undone with one u.
podium import AGENDA.csv --what agenda FILE replaces the run of show of a meeting not yet started.`,
		"cli.long.check": `Verify FILE without changing it: bbolt's pages, every record's checksum, the
log's hash chain, and the meeting's invariants. Exit code 0 when it is good.`,
		"cli.long.backup": `Back FILE up into the <name>-backups folder beside it, or to DEST (a file or a
folder, a USB stick's say). A file open in another Podium: copy its newest backup.`,
		"cli.long.restore": `Restore BACKUP to NEW-FILE: only a backup that passes the check, never over an
existing file, and the new file is checked before it is reported done.`,
		"cli.long.completion": `Write shell completion for a shell. For example, with bash:
  source <(podium completion bash)`,
		"cli.long.man": `Write the man pages (podium.1, podium-export.1, ...) to FOLDER (default man), in
the language in use. go generate runs this command.`,
		"cli.example.root": `  podium hung-yen.podium
  podium demo --speed 30
  podium export --format html -o minutes.html hung-yen.podium`,
		"cli.example.export": `  podium export --format md hung-yen.podium
  podium export --format csv --what followups -o follow-ups.csv hung-yen.podium`,

		"cli.flag.lang":         "language: vi or en (default: English when LANG/LC_ALL name English, else Vietnamese)",
		"cli.flag.help":         "this help",
		"cli.flag.version":      "print the version",
		"cli.flag.speed":        "a rehearsal: the clock runs N times faster (1 to 1000)",
		"cli.flag.format":       "format: md, html, csv or json",
		"cli.flag.what_import":  "with csv: questions, departments or agenda",
		"cli.flag.output":       "write to this file instead of printing",
		"cli.flag.backup_dest":  "DEST: a file or folder to copy the backup to",
		"cli.flag.listen":       "where to listen for SSH (ADDRESS:PORT)",
		"cli.flag.keys":         "the SSH keys folder, one file per role (default <name>-keys)",
		"cli.flag.codes":        "the roles that may join with a join code, or none",
		"cli.flag.idle":         "close a session idle this long (0: never)",
		"cli.flag.max_sessions": "the most SSH sessions at once",
		"cli.flag.man_dir":      "the folder to write the man pages to",

		"cli.unknown_command":    "“%s” is not a command, nor an existing meeting file.",
		"cli.did_you_mean":       "Did you mean %s?",
		"cli.new_meeting_hint":   "To start a new meeting, name a file ending in .podium, say: podium %s.podium. The commands: podium help.",
		"cli.help_unknown":       "no command “%s” to help with; the commands: podium help.",
		"cli.flag_unknown":       "no flag %s (see %s --help)",
		"cli.flag_needs_value":   "flag %s needs a value (see %s --help)",
		"cli.flag_bad_value":     "“%[2]s” will not do for %[1]s: %[3]s",
		"cli.flag_bad_syntax":    "cannot read the flag “%s” (see podium --help)",
		"cli.flag_bad_other":     "%s (see podium --help)",
		"cli.value.lang":         "choose vi or en",
		"cli.value.speed":        "a whole number from 1 to 1000",
		"cli.value.int":          "a whole number",
		"cli.value.duration":     "a duration such as 30m, 1h or 0",
		"cli.value.other":        "not a valid value",
		"cli.need_one_file":      "name exactly one meeting file (see %s --help)",
		"cli.too_many_args":      "“%s” is one too many (see %s --help)",
		"cli.completion_shell":   "name the shell: bash, zsh, fish or powershell",
		"cli.completion_unknown": "no shell “%s”; choose bash, zsh, fish or powershell",
		"cli.man_written":        "Wrote %d man pages to %s.",
		"cli.h.default":          "(default %s)",
		"cli.type.file":          "FILE",
		"cli.type.folder":        "FOLDER",
		"cli.type.address":       "ADDRESS:PORT",
		"cli.type.roles":         "ROLE,...",
		"cli.type.duration":      "DURATION",
		"cli.type.value":         "VALUE",

		"cli.version":         "podium %s (commit %s, %s)",
		"cli.version_unknown": "unknown",

		"invariant.department_id":                 "the department at %d has id %d",
		"invariant.answer_id":                     "the answer at %d has id %d",
		"invariant.answer_unknown_department":     "answer %d is by a department the meeting does not have, “%s”",
		"invariant.answer_missing_question":       "answer %d covers question %d, which does not exist",
		"invariant.answer_ends_before_start":      "answer %d ends before it starts",
		"invariant.answer_ended_clock_runs":       "answer %d has ended but its clock runs",
		"invariant.answer_unknown_outcome":        "answer %d has an unknown outcome “%s”",
		"invariant.answer_no_outcome":             "answer %d has ended without an outcome",
		"invariant.answer_unexpected_followup":    "answer %d (outcome “%s”) has follow-up %d",
		"invariant.answer_missing_followup":       "answer %d's outcome “%s” has no follow-up",
		"invariant.answer_followup_source":        "answer %d's outcome “%s” has follow-up %d of source “%s”",
		"invariant.answer_clock_negative":         "answer %d's clock is negative",
		"invariant.question_id":                   "the question at %d has id %d",
		"invariant.question_closed_before_called": "question %d closes before it was called",
		"invariant.question_asked_before_called":  "question %d was asked until before it was called",
		"invariant.question_unknown_department":   "question %d is addressed to a department the meeting does not have, “%s”",
		"invariant.question_asking_off_floor":     "question %d is being asked but is not on the floor",
		"invariant.question_awaiting_off_floor":   "question %d awaits an answer but is not on the floor",
		"invariant.question_answered_no_answer":   "question %d is marked answered but has no answer",
		"invariant.question_merged_missing":       "question %d is merged into question %d, which does not exist",
		"invariant.question_unknown_status":       "question %d has an unknown status “%s”",
		"invariant.question_clock_runs":           "question %d's clock runs but it is not being asked",
		"invariant.question_clock_negative":       "question %d's clock is negative",
		"invariant.many_asking":                   "%d questions are being asked at once",
		"invariant.queue_twice":                   "question %d is in the queue twice",
		"invariant.queue_not_waiting":             "question %d is in the queue but not waiting",
		"invariant.waiting_not_queued":            "question %d is waiting but not in the queue",
		"invariant.floor_missing_question":        "the floor points at question %d, which does not exist",
		"invariant.floor_idle_points":             "the floor is idle but points at a question or an answer",
		"invariant.floor_no_speaker":              "the floor is asking but holds no speaker",
		"invariant.floor_speaker_status":          "the floor's speaker, question %d, is “%s”",
		"invariant.floor_missing_answer":          "the floor points at answer %d, which does not exist",
		"invariant.floor_answer_ended":            "the floor points at answer %d, which has ended",
		"invariant.floor_answering_nothing":       "the floor is answering no question",
		"invariant.floor_unknown_state":           "the floor has an unknown state “%s”",
		"invariant.followup_id":                   "the follow-up at %d has id %d",
		"invariant.followup_unknown_department":   "follow-up %d is for a department the meeting does not have, “%s”",
		"invariant.followup_unknown_source":       "follow-up %d has an unknown source “%s”",
		"invariant.followup_unknown_status":       "follow-up %d has an unknown status “%s”",
		"invariant.followup_missing_question":     "follow-up %d names question %d, which does not exist",
		"invariant.followup_missing_answer":       "follow-up %d comes from answer %d, which does not exist",
		"invariant.conclusion_from_answer":        "conclusion %d comes from answer %d",
		"invariant.answer_two_followups":          "answer %d has two follow-ups, %d and %d",
		"invariant.followup_forwarded_nobody":     "follow-up %d is forwarded to nobody",
		"invariant.followup_no_reply_date":        "follow-up %d is replied without a reply date",
		"invariant.followup_resolution_date":      "follow-up %d is “%s” with resolution date %v",
		"invariant.followup_dated_before":         "follow-up %d has a reply or resolution dated before it was opened",
		"invariant.agenda_current_range":          "the agenda's current item %d is out of range",
		"invariant.agenda_past_no_times":          "agenda item %d is past but has no start or end",
		"invariant.agenda_current_times":          "agenda item %d is under way but has no start, or has ended",
		"invariant.agenda_future_times":           "agenda item %d has not come but has times",
		"invariant.agenda_ends_before_start":      "agenda item %d ends before it starts",
		"invariant.agenda_no_duration":            "agenda item %d has no planned duration",
		"invariant.projector_unknown_mode":        "the projector has an unknown mode “%s”",
		"invariant.note_order":                    "backstage note %d is out of order",
		"invariant.note_empty":                    "backstage note %d is empty",
		"invariant.note_dismissed_before_sent":    "backstage note %d is dismissed before it was sent",
		"invariant.broken":                        "The meeting does not hold together: %s.",
	},
}
