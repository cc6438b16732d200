package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
	"podium/ui/theme"
)

// InboxKeys are the Inbox screen's.
type InboxKeys struct {
	ScrollKeys
	Approve key.Binding // to the end of the queue as it was sent
	Edit    key.Binding // the question form, then to the queue
	Merge   key.Binding // into a question already there
	Reject  key.Binding
	Paper   key.Binding // a paper slip typed in
	Open    key.Binding // open or close submissions: the moderator's
	Decided key.Binding // what was dealt with, or what waits
	Choose  key.Binding // the picker: merge into the question chosen
	Cancel  key.Binding // the picker: merge nothing
}

func inboxKeys(b bindFunc, h helpFunc, s ScrollKeys) InboxKeys {
	return InboxKeys{
		ScrollKeys: s,
		Approve:    b("key.inbox_approve", "a"),
		Edit:       b("key.inbox_edit", "e"),
		Merge:      b("key.inbox_merge", "m"),
		Reject:     h(b("key.inbox_reject", "x", "delete"), "x", "key.inbox_reject"),
		Paper:      b("key.inbox_paper", "p"),
		Open:       b("key.inbox_open", "o"),
		Decided:    b("key.inbox_decided", "d"),
		Choose:     b("key.inbox_choose", "enter"),
		Cancel:     b("key.cancel", "esc"),
	}
}

// inboxScreen lists the questions sent in from phones and paper slips,
// oldest first, for the moderator or the clerk to approve (to the end of
// the queue), merge into a question, or reject. Its own modes are the
// confirmation of a rejection and the picker of the question to merge
// into.
type inboxScreen struct {
	*shared
	baseScreen
	sel     int      // the selected row
	decided bool     // listing what was dealt with instead of what waits
	own     mode     // modeMain or modeInboxMerge
	ask     *confirm // reject this submission?
	target  int      // the submission being merged
	filter  textinput.Model
	pick    int // the picker's selected question
	// cands are candidates() for the filter candsFor on the meeting
	// candsOf: the picker is drawn every frame and folds every question.
	cands    []*model.Question
	candsFor string
	candsOf  *model.Meeting
	// hays are the questions' text, asker, unit and theme folded, by ID-1,
	// for the meeting haysOf (foldedHays): a keystroke folded every
	// question again (322 ms at 100,000). Let go with the picker.
	hays   []string
	haysOf *model.Meeting
}

func (m *inboxScreen) titleKey() string { return "screen.inbox" }
func (m *inboxScreen) mode() mode {
	if m.ask != nil {
		return modeConfirm
	}
	return m.own
}

// rows are what the list shows: the pending submissions oldest first, or
// those dealt with, the newest first.
func (m *inboxScreen) rows() []*model.Submission {
	mt := m.meeting()
	if !m.decided {
		return mt.Pending()
	}
	var out []*model.Submission
	for _, s := range slices.Backward(mt.Submissions) {
		if s != nil && s.Status != model.SubmissionPending {
			out = append(out, s)
		}
	}
	return out
}

// selected is the submission the keys act on, or nil.
func (m *inboxScreen) selected() *model.Submission {
	rows := m.rows()
	if len(rows) == 0 {
		return nil
	}
	m.sel = clampIndex(m.sel, len(rows))
	return rows[m.sel]
}

// isModerator: opening and closing the inbox is the moderator's.
func (m *inboxScreen) isModerator() bool { return m.ctx.Who.Role == hub.RoleModerator }

func (m *inboxScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if cmd, asked := answerAsk(&m.ask, m.ctx.Keys.Confirm, msg); asked {
		return cmd, true
	}
	if m.own == modeInboxMerge {
		return m.mergeKey(msg), true
	}
	k := m.ctx.Keys.Inbox
	n := len(m.rows())
	switch {
	case key.Matches(msg, k.Up):
		m.sel = clampIndex(m.sel-1, n)
	case key.Matches(msg, k.Down):
		m.sel = clampIndex(m.sel+1, n)
	case key.Matches(msg, k.PageUp):
		m.sel = clampIndex(m.sel-10, n)
	case key.Matches(msg, k.PageDown):
		m.sel = clampIndex(m.sel+10, n)
	case key.Matches(msg, k.Decided):
		m.decided, m.sel = !m.decided, 0
	case key.Matches(msg, k.Paper):
		m.openPaperForm()
	case key.Matches(msg, k.Open) && m.isModerator():
		return m.toggleOpen(), true
	case key.Matches(msg, k.Approve, k.Edit, k.Merge, k.Reject):
		return m.act(msg), true
	default:
		return nil, false
	}
	return nil, true
}

