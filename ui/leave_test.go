package ui

import (
	"testing"
	"time"

	"podium/model"
	"podium/ui/i18n"
)

// toDialogue starts the demo's dialogue: opening, flowers, dialogue.
func toDialogue(r *rig) {
	r.t.Helper()
	r.press("N", "N", "N")
	if it := r.hub.Snapshot().Meeting.Agenda.Item(); it == nil || !it.Dialogue {
		r.t.Fatalf("not in the dialogue: %+v", it)
	}
}

// N out of the dialogue with questions waiting asks first; esc stays,
// enter keeps them and moves on.
func TestLeaveDialogueAsksFirst(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	toDialogue(r)
	v := r.hub.Snapshot().Version
	r.press("N")
	r.wantOnScreen("Còn 24 ý kiến chờ", "w: tất cả trả lời bằng văn bản (hạn 07/04/2023)", "enter: giữ, sang mục sau", "esc: ở lại")
	if r.hub.Snapshot().Version != v {
		t.Fatal("N changed the meeting before the answer")
	}
	r.press("esc")
	r.wantOnScreen("Vẫn ở mục đối thoại; chưa có gì thay đổi.")
	if r.hub.Snapshot().Version != v || r.m.active().mode() != modeMain {
		t.Fatal("esc did not stay")
	}
	r.press("N", "enter")
	mt := r.hub.Snapshot().Meeting
	if it := mt.Agenda.Item(); it == nil || it.Dialogue || mt.Queue.Len() != 24 {
		t.Fatalf("enter should move on and keep the 24: item %+v, queue %d", it, mt.Queue.Len())
	}
	r.wantOnScreen("Bắt đầu: Kết luận của đồng chí chủ trì.")
	// Out of the dialogue N asks nothing.
	r.press("N")
	if r.m.active().mode() == modeLeave {
		t.Fatal("asked outside the dialogue")
	}
}

// The whole prompt, in full where it fits: the department and the
// deadline are said before w is pressed.
func TestLeaveDialoguePromptInFull(t *testing.T) {
	r := newRig(t, i18n.EN, 200, 35)
	toDialogue(r)
	r.press("N")
	r.wantOnScreen("24 questions still waiting. w: send them all to written answers (the first department asked, due in 15 days: 07/04/2023) · enter: keep them and go on · esc: stay")
}

// An empty queue: N leaves the dialogue at once.
func TestLeaveDialogueWithNothingWaiting(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	toDialogue(r)
	var cmds []model.Command
	for _, id := range r.hub.Snapshot().Meeting.Queue.All() {
		cmds = append(cmds, model.Withdraw{ID: id})
	}
	if err := r.hub.DoAll(cmds, "import", r.m.ctx.Who); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.press("N")
	if it := r.hub.Snapshot().Meeting.Agenda.Item(); it == nil || it.Dialogue {
		t.Fatalf("N did not move on: %+v", it)
	}
}

// w sends every waiting question to a written answer by the first
// department it asks, due 15 days after the meeting's day, and moves the
// agenda on, as one step: one u takes it all back.
func TestLeaveDialogueSendsAllInOneStep(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	toDialogue(r)
	before := r.hub.Snapshot().Meeting
	r.press("N", "w")
	r.wantOnScreen("Đã chuyển 24 ý kiến sang trả lời bằng văn bản (hạn 07/04/2023). Bắt đầu: Kết luận")
	s := r.hub.Snapshot()
	mt := s.Meeting
	if mt.Queue.Len() != 0 || len(mt.FollowUps) != 24 {
		t.Fatalf("queue %d, follow-ups %d", mt.Queue.Len(), len(mt.FollowUps))
	}
	if it := mt.Agenda.Item(); it == nil || it.Dialogue {
		t.Fatalf("the agenda did not move on: %+v", it)
	}
	if s.Last.Verb != verbDeferWaiting {
		t.Fatalf("logged as %q", s.Last.Verb)
	}
	loc := mt.Header.Date.Location()
	want := time.Date(2023, 4, 7, 23, 59, 59, 0, loc)
	for _, f := range mt.FollowUps {
		q := before.Question(f.Questions[0])
		if f.Source != model.SourceWrittenAnswer || f.Department != q.Departments[0] || !f.Deadline.Equal(want) {
			t.Fatalf("follow-up %+v for question %+v", f, q)
		}
		if mt.Question(q.ID).Status != model.StatusInWriting {
			t.Fatalf("question %d is %s", q.ID, mt.Question(q.ID).Status)
		}
	}
	r.press("u")
	r.wantOnScreen("chuyển các ý kiến đang chờ sang trả lời bằng văn bản")
	mt = r.hub.Snapshot().Meeting
	if mt.Queue.Len() != 24 || len(mt.FollowUps) != 0 || mt.Agenda.Current != before.Agenda.Current {
		t.Fatalf("one u left queue %d, follow-ups %d, item %d", mt.Queue.Len(), len(mt.FollowUps), mt.Agenda.Current)
	}
	for _, q := range mt.Questions.All() {
		if q.Status != before.Question(q.ID).Status {
			t.Fatalf("question %d is %s after u", q.ID, q.Status)
		}
	}
}

func TestLeaveVerbHasAName(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		if !i18n.Has("verb."+verbDeferWaiting) || i18n.New(lang).T("verb."+verbDeferWaiting) == "verb."+verbDeferWaiting {
			t.Errorf("%s: no name for %s", lang, verbDeferWaiting)
		}
	}
}
