// Package demo builds the demo meeting: the Hưng Yên 2023 youth dialogue on
// digital transformation, from the report in shared/seed. The meeting, its
// chair, topic and departments are from the report; the askers, their
// questions and the departments' representatives are invented.
//
// It is built by applying ordinary commands, so the demo is held to the same
// rules as anything a moderator types.
package demo

import (
	"fmt"
	"time"

	"podium/model"
)

// Vietnam's time zone, fixed so the demo reads the same everywhere.
var ict = time.FixedZone("ICT", 7*60*60)

// Date is when the real meeting was held: 23 March 2023, 8:00.
var Date = time.Date(2023, 3, 23, 8, 0, 0, 0, ict)

var header = model.Header{
	Title:       "Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với thanh niên tỉnh Hưng Yên năm 2023",
	Topic:       "Thanh niên tỉnh Hưng Yên với chuyển đổi số",
	Venue:       "Trung tâm Hội nghị tỉnh Hưng Yên",
	Date:        Date,
	Chair:       model.Person{Name: "Nguyễn Duy Hưng", Role: "Phó Chủ tịch UBND tỉnh"},
	Language:    "vi",
	SpeakLimit:  model.DefaultSpeakLimit,
	AnswerLimit: model.DefaultAnswerLimit,
	PlannedEnd:  time.Date(2023, 3, 23, 11, 30, 0, 0, ict),

	// The documents' fields. A provincial People's Committee is its own
	// top: no parent body above its name (Decree 30, appendix I).
	Issuer:    "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
	PlaceName: "Hưng Yên",
	// The numbers are invented (the report gives none); 05/BB-UBND is the
	// reference's own example.
	MinutesNumber:     "05/BB-UBND",
	ConclusionsNumber: "112/TB-UBND",
	ReportNumber:      "68/BC-UBND",
	// Invented: the report does not name the secretary. The report was
	// published by the Department of Home Affairs' local-government office,
	// which prepares such meetings.
	Secretary: model.Person{Name: "Trần Thu Hà", Role: "Chuyên viên Phòng Xây dựng chính quyền", Unit: "Sở Nội vụ"},
	Attendees: attendees(),
	// Invented: the report elides how many young people attended ("và ...
	// đoàn viên, thanh niên"); 24 of them put questions.
	YouthDelegates: 200,
	Recipients: []string{
		"Bộ Nội vụ (để báo cáo)",
		"Thường trực Tỉnh ủy (để báo cáo)",
		"Thường trực HĐND tỉnh (để báo cáo)",
		"Chủ tịch, các Phó Chủ tịch UBND tỉnh",
		"Ban Thường vụ Tỉnh Đoàn",
		"Các sở, ngành: KH&CN, GD&ĐT, LĐ-TB&XH, CT, TT&TT, VH-TT&DL, NN&PTNT, KH&ĐT; Công an tỉnh",
		"UBND các huyện, thị xã, thành phố",
		"Lưu: VT, NC",
	},
}

// attendees are who attended, as the report lists them: the chair, the
// departments' leaders (their representatives here, invented like them),
// the Youth Union's standing committee, the districts' leaders and the
// young people (counted in YouthDelegates).
func attendees() []model.Person {
	out := []model.Person{{Name: "Nguyễn Duy Hưng", Role: "Phó Chủ tịch UBND tỉnh, chủ trì"}}
	for _, d := range departments {
		out = append(out, model.Person{Name: d.Representative.Name, Role: d.Representative.Role, Unit: d.Name})
	}
	return append(out,
		model.Person{Role: "Đại diện Ban Thường vụ Tỉnh Đoàn"},
		model.Person{Role: "Đại diện lãnh đạo các ban, sở, ngành tỉnh"},
		model.Person{Role: "Lãnh đạo UBND các huyện, thị xã, thành phố"},
	)
}

// decision is the awarding decision of the commendations. Invented: the
// report says only that the Provincial People's Committee commended them.
const decision = "Quyết định số 512/QĐ-UBND ngày 20/3/2023 của UBND tỉnh"