// act approves, edits, merges or rejects the selected submission, when one
// waits.
func (m *inboxScreen) act(msg tea.KeyPressMsg) tea.Cmd {
	k, t := m.ctx.Keys.Inbox, m.ctx.T
	s := m.selected()
	if s == nil || s.Status != model.SubmissionPending {
		m.fail(t.T("inbox.nothing_pending"))
		return nil
	}
	switch {
	case key.Matches(msg, k.Approve):
		return m.sendRefs(model.ApproveSubmission{ID: s.ID, Asker: m.askerOf(s)}, approvedText(t, s.ID))
	case key.Matches(msg, k.Edit):
		m.openApproveForm(s)
	case key.Matches(msg, k.Merge):
		m.own, m.target, m.pick = modeInboxMerge, s.ID, 0
		m.filter = newInput("")
		m.filter.Focus()
	case key.Matches(msg, k.Reject):
		m.ask = &confirm{question: t.T("inbox.confirm_reject", s.ID, m.senderName(s)),
			yes: m.send(model.RejectSubmission{ID: s.ID}, t.T("done.inbox_reject", s.ID))}
	}
	return nil
}

// askerOf is who the hall will see asked s: the name and unit it was sent
// with, or "Ẩn danh" and the unit.
func (m *inboxScreen) askerOf(s *model.Submission) model.Person {
	p := s.Asker()
	if p.Name == "" {
		p.Name = m.ctx.T.T("inbox.anonymous")
	}
	return p
}

// approvedText says, once submission id is approved, which question it
// became: the two are numbered apart ("câu hỏi số 3" in the inbox, "ý
// kiến số 25" in the queue).
func approvedText(t i18n.Catalog, id int) func([]model.Ref) string {
	return func(refs []model.Ref) string {
		for _, r := range refs {
			if r.Kind == model.RecQuestion {
				return t.T("done.inbox_approve", id, r.ID)
			}
		}
		return t.T("done.inbox_queued", id)
	}
}

func (m *inboxScreen) toggleOpen() tea.Cmd {
	closed := !m.meeting().SubmissionsClosed
	done := "done.inbox_opened"
	if closed {
		done = "done.inbox_closed"
	}
	return m.send(model.SetSubmissions{Closed: closed}, m.ctx.T.T(done))
}

// candidates are the questions a submission may be merged into that match
// the picker's filter: a number finds that question first, words find the
// questions whose text, asker or theme hold them (accents folded).
func (m *inboxScreen) candidates() []*model.Question {
	f := strings.TrimSpace(m.filter.Value())
	if m.candsOf == m.meeting() && m.candsFor == f {
		return m.cands
	}
	m.cands, m.candsFor, m.candsOf = m.findCandidates(f), f, m.meeting()
	return m.cands
}

func (m *inboxScreen) findCandidates(f string) []*model.Question {
	id, isNum := strconv.Atoi(f)
	words := strings.Fields(model.Fold(f))
	var out []*model.Question
	if isNum != nil && m.haysOf != m.meeting() {
		m.hays, m.haysOf = foldedHays(m.hays, m.haysOf, m.meeting()), m.meeting()
	}
	for _, q := range m.meeting().Questions.All() {
		if q == nil || q.Status == model.StatusWithdrawn || q.Status == model.StatusMerged {
			continue
		}
		if isNum == nil {
			if q.ID == id {
				out = append([]*model.Question{q}, out...)
			} else if strings.HasPrefix(strconv.Itoa(q.ID), f) {
				out = append(out, q)
			}
			continue
		}
		hay := m.hays[q.ID-1]
		if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(hay, w) }) {
			out = append(out, q)
		}
	}
	return out
}

