package model_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"podium/model"
)

// t0 is the opening of the demo meeting; every fixture's time is an offset
// from it, so every test is deterministic.
var t0 = time.Date(2023, 3, 25, 8, 0, 0, 0, time.UTC)

func at(n int) time.Time { return t0.Add(time.Duration(n) * time.Minute) }

// dump is the meeting as JSON, the deep form every "nothing changed" check
// compares.
func dump(t testing.TB, m *model.Meeting) string {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatalf("marshal meeting: %v", err)
	}
	return string(b)
}

func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// deepCopy returns an independent copy of m, for building broken or
// hand-made meetings without touching a fixture.
func deepCopy(t testing.TB, m *model.Meeting) *model.Meeting {
	t.Helper()
	var c model.Meeting
	if err := json.Unmarshal([]byte(dump(t, m)), &c); err != nil {
		t.Fatalf("unmarshal meeting: %v", err)
	}
	return &c
}

// step is one command at one time, for building fixtures.
type step struct {
	cmd model.Command
	at  time.Time
}

// build applies steps to m, failing the test on any refusal or broken
// invariant.
func build(t testing.TB, m *model.Meeting, steps ...step) *model.Meeting {
	t.Helper()
	for i, s := range steps {
		next, _, err := model.Apply(m, s.cmd, s.at)
		if err != nil {
			t.Fatalf("fixture step %d (%s %+v): %v", i, s.cmd.Verb(), s.cmd, err)
		}
		if errs := model.Check(next); errs != nil {
			t.Fatalf("fixture step %d (%s): invariants: %v", i, s.cmd.Verb(), errs)
		}
		m = next
	}
	return m
}

var demoHeader = model.Header{
	Title: "Đối thoại giữa Chủ tịch UBND tỉnh với thanh niên",
	Topic: "Thanh niên Hưng Yên với chuyển đổi số",
	Venue: "Hưng Yên",
	Chair: model.Person{Name: "Nguyễn Duy Hưng", Role: "Phó Chủ tịch UBND tỉnh"},
}

// fxBase is an idle meeting with three departments (DST, CA, SGD) and three
// waiting questions: 1 addresses DST, 2 addresses CA, 3 addresses nobody.
func fxBase(t testing.TB) *model.Meeting {
	t.Helper()
	return build(t, model.New(demoHeader),
		step{model.AddDepartment{Code: "DST", Name: "Sở Khoa học và Công nghệ", Representative: model.Person{Name: "Trần Văn A", Role: "Giám đốc"}}, t0},
		step{model.AddDepartment{Code: "CA", Name: "Công an tỉnh", Representative: model.Person{Name: "Lê Văn B", Role: "Phó Giám đốc"}}, t0},
		step{model.AddDepartment{Code: "SGD", Name: "Sở Giáo dục và Đào tạo"}, t0},
		step{model.AddQuestion{Asker: model.Person{Name: "Phạm Thị Hoa", Unit: "Văn Lâm"}, Text: "Đào tạo kỹ năng số cho thanh niên nông thôn?", Departments: []string{"DST"}}, t0},
		step{model.AddQuestion{Asker: model.Person{Name: "Vũ Minh Đức", Role: "Chủ nhiệm HTX"}, Kind: model.KindRecommendation, Text: "An toàn thông tin khi bán hàng trực tuyến", Departments: []string{"CA"}}, t0},
		step{model.AddQuestion{Asker: model.Person{Name: "Đỗ Thu Trang"}, Kind: model.KindProposal, Text: "Số hoá di tích Phố Hiến", Channel: model.ChannelFloor}, t0},
	)
}

// fxAsking: question 1 called at 8:01, speaking.
func fxAsking(t testing.TB) *model.Meeting {
	return build(t, fxBase(t), step{model.CallNext{}, at(1)})
}

// fxAnswering: question 1 asked 8:01–8:03, DST answering since 8:03.
func fxAnswering(t testing.TB) *model.Meeting {
	return build(t, fxAsking(t), step{model.StartAnswer{Department: "DST"}, at(3)})
}

// fxAnswered: DST answered question 1, 8:03–8:06; the floor is idle.
func fxAnswered(t testing.TB) *model.Meeting {
	return build(t, fxAnswering(t), step{model.EndAnswer{}, at(6)})
}

