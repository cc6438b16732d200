package web

import (
	"encoding/json"
	"html/template"
	"net/http"
	"strings"
	"time"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
	"podium/ui/projector"
)

// view is what the projector page shows: exactly what the SSH projector
// shows, as words ready to read, and nothing else of the meeting. It is
// both the page's first state and each event's data.
type view struct {
	Mode  string `json:"mode"` // "live", "title" or "blank"
	Title string `json:"title"`
	// The title card.
	Topic string `json:"topic,omitempty"`
	Where string `json:"where,omitempty"`
	Chair string `json:"chair,omitempty"`
	// The floor: a line above (number and kind, or the questions being
	// answered), the name (asker or department), the line under it (unit,
	// or who answers), the question; or the idle line.
	Meta string `json:"meta"`
	Name string `json:"name"`
	Sub  string `json:"sub"`
	Text string `json:"text"`
	Idle string `json:"idle"`
	// The clock: its reading when the view was made, whether it runs, the
	// limit (milliseconds); Clock false: none on show.
	Clock   bool  `json:"clock"`
	Elapsed int64 `json:"elapsed"`
	Running bool  `json:"running"`
	Limit   int64 `json:"limit"`
	// Who is next: a heading and up to three lines.
	NextLabel string   `json:"nextLabel"`
	Next      []string `json:"next"`
	// Words the script needs.
	Paused string `json:"paused"`
	// Asking: the QR code and the ask page's address are on show (not
	// while the moderator has closed submissions).
	Asking bool `json:"asking"`
}

// viewOf is the projector's view of a snapshot at now, in t's language:
// the lines the SSH projector shows too (ui/projector), as data for the
// page.
func viewOf(s hub.Snapshot, t i18n.Catalog, now time.Time) view {
	mt := s.Meeting
	v := view{Title: mt.Header.Title, Paused: t.T("clock.paused"), Asking: !mt.SubmissionsClosed}
	switch mt.Stage.Display {
	case model.DisplayBlank:
		v.Mode = "blank"
		v.Title = ""
		return v
	case model.DisplayTitle:
		v.Mode = "title"
		c := projector.TitleOf(mt, t)
		v.Topic, v.Where, v.Chair = c.Topic, c.Where, c.Chair
		return v
	}
	v.Mode = "live"
	f := projector.FloorOf(mt, t)
	v.Meta, v.Name, v.Sub, v.Text, v.Idle = f.Meta, f.Name, f.Sub, f.Text, f.Idle
	v.Clock = f.Clocked
	v.Elapsed = f.Clock.Elapsed(now).Milliseconds()
	v.Running = f.Clock.Running()
	v.Limit = f.Limit.Milliseconds()
	v.Next = f.Next
	if len(v.Next) > 0 {
		v.NextLabel = t.T("display.next")
	}
	return v
}

// meetingLang is the meeting's language for the projector: the one its
// documents speak (i18n.OfMeeting).
func meetingLang(mt *model.Meeting) i18n.Lang { return i18n.OfMeeting(mt.Header.Language) }

var displayPage = template.Must(template.ParseFS(assets, "assets/display.html"))

// displayData is the projector page's template data.
type displayData struct {
	Lang      string
	V         view
	Code      string
	QR        template.HTML
	AskURL    string
	AskLabel  string
	Reconnect string
}

// display serves the projector page with the current state drawn in, so
// the first frame is already the meeting's.
func (s *Server) display(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	if !codeOK(code, s.cfg.Codes().Display) {
		refuse(w, http.StatusForbidden)
		return
	}
	snap := s.hub.Snapshot()
	t := i18n.New(meetingLang(snap.Meeting))
	v := viewOf(snap, t, s.cfg.Clock())
	d := displayData{Lang: string(t.Lang()), V: v, Code: code,
		AskLabel: t.T("web.display.ask"), Reconnect: t.T("web.display.reconnecting")}
	if u := s.AskURL(); u != "" {
		d.AskURL = strings.TrimPrefix(u, "http://")
		d.QR = template.HTML(s.qr.svg(u)) // drawn here, of our own address alone
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_ = displayPage.Execute(w, d)
}

// events streams the projector's view: the current one at once, then one
// per snapshot, until the page goes or the server stops. A comment every
// 15 s keeps the connection known to be alive.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	if !codeOK(r.URL.Query().Get("code"), s.cfg.Codes().Display) {
		refuse(w, http.StatusForbidden)
		return
	}
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	sub, unsub := s.hub.Subscribe()
	defer unsub()
	beat := time.NewTicker(15 * time.Second)
	defer beat.Stop()
	send := func(data []byte) bool {
		_ = rc.SetWriteDeadline(time.Now().Add(10 * time.Second))
		if _, err := w.Write(data); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	var last []byte
	for {
		select {
		case snap, ok := <-sub:
			if !ok {
				return
			}
			t := i18n.New(meetingLang(snap.Meeting))
			data, _ := json.Marshal(viewOf(snap, t, s.cfg.Clock()))
			if string(data) == string(last) {
				continue // a change of who is typing: nothing on show changed
			}
			last = data
			if !send([]byte("retry: 1000\ndata: " + string(data) + "\n\n")) {
				return
			}
		case <-beat.C:
			if !send([]byte(": beat\n\n")) {
				return
			}
		case <-r.Context().Done():
			return
		case <-s.stop:
			return
		}
	}
}
