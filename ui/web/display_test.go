package web

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// The page carries the floor's state drawn in: the question, the asker,
// the clock's data; it escapes what people typed.
func TestDisplayDrawsTheFloor(t *testing.T) {
	f := serve(t)
	f.do(t, model.AddQuestion{Asker: model.Person{Name: "Ông <b>Tám</b>", Unit: "Phường 3"}, Kind: model.KindQuestion,
		Text: `Vì sao <script>alert(1)</script> đường "Lê Lợi" ngập?`})
	id := f.hub.Snapshot().Meeting.Questions.Len()
	f.do(t, model.Call{ID: id})
	status, hdr, body := get(t, client(t), f.base+"/display?code="+f.codes.Display)
	if status != 200 || hdr.Get("Cache-Control") != "no-store" {
		t.Fatalf("%d %v", status, hdr)
	}
	wantIn(t, body, "Vì sao &lt;script&gt;alert(1)&lt;/script&gt; đường &#34;Lê Lợi&#34; ngập?", "Ông &lt;b&gt;Tám&lt;/b&gt;", "Phường 3",
		`<html lang="vi">`, `\u003cscript\u003e`, "<svg", "/ask?code=aaaabbbbcccc")
	wantNotIn(t, body, "<script>alert", "<b>Tám")
}

// A question others sent from the hall too (merged in the Inbox) says how
// many asked it, on the projector as on the moderator's floor card; the
// names of those merged in are not shown.
func TestViewSaysHowManyAsked(t *testing.T) {
	f := serve(t)
	f.do(t, model.SubmitQuestion{Name: "Người Thứ Hai", Text: "Cũng hỏi vậy"})
	f.do(t, model.MergeSubmission{ID: 1, Into: 1})
	f.do(t, model.CallNext{})
	v := viewOf(f.hub.Snapshot(), i18n.New(i18n.VI), time.Now())
	if !strings.HasSuffix(v.Meta, "· 2 người cùng hỏi") {
		t.Errorf("meta %q", v.Meta)
	}
	if b, _ := json.Marshal(v); strings.Contains(string(b), "Người Thứ Hai") {
		t.Errorf("the view names a sender merged in: %s", b)
	}
}

// The view shows only what the SSH projector shows: the floor, the clock,
// who is next; blank shows nothing and the title card only the header.
func TestViewModes(t *testing.T) {
	f := serve(t)
	tr := i18n.New(i18n.VI)
	f.do(t, model.CallNext{})
	v := viewOf(f.hub.Snapshot(), tr, time.Now())
	q := f.hub.Snapshot().Meeting.Speaker()
	if v.Mode != "live" || v.Text != q.Text || v.Name != q.Asker.Name || !v.Clock || !v.Running || v.Limit <= 0 || len(v.Next) == 0 {
		t.Errorf("live view: %+v", v)
	}
	f.do(t, model.SetDisplay{Mode: model.DisplayBlank})
	v = viewOf(f.hub.Snapshot(), tr, time.Now())
	if b, _ := json.Marshal(v); v.Mode != "blank" || strings.Contains(string(b), q.Text) || v.Title != "" {
		t.Errorf("blank view: %s", b)
	}
	f.do(t, model.SetDisplay{Mode: model.DisplayTitle})
	v = viewOf(f.hub.Snapshot(), tr, time.Now())
	if v.Mode != "title" || v.Title == "" || v.Text != "" || v.Name != "" {
		t.Errorf("title view: %+v", v)
	}
}

// The clock's reading runs on with the wall clock and stops when paused.
func TestViewClock(t *testing.T) {
	f := serve(t)
	f.do(t, model.CallNext{})
	tr := i18n.New(i18n.VI)
	now := time.Now()
	a, b := viewOf(f.hub.Snapshot(), tr, now), viewOf(f.hub.Snapshot(), tr, now.Add(90*time.Second))
	if d := b.Elapsed - a.Elapsed; d != 90_000 {
		t.Errorf("90 s later the clock moved %d ms", d)
	}
	f.do(t, model.ToggleClock{})
	if v := viewOf(f.hub.Snapshot(), tr, now.Add(time.Hour)); v.Running {
		t.Errorf("paused clock: %+v", v)
	}
}

// The QR code and the ask page's address leave the projector while
// submissions are closed.
func TestDisplayHidesAskWhenClosed(t *testing.T) {
	f := serve(t)
	_, _, body := get(t, client(t), f.base+"/display?code="+f.codes.Display)
	wantIn(t, body, `<div id="ask" class="ask">`)
	f.do(t, model.SetSubmissions{Closed: true})
	_, _, body = get(t, client(t), f.base+"/display?code="+f.codes.Display)
	wantIn(t, body, `<div id="ask" class="ask" hidden>`)
	if v := viewOf(f.hub.Snapshot(), i18n.New(i18n.VI), time.Now()); v.Asking {
		t.Error("the view offers asking while closed")
	}
}

// The projector speaks the meeting's language.
func TestDisplayLanguage(t *testing.T) {
	f := serve(t)
	hd := f.hub.Snapshot().Meeting.Header
	hd.Language = "en"
	f.do(t, model.SetHeader{Header: hd})
	_, _, body := get(t, client(t), f.base+"/display?code="+f.codes.Display)
	wantIn(t, body, `<html lang="en">`, "Speakers, please get ready.")
}

// events sends the current state at once, then each commit's, and a
// state no sooner than its commit.
func TestEventsStream(t *testing.T) {
	f := serve(t)
	ev := openEvents(t, f)
	first := ev.next(t)
	if first.Mode != "live" || first.Clock {
		t.Fatalf("first state: %+v", first)
	}
	f.do(t, model.CallNext{})
	start := time.Now()
	v := ev.next(t)
	if !v.Clock || v.Text != f.hub.Snapshot().Meeting.Speaker().Text {
		t.Errorf("after the call: %+v", v)
	}
	if d := time.Since(start); d > 200*time.Millisecond {
		t.Errorf("the event took %v", d)
	}
}

// Close ends the event streams and returns.
func TestCloseEndsStreams(t *testing.T) {
	f := serve(t)
	ev := openEvents(t, f)
	ev.next(t)
	done := make(chan error, 1)
	go func() { done <- f.srv.Close() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not return")
	}
	for ev.sc.Scan() {
	}
}

type eventReader struct {
	sc   *bufio.Scanner
	resp *http.Response
}

func openEvents(t *testing.T, f *fixture) *eventReader {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", f.base+"/display/events?code="+f.codes.Display, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("events: %d %v", resp.StatusCode, resp.Header)
	}
	return &eventReader{sc: bufio.NewScanner(resp.Body), resp: resp}
}

func (e *eventReader) next(t *testing.T) view {
	t.Helper()
	got := make(chan view, 1)
	go func() {
		for e.sc.Scan() {
			if d, ok := strings.CutPrefix(e.sc.Text(), "data: "); ok {
				var v view
				if err := json.Unmarshal([]byte(d), &v); err == nil {
					got <- v
					return
				}
			}
		}
		close(got)
	}()
	select {
	case v, ok := <-got:
		if !ok {
			t.Fatal("the stream ended")
		}
		return v
	case <-time.After(5 * time.Second):
		t.Fatal("no event in 5 s")
	}
	return view{}
}

var _ = hub.RoleDisplay
