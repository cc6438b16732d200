package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// sendIn puts questions into the inbox as the phones do, a minute apart,
// and goes to the Inbox screen.
func (r *rig) sendIn(subs ...model.SubmitQuestion) {
	r.t.Helper()
	for _, s := range subs {
		r.clock.Advance(time.Minute)
		if err := r.hub.Do(s, hub.Sender{Role: hub.RoleAudience, Name: "10.0.0.7"}); err != nil {
			r.t.Fatal(err)
		}
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.press("0")
}

var hallQuestions = []model.SubmitQuestion{
	{Name: "Lê Minh Châu", Unit: "Xã Tân Dân, Khoái Châu", Text: "Xã em có điểm bưu điện văn hoá nhưng chưa có wifi miễn phí. Tỉnh có kế hoạch phủ sóng wifi công cộng ở các điểm này không, và khi nào?", Theme: "Chuyển đổi số"},
	{Name: "Trần Thị Mai", Anonymous: true, Unit: "Mỹ Hào", Text: "Học phí trường nghề năm nay tăng bao nhiêu?"},
	{Text: "Bao giờ có đường điện ba pha cho khu sản xuất tập trung?"},
}

func TestInboxListsWhatWaits(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.sendIn(hallQuestions...)
	r.wantOnScreen("Hộp thư · 3 câu hỏi chờ duyệt · đang nhận câu hỏi", "Lê Minh Châu", "Ẩn danh (Trần Thị Mai)",
		"Số 1 · Lê Minh Châu · Xã Tân Dân, Khoái Châu · 08:31:00 · chủ đề: Chuyển đổi số · gửi qua điện thoại", "Hộp thư 3 │")
	// Oldest first.
	s := r.screen()
	if strings.Index(s, "Lê Minh Châu") > strings.Index(s, "Ẩn danh (Trần Thị Mai)") {
		t.Errorf("not oldest first:\n%s", s)
	}
}

// a puts the selected question at the end of the queue, from the hall; an
// anonymous one goes as "Ẩn danh", its name kept from the hall.
func TestInboxApprove(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.sendIn(hallQuestions...)
	queue := r.hub.Snapshot().Meeting.Queue.Len()
	r.press("down", "a")
	m := r.hub.Snapshot().Meeting
	q := m.Question(m.Queue.At(m.Queue.Len() - 1))
	if m.Queue.Len() != queue+1 || q.Channel != model.ChannelHall || q.Asker.Name != "Ẩn danh" || q.Asker.Unit != "Mỹ Hào" {
		t.Fatalf("queue %d → %d, last %+v", queue, m.Queue.Len(), q)
	}
	if s := m.Submission(2); s.Status != model.SubmissionApproved || s.Question != q.ID {
		t.Fatalf("%+v", s)
	}
	// The note names the question it became: numbered apart from the inbox.
	if q.ID == 2 {
		t.Fatal("the rig's meeting should have questions already")
	}
	r.wantOnScreen(fmt.Sprintf("Đã duyệt câu hỏi số 2 thành ý kiến số %d, xếp cuối danh sách chờ.", q.ID), "Hộp thư · 2 câu hỏi chờ duyệt")
	// Dealt with: behind d.
	r.press("d")
	r.wantOnScreen("Hộp thư · 1 câu hỏi đã xử lý", fmt.Sprintf("đã duyệt: ý kiến số %d", q.ID))
}

// e opens the question form filled in; what is typed there goes to the
// queue.
func TestInboxEditThenApprove(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.sendIn(hallQuestions...)
	r.press("e")
	r.wantOnScreen("Duyệt câu hỏi số 1", "Lê Minh Châu", "Xã Tân Dân, Khoái Châu")
	r.press("tab", "tab", "tab", "tab", "tab", "tab") // to the departments
	r.typeText("CA")
	r.press("ctrl+s")
	m := r.hub.Snapshot().Meeting
	q := m.Question(m.Submission(1).Question)
	if q == nil || q.Asker.Name != "Lê Minh Châu" || len(q.Departments) != 1 || q.Departments[0] != "CA" || q.Channel != model.ChannelHall {
		t.Fatalf("%+v", q)
	}
	r.wantOnScreen(fmt.Sprintf("Đã duyệt câu hỏi số 1 thành ý kiến số %d, xếp cuối danh sách chờ.", q.ID))
}

// m picks a question by number or words; the question keeps every asker.
func TestInboxMerge(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.sendIn(hallQuestions...)
	target := r.hub.Snapshot().Meeting.Queue.At(0)
	r.press("m")
	r.wantOnScreen("Gộp câu hỏi số 1 vào ý kiến nào?")
	r.typeText(fmt.Sprint(target))
	r.press("enter")
	q := r.hub.Snapshot().Meeting.Question(target)
	if q.AskedBy() != 2 || q.AlsoAskedBy[0].Name != "Lê Minh Châu" {
		t.Fatalf("%+v", q)
	}
	r.wantOnScreen(fmt.Sprintf("Đã gộp câu hỏi số 1 vào ý kiến số %d: 2 người cùng hỏi.", target))
	// esc leaves the picker without merging.
	r.press("m", "esc")
	if r.hub.Snapshot().Meeting.PendingCount() != 2 {
		t.Fatal("esc merged")
	}
	// On the floor, the card says how many asked it.
	r.press("1", "n")
	r.wantOnScreen("2 người cùng hỏi")
}

// x asks first; n keeps it, y rejects it, and it stays in the record.
func TestInboxReject(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.sendIn(hallQuestions...)
	r.press("x")
	r.wantOnScreen("Không duyệt câu hỏi số 1 (Lê Minh Châu)?")
	r.press("n")
	if r.hub.Snapshot().Meeting.PendingCount() != 3 {
		t.Fatal("n rejected")
	}
	r.press("x", "y")
	if s := r.hub.Snapshot().Meeting.Submission(1); s.Status != model.SubmissionRejected {
		t.Fatalf("%+v", s)
	}
	r.wantOnScreen("Đã không duyệt câu hỏi số 1")
}

// The moderator opens and closes the inbox; the clerk cannot, but types
// paper slips and deals with what waits.
func TestInboxOpenCloseAndPaper(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("0", "o")
	if !r.hub.Snapshot().Meeting.SubmissionsClosed {
		t.Fatal("o did not close")
	}
	r.wantOnScreen("đã dừng nhận câu hỏi", "nhấn o để mở lại")
	r.press("o")

	clerk := &rig{t: t, m: New(NewContext(i18n.VI, "clerk"), r.hub, r.clock.Now), hub: r.hub, clock: r.clock}
	t.Cleanup(clerk.m.Close)
	clerk.m.Update(windowSize(80, 24))
	clerk.press("0", "o")
	if r.hub.Snapshot().Meeting.SubmissionsClosed {
		t.Fatal("the clerk closed the inbox")
	}
	clerk.press("p")
	clerk.wantOnScreen("Nhập phiếu giấy")
	clerk.typeText("Bùi Văn Hải")
	clerk.press("tab", "tab")
	clerk.typeText("Phù Cừ")
	clerk.press("tab", "tab")
	clerk.typeText("Hỗ trợ vay vốn khởi nghiệp?")
	clerk.press("enter")
	s := r.hub.Snapshot().Meeting.Submission(1)
	if s == nil || !s.Paper || s.Name != "Bùi Văn Hải" || s.Unit != "Phù Cừ" || s.Anonymous {
		t.Fatalf("%+v", s)
	}
	clerk.wantOnScreen("Đã đưa phiếu giấy vào hộp thư.", "Hộp thư 1 │", "phiếu giấy")
	clerk.press("a")
	if s := r.hub.Snapshot().Meeting.Submission(1); s.Status != model.SubmissionApproved {
		t.Fatalf("the clerk's approve: %+v", s)
	}
}

func TestInboxGolden(t *testing.T) {
	scenes := []struct {
		name string
		play func(r *rig)
	}{
		{"empty", func(r *rig) { r.press("0") }},
		{"waiting", func(r *rig) { r.sendIn(hallQuestions...); r.press("down") }},
		{"merge", func(r *rig) { r.sendIn(hallQuestions...); r.press("m"); r.typeText("so") }},
		{"decided", func(r *rig) {
			r.sendIn(hallQuestions...)
			r.press("a", "m", "enter", "x", "y", "d")
		}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 35}} {
		for _, sc := range scenes {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				wd, err := os.Getwd()
				if err != nil {
					t.Fatal(err)
				}
				r := newRig(t, i18n.VI, size[0], size[1])
				sc.play(r)
				r.m.Update(tickMsg{})
				if sc.name != "merge" {
					r.m.message = ""
				}
				screen := r.screen()
				checkFits(t, screen, size[0], size[1])
				if err := os.Chdir(wd); err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, []byte(screen))
			})
		}
	}
}

