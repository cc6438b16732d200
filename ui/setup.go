package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
)

// Setup is the short form that starts a new meeting file: title, topic,
// venue, chair and date. It builds the header and checks it with the model;
// creating the file is the caller's business.
type Setup struct {
	ctx    *Context
	path   string
	form   *form
	help   help.Model
	width  int
	height int
	err    string

	// Header is the meeting to create; Done is false if the user cancelled.
	Header model.Header
	Done   bool
}

// NewSetup builds the form for a new meeting at path, dated today.
func NewSetup(ctx *Context, path string, today time.Time) *Setup {
	t := ctx.T
	s := &Setup{ctx: ctx, path: path, help: help.New()}
	s.form = newForm(t.T("setup.title"),
		newTextField(t.T("setup.meeting"), ""),
		newTextField(t.T("setup.topic"), ""),
		newTextField(t.T("setup.venue"), ""),
		newTextField(t.T("setup.chair"), ""),
		newTextField(t.T("setup.chair_role"), ""),
		newTextField(t.T("setup.date"), today.Format(dateLayout)),
	)
	s.form.hint = t.T("setup.hint", path)
	return s
}

// Init does nothing: the form waits for keys.
func (s *Setup) Init() tea.Cmd { return nil }

// Update drives the form.
func (s *Setup) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k := s.ctx.Keys.Form
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		s.width, s.height = msg.Width, msg.Height
	case tea.PasteMsg:
		return s, s.form.update(k, msg)
	case tea.KeyPressMsg:
		last := s.form.focus == len(s.form.fields)-1
		switch {
		case key.Matches(msg, k.Quit), key.Matches(msg, k.Cancel):
			return s, tea.Quit
		case key.Matches(msg, k.Save), key.Matches(msg, k.Enter) && last:
			return s, s.submit()
		}
		return s, s.form.update(k, msg)
	}
	return s, nil
}

func (s *Setup) submit() tea.Cmd {
	f := s.form.fields
	date, ok := parseDeadline(f[5].value(), time.Local)
	if !ok {
		s.err = s.ctx.T.T("setup.bad_date", f[5].value())
		return nil
	}
	h := model.Header{
		Title: f[0].value(), Topic: f[1].value(), Venue: f[2].value(),
		Chair: model.Person{Name: f[3].value(), Role: f[4].value()},
		// The meeting starts at 08:00 on the day typed, until it is edited.
		Date:     time.Date(date.Year(), date.Month(), date.Day(), 8, 0, 0, 0, time.Local),
		Language: string(s.ctx.T.Lang()),
	}
	m, _, err := model.Apply(model.New(model.Header{}), model.SetHeader{Header: h}, h.Date)
	if err != nil {
		s.err = s.ctx.errText(err)
		return nil
	}
	s.Header, s.Done = m.Header, true
	return tea.Quit
}

// View draws the form centred in a box.
func (s *Setup) View() tea.View {
	w, h := s.width, s.height
	if w <= 0 || h <= 0 {
		w, h = 80, 24
	}
	st := s.ctx.Styles
	boxH := max(4, h-2)
	body := box(s.form.title, s.form.view(s.ctx, w-2, boxH-2), w, boxH, st.BorderActive, st.BoxTitle)
	msg := strings.Repeat(" ", w)
	if s.err != "" {
		msg = padStyled(st.Error.Render(cut(s.err, w)), w)
	}
	helpLine := padStyled(s.help.ShortHelpView([]key.Binding{s.ctx.Keys.Form.Next, s.ctx.Keys.Form.Prev, s.ctx.Keys.Form.Save, s.ctx.Keys.Form.Cancel}), w)
	v := tea.NewView(body + "\n" + msg + "\n" + helpLine)
	v.AltScreen = true
	return v
}
