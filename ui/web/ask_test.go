package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/storage"
	"podium/storage/hub"
)

// A question sent from the form is in the meeting's submissions, from the
// role "audience"; the page says "Đã gửi" with its number and the form again.
func TestAskSubmits(t *testing.T) {
	f := serve(t)
	c := client(t)
	form := f.askForm(t, c)
	form.Set("name", "Trần Thị Bình")
	form.Set("unit", "Phường Bến Nghé")
	form.Set("text", "Khi nào sửa xong cầu?")
	status, _, body := post(t, c, f.base+"/ask", form)
	if status != 200 {
		t.Fatalf("%d\n%s", status, body)
	}
	subs := f.hub.Snapshot().Meeting.Submissions
	if len(subs) != 1 || subs[0].Text != "Khi nào sửa xong cầu?" || subs[0].Name != "Trần Thị Bình" || subs[0].Unit != "Phường Bến Nghé" {
		t.Fatalf("submissions: %+v", subs)
	}
	wantIn(t, body, "Đã gửi", "Số thứ tự câu hỏi của bạn: "+strconv.Itoa(subs[0].ID), `name="text"`, "Trần Thị Bình")
	wantNotIn(t, body, "Khi nào sửa xong cầu?") // the form is blank for the next question
	var who string
	_ = f.hub.Log(func(e storage.LogEntry) bool { who = e.Who; return false })
	if who != string(hub.RoleAudience) {
		t.Errorf("sent as %q, want the audience", who)
	}
}

// A post without the form's token, with a wrong one, or with another
// browser's token is refused and nothing is taken.
func TestAskCSRF(t *testing.T) {
	f := serve(t)
	c := client(t)
	good := f.askForm(t, c)
	other := f.askForm(t, client(t)) // another browser's token
	for name, token := range map[string]string{"none": "", "wrong": "abc", "another browser's": other.Get("token")} {
		form := url.Values{"code": {f.codes.Ask}, "text": {"Câu hỏi"}}
		if token != "" {
			form.Set("token", token)
		}
		status, _, body := post(t, c, f.base+"/ask", form)
		if status != http.StatusForbidden {
			t.Errorf("%s token: %d", name, status)
		}
		wantIn(t, body, "Biểu mẫu đã hết hạn")
	}
	// Without the cookie at all (a form posted from elsewhere).
	good.Set("text", "Câu hỏi")
	if status, _, _ := post(t, &http.Client{}, f.base+"/ask", good); status != http.StatusForbidden {
		t.Errorf("no cookie: %d", status)
	}
	if n := len(f.hub.Snapshot().Meeting.Submissions); n != 0 {
		t.Fatalf("%d submissions taken without a good token", n)
	}
	if status, _, _ := post(t, c, f.base+"/ask", good); status != 200 {
		t.Errorf("good token: %d", status)
	}
}

// A body over the limit is refused before it is read whole.
func TestAskBodyLimit(t *testing.T) {
	f := serve(t)
	c := client(t)
	form := f.askForm(t, c)
	form.Set("text", strings.Repeat("ạ", 20_000))
	if status, _, _ := post(t, c, f.base+"/ask", form); status != http.StatusRequestEntityTooLarge {
		t.Errorf("a 180 KB body: %d", status)
	}
	if n := len(f.hub.Snapshot().Meeting.Submissions); n != 0 {
		t.Fatalf("%d submissions", n)
	}
}

// Three questions per address in ten minutes, then 429 with when to try
// again; after the window, one more is taken.
func TestAskRateLimit(t *testing.T) {
	f := serve(t)
	c := client(t)
	for i := range 3 {
		form := f.askForm(t, c)
		form.Set("text", "Câu hỏi "+strconv.Itoa(i))
		if status, _, body := post(t, c, f.base+"/ask", form); status != 200 {
			t.Fatalf("question %d: %d\n%s", i, status, body)
		}
		f.clock.add(time.Minute)
	}
	form := f.askForm(t, c)
	form.Set("text", "Câu hỏi thứ tư")
	status, hdr, body := post(t, c, f.base+"/ask", form)
	if status != http.StatusTooManyRequests || hdr.Get("Retry-After") != "420" {
		t.Errorf("the fourth: %d, Retry-After %q", status, hdr.Get("Retry-After"))
	}
	wantIn(t, body, "tối đa 3 câu hỏi trong 10 phút", "sau khoảng 7 phút", "Câu hỏi thứ tư")
	if n := len(f.hub.Snapshot().Meeting.Submissions); n != 3 {
		t.Errorf("%d taken", n)
	}
	f.clock.add(7 * time.Minute)
	if status, _, _ := post(t, c, f.base+"/ask", form); status != 200 {
		t.Errorf("after the window: %d", status)
	}
}

// A refused question is not counted against the address.
func TestAskRefusalNotCounted(t *testing.T) {
	f := serve(t)
	c := client(t)
	for range 4 {
		form := f.askForm(t, c)
		form.Set("text", "   ")
		if status, _, body := post(t, c, f.base+"/ask", form); status != http.StatusBadRequest {
			t.Fatalf("an empty question: %d\n%s", status, body)
		}
	}
	form := f.askForm(t, c)
	form.Set("text", "Câu hỏi")
	if status, _, _ := post(t, c, f.base+"/ask", form); status != 200 {
		t.Errorf("after refusals: %d", status)
	}
}

