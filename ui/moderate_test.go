package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

func TestCallNextPutsTheFirstWaitingQuestionOnTheFloor(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n")
	mt := r.hub.Snapshot().Meeting
	if q := mt.Speaker(); q == nil || q.ID != 1 {
		t.Fatalf("speaker = %+v, want question 1", q)
	}
	r.wantOnScreen("Nguyễn Văn An", "Phát biểu ▶ 0:00 / 3:00", "Đã mời số 1")
}

func TestCallWhileSomeoneSpeaksIsRefusedAndChangesNothing(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n")
	before := r.hub.Snapshot().Version
	r.press("n")
	if r.hub.Snapshot().Version != before {
		t.Error("a refused call changed the meeting")
	}
	if !r.m.messageErr || !strings.Contains(r.m.message, "đang được trình bày") {
		t.Errorf("message = %q, want the floor-busy refusal", r.m.message)
	}
}

func TestEnterCallsTheSelectedQuestion(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("down", "down", "enter")
	if q := r.hub.Snapshot().Meeting.Speaker(); q == nil || q.ID != 3 {
		t.Fatalf("speaker = %+v, want question 3", q)
	}
}

func TestAnswerCycle(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("n")
	r.clock.Advance(90 * time.Second)
	r.press("r")
	if r.m.focus() != modePicker {
		t.Fatalf("r opened mode %v, want the department picker", r.m.focus())
	}
	r.wantOnScreen("★ GDDT")
	r.press("enter")
	mt := r.hub.Snapshot().Meeting
	a := mt.FloorAnswer()
	if a == nil || a.Department != "GDDT" || a.Responder.Name != "Phạm Thị Hòa" {
		t.Fatalf("answer = %+v", a)
	}
	r.wantOnScreen("Sở Giáo dục và Đào tạo (GDDT)", "Trả lời ▶ 0:00 / 5:00", "Đã phát biểu 1:30")
	r.clock.Advance(2 * time.Minute)
	r.press("d")
	mt = r.hub.Snapshot().Meeting
	if q := mt.Question(1); q.Status != model.StatusAnswered {
		t.Errorf("question 1 is %s, want answered", q.Status)
	}
	if mt.Floor.State != model.FloorIdle {
		t.Errorf("floor = %s, want idle", mt.Floor.State)
	}
	r.wantOnScreen("Tiếp theo: số 2", "Đã trả lời 1")
}

func TestPickerTakesAnyDepartmentByNumber(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n", "r", "2") // a digit chooses at once
	if a := r.hub.Snapshot().Meeting.FloorAnswer(); a == nil || a.Department != "KHCN" {
		t.Fatalf("answer = %+v, want KHCN (the first after the addressed GDDT, in the meeting's order)", a)
	}
}

func TestPickerEscapeChangesNothing(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n", "r", "esc")
	if r.hub.Snapshot().Meeting.Floor.State != model.FloorAsking || r.m.focus() != modeMain {
		t.Error("esc in the picker did not leave things as they were")
	}
}

func TestInWritingOpensAFollowUp(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n", "w")
	r.wantOnScreen("07/04/2023") // 15 days after 23/03/2023
	r.press("enter")
	mt := r.hub.Snapshot().Meeting
	q := mt.Question(1)
	if q.Status != model.StatusInWriting || len(mt.FollowUps) != 1 || mt.FollowUps[0].Department != "GDDT" {
		t.Fatalf("question %s, follow-ups %+v", q.Status, mt.FollowUps)
	}
	if got := mt.FollowUps[0].Deadline.Format("02/01/2006"); got != "07/04/2023" {
		t.Errorf("deadline = %s", got)
	}
}

func TestInWritingRejectsABadDate(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n", "w", "tab")
	for range 10 {
		r.press("backspace")
	}
	r.typeText("31/02/2023")
	r.press("enter")
	if r.m.focus() != modePicker || !r.m.messageErr {
		t.Fatalf("a bad date was accepted (mode %v, message %q)", r.m.focus(), r.m.message)
	}
	if r.hub.Snapshot().Meeting.Question(1).Status != model.StatusAsking {
		t.Error("the question changed")
	}
}

