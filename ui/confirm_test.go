package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"podium/ui/i18n"
)

// y sends what the question is for; n and esc do what no says, if
// anything; any other key leaves the question standing.
func TestConfirmAnswers(t *testing.T) {
	k := DefaultKeyMap(i18n.New(i18n.VI)).Confirm
	sent, kept := false, 0
	q := &confirm{question: "Làm không?", yes: func() tea.Msg { sent = true; return nil }, no: func() { kept++ }}
	for _, stray := range []string{"j", "enter", "x", "Y"} {
		if cmd, done := q.answer(k, keyMsg(stray)); done || cmd != nil {
			t.Errorf("%s answered the question", stray)
		}
	}
	if cmd, done := q.answer(k, keyMsg("y")); !done || cmd == nil {
		t.Fatal("y did not answer")
	} else if cmd(); !sent {
		t.Error("y's command is not the yes")
	}
	for _, no := range []string{"n", "esc"} {
		if cmd, done := q.answer(k, keyMsg(no)); !done || cmd != nil {
			t.Errorf("%s: done %v, cmd %v", no, done, cmd != nil)
		}
	}
	if kept != 2 {
		t.Errorf("no ran %d times, want 2", kept)
	}
	if _, done := (&confirm{yes: nil}).answer(k, keyMsg("n")); !done {
		t.Error("n without a no does not answer")
	}
}

// The Inbox's reject, the Timeline's undo of another's step and the new
// join codes are one kind of question: the mode, the line, the help, and
// a stray key leaves it asked.
func TestConfirmsAreOneMode(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.m.SetCodesRenewer(func(i18n.Catalog) ([]string, string, error) { return nil, "", nil })
	r.sendIn(hallQuestions...) // and to the Inbox
	asks := []struct {
		screen, key, question string
	}{
		{"0", "x", "Không duyệt câu hỏi số 1 (Lê Minh Châu)?"},
		{"4", "u", "Hoàn tác bước của khán giả 10.0.0.7: gửi câu hỏi vào hộp thư?"}, // the hall's newest: its third
		{"1", "C", "Tạo mã tham gia mới?"},
	}
	for _, a := range asks {
		r.press(a.screen)
		if a.screen == "4" {
			r.m.Update(r.m.timeline.load()())
		}
		r.press(a.key)
		if r.m.focus() != modeConfirm {
			t.Fatalf("%s on %s: focus %d, not the confirm\n%s", a.key, a.screen, r.m.focus(), r.screen())
		}
		r.press("j")
		r.wantOnScreen(a.question, "y có", "n không")
		r.press("esc")
		if r.m.focus() != modeMain {
			t.Fatalf("esc left %s asked", a.question)
		}
	}
	if m := r.hub.Snapshot().Meeting; m.PendingCount() != 3 {
		t.Fatal("an answered no did something")
	}
}

// A question longer than the line is wrapped onto the message line's rows,
// never cut: at 80 columns the Timeline's undo of another's step ran off
// the edge with what y would do.
func TestConfirmQuestionWraps(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	question := "Hoàn tác bước của khán giả 10.0.0.7: gửi câu hỏi vào hộp thư? Bước này là của người khác; y để hoàn tác, n để giữ nguyên."
	lines := strings.Split((&confirm{question: question}).line(r.m.ctx, 80), "\n")
	if len(lines) < 2 || len(lines) > maxMessageLines {
		t.Fatalf("%d lines", len(lines))
	}
	var words []string
	for _, l := range lines {
		if w := width(l); w != 80 {
			t.Errorf("a line %d cells wide: %q", w, l)
		}
		words = append(words, strings.Fields(ansi.Strip(l))...)
	}
	if got := strings.Join(words, " "); got != question {
		t.Errorf("shown %q", got)
	}
}
