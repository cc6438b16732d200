package model_test

import (
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"podium/model"
)

// applyCase is one command applied to one fixture. A case with a code
// expects that refusal; one without expects success with exactly refs.
type applyCase struct {
	name  string
	setup func(testing.TB) *model.Meeting
	cmd   model.Command
	now   time.Time // zero: 8:10
	code  model.Code
	args  []any // when set, the refusal's Args
	refs  []model.Ref
	// touchesUnchanged marks a success whose refs name a record that is
	// written again unchanged (an edit that changes nothing).
	touchesUnchanged bool
	check            func(t *testing.T, old, m *model.Meeting)
}

func runApplyCases(t *testing.T, cases []applyCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			old := tc.setup(t)
			before := dump(t, old)
			now := tc.now
			if now.IsZero() {
				now = at(10)
			}
			m, refs, err := model.Apply(old, tc.cmd, now)
			if after := dump(t, old); after != before {
				t.Errorf("Apply changed its input meeting:\nbefore %s\nafter  %s", before, after)
			}
			if tc.code != "" {
				if err == nil {
					t.Fatalf("%s succeeded (refs %s), want refusal %q", tc.cmd.Verb(), refsString(refs), tc.code)
				}
				var e *model.Error
				if !errors.As(err, &e) {
					t.Fatalf("error %v (%T) is not a *model.Error", err, err)
				}
				if got := model.CodeOf(err); got != tc.code {
					t.Fatalf("refusal %q (%v), want %q", got, err, tc.code)
				}
				if tc.args != nil && !reflect.DeepEqual(e.Args, tc.args) {
					t.Errorf("refusal args %#v, want %#v", e.Args, tc.args)
				}
				if m != old {
					t.Errorf("a refusal must return the input meeting itself")
				}
				if refs != nil {
					t.Errorf("a refusal returned refs %s", refsString(refs))
				}
				return
			}
			if err != nil {
				t.Fatalf("%s refused: %v", tc.cmd.Verb(), err)
			}
			if m == nil {
				t.Fatal("Apply returned a nil meeting")
			}
			if errs := model.Check(m); errs != nil {
				t.Errorf("invariants broken: %v", errs)
			}
			if got, want := refsString(refs), refsString(tc.refs); got != want {
				t.Errorf("refs %s, want %s", got, want)
			}
			for _, p := range refsProblems(old, m, refs) {
				t.Error(p)
			}
			for _, p := range aliasProblems(old, m) {
				t.Error(p)
			}
			if got := refsString(changed(old, m)); !tc.touchesUnchanged && got != refsString(refs) {
				t.Errorf("records changed %s, refs %s: every ref should name a changed record", got, refsString(refs))
			}
			if len(refs) == 0 && dump(t, m) != before {
				t.Errorf("no refs, yet the meeting changed:\nbefore %s\nafter  %s", before, dump(t, m))
			}
			if tc.check != nil {
				tc.check(t, old, m)
			}
		})
	}
}

// wantJSON compares got and want by their JSON, which shows the difference
// field by field when they differ.
func wantJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	if g, w := jsonOf(got), jsonOf(want); g != w {
		t.Errorf("%s:\ngot  %s\nwant %s", what, g, w)
	}
}

func wantQueue(t *testing.T, m *model.Meeting, want ...int) {
	t.Helper()
	if got := m.Queue.Slice(); !slices.Equal(got, want) {
		t.Errorf("queue %v, want %v", got, want)
	}
}

func wantFloor(t *testing.T, m *model.Meeting, want model.Floor) {
	t.Helper()
	wantJSON(t, "floor", m.Floor, want)
}

func wantStatus(t *testing.T, m *model.Meeting, id int, want model.Status) {
	t.Helper()
	q := m.Question(id)
	if q == nil {
		t.Fatalf("question %d missing", id)
	}
	if q.Status != want {
		t.Errorf("question %d is %q, want %q", id, q.Status, want)
	}
}

var (
	long10k  = strings.Repeat("x", 10000)
	idle     = model.Floor{State: model.FloorIdle}
	askingQ1 = model.Floor{State: model.FloorAsking, Questions: []int{1}}
	person   = model.Person{Name: "Nguyễn Văn Tú", Unit: "Mỹ Hào"}
)

func repeat(s string, count int) string { return strings.Repeat(s, count) }

// commandTables holds every command's cases, by verb; TestApply runs them
// and TestEveryRefusalHasACase checks that they reach every Code.
func commandTables() map[string][]applyCase {
	return map[string][]applyCase{
		"set_header":          append(setHeaderCases(), headerCases()...),
		"add_department":      addDepartmentCases(),
		"add_question":        addQuestionCases(),
		"edit_question":       editQuestionCases(),
		"move_question":       moveQuestionCases(),
		"call_next":           callNextCases(),
		"call":                callCases(),
		"start_answer":        startAnswerCases(),
		"end_answer":          endAnswerCases(),
		"defer_to_writing":    append(deferCases(), deferWithOutcomeCases()...),
		"postpone":            postponeCases(),
		"withdraw":            withdrawCases(),
		"merge":               mergeCases(),
		"toggle_clock":        toggleClockCases(),
		"set_notes":           setNotesCases(),
		"set_display":         setDisplayCases(),
		"send_note":           sendNoteCases(),
		"dismiss_note":        dismissNoteCases(),
		"set_agenda":          setAgendaCases(),
		"call_group":          callGroupCases(),
		"next_speaker":        nextSpeakerCases(),
		"answer_again":        answerAgainCases(),
		"next_agenda_item":    nextAgendaCases(),
		"set_outcome":         setOutcomeCases(),
		"set_responder":       setResponderCases(),
		"add_conclusion":      addConclusionCases(),
		"edit_follow_up":      editFollowUpCases(),
		"update_follow_up":    updateFollowUpCases(),
		"remove_conclusion":   removeConclusionCases(),
		"move_conclusion":     moveConclusionCases(),
		"add_commendation":    addCommendationCases(),
		"edit_commendation":   editCommendationCases(),
		"remove_commendation": removeCommendationCases(),
		"edit_department":     editDepartmentCases(),
		"remove_department":   removeDepartmentCases(),
		"move_department":     moveDepartmentCases(),
		"add_agenda_item":     addAgendaCases(),
		"edit_agenda_item":    editAgendaCases(),
		"move_agenda_item":    moveAgendaCases(),
		"remove_agenda_item":  removeAgendaCases(),
		"submit_question":     submitQuestionCases(),
		"approve_submission":  approveSubmissionCases(),
		"merge_submission":    mergeSubmissionCases(),
		"reject_submission":   rejectSubmissionCases(),
		"set_submissions":     setSubmissionsCases(),
	}
}

func TestApply(t *testing.T) {
	for verb, cases := range commandTables() {
		t.Run(verb, func(t *testing.T) {
			for _, tc := range cases {
				if tc.cmd.Verb() != verb {
					t.Fatalf("case %q: command %s in the %s table", tc.name, tc.cmd.Verb(), verb)
				}
			}
			runApplyCases(t, cases)
		})
	}
}

// allCodes is every refusal errors.go declares.
var allCodes = []model.Code{
	model.ErrFloorBusy, model.ErrAnswerRunning, model.ErrQueueEmpty, model.ErrNoSuchQuestion,
	model.ErrNotWaiting, model.ErrNothingOnFloor, model.ErrNotAnswering, model.ErrEmptyAsker,
	model.ErrEmptyText, model.ErrEmptyTitle, model.ErrEmptyName, model.ErrEmptyCode,
	model.ErrTooLong, model.ErrUnknownDepartment, model.ErrDuplicateCode, model.ErrBadKind,
	model.ErrNoClock, model.ErrCannotMove, model.ErrMergeSelf, model.ErrNoDepartment,
	model.ErrNoDeadline, model.ErrClosed, model.ErrNoSuchAnswer, model.ErrBadLimit,
	model.ErrLimitRange, model.ErrBadCount, model.ErrEndBeforeStart,
	model.ErrUnknownCommand, model.ErrBrokenFloor, model.ErrBadDisplayMode, model.ErrNoSuchNote, model.ErrAgendaStarted, model.ErrNoAgenda, model.ErrAgendaDone, model.ErrInGroup, model.ErrGroupTooSmall, model.ErrGroupDone, model.ErrNoAnswerToRepeat,
	model.ErrNoSuchFollowUp, model.ErrBadOutcome, model.ErrBadFollowUpStatus, model.ErrEmptyWhat,
	model.ErrNoForwardedTo, model.ErrNoReplyDate, model.ErrDeadlineTooEarly, model.ErrDateTooEarly,
	model.ErrFollowUpStarted, model.ErrNotConclusion, model.ErrNotesChanged,
	model.ErrNoSuchCommendation, model.ErrBadCommendationKind, model.ErrTooManyCommendations, model.ErrBadAddressee, model.ErrCannotMoveConclusion,
	model.ErrNoSuchAgendaItem, model.ErrEmptyItemTitle, model.ErrBadPlanned, model.ErrTwoDialogues, model.ErrAgendaItemDone, model.ErrAgendaItemUnderWay, model.ErrAgendaBeforeCurrent, model.ErrDialogueBegun,
	model.ErrSubmissionsClosed, model.ErrTooManyPending, model.ErrNoSuchSubmission, model.ErrSubmissionDecided,
	model.ErrDepartmentInUse,
}