// commendations are the 5 groups and 7 individuals the report says were
// commended for their start-up work. The report names none of them: every
// name below is invented.
var commendations = []model.AddCommendation{
	{Kind: model.CommendGroup, Name: "Đoàn Thanh niên Công an tỉnh", Decision: decision},
	{Kind: model.CommendGroup, Name: "Huyện Đoàn Khoái Châu", Decision: decision},
	{Kind: model.CommendGroup, Name: "Hợp tác xã Nông nghiệp công nghệ cao Tân Dân", Unit: "huyện Khoái Châu", Decision: decision},
	{Kind: model.CommendGroup, Name: "Câu lạc bộ Doanh nhân trẻ tỉnh Hưng Yên", Decision: decision},
	{Kind: model.CommendGroup, Name: "Đoàn Thanh niên Trường Đại học Sư phạm Kỹ thuật Hưng Yên", Decision: decision},
	{Kind: model.CommendIndividual, Name: "Nguyễn Thị Thu Hằng", Unit: "Giám đốc HTX Nhãn lồng Phố Hiến, thành phố Hưng Yên", Decision: decision},
	{Kind: model.CommendIndividual, Name: "Trần Văn Hiếu", Unit: "Chủ trang trại chăn nuôi, huyện Phù Cừ", Decision: decision},
	{Kind: model.CommendIndividual, Name: "Lê Thị Minh Phương", Unit: "Giám đốc Công ty TNHH Công nghệ số HY, thị xã Mỹ Hào", Decision: decision},
	{Kind: model.CommendIndividual, Name: "Phạm Đức Anh", Unit: "Bí thư Đoàn xã Tân Việt, huyện Yên Mỹ", Decision: decision},
	{Kind: model.CommendIndividual, Name: "Vũ Thị Ngọc Ánh", Unit: "Chủ cơ sở sản xuất tương Bần, thị xã Mỹ Hào", Decision: decision},
	{Kind: model.CommendIndividual, Name: "Đỗ Minh Tuấn", Unit: "Kỹ sư, Khu công nghiệp Phố Nối A, huyện Văn Lâm", Decision: decision},
	{Kind: model.CommendIndividual, Name: "Hoàng Thị Lan", Unit: "Chủ hộ kinh doanh thương mại điện tử, huyện Tiên Lữ", Decision: decision},
}

var departments = []model.AddDepartment{
	{Code: "KHCN", Name: "Sở Khoa học và Công nghệ", Representative: model.Person{Name: "Đặng Văn Thành", Role: "Giám đốc Sở"}},
	{Code: "CA", Name: "Công an tỉnh", Representative: model.Person{Name: "Lê Quang Huy", Role: "Phó Giám đốc Công an tỉnh"}},
	{Code: "GDDT", Name: "Sở Giáo dục và Đào tạo", Representative: model.Person{Name: "Phạm Thị Hòa", Role: "Phó Giám đốc Sở"}},
	{Code: "LDTBXH", Name: "Sở Lao động - Thương binh và Xã hội", Representative: model.Person{Name: "Vũ Đức Long", Role: "Phó Giám đốc Sở"}},
	{Code: "CT", Name: "Sở Công Thương", Representative: model.Person{Name: "Nguyễn Thị Lan", Role: "Phó Giám đốc Sở"}},
	{Code: "TTTT", Name: "Sở Thông tin và Truyền thông", Representative: model.Person{Name: "Trịnh Văn Khải", Role: "Giám đốc Sở"}},
	{Code: "VHTTDL", Name: "Sở Văn hóa, Thể thao và Du lịch", Representative: model.Person{Name: "Hoàng Minh Tâm", Role: "Phó Giám đốc Sở"}},
	{Code: "NNPTNT", Name: "Sở Nông nghiệp và Phát triển nông thôn", Representative: model.Person{Name: "Đỗ Văn Bình", Role: "Phó Giám đốc Sở"}},
	{Code: "KHDT", Name: "Sở Kế hoạch và Đầu tư", Representative: model.Person{Name: "Bùi Thị Ngọc", Role: "Phó Giám đốc Sở"}},
	{Code: "TD", Name: "Tỉnh Đoàn Hưng Yên", Representative: model.Person{Name: "Ngô Thị Thu", Role: "Bí thư Tỉnh Đoàn"}},
}

