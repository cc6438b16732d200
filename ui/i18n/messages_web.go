package i18n

// The hall's web pages (podium serve --web, package ui/web): the projector
// page, the audience's ask page, and the lines on the moderator's screen
// that give their addresses. Same rules as messages.go.
func init() { merge(webMessages) }

var webMessages = map[Lang]map[string]string{
	VI: {
		// The join lines. Argument: the page's address with its code.
		"web.join.display":    "màn chiếu (trình duyệt): %s",
		"web.join.ask":        "khán giả gửi câu hỏi (điện thoại): %s",
		"web.join.local_only": "chỉ máy này mở được trang web; cho điện thoại: --web ĐỊA-CHỈ-LAN:8080",
		"web.join.qr":         "Mã QR của trang gửi câu hỏi:",

		"web.display.ask":          "Gửi câu hỏi bằng điện thoại",
		"web.display.reconnecting": "Đang kết nối lại…",

		"web.ask.title":          "Gửi câu hỏi tới hội nghị",
		"web.ask.intro":          "Câu hỏi được chuyển tới người điều hành hội nghị; câu hỏi được chọn sẽ được nêu tại hội nghị.",
		"web.ask.name":           "Họ và tên",
		"web.ask.anonymous":      "Ẩn danh (không nêu tên trước hội nghị)",
		"web.ask.unit":           "Đơn vị hoặc địa phương",
		"web.ask.text":           "Câu hỏi (tối đa %d ký tự)",
		"web.ask.theme":          "Chủ đề (không bắt buộc)",
		"web.ask.theme_none":     "— Không chọn —",
		"web.ask.send":           "Gửi câu hỏi",
		"web.ask.sent":           "Đã gửi",
		"web.ask.number":         "Số thứ tự câu hỏi của bạn: %d. Xin ghi lại số này để tiện hỏi lại.",
		"web.ask.again":          "Có thể gửi thêm câu hỏi khác:",
		"web.ask.closed":         "Hội nghị đã ngừng nhận câu hỏi. Xin cảm ơn.",
		"web.ask.empty":          "Xin nhập nội dung câu hỏi.",
		"web.ask.too_long":       "Câu hỏi dài quá %d ký tự; xin rút gọn rồi gửi lại.",
		"web.ask.field_too_long": "Đơn vị hoặc chủ đề dài quá %d ký tự; xin rút gọn.",
		"web.ask.name_too_long":  "Họ tên dài quá %d ký tự; xin rút gọn.",
		"web.ask.expired":        "Biểu mẫu đã hết hạn. Xin bấm “Gửi câu hỏi” một lần nữa.",
		// Arguments: the questions allowed, in how many minutes, the
		// minutes to wait.
		"web.ask.too_many": "Mỗi điện thoại gửi được tối đa %d câu hỏi trong %d phút. Xin thử lại sau khoảng %d phút. Xin cảm ơn.",
		"web.ask.full":     "Hội nghị đang có quá nhiều câu hỏi chờ xử lý. Xin thử lại sau ít phút.",
		"web.ask.failed":   "Chưa gửi được câu hỏi. Xin thử lại sau ít phút.",

		"cli.flag.web":            "địa chỉ và cổng của trang web cho màn chiếu và cho khán giả gửi câu hỏi; off: không mở",
		"serve.web_listen_failed": "Không mở được cổng web %s: %v. Chọn cổng khác bằng --web ĐỊA-CHỈ:CỔNG, hoặc --web off.",
		"serve.log.web":           "trang web tại %s",
		"serve.usage_web": `
Trang web trong hội trường (mạng nội bộ, không cần Internet):
  --web ĐỊA-CHỈ:CỔNG     nơi mở trang web (mặc định 127.0.0.1:8080; để điện thoại và
                         máy chiếu khác vào được: địa chỉ LAN của máy này); off: không mở.
  /display?code=…        màn chiếu trên trình duyệt, chữ lớn, tự cập nhật; mã màn chiếu.
  /ask?code=…            khán giả gửi câu hỏi từ điện thoại, vào Hộp thư; mã khán giả,
                         có trong mã QR trên màn chiếu và ở phím ? của người điều hành.
Mỗi điện thoại gửi tối đa 3 câu hỏi trong 10 phút; hộp thư nhận tối đa 5.000 câu chờ.
`,
	},
	EN: {
		"web.join.display":    "projector (browser): %s",
		"web.join.ask":        "audience questions (phones): %s",
		"web.join.local_only": "only this computer opens the web pages; for phones: --web LAN-ADDRESS:8080",
		"web.join.qr":         "QR code of the page for questions:",

		"web.display.ask":          "Send a question from your phone",
		"web.display.reconnecting": "Reconnecting…",

		"web.ask.title":          "Send a question to the meeting",
		"web.ask.intro":          "Your question goes to the moderator; the questions chosen are put to the meeting.",
		"web.ask.name":           "Full name",
		"web.ask.anonymous":      "Anonymous (my name is not read out)",
		"web.ask.unit":           "Organisation or locality",
		"web.ask.text":           "Question (at most %d characters)",
		"web.ask.theme":          "Theme (optional)",
		"web.ask.theme_none":     "— None —",
		"web.ask.send":           "Send the question",
		"web.ask.sent":           "Sent",
		"web.ask.number":         "Your question's number is %d. Please note it down in case you ask about it.",
		"web.ask.again":          "You may send another question:",
		"web.ask.closed":         "The meeting is no longer taking questions. Thank you.",
		"web.ask.empty":          "Please write your question.",
		"web.ask.too_long":       "The question is longer than %d characters; please shorten it and send it again.",
		"web.ask.field_too_long": "The organisation or theme is longer than %d characters; please shorten it.",
		"web.ask.name_too_long":  "The name is longer than %d characters; please shorten it.",
		"web.ask.expired":        "The form has expired. Please press “Send the question” once more.",
		"web.ask.too_many":       "Each phone may send at most %d questions in %d minutes. Please try again in about %d minutes. Thank you.",
		"web.ask.full":           "The meeting has too many questions waiting. Please try again in a few minutes.",
		"web.ask.failed":         "The question could not be sent. Please try again in a few minutes.",

		"cli.flag.web":            "address and port of the web pages for the projector and for the audience's questions; off: none",
		"serve.web_listen_failed": "Cannot open the web port %s: %v. Choose another with --web ADDRESS:PORT, or --web off.",
		"serve.log.web":           "web pages at %s",
		"serve.usage_web": `
Web pages for the hall (local network, no Internet needed):
  --web ADDRESS:PORT     where the pages are served (default 127.0.0.1:8080; for phones
                         and another projector computer: this computer's LAN address); off: none.
  /display?code=…        the projector in a browser, large type, updated live; the display code.
  /ask?code=…            the audience sends questions from phones to the Inbox; the
                         audience code, in the QR code on the projector and under the moderator's ?.
Each phone may send 3 questions in 10 minutes; the inbox holds at most 5,000 waiting.
`,
	},
}