// foldedHays are what the picker's words are looked for in, by ID-1, for
// mt's questions: hays, those of was (nil: none), with the questions mt
// replaced or added folded.
func foldedHays(hays []string, was, mt *model.Meeting) []string {
	var old model.List[model.Question]
	if was != nil {
		old = was.Questions
	}
	n := mt.Questions.Len()
	if len(hays) < n {
		hays = append(hays, make([]string, n-len(hays))...)
	}
	hays = hays[:n]
	for id := range mt.Questions.Changed(old) {
		if id > n {
			break // taken out by an undo
		}
		hays[id-1] = ""
		if q := mt.Question(id); q != nil {
			hays[id-1] = model.Fold(q.Text + " " + q.Asker.Name + " " + q.Asker.Unit + " " + q.Theme)
		}
	}
	return hays
}

func (m *inboxScreen) mergeKey(msg tea.KeyPressMsg) tea.Cmd {
	k, f := m.ctx.Keys.Inbox, m.ctx.Keys.Filter
	qs := m.candidates()
	switch {
	case key.Matches(msg, k.Cancel):
		m.own, m.hays, m.haysOf = modeMain, nil, nil
	case key.Matches(msg, f.Up):
		m.pick = clampIndex(m.pick-1, len(qs))
	case key.Matches(msg, f.Down):
		m.pick = clampIndex(m.pick+1, len(qs))
	case key.Matches(msg, k.Choose):
		if len(qs) == 0 {
			m.fail(m.ctx.T.T("inbox.no_question"))
			return nil
		}
		q := qs[min(m.pick, len(qs)-1)]
		m.own, m.hays, m.haysOf = modeMain, nil, nil
		return m.send(model.MergeSubmission{ID: m.target, Into: q.ID}, m.ctx.T.T("done.inbox_merge", m.target, q.ID, q.AskedBy()+1))
	default:
		before := m.filter.Value()
		var cmd tea.Cmd
		m.filter, cmd = m.filter.Update(cleanPaste(msg))
		normalizeInput(&m.filter)
		if m.filter.Value() != before {
			m.pick = 0
		}
		return cmd
	}
	return nil
}

func (m *inboxScreen) paste(msg tea.PasteMsg) tea.Cmd {
	if m.own != modeInboxMerge {
		return nil
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(cleanPaste(msg))
	normalizeInput(&m.filter)
	m.pick = 0
	return cmd
}

// messageLine asks whether to reject, or holds the picker's filter.
func (m *inboxScreen) messageLine(w int) string {
	switch {
	case m.ask != nil:
		return m.ask.line(m.ctx, w)
	case m.own == modeInboxMerge:
		label := m.ctx.T.T("inbox.merge_prompt") + " "
		return padStyled(m.ctx.Styles.Label.Render(cut(label, w/2))+m.filter.View(), w)
	}
	return ""
}

// senderName is the sender as the inbox knows them: the name, or
// "Ẩn danh" and, when one was given, the name the hall will not see.
func (m *inboxScreen) senderName(s *model.Submission) string {
	t := m.ctx.T
	switch {
	case s.Anonymous && s.Name != "":
		return t.T("inbox.anonymous") + " (" + s.Name + ")"
	case s.Name == "":
		return t.T("inbox.anonymous")
	}
	return s.Name
}

// ShortHelp is the help line: the mode's keys, or the screen's.
func (m *inboxScreen) ShortHelp() []key.Binding {
	if m.ask != nil {
		return m.ask.keys(m.ctx.Keys.Confirm)
	}
	if m.own == modeInboxMerge {
		k, f := m.ctx.Keys.Inbox, m.ctx.Keys.Filter
		return []key.Binding{f.Up, f.Down, k.Choose, k.Cancel}
	}
	// Short enough for 80 columns: d is told under the list, the rest by ?.
	k, t := m.ctx.Keys.Inbox, m.ctx.T
	keys := []key.Binding{k.Approve, k.Edit, k.Merge, k.Reject, k.Paper}
	if m.decided {
		keys = []key.Binding{k.Up, k.Down, k.Decided, k.Paper}
	}
	if !m.isModerator() {
		return append(keys, m.ctx.Keys.Global.Help)
	}
	open := k.Open
	open.SetHelp("o", t.T("key.inbox_close"))
	if m.meeting().SubmissionsClosed {
		open.SetHelp("o", t.T("key.inbox_reopen"))
	}
	return append(keys, open)
}

// FullHelp is every key of the screen.
func (m *inboxScreen) FullHelp() []helpGroup {
	k := m.ctx.Keys.Inbox
	keys := []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Approve, k.Edit, k.Merge, k.Reject, k.Paper}
	if m.isModerator() {
		keys = append(keys, k.Open)
	}
	return []helpGroup{{m.ctx.T.T("help.inbox"), append(keys, k.Decided)}}
}

