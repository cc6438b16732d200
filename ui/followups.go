package ui

import (
	"fmt"
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/ui/theme"
)

// followRows is the follow-ups in the order the screen lists them: by
// department (Vietnamese order of names), then deadline, then number.
func followRows(mt *model.Meeting) []*model.FollowUp {
	var rows []*model.FollowUp
	for _, f := range mt.FollowUps {
		if f != nil {
			rows = append(rows, f)
		}
	}
	name := func(f *model.FollowUp) string {
		if d := mt.DepartmentByCode(f.Department); d != nil {
			return d.Name
		}
		return f.Department
	}
	slices.SortStableFunc(rows, func(a, b *model.FollowUp) int {
		switch {
		case a.Deadline.IsZero() != b.Deadline.IsZero():
			if a.Deadline.IsZero() {
				return 1
			}
			return -1
		case !a.Deadline.Equal(b.Deadline):
			return a.Deadline.Compare(b.Deadline)
		}
		return a.ID - b.ID
	})
	sortVietnamese(rows, name)
	return rows
}

// followScreen lists the follow-ups by department, for after the meeting.
type followScreen struct {
	*shared
	baseScreen
	sel int // the selected row
}

func (m *followScreen) titleKey() string { return "screen.followups" }

// keyPress is the Follow-ups screen's keyboard.
func (m *followScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.ctx.Keys.FollowUps
	rows := followRows(m.meeting())
	switch {
	case key.Matches(msg, k.Up):
		m.sel = max(0, m.sel-1)
	case key.Matches(msg, k.Down):
		m.sel = min(max(0, len(rows)-1), m.sel+1)
	case key.Matches(msg, k.Update):
		if m.sel < len(rows) {
			m.openFollowUpForm(rows[m.sel])
		}
	case key.Matches(msg, k.Conclusion):
		m.openConclusionForm(nil)
	default:
		return nil, false
	}
	return nil, true
}

// ShortHelp is the screen's help line.
func (m *followScreen) ShortHelp() []key.Binding {
	k, g := m.ctx.Keys.FollowUps, m.ctx.Keys.Global
	return []key.Binding{k.Up, k.Down, k.Update, k.Conclusion, g.NextScreen, g.Help, g.Quit}
}

// FullHelp is every key of the screen.
func (m *followScreen) FullHelp() []helpGroup {
	k := m.ctx.Keys.FollowUps
	return []helpGroup{{m.ctx.T.T("help.followups"), []key.Binding{k.Up, k.Down, k.Update, k.Conclusion}}}
}

// followBody draws the follow-ups grouped by department, overdue ones marked.
func (m *followScreen) view(w, h int) string {
	st, t, mt := m.ctx.Styles, m.ctx.T, m.meeting()
	rows := followRows(mt)
	iw, ih := w-2, h-2
	overdue := 0
	for _, f := range rows {
		if f.Overdue(m.now) {
			overdue++
		}
	}
	title := t.T("box.followups", len(rows), overdue)
	if len(rows) == 0 {
		return box(title, []string{st.FloorIdle.Render(cut(t.T("followups.none"), iw))}, w, h, st.Border, st.BoxTitle)
	}
	m.sel = min(m.sel, len(rows)-1)
	// 13: “Đang theo dõi”, “Đã giải quyết” uncut.
	statusW, dateW, idW := 13, 10, 3
	whatW := max(4, iw-idW-statusW-dateW-3-9-1) // 1: the selection mark
	var lines []string
	selLine := 0
	last := ""
	for i, f := range rows {
		if f.Department != last {
			last = f.Department
			lines = append(lines, st.Department.Render(cut(m.deptName(f.Department), iw)))
		}
		deadline := ""
		if !f.Deadline.IsZero() {
			deadline = f.Deadline.In(m.loc()).Format(dateLayout)
		}
		mark := "        "
		if f.Overdue(m.now) {
			mark = fit(t.T("followups.overdue"), 8)
		}
		sel := theme.Unselected
		if i == m.sel {
			sel = theme.Selected // enter opens this one, colour or not
		}
		text := sel + fmt.Sprintf("%*d %s %s %s %s", idW, f.ID, fit(t.T("source."+string(f.Source))+": "+f.What, whatW),
			fit(deadline, dateW), fit(t.T("fstatus."+string(f.Status)), statusW), mark)
		switch {
		case i == m.sel:
			selLine = len(lines)
			lines = append(lines, st.QueueSelected.Render(fit(text, iw)))
		case f.Overdue(m.now):
			lines = append(lines, st.Error.Render(fit(text, iw)))
		case f.Status == model.FollowUpResolved:
			lines = append(lines, st.QueueClosed.Render(fit(text, iw)))
		default:
			lines = append(lines, text)
		}
	}
	top := 0
	if selLine >= ih {
		top = selLine - ih + 1
	}
	return box(title, lines[top:], w, h, st.Border, st.BoxTitle)
}

// openFollowUpForm records how a follow-up stands: status, the reply's
// document number and date, resolution, forwarding, a note.
func (m *followScreen) openFollowUpForm(f *model.FollowUp) {
	t := m.ctx.T
	sts := make([]string, len(model.FollowUpStatuses))
	labels := make([]string, len(model.FollowUpStatuses))
	for i, s := range model.FollowUpStatuses {
		sts[i], labels[i] = string(s), t.T("fstatus."+string(s))
	}
	day := func(d time.Time) string {
		if d.IsZero() {
			return ""
		}
		return d.In(m.loc()).Format(dateLayout)
	}
	fm := newForm(t.T("form.followup_title", f.ID, f.Department),
		newChoiceField(t.T("form.fstatus"), sts, labels, string(f.Status)),
		newTextField(t.T("form.reply_doc"), f.ReplyDoc),
		newTextField(t.T("form.reply_date"), day(f.ReplyDate)),
		newTextField(t.T("form.resolved_date"), day(f.ResolvedDate)),
		newTextField(t.T("form.forwarded_to"), f.ForwardedTo),
		newTextField(t.T("form.note"), f.Note),
	)
	fm.hint = t.T("form.followup_hint", f.What)
	id, loc := f.ID, m.loc()
	fm.submit = func(fs []*field) (model.Command, string, string) {
		reply, ok1 := parseOptionalDate(fs[2].value(), loc, false)
		resolved, ok2 := parseOptionalDate(fs[3].value(), loc, false)
		if !ok1 {
			return nil, "", t.T("picker.bad_date", fs[2].value())
		}
		if !ok2 {
			return nil, "", t.T("picker.bad_date", fs[3].value())
		}
		// A day after today is a mistyped year: the reply is in hand.
		today := m.clock().In(loc)
		for _, d := range []time.Time{reply, resolved} {
			if !d.IsZero() && d.In(loc).Format("20060102") > today.Format("20060102") {
				return nil, "", t.T("followups.date_in_future", today.Format(dateLayout))
			}
		}
		st := model.FollowUpStatus(fs[0].value())
		return model.UpdateFollowUp{ID: id, Status: st, ReplyDoc: fs[1].value(), ReplyDate: reply,
				ResolvedDate: resolved, ForwardedTo: fs[4].value(), Note: fs[5].value()},
			t.T("done.followup", id, t.T("fstatus."+string(st))), ""
	}
	m.openForm(fm)
}
