package model_test

import (
	"slices"
	"strings"
	"testing"

	"podium/model"
)

var (
	rSubClosed = model.Ref{Kind: model.RecSubmissionsClosed}
	chau       = model.Person{Name: "Lê Minh Châu", Unit: "Khoái Châu"}
)

func rSub(id int) model.Ref { return model.Ref{Kind: model.RecSubmission, ID: id} }

// fxInbox: fxBase and three submissions waiting: 1 from Lê Minh Châu
// (Khoái Châu) at 8:02, 2 anonymous from Mỹ Hào at 8:03, 3 a paper slip
// without a name at 8:04.
func fxInbox(t testing.TB) *model.Meeting {
	return build(t, fxBase(t),
		step{model.SubmitQuestion{Name: chau.Name, Unit: chau.Unit, Text: "Xã có hỗ trợ wifi miễn phí cho điểm bưu điện văn hoá không?", Theme: "Chuyển đổi số"}, at(2)},
		step{model.SubmitQuestion{Name: "Trần Thị Mai", Unit: "Mỹ Hào", Anonymous: true, Text: "Học phí trường nghề năm nay tăng bao nhiêu?"}, at(3)},
		step{model.SubmitQuestion{Text: "Bao giờ có đường điện cho khu sản xuất?", Paper: true}, at(4)},
	)
}

// fxInboxClosed: fxInbox with submissions closed.
func fxInboxClosed(t testing.TB) *model.Meeting {
	return build(t, fxInbox(t), step{model.SetSubmissions{Closed: true}, at(5)})
}

// fxInboxDecided: fxInbox with 1 approved (question 4), 2 merged into
// question 1, 3 rejected.
func fxInboxDecided(t testing.TB) *model.Meeting {
	return build(t, fxInbox(t),
		step{model.ApproveSubmission{ID: 1}, at(5)},
		step{model.MergeSubmission{ID: 2, Into: 1}, at(6)},
		step{model.RejectSubmission{ID: 3}, at(7)},
	)
}

// fxInboxFull: MaxPending submissions waiting.
func fxInboxFull(t testing.TB) *model.Meeting {
	m := deepCopy(t, fxBase(t))
	for i := range model.MaxPending {
		m.Submissions = append(m.Submissions, &model.Submission{ID: i + 1, Text: "Câu hỏi", Anonymous: true, Received: at(1), Status: model.SubmissionPending})
	}
	return m
}

func wantSubmission(t *testing.T, m *model.Meeting, id int, status model.SubmissionStatus, question int) *model.Submission {
	t.Helper()
	s := m.Submission(id)
	if s == nil {
		t.Fatalf("submission %d missing", id)
	}
	if s.Status != status || s.Question != question {
		t.Errorf("submission %d is %s (question %d), want %s (question %d)", id, s.Status, s.Question, status, question)
	}
	return s
}

