package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// codesOf are the meeting's department codes in order.
func codesOf(mt *model.Meeting) string {
	var cs []string
	for _, d := range mt.Departments {
		if d != nil {
			cs = append(cs, d.Code)
		}
	}
	return strings.Join(cs, " ")
}

// The Departments screen of the demo, at the two sizes: the list in the
// meeting's order with each one's figures, the selected one's
// representative and questions below.
func TestGoldenDepartments(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 35}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			wd, err := os.Getwd()
			if err != nil {
				t.Fatal(err)
			}
			r := newPlayedRig(t, i18n.VI, size[0], size[1])
			r.press("8", "down", "down")
			r.m.message = ""
			screen := r.screen()
			checkFits(t, screen, size[0], size[1])
			if err := os.Chdir(wd); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, []byte(screen))
		})
	}
}

// a adds a department with the form Moderate's D opens; it comes last.
func TestDepartmentsAdd(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("8", "a")
	r.wantOnScreen("Thêm đơn vị trả lời")
	r.typeText("yt")
	r.press("tab")
	r.typeText("Sở Y tế")
	r.press("tab")
	r.typeText("Trần Văn Minh")
	r.press("tab")
	r.typeText("Giám đốc Sở")
	r.press("ctrl+s")
	mt := r.hub.Snapshot().Meeting
	d := mt.DepartmentByCode("YT")
	if d == nil || d.ID != 11 || d.Name != "Sở Y tế" || d.Representative != (model.Person{Name: "Trần Văn Minh", Role: "Giám đốc Sở"}) {
		t.Fatalf("department YT: %+v", d)
	}
	r.wantOnScreen("Đã thêm đơn vị YT.", "11 YT     Sở Y tế")
}

// Editing a code that questions, answers and follow-ups use renames it
// in all of them, in one step that u takes back whole.
func TestDepartmentsEditRenamesEverywhere(t *testing.T) {
	r := newPlayedRig(t, i18n.VI, 80, 24)
	before := r.hub.Snapshot().Meeting.UseOf("TD")
	if len(before.Questions) == 0 || len(before.Answers) == 0 || len(before.FollowUps) == 0 {
		t.Fatalf("the played demo should name TD everywhere: %+v", before)
	}
	r.press("8")
	for range 9 {
		r.press("down")
	}
	r.press("e")
	r.wantOnScreen("Sửa đơn vị TD", "đang dùng mã cũ")
	r.press("backspace", "backspace")
	r.typeText("tdhy")
	r.press("ctrl+s")
	mt := r.hub.Snapshot().Meeting
	if mt.DepartmentByCode("TD") != nil || mt.DepartmentByCode("TDHY") == nil {
		t.Fatalf("departments after the edit: %s", codesOf(mt))
	}
	if got := mt.UseOf("TDHY"); fmt.Sprint(got) != fmt.Sprint(before) {
		t.Errorf("TDHY is named by %+v, want what named TD: %+v", got, before)
	}
	r.wantOnScreen("Đã đổi mã TD thành TDHY", "TDHY · Tỉnh Đoàn Hưng Yên")
	r.press("u")
	mt = r.hub.Snapshot().Meeting
	if got := mt.UseOf("TD"); fmt.Sprint(got) != fmt.Sprint(before) || mt.DepartmentByCode("TDHY") != nil {
		t.Errorf("after u, TD is named by %+v (want %+v); departments %s", got, before, codesOf(mt))
	}
	r.wantOnScreen("Đã hoàn tác: sửa đơn vị TD.") // the department as the step named it
}

