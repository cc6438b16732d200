package i18n

// A restart of podium serve: join codes kept with the meeting, new ones on
// demand, and who is not back yet. Same rules as messages.go: both
// languages, the arguments in the order callers pass them. A key another
// file already has is left as it is there and noted in collisions, which
// a test keeps empty.
func init() { merge(restartMessages) }

var restartMessages = map[Lang]map[string]string{
	VI: {
		// On the moderator's screen. restart.awaited's argument: the
		// roles (and names) not back yet; restart.codes_new's: each
		// role's new code.
		"restart.awaited":           "Chưa vào lại: %s",
		"restart.confirm_codes":     "Tạo mã tham gia mới? Mã cũ sẽ không vào được nữa; ai đang kết nối vẫn ở lại. (y/n)",
		"restart.codes_new":         "Mã tham gia mới (mã cũ không còn dùng được): %s",
		"restart.codes_kept":        "Giữ nguyên mã tham gia.",
		"restart.codes_failed":      "Không tạo được mã mới, mã cũ vẫn dùng được: %s",
		"restart.codes_not_serving": "Chỉ đổi mã tham gia được khi đang chia sẻ hội nghị (podium serve).",
		"key.new_codes":             "mã tham gia mới",

		// The command line and the log. serve.codes_bad's arguments: the
		// codes file, what is wrong with it.
		"cli.flag.new_codes":      "tạo mã tham gia mới; mã cũ không còn dùng được",
		"serve.codes_bad":         "Không dùng được tệp mã tham gia %s: %v. Chạy lại với --new-codes để tạo mã mới (thư ký và màn chiếu cần mã mới).",
		"serve.log.new_codes":     "đã tạo mã tham gia mới; mã cũ không còn dùng được",
		"serve.log.codes_unsaved": "không ghi được %s: %v",
		"serve.usage_restart": `
Khi máy khởi động lại hoặc Podium bị đóng: chạy lại đúng lệnh podium serve trên cùng
tệp. Mã tham gia và khóa máy chủ được giữ cạnh tệp hội nghị (<tên>-codes,
<tên>-hostkey, chỉ chủ máy đọc được), nên thư ký và màn chiếu chạy lại đúng lệnh
ssh và mã cũ. Màn hình điều hành ghi ai chưa vào lại.
  --new-codes            tạo mã tham gia mới (cũng được: phím C trên màn hình điều
                         hành); mã cũ không còn dùng được.
`,
	},
	EN: {
		"restart.awaited":           "Not back yet: %s",
		"restart.confirm_codes":     "Make new join codes? The old ones will stop working; whoever is connected stays. (y/n)",
		"restart.codes_new":         "New join codes (the old ones no longer work): %s",
		"restart.codes_kept":        "The join codes stay as they were.",
		"restart.codes_failed":      "Could not make new codes; the old ones still work: %s",
		"restart.codes_not_serving": "Join codes can be changed only while the meeting is shared (podium serve).",
		"key.new_codes":             "new join codes",

		"cli.flag.new_codes":      "make new join codes; the old ones stop working",
		"serve.codes_bad":         "Cannot use the join codes file %s: %v. Run again with --new-codes to make new codes (the clerk and the projector will need them).",
		"serve.log.new_codes":     "new join codes made; the old ones no longer work",
		"serve.log.codes_unsaved": "could not write %s: %v",
		"serve.usage_restart": `
If the computer restarts or Podium closes: run the same podium serve command on the
same file. The join codes and the host key are kept beside the meeting file
(<name>-codes, <name>-hostkey, readable by their owner only), so the clerk and the
projector run the same ssh command with the same code. The moderator's screen says
who is not back yet.
  --new-codes            make new join codes (or press C on the moderator's screen);
                         the old ones stop working.
`,
	},
}
