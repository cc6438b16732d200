package i18n

// Sharing the meeting over SSH (podium serve) and the roles the writer
// enforces: their messages, added to the catalog. Same rules as
// messages.go: both languages, the arguments in the order callers pass
// them. A key another file already has is left as it is there and noted
// in collisions, which a test keeps empty.
func init() { merge(serveMessages) }

var serveMessages = map[Lang]map[string]string{
	VI: {
		// The writer's refusals by role (storage/hub/roles.go). Arguments:
		// the meeting file, the session's role, the verb, then who may
		// (role_refused) or whose step it was (undo_not_yours).
		"storage.role_refused":   "Vai trò “%[2]s” không được thực hiện thao tác này; chỉ vai trò %[4]s được phép. Chưa có gì thay đổi.",
		"storage.undo_not_yours": "Thư ký không hoàn tác được bước của người điều hành; thư ký hoàn tác được bước của mình (u) hoặc của thư ký khác. Không có gì thay đổi.",

		"serve.role.moderator": "điều hành",
		"serve.role.clerk":     "thư ký",
		"serve.role.display":   "màn chiếu",
		"serve.role.or":        " hoặc ", // between the roles that may do something

		// How to join, on the moderator's screen. First argument: the
		// role's label; second: the ssh command; third: the join code or
		// the keys file.
		"serve.join.code":        "%s: %s · mã %s",
		"serve.join.code_or_key": "%s: %s · mã %s hoặc khóa",
		"serve.join.key":         "%s: %s · bằng khóa trong %s",
		"serve.join.fingerprint": "mã nhận dạng (fingerprint) khóa máy chủ %s",
		"serve.join.local_only":  "chỉ máy này vào được; để máy khác vào: podium serve --listen ĐỊA-CHỈ-LAN:2323",

		// The SSH side. The banner is shown before the password prompt.
		"serve.banner":      "Podium: tên đăng nhập là clerk (thư ký), display (màn chiếu) hoặc moderator (điều hành); mật khẩu là mã tham gia hiện trên màn hình điều hành.",
		"serve.code_prompt": "Mã tham gia của %s: ",
		"serve.need_pty":    "Podium cần một cửa sổ dòng lệnh: kết nối bằng ssh không kèm lệnh nào (hoặc thêm -t).",
		"serve.refused":     "Không xác nhận được phiên “%s”: đăng nhập lại bằng khóa hoặc mã tham gia.",
		"serve.idle_closed": "Phiên đã đóng vì không dùng trong %s. Kết nối lại bằng lệnh ssh như lúc nãy.",
		"serve.stopped":     "Máy điều hành đã dừng chia sẻ hội nghị.",

		// The connection log, <name>-serve.log.
		"serve.log.serving":     "chia sẻ %s tại %s, mã nhận dạng khóa máy chủ %s",
		"serve.log.joined_key":  "%s vào từ %s (khóa %s)",
		"serve.log.joined_code": "%s vào từ %s (mã tham gia)",
		"serve.log.left":        "%s từ %s đã thoát",
		"serve.log.idle":        "%s từ %s bị đóng sau %s không dùng",
		"serve.log.dropped":     "%s từ %s không trả lời; đã ngắt",
		"serve.log.refused":     "từ chối “%s” từ %s",
		"serve.log.bad_key":     "%s dòng %d: %v",

		// The command line.
		"serve.bad_codes":     "--codes “%s” không hợp lệ: liệt kê các vai trò moderator, clerk, display, cách nhau bằng dấu phẩy, hoặc none",
		"serve.listen_failed": "Không mở được %s để chia sẻ hội nghị: %v. Nếu cổng đang bận, chọn cổng khác bằng --listen.",
		"serve.no_way_in":     "Không ai vào được: --codes none mà chưa có tệp khóa nào (moderator.keys, clerk.keys, display.keys) trong %s.",
		"serve.hostkey_bad":   "Không dùng được khóa máy chủ %s: %v. Xóa tệp đó để tạo khóa mới (máy khách sẽ báo vân tay máy chủ đã đổi).",
		"serve.usage": `podium serve [TỆP]: điều hành hội nghị trong cửa sổ này, đồng thời cho thư ký và
màn chiếu vào cùng hội nghị qua SSH. Mọi màn hình thấy cùng một hội nghị, ngay lập tức.

  --listen ĐỊA-CHỈ:CỔNG  nơi nghe kết nối (mặc định 127.0.0.1:2323: chỉ máy này).
                         Để máy khác trong hội trường vào: --listen 192.168.1.10:2323
                         (địa chỉ LAN của máy này) hoặc --listen :2323 (mọi địa chỉ).
  --keys THƯ-MỤC         khóa SSH được phép, mỗi vai trò một tệp dạng authorized_keys:
                         moderator.keys, clerk.keys, display.keys
                         (mặc định: thư mục <tên>-keys cạnh tệp hội nghị).
  --codes VAI-TRÒ,...    các vai trò được vào bằng mã tham gia (mặc định clerk,display;
                         none: chỉ bằng khóa). Mã giữ nguyên qua các lần chạy (xem
                         --new-codes), hiện trên màn hình điều hành.
  --idle THỜI-GIAN       đóng phiên điều hành hoặc thư ký không gõ phím trong thời gian
                         này (mặc định 30m; 0: không bao giờ). Màn chiếu không bị đóng.

Vào từ máy khác (Windows 10/11 có sẵn ssh trong PowerShell hoặc cmd):
  ssh -p 2323 clerk@ĐỊA-CHỈ      thư ký: màn hình ghi chép
  ssh -p 2323 display@ĐỊA-CHỈ    màn chiếu: mở trong cửa sổ toàn màn hình
  ssh -p 2323 moderator@ĐỊA-CHỈ  điều hành (bằng khóa, hoặc mã nếu --codes có moderator)
Mật khẩu là mã tham gia của vai trò đó. Khóa máy chủ được tạo một lần và giữ ở
<tên>-hostkey cạnh tệp hội nghị, nên máy khách thấy cùng mã nhận dạng
(fingerprint) khóa máy chủ mỗi lần.
Nhật ký kết nối: <tên>-serve.log.

Quyền của từng vai trò do máy điều hành kiểm soát, không chỉ do màn hình ẩn phím:
màn chiếu (display) không thay đổi được gì; thư ký (clerk) ghi câu trả lời, kết quả,
việc cần theo dõi, kết luận, gửi lời nhắn và thêm ý kiến từ hội trường, nhưng không
mời phát biểu, không đổi thứ tự, không đổi màn chiếu; người điều hành (moderator)
làm được mọi việc.
`,
	},
	EN: {
		"storage.role_refused":   "The “%[2]s” role may not do this; only the %[4]s role may. Nothing changed.",
		"storage.undo_not_yours": "A clerk cannot undo the moderator's steps; a clerk undoes its own (u) or another clerk's. Nothing changed.",

		"serve.role.moderator": "moderator",
		"serve.role.clerk":     "clerk",
		"serve.role.display":   "projector",
		"serve.role.or":        " or ",

		"serve.join.code":        "%s: %s · code %s",
		"serve.join.code_or_key": "%s: %s · code %s or a key",
		"serve.join.key":         "%s: %s · with a key in %s",
		"serve.join.fingerprint": "host key %s",
		"serve.join.local_only":  "only this computer can join; for others: podium serve --listen LAN-ADDRESS:2323",

		"serve.banner":      "Podium: log in as clerk, display (the projector) or moderator; the password is the join code shown on the moderator's screen.",
		"serve.code_prompt": "Join code for %s: ",
		"serve.need_pty":    "Podium needs a terminal: connect with ssh and no command (or add -t).",
		"serve.refused":     "Could not confirm the “%s” session: log in again with a key or a join code.",
		"serve.idle_closed": "The session was closed after %s without a key press. Connect again with the same ssh command.",
		"serve.stopped":     "The moderator's computer has stopped sharing the meeting.",

		"serve.log.serving":     "sharing %s on %s, host key %s",
		"serve.log.joined_key":  "%s joined from %s (key %s)",
		"serve.log.joined_code": "%s joined from %s (join code)",
		"serve.log.left":        "%s from %s left",
		"serve.log.idle":        "%s from %s closed after %s idle",
		"serve.log.dropped":     "%s from %s did not answer; dropped",
		"serve.log.refused":     "refused “%s” from %s",
		"serve.log.bad_key":     "%s line %d: %v",

		"serve.bad_codes":     "--codes “%s” is not valid: list roles among moderator, clerk, display, separated by commas, or none",
		"serve.listen_failed": "Could not listen on %s to share the meeting: %v. If the port is taken, choose another with --listen.",
		"serve.no_way_in":     "Nobody could join: --codes none and no keys file (moderator.keys, clerk.keys, display.keys) in %s.",
		"serve.hostkey_bad":   "Cannot use the host key %s: %v. Delete that file to make a new key (clients will warn that the host's fingerprint changed).",
		"serve.usage": `podium serve [FILE]: run the meeting in this terminal and let the clerk and the
projector join the same meeting over SSH. Every screen sees the same meeting, live.

  --listen ADDRESS:PORT  where to listen (default 127.0.0.1:2323: this computer only).
                         For others in the hall: --listen 192.168.1.10:2323 (this
                         computer's LAN address) or --listen :2323 (every address).
  --keys FOLDER          the SSH keys allowed in, one authorized_keys file per role:
                         moderator.keys, clerk.keys, display.keys
                         (default: the <name>-keys folder beside the meeting file).
  --codes ROLE,...       the roles that may join with a join code (default clerk,display;
                         none: keys only). The codes stay the same from run to run
                         (see --new-codes), shown on the moderator's screen.
  --idle DURATION        close a moderator or clerk session after this long without a
                         key press (default 30m; 0: never). The projector is never closed.

Joining from another computer (Windows 10/11 ship ssh in PowerShell and cmd):
  ssh -p 2323 clerk@ADDRESS      the clerk: the Record screen
  ssh -p 2323 display@ADDRESS    the projector: run it in a full-screen window
  ssh -p 2323 moderator@ADDRESS  the moderator (with a key, or a code if --codes lists moderator)
The password is that role's join code. The host key is made once and kept in
<name>-hostkey beside the meeting file, so clients see the same fingerprint
every time. Connections are logged to <name>-serve.log.

Roles are enforced by the moderator's Podium, not just hidden on screen: display changes
nothing; clerk records answers, outcomes, follow-ups and conclusions, sends
backstage notes and adds questions from the floor, but does not call speakers,
reorder the queue or switch the projector; moderator does everything.
`,
	},
}