// fxEmpty: departments, no questions.
func fxEmpty(t testing.TB) *model.Meeting {
	return build(t, model.New(demoHeader),
		step{model.AddDepartment{Code: "DST", Name: "Sở Khoa học và Công nghệ"}, t0},
	)
}

// fxGroup is hand-made (no command puts several questions on the floor
// yet): DST answering questions 1 and 2 together since 8:05.
func fxGroup(t testing.TB) *model.Meeting {
	t.Helper()
	m := deepCopy(t, fxBase(t))
	for _, id := range []int{1, 2} {
		q := m.Question(id)
		q.Status = model.StatusAwaiting
		q.CalledAt = at(id)
		q.AskedUntil = at(id + 2)
		q.Speaking = model.Clock{Accumulated: 2 * time.Minute}
	}
	m.Queue = model.QueueOf(3)
	m.Answers = []*model.Answer{{ID: 1, Questions: []int{1, 2}, Department: "DST", Clock: model.Clock{RunningSince: at(5)}, Start: at(5)}}
	m.Floor = model.Floor{State: model.FloorAnswering, Questions: []int{1, 2}, Answer: 1}
	if errs := model.Check(m); errs != nil {
		t.Fatalf("fxGroup: %v", errs)
	}
	return m
}

// changed returns the records that differ between a and b (new, gone or
// different), sorted. A nil entry and a missing one are the same: no record.
// Records held by the same pointer in both are equal without a look, since
// Apply never changes a record it has handed out (checked separately).
func changed(a, b *model.Meeting) []model.Ref {
	var out []model.Ref
	single := func(k model.RecordKind, x, y any) {
		if jsonOf(x) != jsonOf(y) {
			out = append(out, model.Ref{Kind: k})
		}
	}
	single(model.RecHeader, a.Header, b.Header)
	single(model.RecQueue, a.Queue, b.Queue)
	single(model.RecFloor, a.Floor, b.Floor)
	single(model.RecStage, a.Stage, b.Stage)
	single(model.RecAgenda, a.Agenda, b.Agenda)
	single(model.RecCommendations, a.Commendations, b.Commendations)
	single(model.RecSubmissionsClosed, a.SubmissionsClosed, b.SubmissionsClosed)
	out = append(out, diffRecords(model.RecDepartment, a.Departments, b.Departments)...)
	out = append(out, diffRecords(model.RecQuestion, a.Questions.Slice(), b.Questions.Slice())...)
	out = append(out, diffRecords(model.RecAnswer, a.Answers, b.Answers)...)
	out = append(out, diffRecords(model.RecFollowUp, a.FollowUps, b.FollowUps)...)
	out = append(out, diffRecords(model.RecSubmission, a.Submissions, b.Submissions)...)
	sortRefs(out)
	return out
}

func diffRecords[T any](k model.RecordKind, a, b []*T) []model.Ref {
	var out []model.Ref
	for i := range max(len(a), len(b)) {
		var x, y *T
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x == y {
			continue
		}
		if x == nil || y == nil || jsonOf(x) != jsonOf(y) {
			out = append(out, model.Ref{Kind: k, ID: i + 1})
		}
	}
	return out
}

func sortRefs(r []model.Ref) {
	slices.SortFunc(r, func(a, b model.Ref) int {
		if a.Kind != b.Kind {
			return int(a.Kind) - int(b.Kind)
		}
		return a.ID - b.ID
	})
}

func sortedRefs(r []model.Ref) []model.Ref {
	c := slices.Clone(r)
	sortRefs(c)
	return c
}