// x on a department something names is refused, saying what names it.
func TestDepartmentsRemoveInUseSaysWhy(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	use := r.hub.Snapshot().Meeting.UseOf("KHCN")
	r.press("8", "x")
	var ids []string
	for _, id := range use.Questions {
		ids = append(ids, fmt.Sprint(id))
	}
	want := fmt.Sprintf("Không xóa được đơn vị KHCN: còn %d ý kiến gửi đơn vị này (số %s).", len(use.Questions), strings.Join(ids, ", "))
	r.wantOnScreen(want)
	if codesOf(r.hub.Snapshot().Meeting) != "KHCN CA GDDT LDTBXH CT TTTT VHTTDL NNPTNT KHDT TD" {
		t.Errorf("departments %s", codesOf(r.hub.Snapshot().Meeting))
	}
}

// The message names every kind of record that names the department, in
// both languages.
func TestDepartmentInUseText(t *testing.T) {
	err := &model.Error{Code: model.ErrDepartmentInUse, Args: []any{"CA", []int{4, 7, 12}, []int{2}, []int{1}}}
	for lang, want := range map[i18n.Lang]string{
		i18n.VI: "Không xóa được đơn vị CA: còn 3 ý kiến gửi đơn vị này (số 4, 7, 12), 1 phần trả lời của đơn vị và 1 việc cần theo dõi giao đơn vị (số 1).",
		i18n.EN: "Cannot remove department CA: 3 question(s) (no. 4, 7, 12), 1 answer(s) it gave and 1 follow-up(s) (no. 1) still name it.",
	} {
		if got := ErrorText(i18n.New(lang), err); got != want {
			t.Errorf("%s:\ngot  %s\nwant %s", lang, got, want)
		}
	}
	err.Args = []any{"CA", []int(nil), []int(nil), []int{3}}
	if got, want := ErrorText(i18n.New(i18n.VI), err), "Không xóa được đơn vị CA: còn 1 việc cần theo dõi giao đơn vị (số 3)."; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// x removes a department nothing names; u brings it back in its place.
func TestDepartmentsRemoveAndUndo(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	if err := r.hub.Do(model.AddDepartment{Code: "YT", Name: "Sở Y tế"}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	if err := r.hub.Do(model.MoveDepartment{Code: "YT", By: -10}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.press("8", "x")
	if got := codesOf(r.hub.Snapshot().Meeting); got != "KHCN CA GDDT LDTBXH CT TTTT VHTTDL NNPTNT KHDT TD" {
		t.Fatalf("departments after x: %s", got)
	}
	r.wantOnScreen("Đã xóa đơn vị YT.", "▸ 1 KHCN")
	r.press("u")
	if got := codesOf(r.hub.Snapshot().Meeting); got != "YT KHCN CA GDDT LDTBXH CT TTTT VHTTDL NNPTNT KHDT TD" {
		t.Fatalf("departments after u: %s", got)
	}
	r.wantOnScreen("Đã hoàn tác: xóa đơn vị YT.")
}

// K and J reorder; the selection follows the department; the r picker on
// Moderate numbers the departments the question does not address in the
// new order.
func TestDepartmentsReorderFeedsThePicker(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("8")
	for range 9 {
		r.press("down") // TD, the tenth
	}
	for range 3 {
		r.press("K")
	}
	r.press("shift+up")
	if got := codesOf(r.hub.Snapshot().Meeting); got != "KHCN CA GDDT LDTBXH CT TD TTTT VHTTDL NNPTNT KHDT" {
		t.Fatalf("departments after four moves up: %s", got)
	}
	r.wantOnScreen("▸ 6 TD ")
	r.press("J")
	if got := codesOf(r.hub.Snapshot().Meeting); got != "KHCN CA GDDT LDTBXH CT TTTT TD VHTTDL NNPTNT KHDT" {
		t.Fatalf("departments after J: %s", got)
	}
	// Question 1 addresses GDDT: the picker stars it first, then the
	// others in this order, so 7 is TD.
	r.press("1", "n", "r")
	r.wantOnScreen("7   TD · Tỉnh Đoàn Hưng Yên")
	r.press("7")
	if a := r.hub.Snapshot().Meeting.FloorAnswer(); a == nil || a.Department != "TD" {
		t.Fatalf("7 in the picker handed the floor to %+v, want TD", a)
	}
}
