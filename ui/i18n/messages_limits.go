package i18n

// The limits on guessing join codes and on open connections of podium
// serve (ui/sshserve/limits.go): their messages, added to the catalog.
// Same rules as messages.go: both languages, the arguments in the order
// callers pass them. A key another file already has is left as it is there
// and noted in collisions, which a test keeps empty.
func init() { merge(limitsMessages) }

var limitsMessages = map[Lang]map[string]string{
	VI: {
		// Shown, before signing in, to a connection beyond the cap; then
		// it is closed. Argument: the cap.
		"serve.full": "Podium đang đủ người (tối đa %d kết nối cùng lúc). Xin thử lại sau ít phút.",

		// The connection log's summary, once a minute. Arguments: failed
		// sign-ins, from how many addresses, how many addresses were
		// locked out; then connections turned away, and the cap.
		"serve.log.failures":    "%d lần đăng nhập sai từ %d địa chỉ trong phút vừa qua; %d địa chỉ bị khóa một phút",
		"serve.log.full_turned": "%d kết nối bị từ chối trong phút vừa qua vì đã đủ %d kết nối",

		// Appended to podium serve --help.
		"serve.usage_limits": `
Giới hạn chống dò mã:
  --max-sessions N       số kết nối mở cùng lúc tối đa (mặc định 64); kết nối thêm được
                         báo là đã đủ người rồi bị đóng.
Cả máy chủ kiểm tra tối đa 10 mã tham gia mỗi giây; một địa chỉ sai 20 lần phải chờ
một phút. Nhật ký chỉ ghi số lần sai mỗi phút, không ghi từng lần.
`,
	},
	EN: {
		"serve.full": "Podium is full (at most %d connections at once). Please try again in a few minutes.",

		"serve.log.failures":    "%d failed sign-ins from %d addresses in the last minute; %d addresses locked out for a minute",
		"serve.log.full_turned": "%d connections turned away in the last minute: %d were already open",

		"serve.usage_limits": `
Limits against guessing:
  --max-sessions N       the most connections open at once (default 64); one more is
                         told the server is full and closed.
The whole server checks at most 10 join codes a second; an address that fails 20
times waits a minute. The log counts failures once a minute, never one by one.
`,
	},
}