func TestEveryRefusalHasACase(t *testing.T) {
	seen := map[model.Code]bool{model.ErrUnknownCommand: true, model.ErrBrokenFloor: true} // TestApplyNilCommand, TestBrokenFloorIsRefused
	for _, cases := range commandTables() {
		for _, tc := range cases {
			seen[tc.code] = true
		}
	}
	for _, c := range allCodes {
		if !seen[c] {
			t.Errorf("no case reaches refusal %q", c)
		}
	}
}

func TestApplyNilCommand(t *testing.T) {
	m := fxBase(t)
	got, refs, err := model.Apply(m, nil, at(1))
	if model.CodeOf(err) != model.ErrUnknownCommand || got != m || refs != nil {
		t.Fatalf("Apply(nil) = %p, %v, %v; want the input, no refs, %q", got, refs, err, model.ErrUnknownCommand)
	}
}

func setHeaderCases() []applyCase {
	return []applyCase{
		{
			name:  "cleans every field and fills default limits",
			setup: fxBase,
			cmd: model.SetHeader{Header: model.Header{
				Title:      "  Đối thoại\x1b[2J   thanh niên ",
				Topic:      "Chuyển\u200b đổi số\u202e",
				Venue:      "Hưng\tYên",
				Chair:      model.Person{Name: " Nguyễn Duy Hưng\x07", Role: "Phó Chủ tịch\r\nUBND"},
				Language:   " vi ",
				Date:       t0,
				PlannedEnd: at(180),
			}},
			refs: []model.Ref{rHeader},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "header", m.Header, model.Header{
					Title: "Đối thoại thanh niên", Topic: "Chuyển đổi số", Venue: "Hưng Yên",
					Chair:    model.Person{Name: "Nguyễn Duy Hưng", Role: "Phó Chủ tịch UBND"},
					Language: "vi", Date: t0, PlannedEnd: at(180),
					SpeakLimit: model.DefaultSpeakLimit, AnswerLimit: model.DefaultAnswerLimit,
				})
			},
		},
		{
			name:  "keeps given limits",
			setup: fxBase,
			cmd:   model.SetHeader{Header: model.Header{Title: "T", SpeakLimit: 2 * time.Minute, AnswerLimit: 4 * time.Minute}},
			refs:  []model.Ref{rHeader},
			check: func(t *testing.T, _, m *model.Meeting) {
				if m.Header.SpeakLimit != 2*time.Minute || m.Header.AnswerLimit != 4*time.Minute {
					t.Errorf("limits %v/%v, want 2m/4m", m.Header.SpeakLimit, m.Header.AnswerLimit)
				}
			},
		},
		{
			name:  "while an answer runs, leaves the floor alone",
			setup: fxAnswering,
			cmd:   model.SetHeader{Header: model.Header{Title: "T"}},
			refs:  []model.Ref{rHeader},
		},
		{name: "title of 300 characters", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: repeat("ễ", 300)}}, refs: []model.Ref{rHeader}},
		{name: "empty title", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: ""}}, code: model.ErrEmptyTitle},
		{name: "title only escapes and spaces", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: " \x1b[2J\u200b\t "}}, code: model.ErrEmptyTitle},
		{name: "10,000-character title", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: long10k}}, code: model.ErrTooLong, args: []any{"title", model.MaxLineLen}},
		{name: "title of 301 characters", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: repeat("ễ", 301)}}, code: model.ErrTooLong},
		// Every header field is reported as "title" (the screens have no
		// label for the others yet), so only the code is checked.
		{name: "long topic", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: "T", Topic: long10k}}, code: model.ErrTooLong},
		{name: "long venue", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: "T", Venue: long10k}}, code: model.ErrTooLong},
		{name: "long chair name", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: "T", Chair: model.Person{Name: long10k}}}, code: model.ErrTooLong},
		{name: "long chair unit", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: "T", Chair: model.Person{Name: "A", Unit: long10k}}}, code: model.ErrTooLong},
		{name: "long language", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: "T", Language: long10k}}, code: model.ErrTooLong},
		{name: "negative speaking limit", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: "T", SpeakLimit: -time.Second}}, code: model.ErrBadLimit},
		{name: "negative answer limit", setup: fxBase, cmd: model.SetHeader{Header: model.Header{Title: "T", AnswerLimit: -time.Second}}, code: model.ErrBadLimit},
	}
}

func addDepartmentCases() []applyCase {
	return []applyCase{
		{
			name:  "cleans and numbers the department",
			setup: fxBase,
			cmd:   model.AddDepartment{Code: " SYT\u200b ", Name: "Sở Y tế\x1b]0;pwned\x07", Representative: model.Person{Name: "Hoàng Văn C\u202e", Role: " Giám đốc "}},
			refs:  []model.Ref{rDept(4)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "department 4", m.Department(4), model.Department{ID: 4, Code: "SYT", Name: "Sở Y tế", Representative: model.Person{Name: "Hoàng Văn C", Role: "Giám đốc"}})
				if m.DepartmentByCode("SYT") != m.Department(4) {
					t.Error("DepartmentByCode(SYT) is not department 4")
				}
			},
		},
		{name: "first department", setup: func(testing.TB) *model.Meeting { return model.New(demoHeader) }, cmd: model.AddDepartment{Code: "DST", Name: "Sở KH&CN"}, refs: []model.Ref{rDept(1)}},
		{name: "code of 20 characters", setup: fxBase, cmd: model.AddDepartment{Code: repeat("Đ", 20), Name: "N"}, refs: []model.Ref{rDept(4)}},
		{name: "code differing only in case is another department", setup: fxBase, cmd: model.AddDepartment{Code: "dst", Name: "N"}, refs: []model.Ref{rDept(4)}},
		{name: "empty code", setup: fxBase, cmd: model.AddDepartment{Code: "", Name: "N"}, code: model.ErrEmptyCode},
		{name: "code only an escape", setup: fxBase, cmd: model.AddDepartment{Code: "\x1b[0m", Name: "N"}, code: model.ErrEmptyCode},
		{name: "empty name", setup: fxBase, cmd: model.AddDepartment{Code: "SYT", Name: " \u200d "}, code: model.ErrEmptyName},
		{name: "code of 21 characters", setup: fxBase, cmd: model.AddDepartment{Code: repeat("Đ", 21), Name: "N"}, code: model.ErrTooLong, args: []any{"code", 20}},
		{name: "10,000-character name", setup: fxBase, cmd: model.AddDepartment{Code: "SYT", Name: long10k}, code: model.ErrTooLong, args: []any{"name", model.MaxLineLen}},
		{name: "duplicate code", setup: fxBase, cmd: model.AddDepartment{Code: "DST", Name: "N"}, code: model.ErrDuplicateCode, args: []any{"DST"}},
		{name: "duplicate code once cleaned", setup: fxBase, cmd: model.AddDepartment{Code: " DST\u200b", Name: "N"}, code: model.ErrDuplicateCode, args: []any{"DST"}},
		{name: "10,000-character representative", setup: fxBase, cmd: model.AddDepartment{Code: "SYT", Name: "N", Representative: model.Person{Name: long10k}}, code: model.ErrTooLong, args: []any{"name", model.MaxNameLen}},
		{name: "long representative title", setup: fxBase, cmd: model.AddDepartment{Code: "SYT", Name: "N", Representative: model.Person{Name: "A", Role: long10k}}, code: model.ErrTooLong},
	}
}

