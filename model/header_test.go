package model_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"podium/model"
)

// headerCases are SetHeader's checks beyond the title: each refusal names
// the field, and a per-kind speaking limit is kept.
func headerCases() []applyCase {
	h := func(f func(*model.Header)) model.SetHeader {
		hd := model.Header{Title: "T", Date: t0}
		f(&hd)
		return model.SetHeader{Header: hd}
	}
	return []applyCase{
		{name: "a long topic is named", setup: fxBase, cmd: h(func(h *model.Header) { h.Topic = long10k }),
			code: model.ErrTooLong, args: []any{"topic", model.MaxLineLen}},
		{name: "a long secretary's role is named", setup: fxBase, cmd: h(func(h *model.Header) { h.Secretary.Role = long10k }),
			code: model.ErrTooLong, args: []any{"secretary_role", model.MaxLineLen}},
		{name: "a long attendee's unit is named", setup: fxBase, cmd: h(func(h *model.Header) { h.Attendees = []model.Person{{Unit: long10k}} }),
			code: model.ErrTooLong, args: []any{"attendee_unit", model.MaxLineLen}},
		{name: "a long recipient is named", setup: fxBase, cmd: h(func(h *model.Header) { h.Recipients = []string{long10k} }),
			code: model.ErrTooLong, args: []any{"recipient", model.MaxLineLen}},
		{name: "speaking limit over an hour", setup: fxBase, cmd: h(func(h *model.Header) { h.SpeakLimit = time.Hour + time.Second }),
			code: model.ErrLimitRange, args: []any{"speak_limit"}},
		{name: "answer limit under ten seconds", setup: fxBase, cmd: h(func(h *model.Header) { h.AnswerLimit = 9 * time.Second }),
			code: model.ErrLimitRange, args: []any{"answer_limit"}},
		{name: "a proposal's limit over an hour", setup: fxBase,
			cmd:  h(func(h *model.Header) { h.KindLimits = h.KindLimits.With(model.KindProposal, 2*time.Hour) }),
			code: model.ErrLimitRange, args: []any{"limit_proposal"}},
		{name: "a negative kind's limit", setup: fxBase,
			cmd:  h(func(h *model.Header) { h.KindLimits = h.KindLimits.With(model.KindQuestion, -time.Second) }),
			code: model.ErrBadLimit},
		{name: "negative youth delegates", setup: fxBase, cmd: h(func(h *model.Header) { h.YouthDelegates = -1 }),
			code: model.ErrBadCount, args: []any{"youth_delegates", model.MaxYouthDelegates}},
		{name: "a planned end before the start", setup: fxBase, cmd: h(func(h *model.Header) { h.PlannedEnd = t0.Add(-time.Minute) }),
			code: model.ErrEndBeforeStart, args: []any{"planned_end"}},
		{name: "an end before the start", setup: fxBase, cmd: h(func(h *model.Header) { h.End = t0.Add(-time.Hour) }),
			code: model.ErrEndBeforeStart, args: []any{"end"}},
		{
			name:  "keeps a proposal's own limit, drops empty list lines",
			setup: fxBase,
			cmd: h(func(h *model.Header) {
				h.KindLimits = h.KindLimits.With(model.KindProposal, 4*time.Minute)
				h.PlannedEnd, h.End = at(180), at(200)
				h.Attendees = []model.Person{{Name: "A"}, {}, {Role: "Đại diện Tỉnh Đoàn"}}
				h.Recipients = []string{"", "Lưu: VT"}
				h.YouthDelegates = 200
			}),
			refs: []model.Ref{rHeader},
			check: func(t *testing.T, _, m *model.Meeting) {
				hd := m.Header
				if got := hd.SpeakLimitFor(model.KindProposal); got != 4*time.Minute {
					t.Errorf("a proposal's limit %v, want 4m", got)
				}
				if got := hd.SpeakLimitFor(model.KindQuestion); got != model.DefaultSpeakLimit {
					t.Errorf("a question's limit %v, want the meeting's 3m", got)
				}
				if len(hd.Attendees) != 2 || len(hd.Recipients) != 1 {
					t.Errorf("attendees %v, recipients %q: the empty lines should go", hd.Attendees, hd.Recipients)
				}
			},
		},
	}
}

// A header without per-kind limits is written as before (no
// "kind_limits"), and one with them reads back the same.
func TestKindLimitsJSON(t *testing.T) {
	b, err := json.Marshal(model.Header{Title: "T"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "kind_limits") {
		t.Errorf("a header without kind limits writes them: %s", b)
	}
	h := model.Header{Title: "T", SpeakLimit: time.Minute}
	h.KindLimits = h.KindLimits.With(model.KindRecommendation, 2*time.Minute)
	b, err = json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"kind_limits":{"recommendation":120000000000}`) {
		t.Errorf("kind limits written as %s", b)
	}
	var back model.Header
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.SpeakLimitFor(model.KindRecommendation) != 2*time.Minute || back.SpeakLimitFor(model.KindProposal) != time.Minute {
		t.Errorf("read back %+v", back.KindLimits)
	}
	// An old file's header (no kind_limits) reads with none.
	var old model.Header
	if err := json.Unmarshal([]byte(`{"title":"T","speak_limit":180000000000,"answer_limit":300000000000}`), &old); err != nil {
		t.Fatal(err)
	}
	if old.SpeakLimitFor(model.KindProposal) != 3*time.Minute {
		t.Errorf("an old header's proposal limit %v, want its speaking limit", old.SpeakLimitFor(model.KindProposal))
	}
}

// Before any question is done, the pace guesses each waiting question's
// own kind's speaking limit: two at 3:00 and a proposal at 6:00 average
// 4:00, plus the 5:00 answer.
func TestPaceGuessesTheWaitingKindsLimits(t *testing.T) {
	m := fxBase(t) // three waiting questions
	if m.Queue.Len() != 3 {
		t.Fatalf("fixture queue %v", m.Queue)
	}
	q := m.Question(m.Queue.At(2))
	h := m.Header
	h.KindLimits = h.KindLimits.With(model.KindProposal, 6*time.Minute)
	m = build(t, m, step{model.EditQuestion{ID: q.ID, Asker: q.Asker, Kind: model.KindProposal, Text: q.Text, Departments: q.Departments}, at(0)},
		step{model.SetHeader{Header: h}, at(0)}, step{model.SetAgenda{Items: twoItems}, at(0)})
	if got := m.QueueSpeakLimit(); got != 4*time.Minute {
		t.Errorf("the waiting questions' limit %v, want 4:00", got)
	}
	if p := m.Pace(at(0)); !p.Estimated || p.PerQuestion != 9*time.Minute {
		t.Errorf("pace %+v, want 9:00 a question", p)
	}
}
