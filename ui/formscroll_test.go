package ui

import (
	"fmt"
	"strings"
	"testing"

	"podium/ui/i18n"
)

// At 80x24 and 60x20 the add-question form shows the field being filled
// and, on the departments' field, the list of valid codes; tab walks every
// field into sight.
func TestFormShowsTheFocusedField(t *testing.T) {
	// Below 60x20 the window says it is too small (TestTooSmallSaysSo).
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			r := newRig(t, i18n.VI, size[0], size[1])
			r.press("a")
			labels := []string{"Họ và tên", "Chức vụ, vai trò", "Đơn vị, địa phương", "Loại", "Chủ đề", "Nội dung", "Gửi tới"}
			for i, l := range labels {
				if i > 0 {
					r.press("tab")
				}
				s := r.screen()
				if !strings.Contains(s, l) {
					t.Errorf("field %d (%s) focused but not on screen:\n%s", i, l, s)
				}
				if !strings.Contains(s, "CA,") {
					t.Errorf("the list of valid codes is not on screen with field %d:\n%s", i, s)
				}
				checkFits(t, s, size[0], size[1])
			}
		})
	}
}