// view draws the list, and under it the selected submission in full; in
// the picker, the questions to merge into.
func (m *inboxScreen) view(w, h int) string {
	st, t, mt := m.ctx.Styles, m.ctx.T, m.meeting()
	state := t.T("inbox.open")
	if mt.SubmissionsClosed {
		state = t.T("inbox.closed")
	}
	title := t.T("box.inbox", m.pending, state)
	if m.decided {
		title = t.T("box.inbox_decided", len(mt.Submissions)-m.pending, state)
	}
	iw, ih := w-2, h-2
	if m.own == modeInboxMerge {
		return box(t.T("box.inbox_merge", m.target), m.pickerLines(iw, ih), w, h, st.BorderActive, st.BoxTitle)
	}
	rows := m.rows()
	if len(rows) == 0 {
		return box(title, m.emptyLines(iw), w, h, st.Border, st.BoxTitle)
	}
	s := m.selected()
	detail := m.detailLines(s, iw, min(8, ih/2))
	listH := max(1, ih-len(detail)-1)
	top := scrollTop(0, m.sel, m.sel, listH, len(rows))
	var lines []string
	for i := top; i < len(rows) && len(lines) < listH; i++ {
		lines = append(lines, m.rowLine(rows[i], i == m.sel, iw))
	}
	for len(lines) < listH {
		lines = append(lines, "")
	}
	lines = append(lines, m.separator(iw))
	return box(title, append(lines, detail...), w, h, st.Border, st.BoxTitle)
}

// separator parts the list from the selected submission, and says how to
// see the others.
func (m *inboxScreen) separator(iw int) string {
	st, t := m.ctx.Styles, m.ctx.T
	hint := t.T("inbox.see_decided")
	if m.decided {
		hint = t.T("inbox.see_pending")
	}
	hint = " " + cut(hint, max(0, iw-6)) + " "
	return st.Border.Render("──") + st.Dim.Render(hint) + st.Border.Render(strings.Repeat("─", max(0, iw-2-width(hint))))
}

// emptyLines say that nothing waits, and where questions come from.
func (m *inboxScreen) emptyLines(iw int) []string {
	st, t := m.ctx.Styles, m.ctx.T
	none := t.T("inbox.none")
	if m.decided {
		none = t.T("inbox.none_decided")
	}
	lines := []string{st.FloorIdle.Render(cut(none, iw)), ""}
	hint, _ := wrap(t.T("inbox.where_from"), iw, 3)
	for _, l := range hint {
		lines = append(lines, st.Dim.Render(l))
	}
	if m.meeting().SubmissionsClosed && m.isModerator() {
		lines = append(lines, "", st.Label.Render(cut(t.T("inbox.closed_hint"), iw)))
	}
	return lines
}

