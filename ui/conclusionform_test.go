package ui

import (
	"testing"

	"podium/model"
	"podium/ui/i18n"
)

// The clerk addresses one of the chair's conclusions to all departments,
// with no department code, from the Record screen's form.
func TestConclusionFormTakesAnAddressee(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("2", "c")
	r.wantOnScreen("Gửi tới", "Sở, ngành (ghi mã)")
	r.press("right") // Các sở, ngành
	r.wantOnScreen("Các sở, ngành")
	r.press("tab", "tab")
	r.typeText("Rà soát thủ tục hành chính cho thanh niên khởi nghiệp")
	r.press("ctrl+s")
	var got *model.FollowUp
	for _, f := range r.m.meeting().FollowUps {
		if f != nil && f.Source == model.SourceConclusion {
			got = f
		}
	}
	if got == nil || got.To != model.AddresseeAllDepartments || got.Department != "" || got.What != "Rà soát thủ tục hành chính cho thanh niên khởi nghiệp" {
		t.Fatalf("conclusion = %+v\n%s", got, r.screen())
	}
}
