package export

import (
	"fmt"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
)

// bigMeeting is the demo with 10,000 more questions, 3,000 of them
// answered with notes, every fifth answer a commitment.
func bigMeeting(b *testing.B) *model.Meeting {
	b.Helper()
	m, err := demo.Meeting(demo.Date)
	if err != nil {
		b.Fatal(err)
	}
	now := demo.Date
	apply := func(c model.Command) {
		if m, _, err = model.Apply(m, c, now); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 10000 {
		apply(model.AddQuestion{Asker: model.Person{Name: fmt.Sprintf("Người hỏi %d", i), Unit: "huyện Văn Lâm"}, Kind: model.KindRecommendation,
			Theme: "Chuyển đổi số", Text: "Kiến nghị tỉnh hỗ trợ thanh niên khởi nghiệp và chuyển đổi số ở nông thôn.", Departments: []string{"KHCN", "TD"}})
	}
	for i := range 3000 {
		now = now.Add(time.Minute)
		apply(model.CallNext{})
		apply(model.StartAnswer{Department: "KHCN"})
		apply(model.SetNotes{Answer: i + 1, Notes: "Sở sẽ nghiên cứu, tham mưu UBND tỉnh trong quý III.\nCác huyện phối hợp Tỉnh Đoàn."})
		if i%5 == 0 {
			apply(model.SetOutcome{Answer: i + 1, Outcome: model.OutcomeCommitment, What: "Tập huấn", Deadline: now.AddDate(0, 1, 0)})
		}
		apply(model.EndAnswer{})
	}
	return m
}

// go test ./ui/export -bench . -run XXX
func BenchmarkExports10k(b *testing.B) {
	m := bigMeeting(b)
	for name, f := range map[string]func() []byte{
		"markdown": func() []byte { return Markdown(m, demo.AsOf) },
		"html":     func() []byte { return HTML(m, demo.AsOf) },
		"csv":      func() []byte { return QuestionsCSV(m, demo.AsOf) },
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				b.SetBytes(int64(len(f())))
			}
		})
	}
}