// rowLine is one submission: number, time, sender, and its text or, once
// dealt with, what became of it.
func (m *inboxScreen) rowLine(s *model.Submission, sel bool, iw int) string {
	st, t := m.ctx.Styles, m.ctx.T
	mark := theme.Unselected
	if sel {
		mark = theme.Selected
	}
	whoW := min(28, max(12, iw/3))
	head := fmt.Sprintf("%s%4d %s ", mark, s.ID, s.Received.In(m.loc()).Format("15:04"))
	rest := s.Text
	if s.Status != model.SubmissionPending {
		rest = m.fate(s) + " · " + s.Text
	}
	restW := max(0, iw-width(head)-whoW-1)
	if sel {
		return st.QueueSelected.Render(fit(head+fit(m.senderName(s), whoW)+" "+oneLine(rest), iw))
	}
	who := s.Name
	if s.Anonymous || s.Name == "" {
		who = t.T("inbox.anonymous")
		if s.Name != "" {
			who += " " + st.Dim.Render("("+cut(s.Name, max(0, whoW-width(who)-3))+")")
		}
	}
	return head + padStyled(who, whoW) + " " + cut(oneLine(rest), restW)
}

// fate says what became of a submission dealt with.
func (m *inboxScreen) fate(s *model.Submission) string {
	t := m.ctx.T
	switch s.Status {
	case model.SubmissionApproved:
		return t.T("inbox.fate_approved", s.Question)
	case model.SubmissionMerged:
		return t.T("inbox.fate_merged", s.Question)
	}
	return t.T("submission.status." + string(s.Status))
}

// oneLine is text on one line: its line breaks become spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// detailLines are the selected submission in full: who, where from, when,
// its theme, how it came, then its text wrapped to at most maxH lines in
// all.
func (m *inboxScreen) detailLines(s *model.Submission, iw, maxH int) []string {
	st, t := m.ctx.Styles, m.ctx.T
	meta := []string{t.T("inbox.number", s.ID), m.senderName(s)}
	if s.Unit != "" {
		meta = append(meta, s.Unit)
	}
	meta = append(meta, s.Received.In(m.loc()).Format("15:04:05"))
	if s.Theme != "" {
		meta = append(meta, t.T("inbox.theme", s.Theme))
	}
	via := "inbox.via_phone"
	if s.Paper {
		via = "inbox.via_paper"
	}
	meta = append(meta, t.T(via))
	if s.Status != model.SubmissionPending {
		meta = append(meta, m.fate(s))
	}
	lines := []string{st.Label.Render(cut(strings.Join(meta, " · "), iw))}
	text, _ := wrap(s.Text, iw, max(1, maxH-1))
	return append(lines, text...)
}

// pickerLines show the submission being merged, then the questions that
// match the filter, the chosen one marked.
func (m *inboxScreen) pickerLines(iw, ih int) []string {
	st, t := m.ctx.Styles, m.ctx.T
	var lines []string
	if s := m.meeting().Submission(m.target); s != nil {
		lines = append(lines, st.Label.Render(cut(m.senderName(s)+": "+oneLine(s.Text), iw)), "")
	}
	qs := m.candidates()
	if len(qs) == 0 {
		return append(lines, st.FloorIdle.Render(cut(t.T("inbox.no_question"), iw)))
	}
	m.pick = clampIndex(m.pick, len(qs))
	listH := max(1, ih-len(lines))
	top := scrollTop(0, m.pick, m.pick, listH, len(qs))
	for i := top; i < len(qs) && len(lines) < ih; i++ {
		q := qs[i]
		mark := theme.Unselected
		if i == m.pick {
			mark = theme.Selected
		}
		line := fmt.Sprintf("%s%4d %s %s%s · %s", mark, q.ID, fit(m.ctx.status(q.Status), 14), q.Asker.Name, askedBy(t, q), oneLine(q.Text))
		if i == m.pick {
			lines = append(lines, st.QueueSelected.Render(fit(line, iw)))
		} else {
			lines = append(lines, cut(line, iw))
		}
	}
	return lines
}

// askedBy is " · 3 người cùng hỏi" for a question others asked too (their
// submissions merged into it), else "".
func askedBy(t i18n.Catalog, q *model.Question) string {
	if q.AskedBy() < 2 {
		return ""
	}
	return " · " + t.T("question.asked_by", q.AskedBy())
}
