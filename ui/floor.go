package ui

import (
	"fmt"
	"strings"
	"time"

	"podium/model"
)

// floorCard draws who holds the floor: the asker, the question and the
// speaking clock; when idle, who is next and how to call them.
func floorCard(c *Context, m *model.Meeting, now time.Time, w, h int) []string {
	st := c.Styles
	qs := floorQuestions(m)
	if len(qs) == 0 {
		lines := []string{st.FloorIdle.Render(cut(c.T.T("floor.idle"), w))}
		if m.Queue.Len() > 0 {
			next := m.Question(m.Queue.At(0))
			lines = append(lines, "", cut(c.T.T("floor.next", next.ID, next.Asker.Name), w),
				st.Dim.Render(cut(strings.TrimPrefix(person(next.Asker), next.Asker.Name+" — "), w)),
				st.HelpKey.Render("n")+" "+st.HelpDesc.Render(cut(c.T.T("floor.hint_call"), w-2)))
		} else {
			lines = append(lines, "", st.Dim.Render(cut(c.T.T("floor.queue_empty"), w)))
		}
		return lines
	}
	q := qs[0]
	if s := m.Speaker(); s != nil {
		q = s
	}
	meta := fmt.Sprintf("%s %d · %s", c.T.T("floor.number"), q.ID, c.kind(q.Kind))
	if q.AskedBy() > 1 { // submissions merged into it (the Inbox)
		meta += " · " + c.T.T("question.asked_by", q.AskedBy())
	}
	if q.Theme != "" {
		meta += " · " + q.Theme
	}
	if len(qs) > 1 {
		group := c.T.T("floor.group", idList(qs))
		if m.Floor.State == model.FloorAsking {
			group = c.T.T("floor.group_turn", m.Floor.Speaker+1, len(qs))
		}
		meta = group + " · " + meta
	}
	lines := []string{st.FloorMeta.Render(cut(meta, w))}
	rest := strings.TrimPrefix(person(q.Asker), q.Asker.Name)
	roomy := h >= 12
	if roomy {
		lines = append(lines, st.FloorName.Render(cut(q.Asker.Name, w)),
			st.FloorMeta.Render(cut(strings.TrimPrefix(rest, " — "), w)))
	} else {
		name := cut(q.Asker.Name, w)
		lines = append(lines, st.FloorName.Render(name)+st.FloorMeta.Render(cut(rest, w-width(name))))
	}
	// At the bottom: the clock, and the addressed departments beside it or
	// above it when there is room.
	var clock string
	if m.Floor.State == model.FloorAsking {
		clock = c.T.T("floor.speaking") + " " + c.clockText(q.Speaking, m.SpeakLimitOf(q), now)
	} else {
		clock = st.Dim.Render(c.T.T("floor.asked_for", mmss(q.Speaking.Elapsed(now))))
	}
	addressed := c.T.T("floor.addressed", depts(q.Departments))
	footer := []string{clock}
	if roomy {
		footer = []string{st.Label.Render(cut(addressed, w)), clock}
	} else if room := w - width(clock) - 3; room >= 12 {
		footer = []string{clock + st.Label.Render(" · "+cut(addressed, room))}
	}
	room := h - len(lines) - len(footer)
	if room < 1 {
		// Too small for the text: keep the name and the clock.
		return append(lines[:min(len(lines), max(0, h-1))], footer[len(footer)-1])
	}
	text, more := wrap(q.Text, w, room)
	if more {
		hint := " (" + c.T.T("floor.more") + ")"
		last := strings.TrimSuffix(text[len(text)-1], "…")
		text[len(text)-1] = cut(last+"…", w-width(hint)) + st.Dim.Render(hint) // one "…", cut or not
	}
	for _, l := range text {
		lines = append(lines, st.FloorText.Render(l))
	}
	for len(lines) < h-len(footer) {
		lines = append(lines, "")
	}
	return append(lines, footer...)
}

// answerCard draws the department answering, its representative and the
// answer clock; typing says who is writing notes on which answer (on this
// one or an earlier one), under the department.
func answerCard(c *Context, m *model.Meeting, now time.Time, w, h int, typing []string) []string {
	st := c.Styles
	a := m.FloorAnswer()
	if a == nil {
		lines := []string{st.FloorIdle.Render(cut(c.T.T("answer.none"), w))}
		if m.Floor.State == model.FloorAsking {
			lines = append(lines, st.HelpKey.Render("r")+" "+st.HelpDesc.Render(cut(c.T.T("answer.hint_start"), w-2)))
		}
		for _, t := range typing {
			lines = append(lines, st.ClockWarning.Render(cut(t, w)))
		}
		return lines[:min(len(lines), max(1, h))]
	}
	name := a.Department
	if d := m.DepartmentByCode(a.Department); d != nil {
		name = d.Name + " (" + d.Code + ")"
	}
	lines := []string{st.Department.Render(cut(name, w))}
	if a.Responder.Name != "" && h >= 4 {
		lines = append(lines, cut(person(a.Responder), w))
	} else if a.Responder.Name != "" {
		name = cut(name, w)
		who := a.Responder.Name
		if a.Responder.Role != "" {
			who += ", " + a.Responder.Role
		}
		lines[0] = st.Department.Render(name) + cut(" — "+who, w-width(name))
	}
	var untold []string // no line left for them: they go beside the clock
	for _, t := range typing {
		if len(lines) < h-1 {
			lines = append(lines, st.ClockWarning.Render(cut(t, w)))
		} else {
			untold = append(untold, t)
		}
	}
	if h >= 5+len(typing) {
		lines = append(lines, st.Dim.Render(cut(c.T.T("answer.covers", idList(floorQuestions(m))), w)))
	}
	clock := c.T.T("answer.answering") + " " + c.clockText(a.Clock, m.Header.AnswerLimit, now)
	if len(untold) > 0 {
		if room := w - width(clock) - 3; room >= 12 {
			clock += " · " + st.ClockWarning.Render(cut(strings.Join(untold, " · "), room))
		}
	}
	if h-1 > len(lines) && a.Notes != "" {
		notes, _ := wrap(a.Notes, w, h-1-len(lines))
		for _, n := range notes {
			lines = append(lines, st.Dim.Render(n))
		}
	}
	lines = lines[:min(len(lines), max(0, h-1))]
	for len(lines) < h-1 {
		lines = append(lines, "")
	}
	return append(lines, clock)
}

func floorQuestions(m *model.Meeting) []*model.Question {
	var qs []*model.Question
	for _, id := range m.Floor.Questions {
		if q := m.Question(id); q != nil {
			qs = append(qs, q)
		}
	}
	return qs
}

func idList(qs []*model.Question) string {
	s := make([]string, len(qs))
	for i, q := range qs {
		s[i] = fmt.Sprint(q.ID)
	}
	return strings.Join(s, ", ")
}
