package demo

import (
	"fmt"
	"time"

	"podium/model"
)

// AsOf is the day the office reports on the played demo's follow-ups:
// 20 April 2023, when one written answer is overdue.
var AsOf = time.Date(2023, 4, 20, 10, 0, 0, 0, ict)

// Registered is when the played demo's questions were registered: 7:30 on
// the day.
var Registered = time.Date(2023, 3, 23, 7, 30, 0, 0, ict)

func clock(hh, mm int) time.Time { return time.Date(2023, 3, 23, hh, mm, 0, 0, ict) }

func day(d, m int) time.Time { return time.Date(2023, time.Month(m), d, 0, 0, 0, 0, ict) }

type played struct {
	cmd model.Command
	at  time.Time
}

// script is the first hour of the dialogue, as the moderator and the clerk
// recorded it, then the office's follow-up work in April. Answers are
// numbered in order: 1 GDDT on question 1, 2 LDTBXH on 2, 3 GDDT on 3,
// 4 LDTBXH on 4, 5 TD on 6, 6 KHCN on 7, 7 CA on 14.
var script = []played{
	// 1: answered on the spot.
	{model.CallNext{}, clock(8, 5)},
	{model.StartAnswer{Department: "GDDT"}, clock(8, 8)},
	{model.SetNotes{Answer: 1, Notes: "Từ năm học 2023–2024, Sở đưa nội dung kỹ năng số, lập trình cơ bản vào hoạt động trải nghiệm ở 100% trường THPT.\nCác huyện thiếu giáo viên tin học được bố trí giáo viên dạy liên trường; Sở phối hợp Trường Đại học Sư phạm Kỹ thuật Hưng Yên bồi dưỡng 120 giáo viên trong hè 2023."}, clock(8, 12)},
	{model.EndAnswer{}, clock(8, 13)},
	// 2: to be answered in writing.
	{model.CallNext{}, clock(8, 14)},
	{model.StartAnswer{Department: "LDTBXH"}, clock(8, 16)},
	{model.SetNotes{Answer: 2, Notes: "Học bổng gắn với cam kết làm việc cần cân đối ngân sách; Sở sẽ phối hợp Sở Tài chính nghiên cứu và trả lời bằng văn bản."}, clock(8, 18)},
	{model.SetOutcome{Answer: 2, Outcome: model.OutcomeInWriting, Deadline: day(7, 4)}, clock(8, 19)},
	{model.EndAnswer{}, clock(8, 20)},
	// 3: answered by someone other than the representative.
	{model.CallNext{}, clock(8, 21)},
	{model.StartAnswer{Department: "GDDT", Responder: model.Person{Name: "Nguyễn Văn Quang", Role: "Trưởng phòng Giáo dục trung học"}}, clock(8, 23)},
	{model.SetNotes{Answer: 3, Notes: "Năm 2023 toàn tỉnh tổ chức 4 đợt tập huấn dạy học trực tuyến cho giáo viên vùng nông thôn; tài liệu được đăng trên cổng thông tin của Sở."}, clock(8, 26)},
	{model.EndAnswer{}, clock(8, 27)},
	// 4: partly for the competent authority (forwarded).
	{model.CallNext{}, clock(8, 28)},
	{model.StartAnswer{Department: "LDTBXH"}, clock(8, 30)},
	{model.SetNotes{Answer: 4, Notes: "Tỉnh đang xây dựng 2 khu nhà ở xã hội cho công nhân, kỹ sư tại Mỹ Hào và Văn Lâm.\nƯu đãi thuế thu nhập cá nhân cho kỹ sư công nghệ cao thuộc thẩm quyền Trung ương; tỉnh tổng hợp kiến nghị gửi Bộ Tài chính."}, clock(8, 33)},
	{model.SetOutcome{Answer: 4, Outcome: model.OutcomeForwarded, ForwardedTo: "Bộ Tài chính", What: "Kiến nghị ưu đãi thuế thu nhập cá nhân cho kỹ sư công nghệ cao làm việc tại các khu công nghiệp"}, clock(8, 33)},
	{model.EndAnswer{}, clock(8, 34)},
	// 5: the asker withdrew: question 4's answer covered it.
	{model.Withdraw{ID: 5}, clock(8, 35)},
	// 6: a commitment.
	{model.CallNext{}, clock(8, 36)},
	{model.StartAnswer{Department: "TD"}, clock(8, 38)},
	{model.SetNotes{Answer: 5, Notes: "Tỉnh Đoàn hoan nghênh đề xuất; sẽ kết nối trí thức trẻ Hưng Yên trong và ngoài nước qua một câu lạc bộ."}, clock(8, 40)},
	{model.SetOutcome{Answer: 5, Outcome: model.OutcomeCommitment, What: "Thành lập Câu lạc bộ Trí thức trẻ Hưng Yên, ra mắt trong tháng 6/2023", Deadline: day(30, 6)}, clock(8, 41)},
	{model.EndAnswer{}, clock(8, 42)},
	// 7: answered on the spot.
	{model.CallNext{}, clock(8, 43)},
	{model.StartAnswer{Department: "KHCN"}, clock(8, 45)},
	{model.SetNotes{Answer: 6, Notes: "Hồ sơ gồm thuyết minh dự án và phương án tài chính, nộp tại Bộ phận Một cửa của Sở; Quỹ xét hai đợt mỗi năm (tháng 4 và tháng 10)."}, clock(8, 48)},
	{model.EndAnswer{}, clock(8, 49)},
	// 24: to the Department of Agriculture in writing, straight from the queue.
	{model.DeferToWriting{ID: 24, Department: "NNPTNT", Deadline: day(15, 4)}, clock(8, 50)},
	// 14: called out of turn, answered on the spot.
	{model.Call{ID: 14}, clock(8, 51)},
	{model.StartAnswer{Department: "CA"}, clock(8, 53)},
	{model.SetNotes{Answer: 7, Notes: "Công an tỉnh khuyến cáo: không chuyển tiền cho người lạ, không cung cấp mã OTP; các “việc làm online” trả hoa hồng cao đều là dấu hiệu lừa đảo. Phản ánh qua số điện thoại trực ban 069.2879.222."}, clock(8, 57)},
	{model.EndAnswer{}, clock(8, 58)},
	// The chair's conclusions.
	{model.AddConclusion{Department: "TTTT", What: "Chủ trì, phối hợp Tỉnh Đoàn tập huấn kỹ năng số cho thanh niên nông thôn và Tổ công nghệ số cộng đồng", Deadline: day(30, 6), Questions: []int{21, 22, 23}}, clock(9, 0)},
	{model.AddConclusion{Department: "KHCN", What: "Tham mưu UBND tỉnh cơ chế hỗ trợ dự án khởi nghiệp đổi mới sáng tạo của thanh niên", Deadline: day(31, 7), Questions: []int{7, 8}}, clock(9, 1)},
	// As the report words them: to every department, to the Youth Union,
	// to the young people.
	{model.AddConclusion{To: model.AddresseeAllDepartments, What: "Nghiêm túc tiếp thu ý kiến, kiến nghị của thanh niên tại hội nghị; nghiên cứu, đề xuất với tỉnh những giải pháp phù hợp; số hóa và đưa các chương trình, đề án chuyển đổi số lên cổng thông tin điện tử để thanh niên dễ tiếp cận"}, clock(9, 2)},
	{model.AddConclusion{To: model.AddresseeYouthUnion, Department: "TD", What: "Đẩy mạnh tuyên truyền, giáo dục lý tưởng cách mạng cho thanh niên; tiên phong, đổi mới, sáng tạo, làm chủ khoa học công nghệ"}, clock(9, 3)},
	{model.AddConclusion{To: model.AddresseeYouth, What: "Hoàn thành việc chuẩn hóa thông tin thuê bao điện thoại và cài đặt ứng dụng định danh điện tử; ứng dụng chuyển đổi số vào ngành, lĩnh vực mình công tác"}, clock(9, 4)},
	// April: the office records the replies.
	{model.UpdateFollowUp{ID: 1, Status: model.FollowUpReplied, ReplyDoc: "215/SLĐTBXH-VP", ReplyDate: day(5, 4), Note: "Đã gửi bản sao cho Tỉnh Đoàn"}, time.Date(2023, 4, 6, 9, 0, 0, 0, ict)},
}

// Played builds the demo meeting after a scripted first hour (seven
// answers: on the spot, in writing, forwarded to a ministry, a commitment;
// a withdrawal, a question deferred to writing from the queue, five
// conclusions: to one department, to all, to the Youth Union, to the
// young people) and the office's first reply in April. The same every time:
// it is what the golden minutes are made from.
func Played() (*model.Meeting, error) {
	m, err := Meeting(Registered)
	if err != nil {
		return nil, err
	}
	for i, s := range script {
		if m, _, err = model.Apply(m, s.cmd, s.at); err != nil {
			return nil, fmt.Errorf("demo script step %d (%s): %w", i+1, s.cmd.Verb(), err)
		}
	}
	return m, nil
}

// Script returns the played demo's commands and their times, in order, for
// tests that replay it through storage or the hub, from Meeting(Registered).
func Script() ([]model.Command, []time.Time) {
	cmds := make([]model.Command, len(script))
	times := make([]time.Time, len(script))
	for i, s := range script {
		cmds[i], times[i] = s.cmd, s.at
	}
	return cmds, times
}