func TestPostponeSendsTheSpeakerToTheEnd(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n", "p")
	mt := r.hub.Snapshot().Meeting
	if last := mt.Queue.At(mt.Queue.Len() - 1); last != 1 || mt.Floor.State != model.FloorIdle {
		t.Errorf("queue ends with %d, floor %s", last, mt.Floor.State)
	}
}

func TestWithdrawAndUndo(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("down", "x")
	if s := r.hub.Snapshot().Meeting.Question(2).Status; s != model.StatusWithdrawn {
		t.Fatalf("question 2 is %s, want withdrawn", s)
	}
	r.wantOnScreen("Đã rút ý kiến số 2")
	r.press("u")
	if s := r.hub.Snapshot().Meeting.Question(2).Status; s != model.StatusWaiting {
		t.Fatalf("after undo question 2 is %s, want waiting", s)
	}
	r.wantOnScreen("Đã hoàn tác: rút ý kiến số 2")
}

func TestUndoWithNothingToUndoSaysSo(t *testing.T) {
	r := newRig(t, i18n.EN, 80, 24)
	r.press("u")
	if !r.m.messageErr || !strings.Contains(r.m.message, "Nothing left to undo") {
		t.Errorf("message = %q", r.m.message)
	}
}

func TestSpacePausesAndResumesTheClock(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n")
	r.clock.Advance(10 * time.Second)
	r.press("space")
	k, _ := r.hub.Snapshot().Meeting.RunningClock()
	if k.Running() || k.Accumulated != 10*time.Second {
		t.Fatalf("after pause clock = %+v", k)
	}
	r.wantOnScreen("■ tạm dừng")
	r.clock.Advance(time.Minute)
	r.press("space")
	r.clock.Advance(5 * time.Second)
	k, _ = r.hub.Snapshot().Meeting.RunningClock()
	if got := k.Elapsed(r.clock.Now()); got != 15*time.Second {
		t.Errorf("elapsed = %v, want 15s (the pause not counted)", got)
	}
}

func TestMoveInQueue(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("down", "J")
	if q := r.hub.Snapshot().Meeting.Queue.Slice(); q[1] != 3 || q[2] != 2 {
		t.Fatalf("J: queue starts %v", q[:4])
	}
	r.press("K", "shift+up")
	if q := r.hub.Snapshot().Meeting.Queue.Slice(); q[0] != 2 {
		t.Fatalf("K, shift+up: queue starts %v", q[:4])
	}
	r.press("shift+down")
	if q := r.hub.Snapshot().Meeting.Queue.Slice(); q[1] != 2 {
		t.Fatalf("shift+down: queue starts %v", q[:4])
	}
	if r.m.moderate.queue.selected != 2 {
		t.Errorf("the cursor did not follow the moved question: on %d", r.m.moderate.queue.selected)
	}
}

func TestAddQuestionFromTheFloor(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("a")
	r.typeText("Nguyễn Thị Hoa")
	r.press("tab")
	r.typeText("Đoàn viên")
	r.press("tab")
	r.typeText("huyện Văn Giang")
	r.press("tab", "tab")
	r.typeText("An ninh mạng")
	r.press("tab")
	r.typeText("Làm sao để báo cáo tài khoản giả mạo?")
	r.press("tab")
	r.typeText("ca")
	r.press("enter")
	mt := r.hub.Snapshot().Meeting
	q := mt.Question(25)
	if q == nil || q.Asker.Name != "Nguyễn Thị Hoa" || q.Channel != model.ChannelFloor || q.Departments[0] != "CA" {
		t.Fatalf("added = %+v", q)
	}
	if mt.Queue.At(mt.Queue.Len()-1) != 25 || r.m.focus() != modeMain {
		t.Errorf("not at the end of the queue, or form still open")
	}
}

func TestAddWithEmptyNameIsRefusedAndKeepsWhatWasTyped(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("a", "tab", "tab", "tab", "tab", "tab")
	r.typeText("Một câu hỏi không tên")
	r.press("ctrl+s")
	if r.m.focus() != modeForm || !strings.Contains(r.m.message, "Chưa có họ tên") {
		t.Fatalf("mode %v, message %q", r.m.focus(), r.m.message)
	}
	if got := r.m.form.fields[5].value(); got != "Một câu hỏi không tên" {
		t.Errorf("typed text lost: %q", got)
	}
	if r.hub.Snapshot().Meeting.Questions.Len() != 24 {
		t.Error("a question was added")
	}
	// esc on a filled form asks before discarding.
	r.press("esc")
	if r.m.focus() != modeConfirmDiscard {
		t.Fatalf("esc discarded without asking (mode %v)", r.m.focus())
	}
	r.press("n")
	if r.m.focus() != modeForm {
		t.Fatal("n did not return to the form")
	}
}

