package ui

import (
	"testing"

	"podium/ui/i18n"
)

// Over SSH, i would read a path on the podium laptop with its rights: a
// remote session is told to ask the podium laptop, and no form opens.
func TestImportIsRefusedOverSSH(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.m.ctx.Remote = true
	r.press("i")
	if r.m.over == modeForm {
		t.Fatal("a remote session got the import form")
	}
	r.wantOnScreen("Chỉ nhập tệp được trên máy chủ trì")
	r.press("8", "i")
	if r.m.over == modeForm {
		t.Fatal("a remote session got the import form on the Departments screen")
	}
}