func submitQuestionCases() []applyCase {
	return []applyCase{
		{name: "ok", setup: fxInbox, cmd: model.SubmitQuestion{Name: " Hoàng\x1b[1m Văn Nam ", Unit: "Văn Giang", Text: "Có lớp\u200b tin học miễn phí?\n", Theme: "Chuyển đổi số"}, refs: []model.Ref{rSub(4)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "submission", m.Submission(4), &model.Submission{ID: 4, Name: "Hoàng Văn Nam", Unit: "Văn Giang", Text: "Có lớp tin học miễn phí?", Theme: "Chuyển đổi số", Received: at(10), Status: model.SubmissionPending})
			}},
		{name: "without a name it is anonymous", setup: fxBase, cmd: model.SubmitQuestion{Text: "Câu hỏi"}, refs: []model.Ref{rSub(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if s := m.Submission(1); !s.Anonymous {
					t.Errorf("%+v is not anonymous", s)
				}
			}},
		{name: "a paper slip", setup: fxBase, cmd: model.SubmitQuestion{Name: "Bùi Văn Hải", Text: "Câu hỏi", Paper: true}, refs: []model.Ref{rSub(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if s := m.Submission(1); !s.Paper || s.Anonymous {
					t.Errorf("%+v", s)
				}
			}},
		{name: "1000 characters", setup: fxBase, cmd: model.SubmitQuestion{Text: repeat("ễ", model.MaxSubmissionLen)}, refs: []model.Ref{rSub(1)}},
		{name: "1001 characters", setup: fxBase, cmd: model.SubmitQuestion{Text: repeat("ễ", model.MaxSubmissionLen+1)}, code: model.ErrTooLong, args: []any{"text", model.MaxSubmissionLen}},
		{name: "empty", setup: fxBase, cmd: model.SubmitQuestion{Name: "Tú", Text: " \x1b[2J\u200b\n"}, code: model.ErrEmptyText},
		{name: "name too long", setup: fxBase, cmd: model.SubmitQuestion{Name: repeat("a", model.MaxNameLen+1), Text: "x"}, code: model.ErrTooLong, args: []any{"name", model.MaxNameLen}},
		{name: "a name of 300 characters", setup: fxBase, cmd: model.SubmitQuestion{Name: repeat("ễ", 300), Text: "x"}, code: model.ErrTooLong, args: []any{"name", model.MaxNameLen}},
		{name: "unit too long", setup: fxBase, cmd: model.SubmitQuestion{Unit: repeat("a", model.MaxLineLen+1), Text: "x"}, code: model.ErrTooLong, args: []any{"unit", model.MaxLineLen}},
		{name: "closed", setup: fxInboxClosed, cmd: model.SubmitQuestion{Text: "Câu hỏi"}, code: model.ErrSubmissionsClosed},
		{name: "a paper slip while closed", setup: fxInboxClosed, cmd: model.SubmitQuestion{Text: "Câu hỏi", Paper: true}, code: model.ErrSubmissionsClosed},
		{name: "5000 pending", setup: fxInboxFull, cmd: model.SubmitQuestion{Text: "Câu hỏi"}, code: model.ErrTooManyPending, args: []any{model.MaxPending}},
		{name: "5000 decided do not count", setup: func(t testing.TB) *model.Meeting {
			m := fxInboxFull(t)
			m.Submissions[0].Status = model.SubmissionRejected
			return m
		}, cmd: model.SubmitQuestion{Text: "Câu hỏi"}, refs: []model.Ref{rSub(model.MaxPending + 1)}},
	}
}

func approveSubmissionCases() []applyCase {
	return []applyCase{
		{name: "to the end of the queue, from the hall", setup: fxInbox, cmd: model.ApproveSubmission{ID: 1}, refs: []model.Ref{rQueue, rQ(4), rSub(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantQueue(t, m, 1, 2, 3, 4)
				q := m.Question(4)
				wantJSON(t, "question", q, &model.Question{ID: 4, Asker: chau, Kind: model.KindQuestion, Theme: "Chuyển đổi số", Text: m.Submission(1).Text, Channel: model.ChannelHall, Status: model.StatusWaiting, Created: at(10)})
				if s := wantSubmission(t, m, 1, model.SubmissionApproved, 4); !s.Decided.Equal(at(10)) {
					t.Errorf("decided %v", s.Decided)
				}
			}},
		{name: "edited", setup: fxInbox, cmd: model.ApproveSubmission{ID: 1, Asker: model.Person{Name: "Lê Minh Châu", Role: "Bí thư Đoàn xã"}, Kind: model.KindProposal, Text: "Wifi miễn phí ở điểm bưu điện văn hoá xã", Departments: []string{"DST"}}, refs: []model.Ref{rQueue, rQ(4), rSub(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				q := m.Question(4)
				if q.Asker.Role != "Bí thư Đoàn xã" || q.Kind != model.KindProposal || q.Text != "Wifi miễn phí ở điểm bưu điện văn hoá xã" || !slices.Equal(q.Departments, []string{"DST"}) || q.Theme != "Chuyển đổi số" || q.Channel != model.ChannelHall {
					t.Errorf("%+v", q)
				}
			}},
		{name: "anonymous needs an asker", setup: fxInbox, cmd: model.ApproveSubmission{ID: 2}, code: model.ErrEmptyAsker},
		{name: "anonymous named by the face", setup: fxInbox, cmd: model.ApproveSubmission{ID: 2, Asker: model.Person{Name: "Ẩn danh", Unit: "Mỹ Hào"}}, refs: []model.Ref{rQueue, rQ(4), rSub(2)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if q := m.Question(4); q.Asker.Name != "Ẩn danh" || strings.Contains(jsonOf(q), "Trần Thị Mai") {
					t.Errorf("the hall's question names the anonymous sender: %+v", q)
				}
			}},
		{name: "unknown department", setup: fxInbox, cmd: model.ApproveSubmission{ID: 1, Departments: []string{"XYZ"}}, code: model.ErrUnknownDepartment},
		{name: "no such submission", setup: fxInbox, cmd: model.ApproveSubmission{ID: 9}, code: model.ErrNoSuchSubmission, args: []any{9}},
		{name: "already decided", setup: fxInboxDecided, cmd: model.ApproveSubmission{ID: 3, Asker: person}, code: model.ErrSubmissionDecided, args: []any{3}},
		{name: "while closed", setup: fxInboxClosed, cmd: model.ApproveSubmission{ID: 1}, refs: []model.Ref{rQueue, rQ(4), rSub(1)}},
	}
}

func mergeSubmissionCases() []applyCase {
	return []applyCase{
		{name: "keeps the asker", setup: fxInbox, cmd: model.MergeSubmission{ID: 1, Into: 2}, refs: []model.Ref{rQ(2), rSub(1)},
			check: func(t *testing.T, old, m *model.Meeting) {
				q := m.Question(2)
				wantJSON(t, "also asked by", q.AlsoAskedBy, []model.Person{chau})
				if q.AskedBy() != 2 || q.Asker != old.Question(2).Asker || q.Status != model.StatusWaiting {
					t.Errorf("%+v", q)
				}
				wantSubmission(t, m, 1, model.SubmissionMerged, 2)
			}},
		{name: "asked by 3, anonymous without a name", setup: func(t testing.TB) *model.Meeting {
			return build(t, fxInbox(t), step{model.MergeSubmission{ID: 1, Into: 1}, at(5)})
		}, cmd: model.MergeSubmission{ID: 2, Into: 1}, refs: []model.Ref{rQ(1), rSub(2)},
			check: func(t *testing.T, _, m *model.Meeting) {
				q := m.Question(1)
				wantJSON(t, "also asked by", q.AlsoAskedBy, []model.Person{chau, {Unit: "Mỹ Hào"}})
				if q.AskedBy() != 3 {
					t.Errorf("asked by %d", q.AskedBy())
				}
			}},
		{name: "into a question answered", setup: func(t testing.TB) *model.Meeting {
			return build(t, fxAnswered(t), step{model.SubmitQuestion{Text: "Như câu 1"}, at(7)})
		}, cmd: model.MergeSubmission{ID: 1, Into: 1}, refs: []model.Ref{rQ(1), rSub(1)}},
		{name: "into a missing question", setup: fxInbox, cmd: model.MergeSubmission{ID: 1, Into: 9}, code: model.ErrNoSuchQuestion, args: []any{9}},
		{name: "into a withdrawn question", setup: func(t testing.TB) *model.Meeting {
			return build(t, fxInbox(t), step{model.Withdraw{ID: 3}, at(5)})
		}, cmd: model.MergeSubmission{ID: 1, Into: 3}, code: model.ErrClosed, args: []any{3, "withdrawn"}},
		{name: "no such submission", setup: fxInbox, cmd: model.MergeSubmission{ID: 0, Into: 1}, code: model.ErrNoSuchSubmission},
		{name: "already decided", setup: fxInboxDecided, cmd: model.MergeSubmission{ID: 1, Into: 2}, code: model.ErrSubmissionDecided, args: []any{1}},
	}
}

func rejectSubmissionCases() []applyCase {
	return []applyCase{
		{name: "kept in the record", setup: fxInbox, cmd: model.RejectSubmission{ID: 2}, refs: []model.Ref{rSub(2)},
			check: func(t *testing.T, _, m *model.Meeting) {
				s := wantSubmission(t, m, 2, model.SubmissionRejected, 0)
				if s.Text == "" || s.Name != "Trần Thị Mai" || !s.Decided.Equal(at(10)) {
					t.Errorf("%+v", s)
				}
				if len(m.Pending()) != 2 || m.PendingCount() != 2 {
					t.Errorf("pending %d", m.PendingCount())
				}
			}},
		{name: "no such submission", setup: fxInbox, cmd: model.RejectSubmission{ID: 4}, code: model.ErrNoSuchSubmission, args: []any{4}},
		{name: "already decided", setup: fxInboxDecided, cmd: model.RejectSubmission{ID: 2}, code: model.ErrSubmissionDecided, args: []any{2}},
	}
}

func setSubmissionsCases() []applyCase {
	return []applyCase{
		{name: "close", setup: fxInbox, cmd: model.SetSubmissions{Closed: true}, refs: []model.Ref{rSubClosed},
			check: func(t *testing.T, _, m *model.Meeting) {
				if !m.SubmissionsClosed {
					t.Error("not closed")
				}
			}},
		{name: "open", setup: fxInboxClosed, cmd: model.SetSubmissions{}, refs: []model.Ref{rSubClosed}},
		{name: "open already", setup: fxInbox, cmd: model.SetSubmissions{}},
	}
}

// undoByRefs puts back, in m, the records refs name as they were in old:
// what storage's undo does with the log's before-images.
func undoByRefs(old, m *model.Meeting, refs []model.Ref) *model.Meeting {
	u := *m
	questions := model.EditList(&u.Questions)
	u.Submissions = slices.Clone(m.Submissions)
	for _, r := range refs {
		switch r.Kind {
		case model.RecQueue:
			u.Queue = old.Queue
		case model.RecQuestion:
			questions.Set(r.ID, old.Question(r.ID))
		case model.RecSubmission:
			setAt(&u.Submissions, r.ID, old.Submission(r.ID))
		case model.RecSubmissionsClosed:
			u.SubmissionsClosed = old.SubmissionsClosed
		}
	}
	u.Submissions = trimNil(u.Submissions)
	return &u
}

// Each inbox command is undone by its refs alone: the meeting comes back
// as it was, and holds together.
func TestInboxUndo(t *testing.T) {
	for _, cmd := range []model.Command{
		model.SubmitQuestion{Name: "Hoàng Văn Nam", Text: "Câu hỏi"},
		model.ApproveSubmission{ID: 1},
		model.MergeSubmission{ID: 1, Into: 2},
		model.RejectSubmission{ID: 1},
		model.SetSubmissions{Closed: true},
	} {
		t.Run(cmd.Verb(), func(t *testing.T) {
			old := fxInbox(t)
			m, refs, err := model.Apply(old, cmd, at(10))
			if err != nil {
				t.Fatal(err)
			}
			u := undoByRefs(old, m, refs)
			if got, want := dump(t, u), dump(t, old); got != want {
				t.Errorf("undo:\ngot  %s\nwant %s", got, want)
			}
			if errs := model.Check(u); errs != nil {
				t.Error(errs)
			}
		})
	}
}

func TestSubmissionInvariants(t *testing.T) {
	m := deepCopy(t, fxInboxDecided(t))
	m.Submissions[0].Question = 99
	m.Submissions[1].Status = "lost"
	m.Submissions[2].Question = 1
	m.Submissions = append(m.Submissions, &model.Submission{ID: 7, Status: model.SubmissionPending})
	var codes []string
	for _, err := range model.Check(m) {
		codes = append(codes, err.(*model.InvariantError).Code)
	}
	want := []string{"submission_missing_question", "submission_unknown_status", "submission_names_question", "submission_id", "submission_empty"}
	if !slices.Equal(codes, want) {
		t.Errorf("codes %v, want %v", codes, want)
	}
}

// A meeting imported with hostile text in its submissions and askers is
// cleaned like the rest.
func TestCleanMeetingCleansTheInbox(t *testing.T) {
	m := deepCopy(t, fxInboxDecided(t))
	m.Submissions[0].Text = "a\x1b[2Jb"
	m.Submissions[1].Name = "Mai\u202e"
	m.Question(1).AlsoAskedBy[0].Unit = "Mỹ\x1b]0;x\x07 Hào"
	c, changes := model.CleanMeeting(m)
	if c.Submissions[0].Text != "ab" || c.Submissions[1].Name != "Mai" || c.Question(1).AlsoAskedBy[0].Unit != "Mỹ Hào" {
		t.Errorf("not cleaned: %+v %+v %+v", c.Submissions[0], c.Submissions[1], c.Question(1).AlsoAskedBy)
	}
	if m.Submissions[0].Text != "a\x1b[2Jb" {
		t.Error("CleanMeeting changed its input")
	}
	if len(changes) != 3 {
		t.Errorf("changes %+v", changes)
	}
}

// submissionCommand is one inbox command for the random-sequence test.
func (rr *randomRun) submissionCommand(k int) model.Command {
	r := rr.r
	sid := r.IntN(len(rr.m.Submissions) + 2)
	if p := rr.m.Pending(); len(p) > 0 && r.IntN(3) > 0 {
		sid = pick(r, p).ID
	}
	rr.drawn = append(rr.drawn, rSub(sid))
	switch {
	case k < 4:
		return model.SubmitQuestion{Name: rr.name(), Unit: pick(r, randLines), Text: pick(r, []string{rr.text(), pick(r, goodTexts), repeat("ơ", model.MaxSubmissionLen+r.IntN(2))}), Theme: pick(r, randLines), Anonymous: r.IntN(3) == 0, Paper: r.IntN(4) == 0}
	case k < 6:
		cmd := model.ApproveSubmission{ID: sid}
		if r.IntN(2) == 0 {
			cmd.Asker, cmd.Text, cmd.Departments = rr.person(), rr.text(), rr.depts()
		}
		return cmd
	case k < 8:
		return model.MergeSubmission{ID: sid, Into: rr.anyQID()}
	case k < 9:
		return model.RejectSubmission{ID: sid}
	}
	return model.SetSubmissions{Closed: r.IntN(3) == 0}
}

// Whatever the inbox takes can be approved as it was sent: each field at
// the longest SubmitQuestion allows is within AddQuestion's limits, and one
// character more is refused at the door, not at the approval.
func TestSubmittedIsApprovable(t *testing.T) {
	longest := model.SubmitQuestion{Name: repeat("ễ", model.MaxNameLen), Unit: repeat("ễ", model.MaxLineLen),
		Theme: repeat("ễ", model.MaxLineLen), Text: repeat("ễ", model.MaxSubmissionLen)}
	m, _, err := model.Apply(fxBase(t), longest, at(1))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := model.Apply(m, model.ApproveSubmission{ID: 1}, at(2)); err != nil {
		t.Fatalf("the longest submission taken is not approved as sent: %v", err)
	}
	for _, over := range []model.SubmitQuestion{
		{Name: repeat("ễ", model.MaxNameLen+1), Text: "x"},
		{Name: repeat("ễ", 300), Text: "x"},
		{Unit: repeat("ễ", model.MaxLineLen+1), Text: "x"},
		{Theme: repeat("ễ", model.MaxLineLen+1), Text: "x"},
	} {
		if _, _, err := model.Apply(fxBase(t), over, at(1)); err == nil {
			t.Errorf("taken, though it could not be approved as sent: %+v", over)
		}
	}
}
