package web

import (
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"time"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
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

// viewOf is the projector's view of a snapshot at now, in t's language.
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
		titleCard(&v, mt, t)
		return v
	}
	v.Mode = "live"
	var clock model.Clock
	var limit time.Duration
	switch mt.Floor.State {
	case model.FloorAsking:
		if q := mt.Speaker(); q != nil {
			v.Meta = fmt.Sprintf("%s %d · %s", t.T("floor.number"), q.ID, t.T("kind."+string(q.Kind)))
			if q.AskedBy() > 1 { // submissions merged into it, as the floor card says
				v.Meta += " · " + t.T("question.asked_by", q.AskedBy())
			}
			v.Name = q.Asker.Name
			v.Sub = strings.Join(nonEmpty(q.Asker.Role, q.Asker.Unit), ", ")
			v.Text = q.Text
			clock, limit, v.Clock = q.Speaking, mt.SpeakLimitOf(q), true
		}
	case model.FloorAnswering:
		if a := mt.FloorAnswer(); a != nil {
			var ids []string
			for _, id := range mt.Floor.Questions {
				if q := mt.Question(id); q != nil {
					ids = append(ids, fmt.Sprint(q.ID))
					if v.Text == "" {
						v.Text = q.Text
					}
				}
			}
			v.Meta = t.T("display.answering", strings.Join(ids, ", "))
			v.Name = a.Department
			if dp := mt.DepartmentByCode(a.Department); dp != nil {
				v.Name = dp.Name
			}
			v.Sub = person(a.Responder)
			clock, limit, v.Clock = a.Clock, mt.Header.AnswerLimit, true
		}
	}
	if !v.Clock {
		v.Idle = t.T("display.idle")
	}
	v.Elapsed = clock.Elapsed(now).Milliseconds()
	v.Running = clock.Running()
	v.Limit = limit.Milliseconds()
	for _, id := range mt.Queue {
		if len(v.Next) == 3 {
			break
		}
		if q := mt.Question(id); q != nil {
			v.Next = append(v.Next, fmt.Sprintf("%d. %s", q.ID, person(q.Asker)))
		}
	}
	if len(v.Next) > 0 {
		v.NextLabel = t.T("display.next")
	}
	return v
}

func titleCard(v *view, mt *model.Meeting, t i18n.Catalog) {
	hd := mt.Header
	if hd.Topic != "" {
		v.Topic = "“" + hd.Topic + "”"
	}
	var where []string
	if !hd.Date.IsZero() {
		where = append(where, hd.Date.Format("02/01/2006"))
	}
	if hd.Venue != "" {
		where = append(where, hd.Venue)
	}
	v.Where = strings.Join(where, " · ")
	if hd.Chair.Name != "" {
		v.Chair = t.T("display.chair", person(hd.Chair))
	}
}

// person is "Name — role, unit" with the empty parts left out, as the
// terminal screens write it.
func person(p model.Person) string {
	rest := nonEmpty(p.Role, p.Unit)
	if len(rest) == 0 {
		return p.Name
	}
	return p.Name + " — " + strings.Join(rest, ", ")
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
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
