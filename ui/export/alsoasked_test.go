package export

import (
	"strings"
	"testing"

	"podium/model"
	"podium/model/demo"
)

// The minutes name those whose questions from the hall were merged into
// an item (model.Question.AlsoAskedBy) beside its asker, in every form:
// the biên bản (docx), the HTML and the Markdown; an anonymous sender by
// the unit given and no name.
func TestMinutesNameTheAskersMergedIn(t *testing.T) {
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []model.Command{
		model.SubmitQuestion{Name: "Lê Minh Châu", Unit: "Đoàn xã Đông Kết", Text: "Xã có wifi miễn phí không?"},
		model.SubmitQuestion{Name: "Trần Thị Mai", Anonymous: true, Unit: "Mỹ Hào", Text: "Học phí trường nghề?"},
		model.MergeSubmission{ID: 1, Into: 1},
		model.MergeSubmission{ID: 2, Into: 1},
	} {
		if m, _, err = model.Apply(m, c, demo.AsOf); err != nil {
			t.Fatalf("%s: %v", c.Verb(), err)
		}
	}
	also := "Lê Minh Châu (Đoàn xã Đông Kết), một người gửi không nêu tên (Mỹ Hào)"
	doc := docText(t, MinutesDocx(m))
	if !strings.Contains(doc, "Cùng hỏi: "+also+".") {
		t.Errorf("the biên bản does not name the askers merged in:\n%s", doc)
	}
	// Under item 1's heading, before its text.
	if i, j := strings.Index(doc, "Ý kiến số 1 –"), strings.Index(doc, "Cùng hỏi:"); i < 0 || j < i {
		t.Errorf("the askers merged in are not under item 1's heading")
	}
	if h := string(HTML(m, demo.AsOf)); !strings.Contains(h, "Cùng hỏi: "+also) {
		t.Errorf("the HTML minutes do not name the askers merged in")
	}
	if md := string(Markdown(m, demo.AsOf)); !strings.Contains(md, "- **Cùng hỏi:** "+also+"\n") {
		t.Errorf("the Markdown minutes do not name the askers merged in")
	}
	for _, s := range []string{string(MinutesDocx(m)), doc} {
		if strings.Contains(s, "Trần Thị Mai") {
			t.Errorf("an anonymous sender's name is in the minutes")
		}
	}
	m.Header.Language = "en"
	if md := string(Markdown(m, demo.AsOf)); !strings.Contains(md, "Also asked by:** Lê Minh Châu (Đoàn xã Đông Kết), a sender who gave no name (Mỹ Hào)") {
		t.Errorf("the English minutes do not name the askers merged in")
	}
}

// A meeting made without a language (podium new, an imported file) gets
// Vietnamese papers, as its projector page is Vietnamese
// (i18n.OfMeeting); English ones only when it says so.
func TestPapersOfAMeetingWithoutLanguageAreVietnamese(t *testing.T) {
	m := model.New(model.Header{Title: "Đối thoại 2027"})
	if md := string(Markdown(m, demo.AsOf)); !strings.Contains(md, "# Biên bản Đối thoại 2027") {
		t.Errorf("the minutes of a meeting without a language are not Vietnamese:\n%.300s", md)
	}
	if doc := docText(t, MinutesDocx(m)); !strings.Contains(doc, "BIÊN BẢN") {
		t.Errorf("the biên bản of a meeting without a language is not Vietnamese")
	}
	m.Header.Language = "en"
	if md := string(Markdown(m, demo.AsOf)); strings.Contains(md, "Biên bản") {
		t.Errorf("the minutes of an English meeting are not English:\n%.300s", md)
	}
}