func TestLongPasteIsRefusedWithTheLimit(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("a")
	r.typeText("Lê Văn Tám")
	r.press("tab", "tab", "tab", "tab", "tab")
	r.m.Update(pasteMsg(strings.Repeat("dài ", 2500)))
	r.press("ctrl+s")
	if !strings.Contains(r.m.message, "tối đa 4000 ký tự") || r.m.focus() != modeForm {
		t.Fatalf("mode %v, message %q", r.m.focus(), r.m.message)
	}
}

func TestEditKeepsThePlaceInTheQueue(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("down", "e")
	for range 20 {
		r.press("backspace")
	}
	r.typeText("Trần Bích Ngọc")
	r.press("ctrl+s")
	mt := r.hub.Snapshot().Meeting
	if mt.Question(2).Asker.Name != "Trần Bích Ngọc" || mt.Queue.At(1) != 2 {
		t.Fatalf("question 2 = %+v, queue %v", mt.Question(2).Asker, mt.Queue.Sub(0, 3))
	}
}

func TestDecomposedInputIsStoredComposed(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("a")
	r.typeText("Nguye\u0302\u0303n")
	in := r.m.form.fields[0].input
	if in.Value() != "Nguyễn" || in.Position() != 6 {
		t.Errorf("value %q (% x), cursor %d; want NFC with the cursor after n", in.Value(), in.Value(), in.Position())
	}
}

func TestFilterIgnoresAccents(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("/")
	r.typeText("cong an")
	r.press("enter")
	for _, id := range r.m.moderate.queue.rows {
		q := r.hub.Snapshot().Meeting.Question(id)
		if !strings.Contains(haystack(q), " cong an") && !slices.Contains(q.Departments, "CA") {
			t.Errorf("question %d matched without “công an” in its text or Công an tỉnh among its departments", id)
		}
	}
	if n := len(r.m.moderate.queue.rows); n == 0 || n == 24 {
		t.Fatalf("filter kept %d rows", n)
	}
	r.press("/")
	r.press("esc")
	if len(r.m.moderate.queue.rows) != 24 {
		t.Errorf("esc did not clear the filter: %d rows", len(r.m.moderate.queue.rows))
	}
}

func TestFilterFindsDWithoutStroke(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("/")
	r.typeText("duc")
	if !slices.Contains(r.m.moderate.queue.rows, 3) {
		t.Errorf("“duc” matched %v, not question 3 (Lê Minh Đức)", r.m.moderate.queue.rows)
	}
	r.press("esc", "/")
	r.typeText("nguyen van")
	if len(r.m.moderate.queue.rows) != 1 || r.m.moderate.queue.rows[0] != 1 {
		t.Errorf("“nguyen van” matched %v, want question 1 (Nguyễn Văn An)", r.m.moderate.queue.rows)
	}
}

func TestQuitAsksWhileAClockRuns(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("n", "q")
	if r.m.focus() != modeConfirmQuit {
		t.Fatal("q quit without asking while the speaker's clock ran")
	}
	r.press("n")
	if r.m.focus() != modeMain || r.m.quitting {
		t.Fatal("n did not cancel the quit")
	}
	r.press("q", "y")
	if !r.m.quitting {
		t.Fatal("y did not quit")
	}
}

func TestQuitWhenIdleIsImmediate(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	_, cmd := r.m.Update(keyMsg("q"))
	if cmd == nil || !r.m.quitting {
		t.Fatal("q did not quit")
	}
}

func TestHelpAndFullText(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("?")
	r.wantOnScreen("Phím tắt", "mời tiếp", "hoàn tác")
	r.press("esc", "n", "v")
	r.wantOnScreen("Toàn văn ý kiến số 1", "thiếu giáo viên tin học?")
}