func addQuestionCases() []applyCase {
	body := func(mod func(*model.AddQuestion)) model.AddQuestion {
		q := model.AddQuestion{Asker: person, Text: "Hỗ trợ khởi nghiệp?"}
		mod(&q)
		return q
	}
	return []applyCase{
		{
			name:  "cleans, numbers and queues the question",
			setup: fxBase,
			cmd: model.AddQuestion{
				Asker:       model.Person{Name: " Nguyễn\u200b Văn  Tú ", Unit: "Mỹ Hào\x1b[2J"},
				Theme:       "Khởi nghiệp\t số",
				Text:        "Dòng một  \r\n\r\n\r\n\x1b[31mDòng hai\x1b[0m\u202e  ",
				Departments: []string{" DST", "CA", "DST", "", "\u200b"},
			},
			refs: []model.Ref{rQ(4), rQueue},
			check: func(t *testing.T, old, m *model.Meeting) {
				wantJSON(t, "question 4", m.Question(4), model.Question{
					ID: 4, Asker: model.Person{Name: "Nguyễn Văn Tú", Unit: "Mỹ Hào"},
					Kind: model.KindQuestion, Theme: "Khởi nghiệp số", Text: "Dòng một\n\nDòng hai",
					Departments: []string{"DST", "CA"}, Channel: model.ChannelRegistered,
					Status: model.StatusWaiting, Created: at(10),
				})
				wantQueue(t, m, 1, 2, 3, 4)
				wantFloor(t, m, idle)
			},
		},
		{
			name:  "first question of an empty meeting",
			setup: fxEmpty,
			cmd:   model.AddQuestion{Asker: person, Text: "?", Kind: model.KindProposal, Channel: model.ChannelWritten},
			refs:  []model.Ref{rQ(1), rQueue},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantQueue(t, m, 1)
				q := m.Question(1)
				if q.Kind != model.KindProposal || q.Channel != model.ChannelWritten {
					t.Errorf("kind %q channel %q, want proposal, written", q.Kind, q.Channel)
				}
			},
		},
		{
			name:  "unknown channel counts as registered",
			setup: fxBase,
			cmd:   body(func(q *model.AddQuestion) { q.Channel = "carrier pigeon" }),
			refs:  []model.Ref{rQ(4), rQueue},
			check: func(t *testing.T, _, m *model.Meeting) {
				if c := m.Question(4).Channel; c != model.ChannelRegistered {
					t.Errorf("channel %q, want registered", c)
				}
			},
		},
		{
			name:  "while someone speaks, joins the queue and leaves the floor alone",
			setup: fxAsking,
			cmd:   body(func(*model.AddQuestion) {}),
			refs:  []model.Ref{rQ(4), rQueue},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantQueue(t, m, 2, 3, 4)
				wantFloor(t, m, askingQ1)
			},
		},
		{name: "text of 4,000 characters", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Text = repeat("ễ", 4000) }), refs: []model.Ref{rQ(4), rQueue}},
		{name: "decomposed name of 120 letters", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Asker.Name = repeat("e\u0302\u0303", 120) }), refs: []model.Ref{rQ(4), rQueue}},
		{name: "bad kind", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Kind = "rant" }), code: model.ErrBadKind, args: []any{"rant"}},
		{name: "empty asker", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Asker = model.Person{Unit: "Kim Động"} }), code: model.ErrEmptyAsker},
		{name: "asker only invisible characters", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Asker.Name = "\u200b\u202e\x1b[1m " }), code: model.ErrEmptyAsker},
		{name: "asker name of 121 characters", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Asker.Name = repeat("ễ", 121) }), code: model.ErrTooLong, args: []any{"name", model.MaxNameLen}},
		{name: "10,000-character role", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Asker.Role = long10k }), code: model.ErrTooLong, args: []any{"unit", model.MaxLineLen}},
		{name: "10,000-character unit", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Asker.Unit = long10k }), code: model.ErrTooLong, args: []any{"unit", model.MaxLineLen}},
		{name: "empty text", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Text = "" }), code: model.ErrEmptyText},
		{name: "text only escapes and blank lines", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Text = "\x1b[2J\n\n\r\n \u2028" }), code: model.ErrEmptyText},
		{name: "10,000-character text", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Text = long10k }), code: model.ErrTooLong, args: []any{"text", model.MaxTextLen}},
		{name: "text of 4,001 characters", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Text = repeat("ễ", 4001) }), code: model.ErrTooLong, args: []any{"text", model.MaxTextLen}},
		{name: "10,000-character theme", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Theme = long10k }), code: model.ErrTooLong, args: []any{"theme", model.MaxLineLen}},
		{name: "unknown department", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Departments = []string{"DST", "XYZ"} }), code: model.ErrUnknownDepartment, args: []any{"XYZ"}},
		{name: "department codes are case-sensitive", setup: fxBase, cmd: body(func(q *model.AddQuestion) { q.Departments = []string{"dst"} }), code: model.ErrUnknownDepartment, args: []any{"dst"}},
		{name: "department in a meeting with none", setup: func(testing.TB) *model.Meeting { return model.New(demoHeader) }, cmd: body(func(q *model.AddQuestion) { q.Departments = []string{"DST"} }), code: model.ErrUnknownDepartment},
	}
}