// e's theme is chosen from the meeting's list, as in the question form,
// not typed: a theme sent that is not in the list shows marked so and
// stays unless another is chosen; "no theme" is offered only to a
// submission sent without one (an approval's empty theme is the
// submission's own).
func TestInboxApproveFormThemeFromList(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.sendIn(hallQuestions...) // 1: "Chuyển đổi số", not in the demo's list
	themes := r.hub.Snapshot().Meeting.Themes
	r.press("e")
	r.wantOnScreen("Chuyển đổi số (chưa có trong danh sách)", "Chủ đề chọn bằng ←/→ trong danh sách")
	if strings.Contains(r.screen(), "(không ghi chủ đề)") {
		t.Errorf("no theme offered where it would be the submission's:\n%s", r.screen())
	}
	r.press("tab", "tab", "tab", "tab") // to the theme
	r.typeText("Khác")                  // not typed: chosen
	r.press("right")                    // past the end: the list's first
	r.wantOnScreen(themes[0])
	r.press("ctrl+s")
	mt := r.hub.Snapshot().Meeting
	if q := mt.Question(mt.Submission(1).Question); q == nil || q.Theme != themes[0] {
		t.Fatalf("theme of %+v, want %q", q, themes[0])
	}

	// Kept as sent when left alone.
	r.press("e", "ctrl+s") // now 2: no theme
	r.press("e")           // 3: no theme either: "no theme" offered
	r.wantOnScreen("(không ghi chủ đề)")
	r.press("esc")
	r.sendIn(model.SubmitQuestion{Name: "Phạm Thu", Theme: "chuyển đổi số", Text: "Phủ sóng 5G?"})
	r.press("down", "e", "ctrl+s") // 4: the same unlisted theme, otherwise spelt
	mt = r.hub.Snapshot().Meeting
	if q := mt.Question(mt.Submission(4).Question); q == nil || q.Theme != "chuyển đổi số" {
		t.Fatalf("theme of %+v", q)
	}
}

