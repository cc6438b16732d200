package ui

import (
	"slices"
	"testing"

	"podium/model"
	"podium/ui/i18n"
)

// G calls the marked questions in the queue's order, whatever order they
// were marked in.
func TestGroupCallsInQueueOrder(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("down", "down", "g", "up", "up", "g", "G") // marks 3, then 1
	mt := r.hub.Snapshot().Meeting
	if got := mt.Floor.Questions; !slices.Equal(got, []int{1, 3}) {
		t.Fatalf("floor %v, want 1 then 3 (the queue's order)", got)
	}
	r.wantOnScreen("Nhóm · người 1/2", "Nguyễn Văn An")
	r.press("n")
	r.wantOnScreen("Nhóm · người 2/2", "Lê Minh Đức")
}

// The picker for a group stars the departments any of its questions
// addresses: r while the group asks, R once it has been answered.
func TestGroupPickerStarsEveryQuestionsDepartments(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("g", "down", "down", "g", "G") // 1 (GDDT) and 3 (GDDT, TTTT)
	r.press("r")
	if r.m.moderate.own != modePicker {
		t.Fatal("r did not open the picker")
	}
	r.wantOnScreen("1 ★ GDDT", "2 ★ TTTT", "Mời đơn vị trả lời ý kiến số 1, 3 ")
	if got := r.m.moderate.picker.addressed; got != 2 {
		t.Errorf("%d departments starred, want GDDT and TTTT", got)
	}
	r.press("2")
	mt := r.hub.Snapshot().Meeting
	if a := mt.FloorAnswer(); a == nil || a.Department != "TTTT" || !slices.Equal(a.Questions, []int{1, 3}) {
		t.Fatalf("answer %+v, want TTTT answering 1 and 3", a)
	}
	r.press("d", "R")
	if r.m.moderate.own != modePicker {
		t.Fatal("R did not open the picker")
	}
	r.wantOnScreen("1 ★ GDDT", "2 ★ TTTT", "ý kiến số 1, 3 (cả nhóm)")
	if got := r.m.moderate.picker.addressed; got != 2 {
		t.Errorf("R: %d departments starred, want GDDT and TTTT", got)
	}
}

// In the w picker a digit chooses at once, as in r; typed in the deadline
// field it is part of the date.
func TestWrittenPickerDigitChooses(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("w")
	codes := slices.Clone(r.m.moderate.picker.codes)
	r.press("2")
	if r.m.moderate.own != modeMain {
		t.Fatal("a digit in the w picker did not choose")
	}
	mt := r.hub.Snapshot().Meeting
	if q := mt.Question(1); q.Status != model.StatusInWriting {
		t.Fatalf("question 1 is %s", q.Status)
	}
	fu := mt.FollowUps[len(mt.FollowUps)-1]
	if fu.Department != codes[1] || fu.Deadline.Format(dateLayout) != "07/04/2023" {
		t.Errorf("follow-up to %s by %s, want %s by the default 07/04/2023", fu.Department, fu.Deadline.Format(dateLayout), codes[1])
	}

	// The next question: the deadline typed (its digits stay in the
	// field), then back to the list, where a digit chooses.
	r.press("w", "tab")
	for range len("07/04/2023") {
		r.press("backspace")
	}
	r.typeText("30/4/2023")
	if r.m.moderate.own != modePicker {
		t.Fatal("a digit typed in the deadline field chose a department")
	}
	if got := r.m.moderate.picker.deadline.value(); got != "30/4/2023" {
		t.Fatalf("deadline field %q", got)
	}
	codes = slices.Clone(r.m.moderate.picker.codes)
	r.press("tab", "3")
	mt = r.hub.Snapshot().Meeting
	if q := mt.Question(2); q.Status != model.StatusInWriting {
		t.Fatalf("question 2 is %s", q.Status)
	}
	fu = mt.FollowUps[len(mt.FollowUps)-1]
	if fu.Department != codes[2] || fu.Deadline.Format(dateLayout) != "30/04/2023" {
		t.Errorf("follow-up to %s by %s, want %s by 30/04/2023", fu.Department, fu.Deadline.Format(dateLayout), codes[2])
	}
}

func TestDigitRows(t *testing.T) {
	for _, c := range []struct {
		text string
		row  int
	}{{"1", 0}, {"9", 8}, {"0", 9}, {"a", -1}, {"", -1}, {"10", -1}} {
		if got := digitRow(c.text); got != c.row {
			t.Errorf("digitRow(%q) = %d, want %d", c.text, got, c.row)
		}
		if c.row >= 0 && rowDigit(c.row) != c.text {
			t.Errorf("rowDigit(%d) = %q, want %q", c.row, rowDigit(c.row), c.text)
		}
	}
	if rowDigit(10) != "" {
		t.Error("an eleventh row has a digit")
	}
}