func editQuestionCases() []applyCase {
	edit := func(id int) model.EditQuestion {
		return model.EditQuestion{ID: id, Asker: model.Person{Name: "Vũ Minh Đức\u200b", Role: "Giám đốc HTX"}, Kind: model.KindProposal, Theme: " Thương mại điện tử ", Text: "Đưa nông sản lên sàn\r\n", Departments: []string{"SGD", "SGD"}}
	}
	return []applyCase{
		{
			name:  "replaces what the question says, keeps its place and life",
			setup: fxBase,
			cmd:   edit(2),
			refs:  []model.Ref{rQ(2)},
			check: func(t *testing.T, old, m *model.Meeting) {
				want := *old.Question(2)
				want.Asker = model.Person{Name: "Vũ Minh Đức", Role: "Giám đốc HTX"}
				want.Kind, want.Theme, want.Text, want.Departments = model.KindProposal, "Thương mại điện tử", "Đưa nông sản lên sàn", []string{"SGD"}
				wantJSON(t, "question 2", m.Question(2), want)
				wantQueue(t, m, 1, 2, 3)
			},
		},
		{
			name:  "the question being asked keeps its running clock",
			setup: fxAsking,
			cmd:   edit(1),
			refs:  []model.Ref{rQ(1)},
			check: func(t *testing.T, old, m *model.Meeting) {
				wantJSON(t, "clock", m.Question(1).Speaking, old.Question(1).Speaking)
				wantStatus(t, m, 1, model.StatusAsking)
			},
		},
		{
			name:  "an answered question may be corrected",
			setup: fxAnswered,
			cmd:   edit(1),
			refs:  []model.Ref{rQ(1)},
			check: func(t *testing.T, _, m *model.Meeting) { wantStatus(t, m, 1, model.StatusAnswered) },
		},
		{
			name:  "no departments clears them",
			setup: fxBase,
			cmd:   model.EditQuestion{ID: 1, Asker: person, Text: "x"},
			refs:  []model.Ref{rQ(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if d := m.Question(1).Departments; len(d) != 0 {
					t.Errorf("departments %v, want none", d)
				}
			},
		},
		{
			name:  "an edit that changes nothing",
			setup: fxBase,
			cmd:   model.EditQuestion{ID: 1, Asker: model.Person{Name: "Phạm Thị Hoa", Unit: "Văn Lâm"}, Kind: model.KindQuestion, Text: "Đào tạo kỹ năng số cho thanh niên nông thôn?", Departments: []string{"DST"}},
			refs:  nil, // nothing to store, nothing to undo
		},
		{name: "question 0", setup: fxBase, cmd: model.EditQuestion{ID: 0, Asker: person, Text: "x"}, code: model.ErrNoSuchQuestion, args: []any{0}},
		{name: "no such question, checked before the body", setup: fxBase, cmd: model.EditQuestion{ID: 99}, code: model.ErrNoSuchQuestion, args: []any{99}},
		{name: "empty asker", setup: fxBase, cmd: model.EditQuestion{ID: 1, Text: "x"}, code: model.ErrEmptyAsker},
		{name: "empty text", setup: fxBase, cmd: model.EditQuestion{ID: 1, Asker: person, Text: " \x1b[K"}, code: model.ErrEmptyText},
		{name: "bad kind", setup: fxBase, cmd: model.EditQuestion{ID: 1, Asker: person, Text: "x", Kind: "Question"}, code: model.ErrBadKind},
		{name: "10,000-character text", setup: fxBase, cmd: model.EditQuestion{ID: 1, Asker: person, Text: long10k}, code: model.ErrTooLong, args: []any{"text", model.MaxTextLen}},
		{name: "10,000-character asker", setup: fxBase, cmd: model.EditQuestion{ID: 1, Asker: model.Person{Name: long10k}, Text: "x"}, code: model.ErrTooLong, args: []any{"name", model.MaxNameLen}},
		{name: "10,000-character theme", setup: fxBase, cmd: model.EditQuestion{ID: 1, Asker: person, Text: "x", Theme: long10k}, code: model.ErrTooLong},
		{name: "unknown department", setup: fxBase, cmd: model.EditQuestion{ID: 1, Asker: person, Text: "x", Departments: []string{"XYZ"}}, code: model.ErrUnknownDepartment, args: []any{"XYZ"}},
	}
}

func moveQuestionCases() []applyCase {
	moved := func(want ...int) func(t *testing.T, _, m *model.Meeting) {
		return func(t *testing.T, _, m *model.Meeting) { wantQueue(t, m, want...) }
	}
	return []applyCase{
		{name: "last to first", setup: fxBase, cmd: model.MoveQuestion{ID: 3, By: -2}, refs: []model.Ref{rQueue}, check: moved(3, 1, 2)},
		{name: "one later", setup: fxBase, cmd: model.MoveQuestion{ID: 1, By: 1}, refs: []model.Ref{rQueue}, check: moved(2, 1, 3)},
		{name: "stops at the end", setup: fxBase, cmd: model.MoveQuestion{ID: 1, By: 100}, refs: []model.Ref{rQueue}, check: moved(2, 3, 1)},
		{name: "stops at the front", setup: fxBase, cmd: model.MoveQuestion{ID: 3, By: -100}, refs: []model.Ref{rQueue}, check: moved(3, 1, 2)},
		{name: "by MaxInt goes to the end", setup: fxBase, cmd: model.MoveQuestion{ID: 2, By: math.MaxInt}, refs: []model.Ref{rQueue}, check: moved(1, 3, 2)},
		{name: "by MinInt goes to the front", setup: fxBase, cmd: model.MoveQuestion{ID: 2, By: math.MinInt}, refs: []model.Ref{rQueue}, check: moved(2, 1, 3)},
		{name: "by zero changes nothing", setup: fxBase, cmd: model.MoveQuestion{ID: 2, By: 0}, check: moved(1, 2, 3)},
		{name: "the first one earlier changes nothing", setup: fxBase, cmd: model.MoveQuestion{ID: 1, By: -1}, check: moved(1, 2, 3)},
		{name: "the last one later changes nothing", setup: fxBase, cmd: model.MoveQuestion{ID: 3, By: math.MaxInt}, check: moved(1, 2, 3)},
		{name: "no such question", setup: fxBase, cmd: model.MoveQuestion{ID: 99, By: 1}, code: model.ErrNoSuchQuestion, args: []any{99}},
		{name: "question -1", setup: fxBase, cmd: model.MoveQuestion{ID: -1, By: 1}, code: model.ErrNoSuchQuestion},
		{name: "the question being asked", setup: fxAsking, cmd: model.MoveQuestion{ID: 1, By: 1}, code: model.ErrCannotMove, args: []any{1}},
		{name: "an answered question", setup: fxAnswered, cmd: model.MoveQuestion{ID: 1, By: -1}, code: model.ErrCannotMove, args: []any{1}},
	}
}

func callNextCases() []applyCase {
	return []applyCase{
		{
			name:  "gives the floor to the first in the queue",
			setup: fxBase,
			cmd:   model.CallNext{},
			refs:  []model.Ref{rQ(1), rQueue, rFloor},
			check: func(t *testing.T, old, m *model.Meeting) {
				want := *old.Question(1)
				want.Status, want.CalledAt, want.Speaking = model.StatusAsking, at(10), model.Clock{RunningSince: at(10)}
				wantJSON(t, "question 1", m.Question(1), want)
				wantQueue(t, m, 2, 3)
				wantFloor(t, m, askingQ1)
				if m.Speaker() != m.Question(1) {
					t.Error("Speaker() is not question 1")
				}
			},
		},
		{
			name: "after a move, the new first",
			setup: func(t testing.TB) *model.Meeting {
				return build(t, fxBase(t), step{model.MoveQuestion{ID: 3, By: -5}, at(1)})
			},
			cmd:  model.CallNext{},
			refs: []model.Ref{rQ(3), rQueue, rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantQueue(t, m, 1, 2)
				wantFloor(t, m, model.Floor{State: model.FloorAsking, Questions: []int{3}})
			},
		},
		{
			name: "the last in the queue empties it",
			setup: func(t testing.TB) *model.Meeting {
				return build(t, fxEmpty(t), step{model.AddQuestion{Asker: person, Text: "?"}, at(1)})
			},
			cmd:   model.CallNext{},
			refs:  []model.Ref{rQ(1), rQueue, rFloor},
			check: func(t *testing.T, _, m *model.Meeting) { wantQueue(t, m) },
		},
		{name: "someone is speaking", setup: fxAsking, cmd: model.CallNext{}, code: model.ErrFloorBusy, args: []any{1}},
		{name: "an answer is running", setup: fxAnswering, cmd: model.CallNext{}, code: model.ErrAnswerRunning, args: []any{"DST"}},
		{name: "empty queue", setup: fxEmpty, cmd: model.CallNext{}, code: model.ErrQueueEmpty},
		{
			name: "every question closed",
			setup: func(t testing.TB) *model.Meeting {
				return build(t, fxAnswered(t), step{model.Withdraw{ID: 2}, at(7)}, step{model.Withdraw{ID: 3}, at(7)})
			},
			cmd:  model.CallNext{},
			code: model.ErrQueueEmpty,
		},
	}
}

func callCases() []applyCase {
	postponed := func(t testing.TB) *model.Meeting {
		return build(t, fxAsking(t), step{model.Postpone{}, at(2)})
	}
	return []applyCase{
		{
			name:  "a chosen question out of turn",
			setup: fxBase,
			cmd:   model.Call{ID: 3},
			refs:  []model.Ref{rQ(3), rQueue, rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantQueue(t, m, 1, 2)
				wantFloor(t, m, model.Floor{State: model.FloorAsking, Questions: []int{3}})
				wantStatus(t, m, 3, model.StatusAsking)
			},
		},
		{
			name:  "a postponed question keeps when it was first called and its time so far",
			setup: postponed,
			cmd:   model.Call{ID: 1},
			refs:  []model.Ref{rQ(1), rQueue, rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				q := m.Question(1)
				if !q.CalledAt.Equal(at(1)) {
					t.Errorf("called at %v, want 8:01", q.CalledAt)
				}
				wantJSON(t, "speaking clock", q.Speaking, model.Clock{Accumulated: time.Minute, RunningSince: at(10)})
				if got := q.Speaking.Elapsed(at(12)); got != 3*time.Minute {
					t.Errorf("elapsed at 8:12 = %v, want 3m", got)
				}
				wantQueue(t, m, 2, 3)
			},
		},
		{name: "someone is speaking", setup: fxAsking, cmd: model.Call{ID: 2}, code: model.ErrFloorBusy, args: []any{1}},
		{name: "someone is speaking, even for a bad id", setup: fxAsking, cmd: model.Call{ID: 99}, code: model.ErrFloorBusy},
		{name: "an answer is running", setup: fxAnswering, cmd: model.Call{ID: 2}, code: model.ErrAnswerRunning, args: []any{"DST"}},
		{name: "no such question", setup: fxBase, cmd: model.Call{ID: 99}, code: model.ErrNoSuchQuestion, args: []any{99}},
		{name: "question 0", setup: fxBase, cmd: model.Call{ID: 0}, code: model.ErrNoSuchQuestion, args: []any{0}},
		{name: "an answered question", setup: fxAnswered, cmd: model.Call{ID: 1}, code: model.ErrNotWaiting, args: []any{1, "answered"}},
		{
			name:  "a withdrawn question",
			setup: func(t testing.TB) *model.Meeting { return build(t, fxBase(t), step{model.Withdraw{ID: 2}, at(1)}) },
			cmd:   model.Call{ID: 2},
			code:  model.ErrNotWaiting,
			args:  []any{2, "withdrawn"},
		},
	}
}

func startAnswerCases() []applyCase {
	paused := func(t testing.TB) *model.Meeting {
		return build(t, fxAsking(t), step{model.ToggleClock{}, at(2)})
	}
	return []applyCase{
		{
			name:  "hands the floor to the department",
			setup: fxAsking,
			cmd:   model.StartAnswer{Department: "DST"},
			now:   at(3),
			refs:  []model.Ref{rQ(1), rA(1), rFloor},
			check: func(t *testing.T, old, m *model.Meeting) {
				want := *old.Question(1)
				want.Status, want.AskedUntil, want.Speaking = model.StatusAwaiting, at(3), model.Clock{Accumulated: 2 * time.Minute}
				wantJSON(t, "question 1", m.Question(1), want)
				wantJSON(t, "answer 1", m.Answer(1), model.Answer{
					ID: 1, Questions: []int{1}, Department: "DST",
					Responder: model.Person{Name: "Trần Văn A", Role: "Giám đốc"},
					Clock:     model.Clock{RunningSince: at(3)}, Start: at(3),
				})
				wantFloor(t, m, model.Floor{State: model.FloorAnswering, Questions: []int{1}, Answer: 1})
				if m.FloorAnswer() != m.Answer(1) {
					t.Error("FloorAnswer() is not answer 1")
				}
				if c, ok := m.RunningClock(); !ok || c != m.Answer(1).Clock {
					t.Errorf("RunningClock() = %v, %v; want the answer's", c, ok)
				}
			},
		},
		{
			name:  "a named responder, cleaned; the code cleaned",
			setup: fxAsking,
			cmd:   model.StartAnswer{Department: " CA\u200b", Responder: model.Person{Name: " Đại tá X\x1b[5m", Role: "Trưởng phòng"}},
			refs:  []model.Ref{rQ(1), rA(1), rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				a := m.Answer(1)
				if a.Department != "CA" {
					t.Errorf("department %q, want CA", a.Department)
				}
				wantJSON(t, "responder", a.Responder, model.Person{Name: "Đại tá X", Role: "Trưởng phòng"})
			},
		},
		{
			name:  "a department with no representative and no responder",
			setup: fxAsking,
			cmd:   model.StartAnswer{Department: "SGD"},
			refs:  []model.Ref{rQ(1), rA(1), rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				if r := m.Answer(1).Responder; r != (model.Person{}) {
					t.Errorf("responder %+v, want none", r)
				}
			},
		},
		{
			name:  "a paused speaking clock stays at its reading",
			setup: paused,
			cmd:   model.StartAnswer{Department: "DST"},
			refs:  []model.Ref{rQ(1), rA(1), rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "speaking clock", m.Question(1).Speaking, model.Clock{Accumulated: time.Minute})
			},
		},
		{
			name:  "at the very moment of the call",
			setup: fxAsking,
			cmd:   model.StartAnswer{Department: "DST"},
			now:   at(1),
			refs:  []model.Ref{rQ(1), rA(1), rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				if s := m.Question(1).Speaking; s != (model.Clock{}) {
					t.Errorf("speaking clock %+v, want zero", s)
				}
			},
		},
		{name: "nobody on the floor", setup: fxBase, cmd: model.StartAnswer{Department: "DST"}, code: model.ErrNothingOnFloor},
		{name: "after an answer ended", setup: fxAnswered, cmd: model.StartAnswer{Department: "DST"}, code: model.ErrNothingOnFloor},
		{name: "an answer is running", setup: fxAnswering, cmd: model.StartAnswer{Department: "CA"}, code: model.ErrAnswerRunning, args: []any{"DST"}},
		{name: "no department", setup: fxAsking, cmd: model.StartAnswer{}, code: model.ErrNoDepartment},
		{name: "department only invisible characters", setup: fxAsking, cmd: model.StartAnswer{Department: "\u200b\u2066"}, code: model.ErrNoDepartment},
		{name: "unknown department", setup: fxAsking, cmd: model.StartAnswer{Department: "XYZ"}, code: model.ErrUnknownDepartment, args: []any{"XYZ"}},
		{name: "10,000-character responder", setup: fxAsking, cmd: model.StartAnswer{Department: "DST", Responder: model.Person{Name: long10k}}, code: model.ErrTooLong, args: []any{"name", model.MaxNameLen}},
		{name: "long responder unit", setup: fxAsking, cmd: model.StartAnswer{Department: "DST", Responder: model.Person{Name: "A", Unit: long10k}}, code: model.ErrTooLong},
	}
}

