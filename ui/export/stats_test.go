package export

import (
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/model/stats"
)

// The minutes' statistics are the figures of package stats, in the
// meeting's language, in Markdown and in HTML.
func TestMinutesStatistics(t *testing.T) {
	m := played(t)
	md := string(Markdown(m, demo.AsOf))
	for _, want := range []string{
		"## Thống kê",
		"Đã trình bày 7/24 ý kiến. Thời gian phát biểu 15 phút; thời gian trả lời 30 phút (7 lượt trả lời).",
		"Bình quân mỗi ý kiến (hỏi và trả lời): 6 phút 25 giây.",
		"### Theo đơn vị",
		"| Sở Giáo dục và Đào tạo (GDDT) | 4 | 2 | 0 | 0 | 0 | 2 | 9 phút | 4 phút 30 giây |",
		"| Sở Nông nghiệp và Phát triển nông thôn (NNPTNT) | 3 | 0 | 1 | 0 | 0 | 0 |  |  |",
		"### Theo chủ đề",
		"| Giáo dục - đào tạo cho kỷ nguyên số | 3 | 2 | 1 | 0 | 0 | 7 phút | 13 phút | 20 phút |",
		"### Theo đại biểu",
		"7/24 đại biểu gửi ý kiến đã phát biểu; mỗi lượt tối đa 3 phút.",
		"| Nguyễn Văn An, Trường THPT Hưng Yên | 1 | 3 phút |  |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the minutes lack %q", want)
		}
	}
	// The section comes after the follow-ups, before the footer.
	if i, j, k := strings.Index(md, "## Theo dõi thực hiện"), strings.Index(md, "## Thống kê"), strings.Index(md, "\n---\n"); !(i < j && j < k) {
		t.Errorf("section order: follow-ups %d, statistics %d, footer %d", i, j, k)
	}
	// No theme column for a group no theme has (nobody is on the floor).
	if strings.Contains(md, "Đang thảo luận |") {
		t.Error("the themes' table has an empty column")
	}
	// Every department row holds the figures Compute gives.
	for _, d := range stats.Compute(m, demo.AsOf).Departments {
		if !strings.Contains(md, "| "+d.Name+" ("+d.Code+") | ") {
			t.Errorf("no row for %s", d.Code)
		}
	}

	h := string(HTML(m, demo.AsOf))
	for _, want := range []string{
		"<h2>Thống kê</h2>",
		"<h3>Theo đơn vị</h3>",
		`<tr><td>Sở Giáo dục và Đào tạo (GDDT)</td><td class="num">4</td><td class="num">2</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">2</td><td class="num">9 phút</td><td class="num">4 phút 30 giây</td></tr>`,
		`<p class="note">7/24 đại biểu gửi ý kiến đã phát biểu; mỗi lượt tối đa 3 phút.</p>`,
	} {
		if !strings.Contains(h, want) {
			t.Errorf("the HTML lacks %q", want)
		}
	}
	if n := strings.Count(h, `<table class="stats">`); n != 3 {
		t.Errorf("%d statistics tables, want 3", n)
	}
	parseXML(t, HTML(m, demo.AsOf))

	en := string(Markdown(english(t), demo.AsOf))
	for _, want := range []string{"## Statistics", "### By department", "7 of 24 askers spoke; at most 3 min a turn."} {
		if !strings.Contains(en, want) {
			t.Errorf("the English minutes lack %q", want)
		}
	}
}

// An overrun shows in the sentences and against the asker; a speaker on
// the floor adds the "on the floor" column; what people typed stays inert.
func TestMinutesStatisticsOvertimeAndPayloads(t *testing.T) {
	m := played(t)
	at := time.Date(2023, 3, 23, 9, 10, 0, 0, m.Header.Date.Location())
	var err error
	m, _, err = model.Apply(m, model.EditQuestion{ID: 8, Asker: model.Person{Name: "A | <b>B</b> *C*"}, Theme: "<i>x</i> | y", Text: "t", Departments: []string{"TD"}}, at)
	if err != nil {
		t.Fatal(err)
	}
	if m, _, err = model.Apply(m, model.Call{ID: 8}, at); err != nil {
		t.Fatal(err)
	}
	now := at.Add(3*time.Minute + 40*time.Second)
	md := string(Markdown(m, now))
	for _, want := range []string{
		"Phát biểu quá giờ: 40 giây (mỗi lượt tối đa 3 phút).",
		`| A \| \<b\>B\</b\> \*C\* | 1 | 3 phút 40 giây | +40 giây |`,
		`| \<i\>x\</i\> \| y | 1 | 0 | 0 | 1 | 0 | 0 | 3 phút 40 giây | 0 phút | 3 phút 40 giây |`,
		"Đang thảo luận |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the minutes lack %q", want)
		}
	}
	h := HTML(m, now)
	if strings.Contains(string(h), "<b>B") || strings.Contains(string(h), "<i>x") {
		t.Error("HTML holds markup typed by a person")
	}
	parseXML(t, h)
}

func TestEmptyMeetingStatistics(t *testing.T) {
	md := string(Markdown(model.New(model.Header{Title: "Trống", Language: "vi"}), demo.AsOf))
	if !strings.Contains(md, "## Thống kê\n\nChưa có số liệu.\n") {
		t.Errorf("the empty minutes' statistics:\n%s", md)
	}
}
