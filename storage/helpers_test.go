package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"podium/model"
)

var (
	ict = time.FixedZone("ICT", 7*3600)
	t0  = time.Date(2023, 3, 26, 8, 0, 0, 0, ict)
)

// at is t0 plus a number of seconds.
func at(sec int) time.Time { return t0.Add(time.Duration(sec) * time.Second) }

// demoCommands build a small version of the Hưng Yên youth dialogue.
func demoCommands() []model.Command {
	return []model.Command{
		model.AddDepartment{Code: "KHCN", Name: "Sở Khoa học và Công nghệ", Representative: model.Person{Name: "Nguyễn Văn An", Role: "Giám đốc"}},
		model.AddDepartment{Code: "CA", Name: "Công an tỉnh", Representative: model.Person{Name: "Trần Văn Bình", Role: "Phó Giám đốc"}},
		model.AddDepartment{Code: "GDDT", Name: "Sở Giáo dục và Đào tạo", Representative: model.Person{Name: "Lê Thị Cúc", Role: "Giám đốc"}},
		model.AddQuestion{Asker: model.Person{Name: "Phạm Thu Hà", Role: "Bí thư Chi đoàn", Unit: "Văn Lâm"}, Kind: model.KindQuestion, Theme: "Giáo dục số", Text: "Làm thế nào để học sinh nông thôn được học kỹ năng số?", Departments: []string{"GDDT"}},
		model.AddQuestion{Asker: model.Person{Name: "Đỗ Minh Tuấn", Role: "Giám đốc HTX", Unit: "Khoái Châu"}, Kind: model.KindRecommendation, Theme: "Thương mại điện tử", Text: "Đề nghị hỗ trợ đưa nhãn lồng lên sàn thương mại điện tử.", Departments: []string{"KHCN"}},
		model.AddQuestion{Asker: model.Person{Name: "Vũ Thị Lan", Unit: "Mỹ Hào"}, Kind: model.KindProposal, Text: "Đề xuất tập huấn an toàn thông tin cho thanh niên.", Departments: []string{"CA"}, Channel: model.ChannelFloor},
	}
}

func demoMeeting(t testing.TB) *model.Meeting {
	t.Helper()
	m := model.New(model.Header{
		Title: "Đối thoại với thanh niên", Topic: "Thanh niên Hưng Yên với chuyển đổi số",
		Venue: "Hưng Yên", Date: t0, Chair: model.Person{Name: "Phó Chủ tịch UBND tỉnh"},
	})
	for i, c := range demoCommands() {
		var err error
		if m, _, err = model.Apply(m, c, at(i)); err != nil {
			t.Fatalf("demo command %d (%s): %v", i, c.Verb(), err)
		}
	}
	return m
}

// newStore creates a demo meeting file in a fresh temp dir.
func newStore(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "meeting.podium")
	s, err := Create(path, demoMeeting(t), "tester", t0, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func mustApply(t testing.TB, s *Store, cmd model.Command, now time.Time) *model.Meeting {
	t.Helper()
	m, err := s.Apply(cmd, "tester", now)
	if err != nil {
		t.Fatalf("%s: %v", cmd.Verb(), err)
	}
	return m
}

func mustOpen(t testing.TB, path string, opts *Options) *Store {
	t.Helper()
	s, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mjson(t testing.TB, m *model.Meeting) string {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// closedSame closes s and checks that the file reopens as the meeting s
// held.
func closedSame(t testing.TB, s *Store, path, what string) {
	t.Helper()
	mem := s.Meeting()
	s.Close()
	sameMeeting(t, what, reopened(t, path), mem)
}

// importOf is an import of n questions to CA, one asker each.
func importOf(n int) model.ImportQuestions {
	qs := make([]model.AddQuestion, n)
	for i := range qs {
		qs[i] = model.AddQuestion{Asker: model.Person{Name: fmt.Sprint("Đoàn viên ", i)}, Text: "Câu hỏi?", Departments: []string{"CA"}}
	}
	return model.ImportQuestions{File: "cau-hoi.csv", Questions: qs}
}

func sameMeeting(t testing.TB, what string, got, want *model.Meeting) {
	t.Helper()
	if g, w := mjson(t, got), mjson(t, want); g != w {
		t.Fatalf("%s: meetings differ\n got: %s\nwant: %s", what, g, w)
	}
}

func checkModel(t testing.TB, m *model.Meeting) {
	t.Helper()
	for _, err := range model.Check(m) {
		t.Error("model.Check:", err)
	}
}

func checkFile(t testing.TB, path string) {
	t.Helper()
	for _, err := range Check(path) {
		t.Error("Check:", err)
	}
}

func wantCode(t testing.TB, err error, code Code) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("got error %v (%T), want *storage.Error %s", err, err, code)
	}
	if e.Code != code {
		t.Fatalf("got code %s (%v), want %s", e.Code, e, code)
	}
	return e
}

func logLen(t testing.TB, s *Store) int {
	t.Helper()
	n := 0
	if err := s.Log(func(LogEntry) bool { n++; return true }); err != nil {
		t.Fatal(err)
	}
	return n
}

func newest(t testing.TB, s *Store) LogEntry {
	t.Helper()
	var e LogEntry
	if err := s.Log(func(x LogEntry) bool { e = x; return false }); err != nil {
		t.Fatal(err)
	}
	return e
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