func endAnswerCases() []applyCase {
	return []applyCase{
		{
			name:  "closes the answer and answers its question",
			setup: fxAnswering,
			cmd:   model.EndAnswer{},
			now:   at(6),
			refs:  []model.Ref{rQ(1), rA(1), rFloor},
			check: func(t *testing.T, old, m *model.Meeting) {
				wantA := *old.Answer(1)
				wantA.End, wantA.Outcome, wantA.Clock = at(6), model.OutcomeAnswered, model.Clock{Accumulated: 3 * time.Minute}
				wantJSON(t, "answer 1", m.Answer(1), wantA)
				wantQ := *old.Question(1)
				wantQ.Status, wantQ.ClosedAt = model.StatusAnswered, at(6)
				wantJSON(t, "question 1", m.Question(1), wantQ)
				wantFloor(t, m, idle)
				if got := m.AnswersFor(1); len(got) != 1 || got[0] != m.Answer(1) {
					t.Errorf("AnswersFor(1) = %v, want answer 1", got)
				}
			},
		},
		{
			name:  "a paused answer clock keeps its reading",
			setup: func(t testing.TB) *model.Meeting { return build(t, fxAnswering(t), step{model.ToggleClock{}, at(4)}) },
			cmd:   model.EndAnswer{},
			now:   at(9),
			refs:  []model.Ref{rQ(1), rA(1), rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "answer clock", m.Answer(1).Clock, model.Clock{Accumulated: time.Minute})
			},
		},
		{
			name:  "a group answer answers every question",
			setup: fxGroup,
			cmd:   model.EndAnswer{},
			refs:  []model.Ref{rQ(1), rQ(2), rA(1), rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantStatus(t, m, 1, model.StatusAnswered)
				wantStatus(t, m, 2, model.StatusAnswered)
			},
		},
		{name: "nothing on the floor", setup: fxBase, cmd: model.EndAnswer{}, code: model.ErrNotAnswering},
		{name: "a question still being asked", setup: fxAsking, cmd: model.EndAnswer{}, code: model.ErrNotAnswering},
		{name: "twice", setup: fxAnswered, cmd: model.EndAnswer{}, code: model.ErrNotAnswering},
	}
}

func deferCases() []applyCase {
	deadline := time.Date(2023, 4, 30, 17, 0, 0, 0, time.UTC)
	followUpOf := func(q int, dept string, answer int) func(t *testing.T, old, m *model.Meeting) {
		return func(t *testing.T, old, m *model.Meeting) {
			wantJSON(t, "follow-up 1", m.FollowUp(1), model.FollowUp{
				ID: 1, Department: dept, What: old.Question(q).Text, Deadline: deadline,
				Source: model.SourceWrittenAnswer, Questions: []int{q}, Answer: answer,
				Status: model.FollowUpOpen, Created: at(10),
			})
			wantStatus(t, m, q, model.StatusInWriting)
			if c := m.Question(q).ClosedAt; !c.Equal(at(10)) {
				t.Errorf("closed at %v, want 8:10", c)
			}
		}
	}
	followUp := func(q int, dept string) func(t *testing.T, old, m *model.Meeting) { return followUpOf(q, dept, 0) }
	both := func(fs ...func(t *testing.T, old, m *model.Meeting)) func(t *testing.T, old, m *model.Meeting) {
		return func(t *testing.T, old, m *model.Meeting) {
			for _, f := range fs {
				f(t, old, m)
			}
		}
	}
	return []applyCase{
		{name: "in writing from a group being asked", setup: grouped, cmd: model.DeferToWriting{ID: 2, Department: "DST", Deadline: at(0).AddDate(0, 0, 30)}, code: model.ErrInGroup, args: []any{2}},
		{
			name:  "a waiting question leaves the queue",
			setup: fxBase,
			cmd:   model.DeferToWriting{ID: 2, Department: "CA", Deadline: deadline},
			refs:  []model.Ref{rQ(2), rQueue, rFU(1)},
			check: both(followUp(2, "CA"), func(t *testing.T, _, m *model.Meeting) {
				wantQueue(t, m, 1, 3)
				wantFloor(t, m, idle)
			}),
		},
		{
			name:  "the question being asked stops its clock and frees the floor",
			setup: fxAsking,
			cmd:   model.DeferToWriting{ID: 1, Department: " SGD ", Deadline: deadline},
			now:   at(10),
			refs:  []model.Ref{rQ(1), rFloor, rFU(1)},
			check: both(followUp(1, "SGD"), func(t *testing.T, _, m *model.Meeting) {
				q := m.Question(1)
				wantJSON(t, "speaking clock", q.Speaking, model.Clock{Accumulated: 9 * time.Minute})
				if !q.AskedUntil.Equal(at(10)) {
					t.Errorf("asked until %v, want 8:10", q.AskedUntil)
				}
				wantFloor(t, m, idle)
			}),
		},
		{
			name:  "the question being answered ends the answer in writing",
			setup: fxAnswering,
			cmd:   model.DeferToWriting{ID: 1, Department: "DST", Deadline: deadline},
			refs:  []model.Ref{rQ(1), rA(1), rFloor, rFU(1)},
			check: both(followUpOf(1, "DST", 1), func(t *testing.T, old, m *model.Meeting) {
				a := m.Answer(1)
				if a.Outcome != model.OutcomeInWriting || !a.End.Equal(at(10)) || a.Clock != (model.Clock{Accumulated: 7 * time.Minute}) {
					t.Errorf("answer 1 = %+v, want ended 8:10 in writing after 7m", a)
				}
				if q := m.Question(1); !q.AskedUntil.Equal(old.Question(1).AskedUntil) {
					t.Errorf("asked until moved from %v to %v", old.Question(1).AskedUntil, q.AskedUntil)
				}
				wantFloor(t, m, idle)
			}),
		},
		{
			name:  "one of a group goes to writing; the answer goes on",
			setup: fxGroup,
			cmd:   model.DeferToWriting{ID: 2, Department: "CA", Deadline: deadline},
			refs:  []model.Ref{rQ(2), rFloor, rFU(1)},
			check: both(followUp(2, "CA"), func(t *testing.T, _, m *model.Meeting) {
				wantFloor(t, m, model.Floor{State: model.FloorAnswering, Questions: []int{1}, Answer: 1})
				if a := m.Answer(1); !a.End.IsZero() || !a.Clock.Running() {
					t.Errorf("answer 1 = %+v, want still running", a)
				}
				m2, _, err := model.Apply(m, model.EndAnswer{}, at(12))
				if err != nil {
					t.Fatal(err)
				}
				wantStatus(t, m2, 1, model.StatusAnswered)
				wantStatus(t, m2, 2, model.StatusInWriting)
				if errs := model.Check(m2); errs != nil {
					t.Error(errs)
				}
			}),
		},
		{
			name:  "a department the question did not address",
			setup: fxBase,
			cmd:   model.DeferToWriting{ID: 3, Department: "DST", Deadline: deadline},
			refs:  []model.Ref{rQ(3), rQueue, rFU(1)},
			check: followUp(3, "DST"),
		},
		{name: "no such question", setup: fxBase, cmd: model.DeferToWriting{ID: 99, Department: "DST", Deadline: deadline}, code: model.ErrNoSuchQuestion, args: []any{99}},
		{name: "no department", setup: fxBase, cmd: model.DeferToWriting{ID: 1, Deadline: deadline}, code: model.ErrNoDepartment},
		{name: "unknown department", setup: fxBase, cmd: model.DeferToWriting{ID: 1, Department: "XYZ", Deadline: deadline}, code: model.ErrUnknownDepartment, args: []any{"XYZ"}},
		{name: "no deadline", setup: fxBase, cmd: model.DeferToWriting{ID: 1, Department: "DST"}, code: model.ErrNoDeadline},
		{name: "an answered question", setup: fxAnswered, cmd: model.DeferToWriting{ID: 1, Department: "DST", Deadline: deadline}, code: model.ErrClosed, args: []any{1, "answered"}},
		{
			name: "twice",
			setup: func(t testing.TB) *model.Meeting {
				return build(t, fxBase(t), step{model.DeferToWriting{ID: 2, Department: "CA", Deadline: deadline}, at(1)})
			},
			cmd:  model.DeferToWriting{ID: 2, Department: "CA", Deadline: deadline},
			code: model.ErrClosed,
			args: []any{2, "in_writing"},
		},
	}
}

