package web

import (
	"context"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"podium/model"
)

// browser starts a headless Chromium at 1920x1080 for the test, or skips
// when there is none (unless PODIUM_REQUIRE_BROWSER=1, which CI sets).
func browser(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("PODIUM_REQUIRE_BROWSER") == "1" {
			t.Fatal("no Chromium on PATH, and PODIUM_REQUIRE_BROWSER=1: install Debian's chromium package")
		}
		t.Skip("no Chromium on PATH (Debian: apt-get install chromium); set PODIUM_REQUIRE_BROWSER=1 to make this a failure")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.WindowSize(1920, 1080),
		chromedp.Flag("accept-lang", "vi-VN,vi"), chromedp.Flag("disable-gpu", true))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelA() })
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1920, 1080)); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// eval runs a script in the page with a timeout.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	v, err := chromedp.Run(c, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// The projector page in a real browser: the question at least 40 px at
// 1920x1080 and whole on the screen; a commit reaches the page within a
// second and the question is never empty on the way.
func TestBrowserDisplay(t *testing.T) {
	ctx := browser(t)
	f := serve(t)
	long := strings.Repeat("Đề nghị cho biết lộ trình cải tạo hệ thống thoát nước trên đường Nguyễn Hữu Cảnh. ", 8)[:600]
	f.do(t, model.AddQuestion{Asker: model.Person{Name: "Nguyễn Thị Hồng Nhung", Unit: "Phường 22"}, Kind: model.KindQuestion, Text: long})
	id := f.hub.Snapshot().Meeting.Questions.Len()
	f.do(t, model.Call{ID: id})
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.Navigate(f.base+"/display?code="+f.codes.Display), chromedp.WaitVisible(chromedp.CSS("#text"))); err != nil {
		t.Fatal(err)
	}
	size := eval[float64](t, ctx, `parseFloat(getComputedStyle(document.getElementById("text")).fontSize)`)
	if size < 40 {
		t.Errorf("the question's type is %v px at 1920x1080, want at least 40", size)
	}
	if fits := eval[bool](t, ctx, `(function(){var b=document.getElementById("textbox");return b.scrollHeight<=b.clientHeight && b.getBoundingClientRect().bottom<=innerHeight})()`); !fits {
		t.Error("600 characters do not fit without scrolling")
	}
	// Watch the question: was it ever empty, and when did it change.
	eval[bool](t, ctx, `(function(){
		window.__empty = false; window.__changed = 0;
		var el = document.getElementById("text");
		new MutationObserver(function(){
			if (el.textContent.trim() === "" || document.body.className !== "mode-live") window.__empty = true;
			if (el.textContent.indexOf("Câu hỏi đã sửa") === 0) window.__changed = performance.now();
		}).observe(document.body, {childList: true, characterData: true, subtree: true, attributes: true});
		window.__t0 = performance.now();
		return true})()`)
	time.Sleep(300 * time.Millisecond) // the stream is open by now
	start := time.Now()
	q := f.hub.Snapshot().Meeting.Question(id)
	f.do(t, model.EditQuestion{ID: id, Asker: q.Asker, Kind: q.Kind, Text: "Câu hỏi đã sửa: " + long[:200]})
	for eval[float64](t, ctx, `window.__changed`) == 0 {
		if time.Since(start) > time.Second {
			t.Fatal("the page did not change within 1 s of the commit")
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("commit to page: %v", time.Since(start))
	if eval[bool](t, ctx, `window.__empty`) {
		t.Error("the question was empty between two states")
	}
}

// A question sent from the ask page in a real browser lands in the
// meeting's submissions.
func TestBrowserAsk(t *testing.T) {
	ctx := browser(t)
	f := serve(t)
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	err := chromedp.Do(c,
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(f.base+"/ask?code="+f.codes.Ask),
		chromedp.WaitVisible(chromedp.CSS("#text")),
		chromedp.SendKeys(chromedp.CSS("#name"), "Lê Văn Tâm"),
		chromedp.SendKeys(chromedp.CSS("#unit"), "Xã Tân Phú"),
		chromedp.SendKeys(chromedp.CSS("#text"), "Bao giờ xã có trạm y tế mới?"),
		chromedp.Click(chromedp.CSS("button")),
		chromedp.WaitVisible(chromedp.CSS(".sent")),
	)
	if err != nil {
		t.Fatal(err)
	}
	subs := f.hub.Snapshot().Meeting.Submissions
	if len(subs) != 1 || subs[0].Text != "Bao giờ xã có trạm y tế mới?" || subs[0].Name != "Lê Văn Tâm" {
		t.Fatalf("submissions: %+v", subs)
	}
	if got := eval[string](t, ctx, `document.querySelector(".sent").textContent`); !strings.Contains(got, "Đã gửi") {
		t.Errorf("after sending: %q", got)
	}
}

// When the server goes away the page keeps the last state and says it is
// reconnecting; when the server is back it takes the new state by itself.
func TestBrowserReconnects(t *testing.T) {
	ctx := browser(t)
	f := serve(t)
	f.do(t, model.CallNext{})
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.Navigate(f.base+"/display?code="+f.codes.Display), chromedp.WaitVisible(chromedp.CSS("#text"))); err != nil {
		t.Fatal(err)
	}
	text := f.hub.Snapshot().Meeting.Speaker().Text
	time.Sleep(300 * time.Millisecond) // the stream is open
	f.srv.Close()
	if err := chromedp.Do(c, chromedp.WaitVisible(chromedp.CSS("#reconnect"))); err != nil {
		t.Fatal("no reconnecting mark: ", err)
	}
	if got := eval[string](t, ctx, `document.getElementById("text").textContent`); got != text {
		t.Errorf("while reconnecting the page shows %q", got)
	}
	l, err := net.Listen("tcp", strings.TrimPrefix(f.base, "http://"))
	if err != nil {
		t.Skip("the port was taken meanwhile: ", err)
	}
	again := New(f.hub, f.hub, Config{Addr: l.Addr(), Codes: func() Codes { return f.codes }})
	go again.Serve(l)
	t.Cleanup(func() { again.Close() })
	f.do(t, model.ToggleClock{})
	f.do(t, model.Postpone{})
	if err := chromedp.Do(c, chromedp.WaitNotVisible(chromedp.CSS("#reconnect"))); err != nil {
		t.Fatal("the mark stayed: ", err)
	}
	if got := eval[string](t, ctx, `document.getElementById("text").textContent`); got == text {
		t.Error("the page did not take the state after the reconnection")
	}
}