// The seed report's themes.
const (
	themeEducation = "Giáo dục - đào tạo cho kỷ nguyên số"
	themeTalent    = "Thu hút nhân lực công nghệ cao"
	themeStartup   = "Lập nghiệp, khởi nghiệp, sáng tạo"
	themeCommerce  = "Nông sản trên sàn thương mại điện tử"
	themeCyber     = "An ninh, an toàn không gian mạng"
	themeHeritage  = "Số hóa địa chỉ đỏ, du lịch"
	themeFamily    = "Chuyển đổi số kinh tế hộ, HTX"
)

// themes is the meeting's list of themes, in the report's order.
var themes = []string{themeEducation, themeTalent, themeStartup, themeCommerce, themeCyber, themeHeritage, themeFamily}

var (
	q  = model.KindQuestion
	kn = model.KindRecommendation
	dx = model.KindProposal
)

func ask(name, role, unit string, kind model.Kind, theme, text string, depts ...string) model.AddQuestion {
	return model.AddQuestion{
		Asker:       model.Person{Name: name, Role: role, Unit: unit},
		Kind:        kind,
		Theme:       theme,
		Text:        text,
		Departments: depts,
		Channel:     model.ChannelRegistered,
	}
}

var questions = []model.AddQuestion{
	ask("Nguyễn Văn An", "Bí thư Đoàn trường", "Trường THPT Hưng Yên", q, themeEducation,
		"Tỉnh có kế hoạch gì để đưa kỹ năng số, lập trình và trí tuệ nhân tạo vào trường phổ thông, nhất là ở các huyện còn thiếu giáo viên tin học?", "GDDT"),
	ask("Trần Thị Bích Ngọc", "Sinh viên", "Trường Đại học Sư phạm Kỹ thuật Hưng Yên", kn, themeEducation,
		"Kiến nghị tỉnh có học bổng cho sinh viên ngành công nghệ thông tin, an toàn thông tin cam kết làm việc tại Hưng Yên sau khi tốt nghiệp.", "GDDT", "LDTBXH"),
	ask("Lê Minh Đức", "Giáo viên trẻ", "huyện Ân Thi", q, themeEducation,
		"Giáo viên vùng nông thôn được bồi dưỡng kỹ năng chuyển đổi số như thế nào để dạy học trực tuyến hiệu quả?", "GDDT", "TTTT"),
	ask("Phạm Quốc Huy", "Kỹ sư phần mềm", "Khu công nghiệp Thăng Long II, thị xã Mỹ Hào", q, themeTalent,
		"Tỉnh có chính sách gì về nhà ở, thu nhập để giữ chân kỹ sư công nghệ cao làm việc tại các khu công nghiệp?", "LDTBXH", "KHDT"),
	ask("Đỗ Thị Hương", "Cán bộ nhân sự", "Công ty TNHH Điện tử Minh Phát, huyện Văn Lâm", kn, themeTalent,
		"Kiến nghị có trung tâm đào tạo nghề gắn với doanh nghiệp để đào tạo lao động kỹ thuật số theo đơn đặt hàng.", "LDTBXH"),
	ask("Vũ Hoàng Nam", "Nghiên cứu sinh", "Trường Đại học Bách khoa Hà Nội (quê huyện Ân Thi)", dx, themeTalent,
		"Đề xuất tỉnh lập mạng lưới trí thức trẻ Hưng Yên ở trong và ngoài nước để kết nối, tư vấn cho các dự án chuyển đổi số của tỉnh.", "TD", "KHCN"),
	ask("Hoàng Thị Mai", "Chủ doanh nghiệp khởi nghiệp", "thành phố Hưng Yên", q, themeStartup,
		"Thủ tục để dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ từ Quỹ phát triển khoa học và công nghệ của tỉnh là gì?", "KHCN"),
	ask("Bùi Văn Thắng", "Giám đốc HTX", "huyện Khoái Châu", kn, themeStartup,
		"Kiến nghị tỉnh bố trí không gian làm việc chung, vườn ươm khởi nghiệp cho thanh niên ở các huyện, không chỉ ở thành phố.", "KHDT", "TD"),
	ask("Ngô Thanh Tùng", "Đoàn viên", "huyện Yên Mỹ", q, themeStartup,
		"Thanh niên muốn vay vốn khởi nghiệp từ Quỹ hỗ trợ thanh niên lập nghiệp cần điều kiện gì, thời hạn vay bao lâu?", "TD", "LDTBXH"),
	ask("Đặng Thị Thu Trang", "Chủ cơ sở chế biến long nhãn", "huyện Tiên Lữ", q, themeCommerce,
		"Làm thế nào để nhãn lồng Hưng Yên của các hộ nhỏ được lên các sàn thương mại điện tử lớn và có mã truy xuất nguồn gốc?", "CT", "NNPTNT"),
	ask("Trịnh Văn Hải", "Chủ trang trại", "huyện Phù Cừ", kn, themeCommerce,
		"Kiến nghị hỗ trợ chi phí chụp ảnh, quay video và quảng cáo sản phẩm OCOP trên mạng cho các hộ thanh niên.", "CT"),
	ask("Lý Thị Hồng", "Phó Giám đốc HTX", "huyện Kim Động", dx, themeCommerce,
		"Đề xuất tổ chức các lớp tập huấn livestream bán hàng cho thanh niên nông thôn, có chuyên gia của các sàn thương mại điện tử.", "CT", "TD"),
	ask("Nguyễn Đình Khoa", "Chủ cửa hàng nông sản sạch", "huyện Văn Giang", q, themeCommerce,
		"Sản phẩm của thanh niên khởi nghiệp có được ưu tiên tham gia sàn thương mại điện tử của tỉnh không, thủ tục ra sao?", "CT"),
	ask("Phan Thị Yến", "Sinh viên", "Trường Đại học Chu Văn An", q, themeCyber,
		"Công an tỉnh có khuyến cáo gì để thanh niên nhận diện các hình thức lừa đảo qua mạng, việc làm online, đầu tư tiền ảo?", "CA"),
	ask("Dương Minh Quân", "Chuyên viên", "Trung tâm Văn hóa - Thông tin thị xã Mỹ Hào", kn, themeCyber,
		"Kiến nghị tổ chức cuộc thi an toàn thông tin cho học sinh, sinh viên toàn tỉnh hằng năm.", "CA", "TTTT"),
	ask("Hà Thị Linh", "Đoàn viên, phụ huynh học sinh", "huyện Khoái Châu", q, themeCyber,
		"Cha mẹ cần làm gì để bảo vệ con trước nội dung độc hại và bắt nạt trên mạng xã hội?", "CA", "GDDT"),
	ask("Tạ Văn Lực", "Bí thư Chi đoàn thôn", "huyện Văn Lâm", q, themeCyber,
		"Khi bị lộ thông tin cá nhân, bị giả mạo tài khoản mạng xã hội thì thanh niên báo cho cơ quan nào để được hỗ trợ nhanh?", "CA"),
	ask("Mai Thị Phương", "Hướng dẫn viên du lịch", "Phố Hiến, thành phố Hưng Yên", dx, themeHeritage,
		"Đề xuất số hóa các di tích Phố Hiến, đền Chử Đồng Tử bằng thực tế ảo và mã QR thuyết minh nhiều thứ tiếng.", "VHTTDL"),
	ask("Cao Văn Dũng", "Đoàn viên", "huyện Kim Động", q, themeHeritage,
		"Tuổi trẻ có thể tham gia số hóa các địa chỉ đỏ của tỉnh như thế nào, tỉnh có giao nhiệm vụ cho Đoàn không?", "VHTTDL", "TD"),
	ask("Lương Thị Hạnh", "Chủ cơ sở lưu trú (homestay)", "huyện Khoái Châu", kn, themeHeritage,
		"Kiến nghị xây dựng bản đồ du lịch số của tỉnh có thông tin các điểm lưu trú, ẩm thực của thanh niên.", "VHTTDL", "TTTT"),
	ask("Kiều Văn Tuấn", "Chủ hộ kinh doanh", "huyện Ân Thi", q, themeFamily,
		"Hộ kinh doanh nhỏ ở nông thôn nên bắt đầu chuyển đổi số từ đâu với chi phí thấp nhất?", "TTTT", "KHDT"),
	ask("Đinh Thị Lan Anh", "Giám đốc HTX dược liệu", "huyện Văn Giang", kn, themeFamily,
		"Kiến nghị hỗ trợ các HTX phần mềm quản lý, hóa đơn điện tử và thanh toán không dùng tiền mặt trong năm đầu.", "TTTT", "NNPTNT"),
	ask("Phùng Văn Sơn", "Thành viên Tổ công nghệ số cộng đồng", "huyện Tiên Lữ", dx, themeFamily,
		"Đề xuất có phụ cấp và tập huấn cho Tổ công nghệ số cộng đồng để hướng dẫn người dân dùng dịch vụ công trực tuyến.", "TTTT", "TD"),
	ask("Võ Thị Kim Oanh", "Chủ trang trại gà", "huyện Phù Cừ", q, themeFamily,
		"Có chương trình nào hỗ trợ thanh niên ứng dụng cảm biến, điều khiển từ xa trong chăn nuôi để giảm chi phí không?", "KHCN", "NNPTNT"),
}