func postponeCases() []applyCase {
	return []applyCase{
		{
			name:  "the speaker goes to the end of the queue",
			setup: fxAsking,
			cmd:   model.Postpone{},
			now:   at(2),
			refs:  []model.Ref{rQ(1), rQueue, rFloor},
			check: func(t *testing.T, old, m *model.Meeting) {
				want := *old.Question(1)
				want.Status, want.Speaking = model.StatusWaiting, model.Clock{Accumulated: time.Minute}
				wantJSON(t, "question 1", m.Question(1), want)
				wantQueue(t, m, 2, 3, 1)
				wantFloor(t, m, idle)
				if _, ok := m.RunningClock(); ok {
					t.Error("RunningClock() reports a clock on an idle floor")
				}
			},
		},
		{name: "nothing on the floor", setup: fxBase, cmd: model.Postpone{}, code: model.ErrNothingOnFloor},
		{name: "an answer is running", setup: fxAnswering, cmd: model.Postpone{}, code: model.ErrAnswerRunning, args: []any{"DST"}},
	}
}

func withdrawCases() []applyCase {
	return []applyCase{
		{name: "withdrawing one of the group", setup: grouped, cmd: model.Withdraw{ID: 1}, code: model.ErrInGroup, args: []any{1}},
		{
			name:  "a waiting question",
			setup: fxBase,
			cmd:   model.Withdraw{ID: 2},
			refs:  []model.Ref{rQ(2), rQueue},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantStatus(t, m, 2, model.StatusWithdrawn)
				if c := m.Question(2).ClosedAt; !c.Equal(at(10)) {
					t.Errorf("closed at %v, want 8:10", c)
				}
				wantQueue(t, m, 1, 3)
			},
		},
		{
			name:  "the speaker: clock stops, floor frees",
			setup: fxAsking,
			cmd:   model.Withdraw{ID: 1},
			now:   at(4),
			refs:  []model.Ref{rQ(1), rFloor},
			check: func(t *testing.T, old, m *model.Meeting) {
				want := *old.Question(1)
				want.Status, want.ClosedAt, want.AskedUntil, want.Speaking = model.StatusWithdrawn, at(4), at(4), model.Clock{Accumulated: 3 * time.Minute}
				wantJSON(t, "question 1", m.Question(1), want)
				wantFloor(t, m, idle)
				wantQueue(t, m, 2, 3)
			},
		},
		{name: "no such question", setup: fxBase, cmd: model.Withdraw{ID: 4}, code: model.ErrNoSuchQuestion, args: []any{4}},
		{name: "a question awaiting its answer", setup: fxAnswering, cmd: model.Withdraw{ID: 1}, code: model.ErrClosed, args: []any{1, "awaiting"}},
		{name: "an answered question", setup: fxAnswered, cmd: model.Withdraw{ID: 1}, code: model.ErrClosed, args: []any{1, "answered"}},
		{
			name:  "twice",
			setup: func(t testing.TB) *model.Meeting { return build(t, fxBase(t), step{model.Withdraw{ID: 3}, at(1)}) },
			cmd:   model.Withdraw{ID: 3},
			code:  model.ErrClosed,
			args:  []any{3, "withdrawn"},
		},
	}
}

func mergeCases() []applyCase {
	withdrawn3 := func(t testing.TB) *model.Meeting { return build(t, fxBase(t), step{model.Withdraw{ID: 3}, at(1)}) }
	merged3 := func(t testing.TB) *model.Meeting {
		return build(t, fxBase(t), step{model.Merge{ID: 3, Into: 1}, at(1)})
	}
	return []applyCase{
		{
			name:  "a waiting question into another",
			setup: fxBase,
			cmd:   model.Merge{ID: 3, Into: 2},
			refs:  []model.Ref{rQ(3), rQueue},
			check: func(t *testing.T, _, m *model.Meeting) {
				q := m.Question(3)
				if q.Status != model.StatusMerged || q.MergedInto != 2 || !q.ClosedAt.Equal(at(10)) {
					t.Errorf("question 3 = %+v, want merged into 2 at 8:10", q)
				}
				wantQueue(t, m, 1, 2)
			},
		},
		{name: "into the question being asked", setup: fxAsking, cmd: model.Merge{ID: 2, Into: 1}, refs: []model.Ref{rQ(2), rQueue}},
		{name: "into an answered question", setup: fxAnswered, cmd: model.Merge{ID: 2, Into: 1}, refs: []model.Ref{rQ(2), rQueue}},
		{name: "into itself", setup: fxBase, cmd: model.Merge{ID: 2, Into: 2}, code: model.ErrMergeSelf, args: []any{2}},
		{name: "no such question", setup: fxBase, cmd: model.Merge{ID: 9, Into: 2}, code: model.ErrNoSuchQuestion, args: []any{9}},
		{name: "into no such question", setup: fxBase, cmd: model.Merge{ID: 2, Into: 9}, code: model.ErrNoSuchQuestion, args: []any{9}},
		{name: "the question being asked", setup: fxAsking, cmd: model.Merge{ID: 1, Into: 2}, code: model.ErrNotWaiting, args: []any{1, "asking"}},
		{name: "an answered question", setup: fxAnswered, cmd: model.Merge{ID: 1, Into: 2}, code: model.ErrNotWaiting, args: []any{1, "answered"}},
		{name: "into a withdrawn question", setup: withdrawn3, cmd: model.Merge{ID: 2, Into: 3}, code: model.ErrClosed, args: []any{3, "withdrawn"}},
		{name: "into a merged question", setup: merged3, cmd: model.Merge{ID: 2, Into: 3}, code: model.ErrClosed, args: []any{3, "merged"}},
		{name: "a merged question again", setup: merged3, cmd: model.Merge{ID: 3, Into: 2}, code: model.ErrNotWaiting, args: []any{3, "merged"}},
	}
}

