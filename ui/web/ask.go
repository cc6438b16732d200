package web

import (
	"errors"
	"html/template"
	"net"
	"net/http"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// Submitter is the writer as the ask page uses it: it applies a command
// and names the records it touched (the new submission's number).
type Submitter interface {
	DoRefs(cmd model.Command, who hub.Sender) ([]model.Ref, error)
}

// maxAskBody bounds a posted form: a question of 1,000 characters of
// Vietnamese, percent-encoded, is about 9 KB.
const maxAskBody = 32 << 10

var askPage = template.Must(template.ParseFS(assets, "assets/ask.html"))

// askData is the ask page's template data.
type askData struct {
	Lang   string
	L      map[string]string
	Code   string
	Token  string
	Closed bool
	Sent   string // "Đã gửi" and the number, after a question was taken
	Error  string
	Themes []string
	Max    int
	// MaxName is the longest name a question may carry (the form's limit).
	MaxName int
	// What the sender typed, shown again after a refusal (escaped).
	Name, Unit, Text, Theme string
	Anonymous               bool
}

var askLabels = []string{"title", "intro", "name", "anonymous", "unit", "text", "theme", "theme_none", "send", "again", "sent"}

var askLangs = language.NewMatcher([]language.Tag{language.Vietnamese, language.English})

// askLang is the phone's language: English when its Accept-Language
// prefers it, Vietnamese otherwise.
func askLang(r *http.Request) i18n.Lang {
	tag, _ := language.MatchStrings(askLangs, r.Header.Get("Accept-Language"))
	if base, _ := tag.Base(); base.String() == "en" {
		return i18n.EN
	}
	return i18n.VI
}

// askView is the page for r in its language, with a fresh token.
func (s *Server) askView(w http.ResponseWriter, r *http.Request, code string) (askData, i18n.Catalog) {
	t := i18n.New(askLang(r))
	d := askData{Lang: string(t.Lang()), L: map[string]string{}, Code: code,
		Token: s.csrfToken(s.csrfNonce(w, r)), Max: model.MaxSubmissionLen, MaxName: model.MaxNameLen}
	for _, k := range askLabels {
		d.L[k] = t.T("web.ask." + k)
	}
	d.L["text"] = t.T("web.ask.text", model.MaxSubmissionLen)
	mt := s.hub.Snapshot().Meeting
	d.Closed = mt.SubmissionsClosed || s.sub == nil
	if d.Closed {
		d.Error = t.T("web.ask.closed")
	}
	d.Themes = mt.Themes
	return d, t
}

func (s *Server) render(w http.ResponseWriter, status int, d askData) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = askPage.Execute(w, d)
}

// askForm serves the form.
func (s *Server) askForm(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	if !codeOK(code, s.cfg.Codes().Ask) {
		refuse(w, http.StatusForbidden)
		return
	}
	d, _ := s.askView(w, r, code)
	s.render(w, http.StatusOK, d)
}

// askPost takes a question: the code, the form's token, the address's
// share, the lengths, then the writer, as the role "audience".
func (s *Server) askPost(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxAskBody)
	if err := r.ParseForm(); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			refuse(w, http.StatusRequestEntityTooLarge)
			return
		}
		refuse(w, http.StatusBadRequest)
		return
	}
	code := r.PostFormValue("code")
	if !codeOK(code, s.cfg.Codes().Ask) {
		refuse(w, http.StatusForbidden)
		return
	}
	d, t := s.askView(w, r, code)
	d.Name, d.Unit = r.PostFormValue("name"), r.PostFormValue("unit")
	d.Text, d.Theme = r.PostFormValue("text"), r.PostFormValue("theme")
	d.Anonymous = r.PostFormValue("anonymous") != ""
	if !slices.Contains(d.Themes, d.Theme) {
		d.Theme = "" // only a theme of the meeting's list
	}
	if !utf8.ValidString(d.Name + d.Unit + d.Text + d.Theme) {
		refuse(w, http.StatusBadRequest)
		return
	}
	if !s.csrfOK(r) {
		d.Error = t.T("web.ask.expired")
		s.render(w, http.StatusForbidden, d)
		return
	}
	if d.Closed {
		s.render(w, http.StatusConflict, d)
		return
	}
	if msg := tooLong(d, t); msg != "" {
		d.Error = msg
		s.render(w, http.StatusBadRequest, d)
		return
	}
	addr := remoteHost(r)
	now := s.cfg.Clock()
	ok, retry := s.rate.take(addr, now)
	if !ok {
		mins := int((retry + time.Minute - 1) / time.Minute)
		w.Header().Set("Retry-After", strconv.Itoa(int((retry+time.Second-1)/time.Second)))
		d.Error = t.T("web.ask.too_many", s.cfg.Limit, int(s.cfg.Window/time.Minute), mins)
		s.render(w, http.StatusTooManyRequests, d)
		return
	}
	refs, err := s.sub.DoRefs(model.SubmitQuestion{Name: d.Name, Unit: d.Unit, Text: d.Text,
		Theme: d.Theme, Anonymous: d.Anonymous}, hub.As(hub.RoleAudience))
	if err != nil {
		s.rate.giveBack(addr, now)
		status, msg := submitRefusal(err, t)
		d.Error = msg
		s.render(w, status, d)
		return
	}
	d.Sent = t.T("web.ask.number", submissionID(refs))
	d.Text, d.Theme = "", ""
	s.render(w, http.StatusOK, d)
}

// tooLong says what is too long to send, or "".
func tooLong(d askData, t i18n.Catalog) string {
	switch {
	case model.Len(d.Text) > model.MaxSubmissionLen:
		return t.T("web.ask.too_long", model.MaxSubmissionLen)
	case model.Len(d.Name) > model.MaxNameLen:
		return t.T("web.ask.name_too_long", model.MaxNameLen)
	case model.Len(d.Unit) > model.MaxLineLen, model.Len(d.Theme) > model.MaxLineLen:
		return t.T("web.ask.field_too_long", model.MaxLineLen)
	}
	return ""
}

// submitRefusal is the status and the sentence for the writer's refusal.
func submitRefusal(err error, t i18n.Catalog) (int, string) {
	var me *model.Error
	if errors.As(err, &me) {
		switch me.Code {
		case model.ErrSubmissionsClosed:
			return http.StatusConflict, t.T("web.ask.closed")
		case model.ErrTooManyPending:
			return http.StatusServiceUnavailable, t.T("web.ask.full")
		case model.ErrEmptyText:
			return http.StatusBadRequest, t.T("web.ask.empty")
		case model.ErrTooLong:
			return http.StatusBadRequest, tooLongField(me, t)
		}
	}
	return http.StatusServiceUnavailable, t.T("web.ask.failed")
}

// tooLongField is the sentence for the model's refusal of a field too
// long: it names the field and its limit.
func tooLongField(me *model.Error, t i18n.Catalog) string {
	field, limit := "text", model.MaxSubmissionLen
	if len(me.Args) == 2 {
		field, _ = me.Args[0].(string)
		limit, _ = me.Args[1].(int)
	}
	switch field {
	case "text":
		return t.T("web.ask.too_long", limit)
	case "name":
		return t.T("web.ask.name_too_long", limit)
	}
	return t.T("web.ask.field_too_long", limit)
}

// submissionID is the new submission's number among the touched records.
func submissionID(refs []model.Ref) int {
	for _, r := range refs {
		if r.Kind == model.RecSubmission {
			return r.ID
		}
	}
	return 0
}

// remoteHost is the sender's address without its port: what the share of
// questions is counted by (no forwarding header is trusted).
func remoteHost(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