// agenda is the run of show of the report: opening, flowers for the Youth
// Union's 92nd anniversary, the dialogue, the chair's conclusion, the
// commendation of 5 groups and 7 individuals, closing (8:00 to 11:30).
var agenda = model.SetAgenda{Items: []model.AgendaItem{
	{Title: "Khai mạc, giới thiệu đại biểu", Planned: 10 * time.Minute},
	{Title: "Tặng hoa chúc mừng 92 năm thành lập Đoàn TNCS Hồ Chí Minh", Planned: 5 * time.Minute},
	{Title: "Đối thoại với thanh niên", Planned: 150 * time.Minute, Dialogue: true},
	{Title: "Kết luận của đồng chí chủ trì", Planned: 20 * time.Minute},
	{Title: "Biểu dương 5 tập thể, 7 cá nhân tiêu biểu", Planned: 15 * time.Minute},
	{Title: "Bế mạc", Planned: 10 * time.Minute},
}}

// Meeting builds the demo meeting as it stands before the dialogue starts:
// ten departments, its seven themes, 24 waiting questions, the run of show and the 12
// commendations (decided beforehand, read out at the end). now stamps the
// records.
func Meeting(now time.Time) (*model.Meeting, error) {
	m := model.New(model.Header{})
	cmds := []model.Command{model.SetHeader{Header: header}}
	for _, d := range departments {
		cmds = append(cmds, d)
	}
	for _, th := range themes {
		cmds = append(cmds, model.AddTheme{Name: th})
	}
	for _, q := range questions {
		cmds = append(cmds, q)
	}
	cmds = append(cmds, agenda)
	for _, c := range commendations {
		cmds = append(cmds, c)
	}
	for i, c := range cmds {
		var err error
		if m, _, err = model.Apply(m, c, now); err != nil {
			return nil, fmt.Errorf("demo command %d (%s): %w", i+1, c.Verb(), err)
		}
	}
	return m, nil
}
