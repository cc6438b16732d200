package ui

import (
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"podium/model"
	"podium/model/demo"
	"podium/storage/hub"
	"podium/ui/i18n"
)

func (r *rig) themeList() []string { return r.hub.Snapshot().Meeting.Themes }

func (r *rig) erase(n int) {
	for range n {
		r.press("backspace")
	}
}

func (r *rig) wantMessage(part string) {
	r.t.Helper()
	if !strings.Contains(r.m.message, part) {
		r.t.Errorf("message %q lacks %q", r.m.message, part)
	}
}

// The Themes screen lists the questions' themes that are not in the list;
// l adds one deliberately, a adds a new one, and renaming one to
// another's name merges the two spellings in one step that u takes back.
func TestThemesScreenMergesTwoSpellings(t *testing.T) {
	r := newRigWithoutThemeList(t, i18n.VI, 80, 24)
	r.press("9")
	r.wantOnScreen("Chủ đề · 0 chủ đề trong danh sách", "Chưa có trong danh sách", "An ninh, an toàn không gian mạng")
	mt := r.hub.Snapshot().Meeting
	names, _ := mt.UnlistedThemes()
	i := slices.Index(names, "An ninh, an toàn không gian mạng")
	for range i {
		r.press("down")
	}
	r.press("l")
	if got := r.themeList(); !slices.Equal(got, []string{"An ninh, an toàn không gian mạng"}) {
		t.Fatalf("after l: %q", got)
	}
	r.press("a")
	r.typeText("An ninh Internet")
	r.press("ctrl+s")
	r.wantMessage("Đã thêm chủ đề “An ninh Internet”")
	// A question filed under the second spelling.
	q := mt.Question(1)
	if err := r.hub.Do(model.EditQuestion{ID: 1, Asker: q.Asker, Kind: q.Kind, Theme: "an ninh internet", Text: q.Text, Departments: q.Departments}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.press("up", "up", "up", "up", "up", "up", "up", "up", "down") // the second theme of the list
	r.wantOnScreen("▸ An ninh Internet")
	r.press("e")
	r.erase(len([]rune("An ninh Internet")))
	r.typeText("an ninh, an toàn không gian mạng")
	r.press("ctrl+s")
	r.wantMessage("Đã gộp “An ninh Internet” vào “An ninh, an toàn không gian mạng” (1 ý kiến).")
	after := r.hub.Snapshot().Meeting
	if !slices.Equal(after.Themes, []string{"An ninh, an toàn không gian mạng"}) || after.Question(1).Theme != "An ninh, an toàn không gian mạng" {
		t.Errorf("after the merge: %q, question 1 %q", after.Themes, after.Question(1).Theme)
	}
	r.press("u")
	r.wantMessage("Đã hoàn tác: đổi tên chủ đề “An ninh Internet”.")
	if got := r.themeList(); len(got) != 2 || r.hub.Snapshot().Meeting.Question(1).Theme != "An ninh Internet" {
		t.Errorf("after u: %q", got)
	}
}

// x on a theme questions carry is refused, saying how many and which.
func TestThemesScreenRemoveInUseSaysWhich(t *testing.T) {
	r := newRigWithoutThemeList(t, i18n.VI, 120, 35)
	r.press("9", "l")
	name := r.themeList()[0]
	var nums []string
	for _, id := range r.hub.Snapshot().Meeting.QuestionsOfTheme(name) {
		nums = append(nums, strconv.Itoa(id))
	}
	r.press("x")
	r.wantMessage("Chưa bỏ được chủ đề “" + name + "”: còn " + strconv.Itoa(len(nums)) + " ý kiến mang chủ đề này (số " + strings.Join(nums, ", ") + ")")
	if len(r.themeList()) != 1 {
		t.Errorf("removed: %q", r.themeList())
	}
}

// The question form's theme is a choice from the list (or none): a new
// theme cannot be typed into it by accident.
func TestQuestionFormOffersTheList(t *testing.T) {
	r := newRigWithoutThemeList(t, i18n.VI, 80, 24)
	for _, th := range []string{"Việc làm", "Nông nghiệp số"} {
		if err := r.hub.Do(model.AddTheme{Name: th}, hub.As(hub.RoleModerator)); err != nil {
			t.Fatal(err)
		}
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.press("a")
	r.typeText("Lê Văn Nam")
	r.press("tab", "tab", "tab", "tab")
	r.wantOnScreen("‹ (không ghi chủ đề) ›")
	r.typeText("Dulich") // typing does not make a theme
	r.wantOnScreen("‹ (không ghi chủ đề) ›")
	r.press("space", "space")
	r.wantOnScreen("‹ Nông nghiệp số ›")
	r.press("tab")
	r.typeText("Bán nông sản qua mạng?")
	r.press("ctrl+s")
	mt := r.hub.Snapshot().Meeting
	q := mt.Question(mt.Questions.Len())
	if q.Text != "Bán nông sản qua mạng?" || q.Theme != "Nông nghiệp số" || len(mt.Themes) != 2 {
		t.Errorf("question %+v, themes %q", q, mt.Themes)
	}
}

const importCSV = "Họ và tên,Nội dung,Chủ đề\n" +
	"Lê Văn Nam,Hỗ trợ khởi nghiệp số?,Khởi nghiệp\n" +
	"Trần Thị Mai,Đào tạo kỹ năng số?,khởi nghiệp\n"

// i on the Moderate screen imports a file of questions while Podium is
// open: one step that names the file, in the message, the Timeline and u.
func TestImportFormWhileOpen(t *testing.T) {
	r := newRigWithoutThemeList(t, i18n.VI, 120, 35)
	if err := os.WriteFile("cau-hoi.csv", []byte(importCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("sai.csv", []byte(importCSV+"Đỗ Văn Hải,\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	before := r.hub.Snapshot().Meeting.Queue.Len()
	r.press("i")
	r.wantOnScreen("Nhập từ tệp CSV", "Đường dẫn tệp", "‹ ý kiến ›")
	r.typeText("sai.csv")
	r.press("ctrl+s")
	r.wantMessage("sai.csv, dòng 4")
	r.wantOnScreen("sai.csv, dòng 4") // the whole of it, in the form
	if n := r.hub.Snapshot().Meeting.Queue.Len(); n != before {
		t.Fatalf("a bad file changed the queue: %d → %d", before, n)
	}
	r.erase(len("sai.csv"))
	r.typeText("cau-hoi.csv")
	r.press("ctrl+s")
	r.wantMessage("Đã nhập 2 ý kiến từ cau-hoi.csv, xếp cuối danh sách chờ. Thêm 1 chủ đề mới vào danh sách: “Khởi nghiệp”.")
	mt := r.hub.Snapshot().Meeting
	if mt.Queue.Len() != before+2 || !slices.Equal(mt.Themes, []string{"Khởi nghiệp"}) || mt.Question(mt.Questions.Len()).Theme != "Khởi nghiệp" {
		t.Fatalf("queue %d, themes %q", mt.Queue.Len(), mt.Themes)
	}
	r.press("4")
	r.m.Update(r.m.timeline.load()())
	r.wantOnScreen("nhập 2 ý kiến từ cau-hoi.csv")
	r.press("1", "u")
	r.wantMessage("Đã hoàn tác: nhập 2 ý kiến từ cau-hoi.csv.")
	if n := r.hub.Snapshot().Meeting.Queue.Len(); n != before {
		t.Errorf("after u the queue has %d", n)
	}
}

// i on the Departments screen imports a file of departments, one step
// that names the file.
func TestImportDepartmentsFromTheDepartmentsScreen(t *testing.T) {
	r := newRig(t, i18n.EN, 120, 35)
	csv := "Mã,Tên đơn vị,Người đại diện\nSYT,Sở Y tế,Nguyễn Văn Khang\nSTC,Sở Tài chính,\n"
	if err := os.WriteFile("don-vi.csv", []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	before := len(r.hub.Snapshot().Meeting.Departments)
	r.press("8", "i")
	r.wantOnScreen("‹ departments ›")
	r.typeText("don-vi.csv")
	r.press("ctrl+s")
	r.wantMessage("Imported 2 departments from don-vi.csv.")
	mt := r.hub.Snapshot().Meeting
	if len(mt.Departments) != before+2 || mt.DepartmentByCode("SYT") == nil {
		t.Fatalf("departments %d", len(mt.Departments))
	}
	r.press("u")
	r.wantMessage("Undid: import 2 departments from don-vi.csv.")
}

// The demo keeps the seed report's seven themes as its list: every
// question's theme is listed, none is left outside it.
func TestDemoThemesAreItsList(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("9")
	r.wantOnScreen("7 chủ đề trong danh sách", "An ninh, an toàn không gian mạng")
	if names, _ := r.hub.Snapshot().Meeting.UnlistedThemes(); len(names) != 0 {
		t.Errorf("themes outside the list: %q", names)
	}
}

// themeRowsByWalk is the Themes screen's rows worked out from every
// question, as the screen did before it followed commits.
func themeRowsByWalk(mt *model.Meeting) []themeRow {
	byFold := map[string][]int{}
	for _, q := range mt.Questions.All() {
		if q != nil && q.Theme != "" {
			k := model.Fold(q.Theme)
			byFold[k] = append(byFold[k], q.ID)
		}
	}
	var rows []themeRow
	for _, t := range mt.Themes {
		rows = append(rows, themeRow{name: t, ids: byFold[model.Fold(t)], listed: true})
	}
	names, ids := mt.UnlistedThemes()
	for i, n := range names {
		rows = append(rows, themeRow{name: n, ids: ids[i]})
	}
	return rows
}

// TestThemeTallyFollowsCommits: the rows the screen follows from commit to
// commit are those worked out from every question, after each of many
// random additions, re-themings and changes to the list, and after jumps
// back to an older meeting (what an undo hands the screen).
func TestThemeTallyFollowsCommits(t *testing.T) {
	spellings := []string{"", "Việc làm", "viec lam", "VIỆC LÀM", "Chuyển đổi số", "Khởi nghiệp", "khoi nghiep", "Giáo dục", "  "}
	rng := rand.New(rand.NewPCG(9, 9))
	mt, err := demo.Meeting(start)
	if err != nil {
		t.Fatal(err)
	}
	var tally themeTally
	history := []*model.Meeting{mt}
	for step := range 400 {
		var cmd model.Command
		theme := spellings[rng.IntN(len(spellings))]
		switch k := rng.IntN(10); {
		case k < 4:
			cmd = model.AddQuestion{Asker: model.Person{Name: "Người hỏi"}, Text: "Câu hỏi?", Theme: theme}
		case k < 7:
			q := mt.Question(1 + rng.IntN(mt.Questions.Len()))
			if q == nil {
				continue
			}
			cmd = model.EditQuestion{ID: q.ID, Asker: q.Asker, Kind: q.Kind, Text: q.Text, Departments: q.Departments, Theme: theme}
		case k < 8:
			cmd = model.AddTheme{Name: theme}
		case k < 9 && len(mt.Themes) > 0:
			cmd = model.RenameTheme{From: mt.Themes[rng.IntN(len(mt.Themes))], To: theme}
		default:
			mt = history[rng.IntN(len(history))]
		}
		if cmd != nil {
			next, _, err := model.Apply(mt, cmd, start)
			if err != nil {
				continue // refused (an empty name, a theme listed twice): nothing changed
			}
			mt = next
			history = append(history, mt)
		}
		got, want := tally.rows(mt), themeRowsByWalk(mt)
		if len(got) != len(want) {
			t.Fatalf("step %d: %d rows, want %d", step, len(got), len(want))
		}
		for i := range got {
			if got[i].name != want[i].name || got[i].listed != want[i].listed || !slices.Equal(got[i].ids, want[i].ids) {
				t.Fatalf("step %d, row %d: %+v, want %+v", step, i, got[i], want[i])
			}
		}
	}
}
