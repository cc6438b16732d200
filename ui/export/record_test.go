package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
)

// apply runs the steps on m, each a minute after the one before from at.
func apply(t *testing.T, m *model.Meeting, at time.Time, cmds ...model.Command) *model.Meeting {
	t.Helper()
	for i, c := range cmds {
		var err error
		if m, _, err = model.Apply(m, c, at.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatalf("step %d (%s): %v", i+1, c.Verb(), err)
		}
	}
	return m
}

func fresh(t *testing.T) *model.Meeting {
	t.Helper()
	m, err := demo.Meeting(demo.Registered)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

var at8 = time.Date(2023, 3, 23, 8, 5, 0, 0, demo.Date.Location())

// twoDepartments: question 2 answered by GDDT, with a commitment, then by
// LDTBXH on the spot.
func twoDepartments(t *testing.T) *model.Meeting {
	return apply(t, fresh(t), at8,
		model.Call{ID: 2},
		model.StartAnswer{Department: "GDDT"},
		model.SetNotes{Answer: 1, Notes: "GDDT nói về học bổng của ngành giáo dục."},
		model.SetOutcome{Answer: 1, Outcome: model.OutcomeCommitment, What: "Trình đề án học bổng CNTT", Deadline: time.Date(2026, 12, 31, 0, 0, 0, 0, demo.Date.Location())},
		model.EndAnswer{},
		model.AnswerAgain{Department: "LDTBXH"},
		model.SetNotes{Answer: 2, Notes: "LĐTBXH nói về việc làm sau tốt nghiệp."},
		model.EndAnswer{},
	)
}

func TestTwoDepartmentsEachWithTheirOwnOutcome(t *testing.T) {
	m := twoDepartments(t)
	rs := m.Responses(2)
	if len(rs) != 2 || rs[0].Department != "GDDT" || rs[0].Outcome != model.OutcomeCommitment || rs[0].FollowUp == nil ||
		rs[1].Department != "LDTBXH" || rs[1].Outcome != model.OutcomeAnswered || rs[1].FollowUp != nil {
		t.Fatalf("responses %+v", rs)
	}
	md := string(Markdown(m, demo.AsOf))
	item := md[strings.Index(md, "### 2. "):]
	item = item[:strings.Index(item, "\n### ")]
	for _, want := range []string{
		"- **Đơn vị trả lời:** Sở Giáo dục và Đào tạo\n  - **Người trả lời:** Phạm Thị Hòa, Phó Giám đốc Sở\n  - **Tóm tắt trả lời:** GDDT nói về học bổng",
		"Cam kết thực hiện: Trình đề án học bổng CNTT\n  - **Hạn:** 31/12/2026",
		"- **Đơn vị trả lời:** Sở Lao động - Thương binh và Xã hội\n  - **Người trả lời:** Vũ Đức Long, Phó Giám đốc Sở\n  - **Tóm tắt trả lời:** LĐTBXH nói về việc làm",
	} {
		if !strings.Contains(item, want) {
			t.Errorf("question 2's minutes lack %q:\n%s", want, item)
		}
	}
	// After LDTBXH's part, nothing of GDDT's commitment.
	if l := item[strings.Index(item, "Sở Lao động"):]; strings.Contains(l, "Cam kết") || strings.Contains(l, "31/12/2026") {
		t.Errorf("LDTBXH's part carries GDDT's commitment:\n%s", l)
	}
	// The CSV labels each department's part.
	rows := readCSV(t, QuestionsCSV(m, demo.AsOf))
	var row []string
	for _, r := range rows {
		if r[0] == "2" {
			row = r
		}
	}
	joined := strings.Join(row, "|")
	for _, want := range []string{"Sở Giáo dục và Đào tạo: Cam kết thực hiện: Trình đề án học bổng CNTT; Sở Lao động - Thương binh và Xã hội: ", "Sở Giáo dục và Đào tạo: 2026-12-31"} {
		if !strings.Contains(joined, want) {
			t.Errorf("the CSV row lacks %q: %q", want, row)
		}
	}
}

// A group of four answered by CA and then TTTT: each question shows both
// departments' parts, each with its own notes and the questions answered
// together.
func TestGroupAnsweredByTwoDepartments(t *testing.T) {
	m := apply(t, fresh(t), at8,
		model.CallGroup{IDs: []int{14, 15, 16, 17}},
		model.NextSpeaker{}, model.NextSpeaker{}, model.NextSpeaker{},
		model.StartAnswer{Department: "CA"},
		model.SetNotes{Answer: 1, Notes: "Công an: cảnh giác lừa đảo."},
		model.EndAnswer{},
		model.AnswerAgain{Department: "TTTT"},
		model.SetNotes{Answer: 2, Notes: "TTTT: cuộc thi an toàn thông tin."},
		model.SetOutcome{Answer: 2, Outcome: model.OutcomeCommitment, What: "Tổ chức cuộc thi", Deadline: time.Date(2023, 10, 1, 0, 0, 0, 0, demo.Date.Location())},
		model.EndAnswer{},
	)
	md := string(Markdown(m, demo.AsOf))
	if !strings.Contains(md, "  - **Ý kiến số:** 15, 16, 17\n") {
		t.Error("question 14 does not name the questions answered with it")
	}
	for _, id := range []string{"14", "15", "16", "17"} {
		item := md[strings.Index(md, "### "+id+". "):]
		item = item[:strings.Index(item, "\n### ")]
		ca, tt := strings.Index(item, "Công an tỉnh\n"), strings.Index(item, "Sở Thông tin và Truyền thông\n")
		if ca < 0 || tt < ca {
			t.Fatalf("question %s: CA then TTTT expected:\n%s", id, item)
		}
		caPart, ttPart := item[ca:tt], item[tt:]
		if !strings.Contains(caPart, "Công an: cảnh giác") || strings.Contains(caPart, "TTTT:") || strings.Contains(caPart, "Cam kết") {
			t.Errorf("question %s, CA's part:\n%s", id, caPart)
		}
		if !strings.Contains(ttPart, "TTTT: cuộc thi") || strings.Contains(ttPart, "Công an:") || !strings.Contains(ttPart, "Cam kết thực hiện: Tổ chức cuộc thi") {
			t.Errorf("question %s, TTTT's part:\n%s", id, ttPart)
		}
		if !strings.Contains(caPart, "  - **Ý kiến số:** ") || strings.Contains(caPart, "Ý kiến số:** "+id) {
			t.Errorf("question %s: the questions answered together are not named:\n%s", id, caPart)
		}
	}
}

// The minutes are as of the meeting's close: exported on two different
// days, the same bytes; the follow-ups as they stood then (the reply of
// 5 April is not in them), none overdue.
func TestMinutesAreFrozenAtTheClose(t *testing.T) {
	m := played(t)
	for _, f := range []func(*model.Meeting, time.Time) []byte{Markdown, QuestionsCSV} {
		a, b := f(m, demo.AsOf), f(m, time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC))
		if !bytes.Equal(a, b) {
			t.Errorf("two days, two documents:\n%s", firstDiff(a, b))
		}
	}
	md := string(Markdown(m, demo.AsOf))
	for _, bad := range []string{"QUÁ HẠN", "215/SLĐTBXH-VP", "20/04/2023", "Đã gửi bản sao"} {
		if strings.Contains(md, bad) {
			t.Errorf("the minutes hold %q, after the close", bad)
		}
	}
	// Closed: the close is the minutes' moment and the end of their span.
	h := m.Header
	h.End = time.Date(2023, 3, 23, 11, 25, 0, 0, demo.Date.Location())
	closed := apply(t, m, demo.AsOf, model.SetHeader{Header: h})
	md = string(Markdown(closed, demo.AsOf))
	if !strings.Contains(md, "08:05 – 11:25") || !strings.Contains(md, "23/03/2023") {
		t.Errorf("closed minutes:\n%s", md[:600])
	}
	// The ledger is as of its day: the reply, and the overdue written answer.
	ledger := string(FollowUpsCSV(m, demo.AsOf))
	if !strings.Contains(ledger, "215/SLĐTBXH-VP") {
		t.Error("the ledger lacks the reply")
	}
	if bytes.Equal(FollowUpsCSV(m, demo.AsOf), FollowUpsCSV(m, demo.Registered)) {
		t.Error("the ledger does not depend on its day")
	}
}