// A paper slip's theme is chosen from the list too, as the ask page's is.
func TestInboxPaperThemeFromList(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	themes := r.hub.Snapshot().Meeting.Themes
	r.press("0", "p")
	r.wantOnScreen("(không ghi chủ đề)")
	r.press("tab", "tab", "tab") // to the theme
	r.typeText("Khác")
	r.press("left") // from none, back round to the list's last
	r.press("tab")
	r.typeText("Hỗ trợ vay vốn khởi nghiệp?")
	r.press("enter")
	if s := r.hub.Snapshot().Meeting.Submission(1); s == nil || s.Theme != themes[len(themes)-1] {
		t.Fatalf("%+v, want the theme %q", s, themes[len(themes)-1])
	}
}

// The merge picker's words find what each snapshot holds: a question
// added while the picker is open, and a question whose text changed,
// are looked for in as they now are (the folded texts follow the
// snapshots from the questions they replaced).
func TestInboxMergePickerFollowsSnapshots(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.sendIn(hallQuestions...)
	r.press("m")
	r.typeText("khinh khí cầu")
	inbox := r.m.screens[screenInbox].(*inboxScreen)
	if got := inbox.candidates(); len(got) != 0 {
		t.Fatalf("%d candidates before any question holds the words", len(got))
	}
	mod := hub.As(hub.RoleModerator)
	if err := r.hub.Do(model.AddQuestion{Asker: model.Person{Name: "Lê Văn Nam"}, Text: "Lễ hội khinh khí cầu cho thanh niên?"}, mod); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	added := r.hub.Snapshot().Meeting.Questions.Len()
	if got := inbox.candidates(); len(got) != 1 || got[0].ID != added {
		t.Fatalf("candidates %v, want the question just added (%d)", got, added)
	}
	q := r.hub.Snapshot().Meeting.Question(1)
	if err := r.hub.Do(model.EditQuestion{ID: 1, Asker: q.Asker, Kind: q.Kind, Theme: q.Theme, Departments: q.Departments, Text: "Bay khinh khí cầu ở Phố Hiến?"}, mod); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	if got := inbox.candidates(); len(got) != 2 || got[0].ID != 1 {
		t.Fatalf("after the edit: %d candidates, want question 1 and %d", len(got), added)
	}
}
