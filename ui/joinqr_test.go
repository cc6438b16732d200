package ui

import (
	"strings"
	"testing"

	"podium/ui/i18n"
)

// The ask page's QR code is in the moderator's help when it fits, drawn
// with the codes in force when the help opens; it stays out when it does
// not fit.
func TestJoinQRInHelp(t *testing.T) {
	qr := []string{"█▀▀▀█ ▄▄", "█ █ █ ▀█", "▀▀▀▀▀ ▀▄"}
	calls := 0
	r := newRig(t, i18n.VI, 120, 35)
	r.m.SetJoinInfo([]string{"khán giả gửi câu hỏi (điện thoại): http://127.0.0.1:8080/ask?code=aaaabbbbcccc"})
	r.m.SetJoinQR(func() []string { calls++; return qr })
	r.press("?")
	r.wantOnScreen("Mã QR của trang gửi câu hỏi:", qr[0], qr[1], qr[2])
	if calls == 0 {
		t.Error("the QR code was not drawn when the help opened")
	}

	tall := make([]string, 40)
	for i := range tall {
		tall[i] = "█▀▄█▀▄█▀▄█▀▄"
	}
	r = newRig(t, i18n.VI, 120, 35)
	r.m.SetJoinQR(func() []string { return tall })
	r.press("?")
	if strings.Contains(r.screen(), "Mã QR") {
		t.Error("a QR code taller than the help is shown")
	}
}