func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return la[i] + "\n" + lb[i]
		}
	}
	return "lengths differ"
}

func TestConclusionsAddressedOrderedEditedRemovedUndone(t *testing.T) {
	m := played(t)
	md := string(Markdown(m, demo.AsOf))
	for _, want := range []string{
		"1. **Sở Thông tin và Truyền thông:** Chủ trì",
		"3. **Các sở, ngành:** Nghiêm túc tiếp thu",
		"4. **Tỉnh Đoàn Hưng Yên:** Đẩy mạnh",
		"5. **Thanh niên:** Hoàn thành việc chuẩn hóa",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the minutes lack %q", want)
		}
	}
	cs := m.Conclusions()
	last := cs[len(cs)-1]
	m2 := apply(t, m, demo.AsOf,
		model.MoveConclusion{ID: last.ID, By: -4},
		model.EditFollowUp{ID: cs[0].ID, Department: "TTTT", Also: []string{"TD"}, What: "Tập huấn kỹ năng số"},
		model.RemoveConclusion{ID: cs[1].ID},
	)
	md = string(Markdown(m2, demo.AsOf))
	for _, want := range []string{
		"1. **Thanh niên:** Hoàn thành",
		"2. **Sở Thông tin và Truyền thông, Tỉnh Đoàn Hưng Yên:** Tập huấn kỹ năng số",
		"3. **Các sở, ngành:**",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("after move, edit and remove, the minutes lack %q", want)
		}
	}
	if strings.Contains(md, "Tham mưu UBND tỉnh cơ chế hỗ trợ") {
		t.Error("the removed conclusion is still there")
	}
}

func TestCommendationsInTheMinutesAndThroughJSON(t *testing.T) {
	m := played(t)
	md := string(Markdown(m, demo.AsOf))
	for _, want := range []string{"## Khen thưởng", "**Tập thể** (5)", "**Cá nhân** (7)", "1. Đoàn Thanh niên Công an tỉnh, Quyết định số 512/QĐ-UBND"} {
		if !strings.Contains(md, want) {
			t.Errorf("the minutes lack %q", want)
		}
	}
	b, err := JSON(m)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"issuer": "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"`, `"minutes_number": "05/BB-UBND"`, `"place_name": "Hưng Yên"`, `"secretary": {`, `"attendees": [`, `"youth_delegates": 200`, `"recipients": [`, `"commendations": [`, `"to": "all_departments"`, `"order": 5`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the JSON lacks %s", want)
		}
	}
	back, changes, err := ImportJSON(b)
	if err != nil || len(changes) > 0 {
		t.Fatal(err, changes)
	}
	if len(back.Commendations) != 12 || back.Header.Secretary != m.Header.Secretary {
		t.Errorf("read back %+v", back.Commendations)
	}
	b2, err := JSON(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Errorf("not the same bytes through a round trip:\n%s", firstDiff(b, b2))
	}
}