// Too long: refused with the limit, what was typed shown again, escaped.
func TestAskTooLongAndEscaped(t *testing.T) {
	f := serve(t)
	c := client(t)
	form := f.askForm(t, c)
	form.Set("name", `<img src=x onerror=alert(1)>`)
	form.Set("text", `"><script>alert(1)</script>`+strings.Repeat("a", model.MaxSubmissionLen))
	status, _, body := post(t, c, f.base+"/ask", form)
	if status != http.StatusBadRequest {
		t.Errorf("%d", status)
	}
	wantIn(t, body, "dài quá 1000 ký tự", "&lt;img src=x onerror=alert(1)&gt;", "&#34;&gt;&lt;script&gt;")
	wantNotIn(t, body, "<img src=x", "<script>alert")
	if n := len(f.hub.Snapshot().Meeting.Submissions); n != 0 {
		t.Errorf("%d taken", n)
	}
}

// A name the inbox could not approve as it came is refused on the page,
// naming the name and its limit; the form tells the phone the limit.
func TestAskNameTooLong(t *testing.T) {
	f := serve(t)
	c := client(t)
	_, _, page := get(t, c, f.base+"/ask?code="+f.codes.Ask)
	wantIn(t, page, `maxlength="120"`)
	form := f.askForm(t, c)
	form.Set("name", strings.Repeat("Nguyễn ", 30)) // 210 characters
	form.Set("text", "Câu hỏi")
	status, _, body := post(t, c, f.base+"/ask", form)
	if status != http.StatusBadRequest {
		t.Errorf("%d", status)
	}
	wantIn(t, body, "Họ tên dài quá 120 ký tự")
	wantNotIn(t, body, "Câu hỏi dài quá")
	if n := len(f.hub.Snapshot().Meeting.Submissions); n != 0 {
		t.Errorf("%d taken", n)
	}
}

// Closed: the page says so and has no form; a post is refused.
func TestAskClosed(t *testing.T) {
	f := serve(t)
	c := client(t)
	form := f.askForm(t, c)
	f.do(t, model.SetSubmissions{Closed: true})
	_, _, body := get(t, c, f.base+"/ask?code="+f.codes.Ask)
	wantIn(t, body, "Hội nghị đã ngừng nhận câu hỏi")
	wantNotIn(t, body, "<form")
	form.Set("text", "Câu hỏi")
	if status, _, body := post(t, c, f.base+"/ask", form); status != http.StatusConflict || !strings.Contains(body, "ngừng nhận") {
		t.Errorf("%d\n%s", status, body)
	}
}

// At the pending cap, a polite refusal; nothing taken.
func TestAskPendingCap(t *testing.T) {
	f := serve(t)
	cmds := make([]model.Command, model.MaxPending)
	for i := range cmds {
		cmds[i] = model.SubmitQuestion{Name: "A", Text: "Câu hỏi " + strconv.Itoa(i)}
	}
	if err := f.hub.DoAll(cmds, storage.VerbImport, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	c := client(t)
	form := f.askForm(t, c)
	form.Set("text", "Một câu nữa")
	status, _, body := post(t, c, f.base+"/ask", form)
	if status != http.StatusServiceUnavailable {
		t.Errorf("%d", status)
	}
	wantIn(t, body, "quá nhiều câu hỏi chờ xử lý", "Một câu nữa")
	if n := len(f.hub.Snapshot().Meeting.Submissions); n != model.MaxPending {
		t.Errorf("%d", n)
	}
}

// The phone's language: English when it prefers English.
func TestAskLanguage(t *testing.T) {
	f := serve(t)
	_, _, body := get(t, client(t), f.base+"/ask?code="+f.codes.Ask, "Accept-Language", "en-GB,en;q=0.9,vi;q=0.5")
	wantIn(t, body, `<html lang="en">`, "Send the question")
	_, _, body = get(t, client(t), f.base+"/ask?code="+f.codes.Ask, "Accept-Language", "fr-FR")
	wantIn(t, body, `<html lang="vi">`, "Gửi câu hỏi")
}

// The meeting's themes are offered (the demo's, and ones added while the
// page is served, escaped), and the one chosen is the submission's.
func TestAskThemes(t *testing.T) {
	f := serve(t)
	c := client(t)
	_, _, body := get(t, c, f.base+"/ask?code="+f.codes.Ask)
	wantIn(t, body, "<select", "<option>An ninh, an toàn không gian mạng</option>")
	f.do(t, model.AddTheme{Name: "Giao thông <đô thị>"})
	f.do(t, model.AddTheme{Name: "Y tế"})
	form := f.askForm(t, c)
	_, _, body = get(t, c, f.base+"/ask?code="+f.codes.Ask)
	wantIn(t, body, "<select", "<option>Giao thông &lt;đô thị&gt;</option>", "<option>Y tế</option>")
	form.Set("text", "Câu hỏi")
	form.Set("theme", "Y tế")
	if status, _, _ := post(t, c, f.base+"/ask", form); status != 200 {
		t.Fatal(status)
	}
	if subs := f.hub.Snapshot().Meeting.Submissions; subs[0].Theme != "Y tế" {
		t.Errorf("theme %q", subs[0].Theme)
	}
}

// An anonymous asker's name never reaches the projector.
func TestAnonymousNameNotShown(t *testing.T) {
	f := serve(t)
	c := client(t)
	form := f.askForm(t, c)
	form.Set("name", "Người Giấu Tên")
	form.Set("anonymous", "1")
	form.Set("text", "Câu hỏi kín")
	if status, _, _ := post(t, c, f.base+"/ask", form); status != 200 {
		t.Fatal(status)
	}
	_, _, body := get(t, c, f.base+"/display?code="+f.codes.Display)
	wantNotIn(t, body, "Người Giấu Tên", "Câu hỏi kín")
}