// refsProblems checks refs against what really changed from old to m: no
// duplicates, IDs only where the kind has many, every changed record
// named, and every named record present in m or removed from old.
func refsProblems(old, m *model.Meeting, refs []model.Ref) []string {
	var probs []string
	seen := map[model.Ref]bool{}
	for _, r := range refs {
		if seen[r] {
			probs = append(probs, fmt.Sprintf("ref %s twice", refName(r)))
		}
		seen[r] = true
		switch r.Kind {
		case model.RecHeader, model.RecQueue, model.RecFloor, model.RecStage, model.RecAgenda, model.RecCommendations, model.RecSubmissionsClosed:
			if r.ID != 0 {
				probs = append(probs, fmt.Sprintf("ref %s: a singleton with an ID", refName(r)))
			}
		case model.RecDepartment, model.RecQuestion, model.RecAnswer, model.RecFollowUp, model.RecSubmission:
			if r.ID < 1 {
				probs = append(probs, fmt.Sprintf("ref %s: bad ID", refName(r)))
			}
		default:
			probs = append(probs, fmt.Sprintf("ref %s: unknown kind", refName(r)))
		}
	}
	for _, r := range refs {
		if !exists(m, r) && !exists(old, r) {
			probs = append(probs, fmt.Sprintf("ref %s names no record", refName(r)))
		}
	}
	for _, r := range changed(old, m) {
		if !seen[r] {
			probs = append(probs, fmt.Sprintf("record %s changed but is not in refs %s", refName(r), refsString(refs)))
		}
	}
	return probs
}

func refsString(r []model.Ref) string {
	var b strings.Builder
	for i, x := range sortedRefs(r) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(refName(x))
	}
	return "[" + b.String() + "]"
}

func refName(r model.Ref) string {
	names := map[model.RecordKind]string{
		model.RecHeader: "header", model.RecQueue: "queue", model.RecFloor: "floor", model.RecStage: "stage", model.RecAgenda: "agenda",
		model.RecDepartment: "dept", model.RecQuestion: "q", model.RecAnswer: "a", model.RecFollowUp: "fu",
		model.RecSubmission: "sub", model.RecSubmissionsClosed: "subclosed",
	}
	n, ok := names[r.Kind]
	if !ok {
		n = fmt.Sprintf("kind%d", r.Kind)
	}
	if r.ID != 0 {
		return fmt.Sprintf("%s%d", n, r.ID)
	}
	return n
}

// Short names for expected refs.
var (
	rHeader = model.Ref{Kind: model.RecHeader}
	rQueue  = model.Ref{Kind: model.RecQueue}
	rFloor  = model.Ref{Kind: model.RecFloor}
	rStage  = model.Ref{Kind: model.RecStage}
	rAgenda = model.Ref{Kind: model.RecAgenda}
	rComm   = model.Ref{Kind: model.RecCommendations}
)

func rDept(id int) model.Ref { return model.Ref{Kind: model.RecDepartment, ID: id} }
func rQ(id int) model.Ref    { return model.Ref{Kind: model.RecQuestion, ID: id} }
func rA(id int) model.Ref    { return model.Ref{Kind: model.RecAnswer, ID: id} }
func rFU(id int) model.Ref   { return model.Ref{Kind: model.RecFollowUp, ID: id} }

// exists reports whether r names a record of m.
func exists(m *model.Meeting, r model.Ref) bool {
	switch r.Kind {
	case model.RecDepartment:
		return m.Department(r.ID) != nil
	case model.RecQuestion:
		return m.Question(r.ID) != nil
	case model.RecAnswer:
		return m.Answer(r.ID) != nil
	case model.RecFollowUp:
		return m.FollowUp(r.ID) != nil
	case model.RecSubmission:
		return m.Submission(r.ID) != nil
	}
	return true
}

// grewInPlace reports whether b is a appended to within a's spare
// capacity: memory the old meeting points to, written by the new one.
func grewInPlace[T any](a, b []T) bool {
	return cap(a) > len(a) && len(b) > len(a) && &a[:cap(a)][0] == &b[0]
}

// aliasProblems names the slices of m that Apply grew inside old's.
func aliasProblems(old, m *model.Meeting) []string {
	var probs []string
	for _, c := range []struct {
		name string
		bad  bool
	}{
		{"floor questions", grewInPlace(old.Floor.Questions, m.Floor.Questions)},
		{"departments", grewInPlace(old.Departments, m.Departments)},
		{"answers", grewInPlace(old.Answers, m.Answers)},
		{"follow-ups", grewInPlace(old.FollowUps, m.FollowUps)},
		{"submissions", grewInPlace(old.Submissions, m.Submissions)},
	} {
		if c.bad {
			probs = append(probs, "the new meeting's "+c.name+" grew inside the old one's spare capacity")
		}
	}
	return probs
}