func TestRenderAtZeroSizeDoesNotPanic(t *testing.T) {
	r := newRig(t, i18n.VI, 0, 0)
	if r.m.render() == "" {
		t.Error("nothing drawn before the first resize")
	}
	for _, size := range [][2]int{{1, 1}, {10, 5}, {40, 10}, {79, 23}} {
		r.m.Update(windowSize(size[0], size[1]))
		_ = r.m.render()
	}
}

// A 2,000-character question is shortened on the floor card and readable
// whole, scrolling, on request.
func TestLongQuestionShortenedThenWhole(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	long := strings.Repeat("Thanh niên cần được hỗ trợ chuyển đổi số. ", 48) + "HẾT."
	if err := r.hub.Do(model.AddQuestion{Asker: model.Person{Name: "Trần Văn Dài"}, Text: long, Departments: []string{"TTTT"}}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.press("end", "enter")
	r.wantOnScreen("Trần Văn Dài", "(v: xem toàn văn)")
	if strings.Contains(r.screen(), "HẾT.") {
		t.Error("the floor card showed the whole 2,000 characters")
	}
	r.press("v")
	r.wantOnScreen("Toàn văn ý kiến số 25", "dòng 1–")
	for range 40 {
		r.press("down")
	}
	r.wantOnScreen("HẾT.")
	checkFits(t, r.screen(), 80, 24)
	r.press("esc")
	if r.m.focus() != modeMain {
		t.Error("esc did not close the full text")
	}
}

func TestAddDepartment(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("D")
	r.typeText("xd")
	r.press("tab")
	r.typeText("Sở Xây dựng")
	r.press("tab")
	r.typeText("Trần Văn Xây")
	r.press("tab", "enter")
	mt := r.hub.Snapshot().Meeting
	if d := mt.DepartmentByCode("XD"); d == nil || d.Name != "Sở Xây dựng" || d.Representative.Name != "Trần Văn Xây" {
		t.Fatalf("department = %+v", d)
	}
	r.press("D")
	r.typeText("ca")
	r.press("tab")
	r.typeText("Công an")
	r.press("ctrl+s")
	if !strings.Contains(r.m.message, "Đã có đơn vị mã “CA”") || r.m.focus() != modeForm {
		t.Errorf("duplicate code: mode %v, %q", r.m.focus(), r.m.message)
	}
}

func TestCursorReturnsToTheQueueWhenItsQuestionCloses(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("down", "x")
	if r.m.moderate.queue.selected != 1 {
		t.Errorf("after withdrawing 2 the cursor is on %d, want the first waiting (1)", r.m.moderate.queue.selected)
	}
	r.press("end") // deliberately on a closed question: it stays there
	r.press("up", "down")
	if q := r.hub.Snapshot().Meeting.Question(r.m.moderate.queue.selected); q.ID != 2 {
		t.Errorf("cursor on %d, want the closed question 2 the user chose", q.ID)
	}
}

func TestLanguageSwitchesThisScreen(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("L")
	r.wantOnScreen("Nobody has the floor.", "Questions · 24 waiting", "This screen is now in English")
	r.press("L")
	r.wantOnScreen("Chưa có ai phát biểu.")
}

// What is pasted into a form is cleaned as it arrives, so even the line
// being edited never carries a bidi override or a control to the terminal.
func TestPasteIsCleanedWhileEditing(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("a")
	r.m.Update(pasteMsg("Eve\x1b]0;pwned\x07 \u202eRLO\u202c zw\u200b Nguye\u0302\u0303n"))
	in := r.m.form.fields[0].input
	if got := in.Value(); got != "Eve RLO zw Nguyễn" {
		t.Errorf("value = %q", got)
	}
	if in.Position() != len([]rune(in.Value())) {
		t.Errorf("cursor at %d, want the end (%d)", in.Position(), len([]rune(in.Value())))
	}
}

func TestRedoAfterUndo(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.press("down", "x", "u", "U")
	if s := r.hub.Snapshot().Meeting.Question(2).Status; s != model.StatusWithdrawn {
		t.Fatalf("after redo question 2 is %s", s)
	}
	r.wantOnScreen("Đã làm lại: rút ý kiến số 2")
	r.press("U")
	if !r.m.messageErr || !strings.Contains(r.m.message, "Không còn gì để làm lại") {
		t.Errorf("second redo: %q", r.m.message)
	}
}
