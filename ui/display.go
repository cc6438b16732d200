package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/projector"
)

// Display is the projector's screen: read-only, large, readable from the
// back of the hall. It shows who speaks and from where, the question, the
// clock in big digits, who answers, who is next, and the meeting's title;
// or nothing at all, or a title card, as the moderator chooses.
type Display struct {
	ctx    *Context
	subs   <-chan hub.Snapshot
	unsub  func()
	clock  func() time.Time
	snap   hub.Snapshot
	now    time.Time
	width  int
	height int
}

// NewDisplay builds the projector screen for one session on a hub.
func NewDisplay(ctx *Context, h Follower, clock func() time.Time) *Display {
	sub, unsub := h.Subscribe()
	d := &Display{ctx: ctx, subs: sub, unsub: unsub, clock: clock, now: clock()}
	d.snap = <-sub
	return d
}

// Init starts listening for snapshots and the clock.
func (d *Display) Init() tea.Cmd { return tea.Batch(d.wait(), tick(), askBackground) }

func (d *Display) wait() tea.Cmd {
	ch := d.subs
	return func() tea.Msg {
		s, ok := <-ch
		if !ok {
			return nil
		}
		return snapshotMsg(s)
	}
}

// Update takes snapshots, ticks and sizes; the only key is q, to leave.
func (d *Display) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		d.width, d.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		d.ctx.setBackground(msg) // background.go
	case snapshotMsg:
		d.snap = hub.Snapshot(msg)
		d.now = d.clock()
		return d, d.wait()
	case tickMsg:
		d.now = d.clock()
		return d, tick()
	case tea.KeyPressMsg:
		if key.Matches(msg, d.ctx.Keys.Display.Quit) {
			return d, tea.Quit
		}
	}
	return d, nil
}

// Close stops listening to the hub.
func (d *Display) Close() { d.unsub() }

// View draws the projector.
func (d *Display) View() tea.View {
	v := tea.NewView(d.render())
	v.AltScreen = true
	return v
}

func (d *Display) render() string {
	w, h := d.width, d.height
	if w <= 0 || h <= 0 {
		w, h = 80, 24
	}
	mt := d.snap.Meeting
	var lines []string
	switch mt.Stage.Display {
	case model.DisplayBlank:
		return blank(w, h)
	case model.DisplayTitle:
		lines = d.titleCard(mt, w, h)
	default:
		lines = d.live(mt, w, h)
	}
	for i, l := range lines {
		lines[i] = padStyled(l, w)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines[:h], "\n")
}

// centre pads a line of plain text to sit in the middle of w cells.
func centre(s string, w int) string {
	s = cut(s, w)
	return strings.Repeat(" ", max(0, (w-width(s))/2)) + s
}

func (d *Display) titleCard(mt *model.Meeting, w, h int) []string {
	st := d.ctx.Styles
	c := projector.TitleOf(mt, d.ctx.T)
	var body []string
	title, _ := wrap(c.Title, w-8, 3)
	for _, l := range title {
		body = append(body, st.FloorName.Render(centre(l, w)))
	}
	if c.Topic != "" {
		body = append(body, "", st.Department.Render(centre(c.Topic, w)))
	}
	if c.Where != "" {
		body = append(body, "", st.FloorMeta.Render(centre(c.Where, w)))
	}
	if c.Chair != "" {
		body = append(body, st.FloorMeta.Render(centre(c.Chair, w)))
	}
	top := max(0, (h-len(body))/2)
	return append(make([]string, top), body...)
}

// live is the projector during the meeting: the floor's lines as the web
// projector has them too (ui/projector), in the terminal's large type.
func (d *Display) live(mt *model.Meeting, w, h int) []string {
	st, t := d.ctx.Styles, d.ctx.T
	lines := []string{st.StatusTitle.Render(fit(" "+mt.Header.Title, w)), ""}
	f := projector.FloorOf(mt, t)
	if f.Clocked {
		name := st.FloorName // the asker's; a department in its own colour
		if f.State == model.FloorAnswering {
			name = st.Department
		}
		lines = append(lines,
			st.FloorMeta.Render(cut(f.Meta, w)),
			name.Render(cut(strings.ToUpper(f.Name), w)),
			st.FloorMeta.Render(cut(f.Sub, w)), "")
	} else {
		lines = append(lines, st.FloorIdle.Render(cut(f.Idle, w)), "")
	}

	// The clock, big, in the colours of the moderator's.
	var clockLines []string
	if f.Clocked {
		clock, limit := f.Clock, f.Limit
		el := clock.Elapsed(d.now)
		text := mmss(el)
		lvl := model.Level(el, limit)
		if lvl == model.ClockOvertime {
			text = "+" + mmss(el-limit)
		}
		style := clockStyle(st, lvl)
		if !clock.Running() {
			style = st.ClockPaused
		}
		if bigWidth(text) <= w && h >= 18 {
			for _, r := range bigText(text) {
				clockLines = append(clockLines, style.Render(centre(r, w)))
			}
		} else {
			clockLines = append(clockLines, style.Render(centre(text+" / "+mmss(limit), w)))
		}
	}

	// Who is next, at the bottom.
	footer := []string{}
	if len(f.Next) > 0 {
		footer = append(footer, st.Label.Render(t.T("display.next")))
		for _, n := range f.Next {
			footer = append(footer, st.FloorMeta.Render(cut("  "+n, w)))
		}
	}

	// The question fills what is left.
	if room := h - len(lines) - len(clockLines) - len(footer) - 2; f.Text != "" && room > 0 {
		text, _ := wrap(f.Text, w-4, room)
		for _, l := range text {
			lines = append(lines, "  "+st.FloorText.Render(l))
		}
	}
	for len(lines) < h-len(clockLines)-len(footer)-1 {
		lines = append(lines, "")
	}
	lines = append(lines, clockLines...)
	lines = append(lines, "")
	return append(lines, footer...)
}
