package web

import (
	"net/http"
	"strings"
	"testing"
)

// A wrong or missing code gets a plain 403 that says nothing of the
// meeting, on every page, and each page's code opens only that page.
func TestWrongCodeRefusedPlainly(t *testing.T) {
	f := serve(t)
	c := client(t)
	title := f.hub.Snapshot().Meeting.Header.Title
	for _, u := range []string{
		"/display", "/display?code=", "/display?code=wrong", "/display?code=" + f.codes.Ask,
		"/display/events", "/display/events?code=" + f.codes.Ask,
		"/ask", "/ask?code=nope", "/ask?code=" + f.codes.Display,
	} {
		status, hdr, body := get(t, c, f.base+u)
		if status != http.StatusForbidden || body != "Forbidden\n" {
			t.Errorf("%s: %d %q, want a plain 403", u, status, body)
		}
		if hdr.Get("Set-Cookie") != "" || strings.Contains(body, title) {
			t.Errorf("%s: the refusal gives something away: %v %q", u, hdr, body)
		}
	}
	form := f.askForm(t, c)
	form.Set("code", f.codes.Display)
	form.Set("text", "Câu hỏi")
	if status, _, body := post(t, c, f.base+"/ask", form); status != http.StatusForbidden || body != "Forbidden\n" {
		t.Errorf("POST with the display code: %d %q", status, body)
	}
	if n := len(f.hub.Snapshot().Meeting.Submissions); n != 0 {
		t.Errorf("%d submissions taken with a wrong code", n)
	}
}

// The code is read as the SSH join codes are: case, dashes and spaces do
// not count; an empty code in force opens nothing.
func TestCodeCompare(t *testing.T) {
	for _, c := range []struct {
		given, want string
		ok          bool
	}{
		{"aaaa-bbbb-cccc", "aaaa-bbbb-cccc", true},
		{"AAAABBBBCCCC", "aaaa-bbbb-cccc", true},
		{"aaaa bbbb cccc", "aaaa-bbbb-cccc", true},
		{"aaaa-bbbb-cccd", "aaaa-bbbb-cccc", false},
		{"", "aaaa-bbbb-cccc", false},
		{"", "", false},
		{"x", "", false},
	} {
		if got := codeOK(c.given, c.want); got != c.ok {
			t.Errorf("codeOK(%q, %q) = %v", c.given, c.want, got)
		}
	}
}

// Nothing else is served: no index, no template, no export, no guessing.
func TestNothingElseServed(t *testing.T) {
	f := serve(t)
	c := client(t)
	for _, u := range []string{"/", "/export.json", "/static/display.html", "/static/ask.html", "/static/../ask.go",
		"/display/state?code=" + f.codes.Display, "/inbox?code=" + f.codes.Ask} {
		if status, _, _ := get(t, c, f.base+u); status != http.StatusNotFound && status != http.StatusForbidden {
			t.Errorf("%s: %d, want a refusal", u, status)
		}
	}
	if status, _, _ := get(t, c, f.base+"/static/display.js"); status != 200 {
		t.Errorf("the display's script: %d", status)
	}
}

// Every answer carries the headers: no sniffing, no framing, a policy
// that allows only the server's own scripts; the ask page is never cached.
func TestHeaders(t *testing.T) {
	f := serve(t)
	c := client(t)
	for _, u := range []string{"/display?code=" + f.codes.Display, "/ask?code=" + f.codes.Ask, "/ask", "/nothing"} {
		_, hdr, _ := get(t, c, f.base+u)
		if hdr.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", u)
		}
		csp := hdr.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") {
			t.Errorf("%s: policy %q", u, csp)
		}
	}
	_, hdr, _ := get(t, c, f.base+"/ask?code="+f.codes.Ask)
	if hdr.Get("Cache-Control") != "no-store" {
		t.Errorf("/ask cached: %q", hdr.Get("Cache-Control"))
	}
	form := f.askForm(t, c)
	form.Set("text", "Câu hỏi")
	resp, err := c.PostForm(f.base+"/ask", form)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("POST /ask cached: %q", resp.Header.Get("Cache-Control"))
	}
}

// The server has timeouts for slow clients.
func TestServerTimeouts(t *testing.T) {
	f := serve(t)
	s := f.srv.srv
	if s.ReadHeaderTimeout <= 0 || s.ReadTimeout <= 0 || s.WriteTimeout <= 0 || s.IdleTimeout <= 0 || s.MaxHeaderBytes <= 0 {
		t.Errorf("timeouts: %+v", s)
	}
}