func toggleClockCases() []applyCase {
	pausedAsking := func(t testing.TB) *model.Meeting { return build(t, fxAsking(t), step{model.ToggleClock{}, at(3)}) }
	pausedAnswer := func(t testing.TB) *model.Meeting { return build(t, fxAnswering(t), step{model.ToggleClock{}, at(4)}) }
	return []applyCase{
		{
			name:  "pauses the speaker's clock",
			setup: fxAsking,
			cmd:   model.ToggleClock{},
			now:   at(3),
			refs:  []model.Ref{rQ(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "speaking clock", m.Question(1).Speaking, model.Clock{Accumulated: 2 * time.Minute})
				wantStatus(t, m, 1, model.StatusAsking)
			},
		},
		{
			name:  "resumes it",
			setup: pausedAsking,
			cmd:   model.ToggleClock{},
			now:   at(5),
			refs:  []model.Ref{rQ(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "speaking clock", m.Question(1).Speaking, model.Clock{Accumulated: 2 * time.Minute, RunningSince: at(5)})
			},
		},
		{
			name:  "pauses the answer's clock",
			setup: fxAnswering,
			cmd:   model.ToggleClock{},
			now:   at(4),
			refs:  []model.Ref{rA(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "answer clock", m.Answer(1).Clock, model.Clock{Accumulated: time.Minute})
			},
		},
		{
			name:  "resumes it",
			setup: pausedAnswer,
			cmd:   model.ToggleClock{},
			now:   at(8),
			refs:  []model.Ref{rA(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				wantJSON(t, "answer clock", m.Answer(1).Clock, model.Clock{Accumulated: time.Minute, RunningSince: at(8)})
			},
		},
		{name: "nothing on the floor", setup: fxBase, cmd: model.ToggleClock{}, code: model.ErrNoClock},
		{name: "after the answer", setup: fxAnswered, cmd: model.ToggleClock{}, code: model.ErrNoClock},
	}
}

func setNotesCases() []applyCase {
	noted := func(t testing.TB) *model.Meeting {
		return build(t, fxAnswering(t), step{model.SetNotes{Answer: 1, Notes: "Sở sẽ mở lớp"}, at(4)})
	}
	return []applyCase{
		{
			name:  "cleans and keeps the clerk's notes",
			setup: fxAnswering,
			cmd:   model.SetNotes{Answer: 1, Notes: "Sở sẽ mở 10 lớp\r\n\x1b]52;c;aGVsbG8=\x07- trong quý II\u202e  \n\n\n\nHết"},
			refs:  []model.Ref{rA(1)},
			check: func(t *testing.T, _, m *model.Meeting) {
				if got, want := m.Answer(1).Notes, "Sở sẽ mở 10 lớp\n- trong quý II\n\nHết"; got != want {
					t.Errorf("notes %q, want %q", got, want)
				}
			},
		},
		{name: "on an ended answer", setup: fxAnswered, cmd: model.SetNotes{Answer: 1, Notes: "Bổ sung"}, refs: []model.Ref{rA(1)}},
		{name: "the same notes change nothing", setup: noted, cmd: model.SetNotes{Answer: 1, Notes: " Sở sẽ mở lớp \x1b[0m"}},
		{name: "clearing them", setup: noted, cmd: model.SetNotes{Answer: 1, Notes: "\n\n"}, refs: []model.Ref{rA(1)}},
		{name: "notes of 20,000 characters", setup: fxAnswering, cmd: model.SetNotes{Answer: 1, Notes: repeat("ễ", model.MaxNoteLen)}, refs: []model.Ref{rA(1)}},
		{name: "no such answer", setup: fxAnswering, cmd: model.SetNotes{Answer: 2, Notes: "x"}, code: model.ErrNoSuchAnswer, args: []any{2}},
		{name: "answer 0", setup: fxBase, cmd: model.SetNotes{Answer: 0, Notes: "x"}, code: model.ErrNoSuchAnswer, args: []any{0}},
		{name: "20,001 characters", setup: fxAnswering, cmd: model.SetNotes{Answer: 1, Notes: repeat("ễ", model.MaxNoteLen+1)}, code: model.ErrTooLong, args: []any{"notes", model.MaxNoteLen}},
		// Base: the stored text the new notes were written from.
		{name: "written from what is stored", setup: noted, cmd: model.SetNotes{Answer: 1, Notes: "Sở sẽ mở lớp kỹ năng số", Base: model.BaseOf("Sở sẽ mở lớp")}, refs: []model.Ref{rA(1)}},
		{name: "written from empty notes", setup: fxAnswering, cmd: model.SetNotes{Answer: 1, Notes: "Sở sẽ", Base: model.BaseOf("")}, refs: []model.Ref{rA(1)}},
		{name: "the base is cleaned like the notes", setup: noted, cmd: model.SetNotes{Answer: 1, Notes: "Sở sẽ mở lớp số", Base: model.BaseOf(" Sở sẽ mở lớp\x1b[0m\n")}, refs: []model.Ref{rA(1)}},
		{name: "written from text an undo took back", setup: noted, cmd: model.SetNotes{Answer: 1, Notes: "Sở sẽ mở lớp kỹ năng số", Base: model.BaseOf("Sở sẽ mở lớp kỹ")}, code: model.ErrNotesChanged, args: []any{1}},
		{name: "written from empty notes someone has since filled", setup: noted, cmd: model.SetNotes{Answer: 1, Notes: "Công an", Base: model.BaseOf("")}, code: model.ErrNotesChanged, args: []any{1}},
		{name: "a stale base asking for what is stored changes nothing", setup: noted, cmd: model.SetNotes{Answer: 1, Notes: "Sở sẽ mở lớp", Base: model.BaseOf("khác")}},
	}
}

// A floor that points at nothing (a damaged or hand-edited file) refuses
// every command instead of panicking.
func TestBrokenFloorIsRefused(t *testing.T) {
	for name, m := range map[string]*model.Meeting{
		"answering a missing answer": func() *model.Meeting {
			m := *fxAnswering(t)
			m.Floor.Answer = 99
			return &m
		}(),
		"asking nobody": func() *model.Meeting {
			m := *fxBase(t)
			m.Floor = model.Floor{State: model.FloorAsking}
			return &m
		}(),
		"unknown state": func() *model.Meeting {
			m := *fxBase(t)
			m.Floor = model.Floor{State: "dancing"}
			return &m
		}(),
	} {
		for _, cmd := range []model.Command{model.StartAnswer{Department: "DST"}, model.EndAnswer{}, model.Postpone{}, model.ToggleClock{}, model.CallNext{}} {
			got, refs, err := model.Apply(m, cmd, at(1))
			if model.CodeOf(err) != model.ErrBrokenFloor || got != m || refs != nil {
				t.Errorf("%s, %s: err %v", name, cmd.Verb(), err)
			}
		}
	}
}

func setDisplayCases() []applyCase {
	blanked := func(t testing.TB) *model.Meeting {
		return build(t, fxBase(t), step{model.SetDisplay{Mode: model.DisplayBlank}, at(1)})
	}
	return []applyCase{
		{name: "blank the projector", setup: fxBase, cmd: model.SetDisplay{Mode: model.DisplayBlank}, refs: []model.Ref{rStage},
			check: func(t *testing.T, _, m *model.Meeting) {
				if m.Stage.Display != model.DisplayBlank {
					t.Errorf("display %q", m.Stage.Display)
				}
			}},
		{name: "title card", setup: blanked, cmd: model.SetDisplay{Mode: model.DisplayTitle}, refs: []model.Ref{rStage}},
		{name: "back to the floor", setup: blanked, cmd: model.SetDisplay{Mode: model.DisplayLive}, refs: []model.Ref{rStage}},
		{name: "already so", setup: blanked, cmd: model.SetDisplay{Mode: model.DisplayBlank}},
		{name: "unknown mode", setup: fxBase, cmd: model.SetDisplay{Mode: "disco"}, code: model.ErrBadDisplayMode, args: []any{"disco"}},
	}
}

func sendNoteCases() []applyCase {
	return []applyCase{
		{name: "a note to the moderator", setup: fxBase, cmd: model.SendNote{From: "clerk", Text: "Công an tỉnh xin trả lời gộp 7 và 9\x1b]0;x\x07"}, refs: []model.Ref{rStage},
			check: func(t *testing.T, _, m *model.Meeting) {
				n := m.Stage.OpenNotes()
				if len(n) != 1 || n[0].Text != "Công an tỉnh xin trả lời gộp 7 và 9" || n[0].ID != 1 || n[0].From != "clerk" {
					t.Errorf("notes %+v", n)
				}
			}},
		{name: "empty", setup: fxBase, cmd: model.SendNote{Text: " \x07 "}, code: model.ErrEmptyText},
		{name: "too long", setup: fxBase, cmd: model.SendNote{Text: repeat("ơ", model.MaxBackstageLen+1)}, code: model.ErrTooLong, args: []any{"note", model.MaxBackstageLen}},
	}
}

func dismissNoteCases() []applyCase {
	sent := func(t testing.TB) *model.Meeting {
		return build(t, fxBase(t), step{model.SendNote{Text: "Gộp 7 và 9"}, at(1)})
	}
	return []applyCase{
		{name: "dismissed", setup: sent, cmd: model.DismissNote{ID: 1}, refs: []model.Ref{rStage},
			check: func(t *testing.T, _, m *model.Meeting) {
				if len(m.Stage.OpenNotes()) != 0 || len(m.Stage.Notes) != 1 {
					t.Errorf("notes %+v", m.Stage.Notes)
				}
			}},
		{name: "twice changes nothing", setup: func(t testing.TB) *model.Meeting {
			return build(t, sent(t), step{model.DismissNote{ID: 1}, at(2)})
		}, cmd: model.DismissNote{ID: 1}},
		{name: "no such note", setup: sent, cmd: model.DismissNote{ID: 2}, code: model.ErrNoSuchNote, args: []any{2}},
	}
}

var twoItems = []model.AgendaItem{{Title: "Khai mạc", Planned: 10 * time.Minute}, {Title: "Đối thoại", Planned: 90 * time.Minute, Dialogue: true}}

func withAgenda(t testing.TB) *model.Meeting {
	return build(t, fxBase(t), step{model.SetAgenda{Items: twoItems}, at(0)})
}

func setAgendaCases() []applyCase {
	return []applyCase{
		{name: "a run of show", setup: fxBase, cmd: model.SetAgenda{Items: twoItems}, refs: []model.Ref{rAgenda}},
		{name: "replaced before it starts", setup: withAgenda, cmd: model.SetAgenda{Items: twoItems[:1]}, refs: []model.Ref{rAgenda}},
		{name: "not once started", setup: func(t testing.TB) *model.Meeting {
			return build(t, withAgenda(t), step{model.NextAgendaItem{}, at(1)})
		}, cmd: model.SetAgenda{Items: twoItems}, code: model.ErrAgendaStarted},
		{name: "an item without a title", setup: fxBase, cmd: model.SetAgenda{Items: []model.AgendaItem{{Planned: time.Minute}}}, code: model.ErrEmptyItemTitle},
		{name: "an item without a duration", setup: fxBase, cmd: model.SetAgenda{Items: []model.AgendaItem{{Title: "Bế mạc"}}}, code: model.ErrBadPlanned, args: []any{1, 600}},
		{name: "two dialogue items", setup: fxBase, cmd: model.SetAgenda{Items: append(twoItems[1:], twoItems[1])}, code: model.ErrTwoDialogues, args: []any{1, 2}},
		{name: "too many items", setup: fxBase, cmd: model.SetAgenda{Items: make([]model.AgendaItem, model.MaxAgendaItems+1)}, code: model.ErrTooLong, args: []any{"agenda", model.MaxAgendaItems}},
	}
}

func nextAgendaCases() []applyCase {
	started := func(t testing.TB) *model.Meeting {
		return build(t, withAgenda(t), step{model.NextAgendaItem{}, at(1)})
	}
	return []applyCase{
		{name: "the first item starts", setup: withAgenda, cmd: model.NextAgendaItem{}, refs: []model.Ref{rAgenda},
			check: func(t *testing.T, _, m *model.Meeting) {
				if it := m.Agenda.Item(); it == nil || it.Title != "Khai mạc" || it.Start.IsZero() {
					t.Errorf("item %+v", it)
				}
			}},
		{name: "the next ends the current", setup: started, cmd: model.NextAgendaItem{}, refs: []model.Ref{rAgenda},
			check: func(t *testing.T, _, m *model.Meeting) {
				if m.Agenda.Items[0].End.IsZero() || m.Agenda.Item().Title != "Đối thoại" {
					t.Errorf("agenda %+v", m.Agenda)
				}
			}},
		{name: "no agenda", setup: fxBase, cmd: model.NextAgendaItem{}, code: model.ErrNoAgenda},
		{name: "the last ends: the meeting closes", setup: func(t testing.TB) *model.Meeting {
			return build(t, started(t), step{model.NextAgendaItem{}, at(2)})
		}, cmd: model.NextAgendaItem{}, now: at(3), refs: []model.Ref{rHeader, rAgenda},
			check: func(t *testing.T, _, m *model.Meeting) {
				if !m.Header.End.Equal(at(3)) || !m.MinutesTime().Equal(at(3)) {
					t.Errorf("closed at %v, minutes as of %v", m.Header.End, m.MinutesTime())
				}
			}},
		{name: "the last ends: a close already recorded stays", setup: func(t testing.TB) *model.Meeting {
			m := build(t, started(t), step{model.NextAgendaItem{}, at(2)})
			h := m.Header
			h.End = at(2)
			return build(t, m, step{model.SetHeader{Header: h}, at(2)})
		}, cmd: model.NextAgendaItem{}, now: at(3), refs: []model.Ref{rAgenda}},
		{name: "after the last", setup: func(t testing.TB) *model.Meeting {
			return build(t, started(t), step{model.NextAgendaItem{}, at(2)}, step{model.NextAgendaItem{}, at(3)})
		}, cmd: model.NextAgendaItem{}, code: model.ErrAgendaDone},
	}
}

func TestAgendaReckoning(t *testing.T) {
	m := build(t, withAgenda(t), step{model.NextAgendaItem{}, at(0)})
	// 15 minutes into a 10-minute opening: it has run over, so it ends now.
	now := at(0).Add(15 * time.Minute)
	if got := m.Agenda.Left(now); got != -5*time.Minute {
		t.Errorf("left %v", got)
	}
	if got := m.Agenda.ExpectedEnd(now); !got.Equal(now.Add(90 * time.Minute)) {
		t.Errorf("expected end %v, want now + 90m", got)
	}
	if end, ok := m.DialogueEnd(now); !ok || !end.Equal(now.Add(90*time.Minute)) {
		t.Errorf("dialogue end %v %v", end, ok)
	}
	m = build(t, m, step{model.NextAgendaItem{}, now})
	if end, ok := m.DialogueEnd(now.Add(time.Hour)); !ok || !end.Equal(now.Add(90*time.Minute)) {
		t.Errorf("under way: dialogue end %v", end)
	}
}

func grouped(t testing.TB) *model.Meeting {
	return build(t, fxBase(t), step{model.CallGroup{IDs: []int{1, 2, 3}}, at(1)})
}

func callGroupCases() []applyCase {
	return []applyCase{
		{name: "three askers, one after another", setup: fxBase, cmd: model.CallGroup{IDs: []int{2, 1, 2, 3}},
			refs: []model.Ref{rQ(1), rQ(2), rQ(3), rQueue, rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				if s := m.Speaker(); s == nil || s.ID != 1 || !s.Speaking.Running() {
					t.Errorf("speaker %+v, want 1: the queue's first of the group, not the first marked", s)
				}
				if m.Question(2).Status != model.StatusAwaiting || m.Queue.Len() != 0 {
					t.Errorf("statuses or queue wrong: %v %v", m.Question(2).Status, m.Queue)
				}
			}},
		{name: "they speak in queue order, not the order marked", setup: func(t testing.TB) *model.Meeting {
			return build(t, fxBase(t), step{model.MoveQuestion{ID: 3, By: -2}, at(1)}) // queue 3, 1, 2
		}, cmd: model.CallGroup{IDs: []int{2, 1, 3}},
			refs: []model.Ref{rQ(1), rQ(2), rQ(3), rQueue, rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				if got := m.Floor.Questions; !slices.Equal(got, []int{3, 1, 2}) {
					t.Errorf("floor %v, want the queue's order 3, 1, 2", got)
				}
				if s := m.Speaker(); s == nil || s.ID != 3 || s.Status != model.StatusAsking {
					t.Errorf("speaker %+v, want 3", s)
				}
			}},
		{name: "the rest of the queue keeps its order", setup: fxBase, cmd: model.CallGroup{IDs: []int{3, 1}},
			refs: []model.Ref{rQ(1), rQ(3), rQueue, rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				if got := m.Floor.Questions; !slices.Equal(got, []int{1, 3}) {
					t.Errorf("floor %v, want 1, 3", got)
				}
				if !slices.Equal(m.Queue.Slice(), []int{2}) {
					t.Errorf("queue %v", m.Queue)
				}
			}},
		{name: "one is not a group", setup: fxBase, cmd: model.CallGroup{IDs: []int{1, 1}}, code: model.ErrGroupTooSmall},
		{name: "someone is speaking", setup: fxAsking, cmd: model.CallGroup{IDs: []int{2, 3}}, code: model.ErrFloorBusy, args: []any{1}},
		{name: "not waiting", setup: fxAsking, cmd: model.CallGroup{IDs: []int{2, 3}}, code: model.ErrFloorBusy, args: []any{1}},
		{name: "no such question", setup: fxBase, cmd: model.CallGroup{IDs: []int{1, 9}}, code: model.ErrNoSuchQuestion, args: []any{9}},
	}
}

func nextSpeakerCases() []applyCase {
	return []applyCase{
		{name: "the second asker speaks", setup: grouped, cmd: model.NextSpeaker{}, refs: []model.Ref{rQ(1), rQ(2), rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				if s := m.Speaker(); s == nil || s.ID != 2 {
					t.Errorf("speaker %+v", s)
				}
				if q := m.Question(1); q.Status != model.StatusAwaiting || q.Speaking.Running() {
					t.Errorf("first asker %+v", q)
				}
			}},
		{name: "after the last", setup: func(t testing.TB) *model.Meeting {
			return build(t, grouped(t), step{model.NextSpeaker{}, at(2)}, step{model.NextSpeaker{}, at(3)})
		}, cmd: model.NextSpeaker{}, code: model.ErrGroupDone},
		{name: "nobody speaking", setup: fxBase, cmd: model.NextSpeaker{}, code: model.ErrNothingOnFloor},
	}
}

func answerAgainCases() []applyCase {
	groupAnswered := func(t testing.TB) *model.Meeting {
		return build(t, grouped(t), step{model.StartAnswer{Department: "DST"}, at(2)}, step{model.EndAnswer{}, at(3)})
	}
	return []applyCase{
		{name: "a second department answers the group", setup: groupAnswered, cmd: model.AnswerAgain{Department: "CA"},
			refs: []model.Ref{rA(2), rFloor},
			check: func(t *testing.T, _, m *model.Meeting) {
				a := m.FloorAnswer()
				if a == nil || a.Department != "CA" || len(a.Questions) != 3 {
					t.Errorf("answer %+v", a)
				}
			}},
		{name: "no answer yet", setup: fxBase, cmd: model.AnswerAgain{Department: "CA"}, code: model.ErrNoAnswerToRepeat},
		{name: "while answering", setup: fxAnswering, cmd: model.AnswerAgain{Department: "CA"}, code: model.ErrAnswerRunning, args: []any{"DST"}},
		{name: "unknown department", setup: groupAnswered, cmd: model.AnswerAgain{Department: "XX"}, code: model.ErrUnknownDepartment, args: []any{"XX"}},
	}
}
