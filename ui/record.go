package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/storage/hub"
)

// recordScreen is the clerk's: what is on the floor, the notes of one
// answer (typed in its editor), its responder and outcome, and the
// clerk's forms. Its own mode is the notes editor.
type recordScreen struct {
	*shared
	baseScreen
	notes     notesEditor // the clerk's notes
	recAnswer int         // the answer the screen shows; 0: the floor's
}

func (m *recordScreen) titleKey() string { return "screen.record" }

func (m *recordScreen) mode() mode {
	if m.notes.editing() {
		return modeNotes
	}
	return modeMain
}

func (m *recordScreen) paste(msg tea.PasteMsg) tea.Cmd {
	if !m.notes.editing() {
		return nil
	}
	return m.notes.update(msg, m.after)
}

// hidden saves the notes being typed as the screen goes.
func (m *recordScreen) hidden() tea.Cmd { return m.flushNotes() }

// snapshot brings the open editor in line with the new snapshot.
func (m *recordScreen) snapshot() tea.Cmd { return m.reconcileNotes() }

// ShortHelp is the clerk's help line; in the editor, how to leave it.
func (m *recordScreen) ShortHelp() []key.Binding {
	k, g := m.ctx.Keys.Record, m.ctx.Keys.Global
	if m.notes.editing() {
		return []key.Binding{m.notesDoneKey()}
	}
	b := []key.Binding{k.WriteNotes, k.Outcome, k.Responder, k.Conclusion, k.Add, k.SendNote, k.PrevAnswer, g.NextScreen, g.Undo, g.Help, g.Quit}
	if m.floorElsewhere() != nil {
		b = append([]key.Binding{k.ToFloor}, b...)
	}
	return b
}

// FullHelp is every key of the clerk's, by group.
func (m *recordScreen) FullHelp() []helpGroup {
	k, t := m.ctx.Keys.Record, m.ctx.T
	return []helpGroup{
		{t.T("help.record"), []key.Binding{k.WriteNotes, k.ToFloor, k.PrevAnswer, k.Outcome, k.Responder, k.Conclusion, k.Add, k.SendNote}},
		{t.T("help.notes"), []key.Binding{m.notesDoneKey()}},
	}
}

// recordedAnswer is the answer the Record screen shows: the one whose notes
// are being typed, else the one chosen with [ and ] (or left by the editor
// when the floor moved on), else the one being given, else the newest.
// It is nil while the notes being typed are on an answer an undo took away.
func (m *recordScreen) recordedAnswer() *model.Answer {
	mt := m.meeting()
	if m.notes.editing() {
		return mt.Answer(m.notes.answer)
	}
	if m.recAnswer != 0 {
		if a := mt.Answer(m.recAnswer); a != nil {
			return a
		}
	}
	if a := mt.FloorAnswer(); a != nil {
		return a
	}
	for i := len(mt.Answers) - 1; i >= 0; i-- {
		if mt.Answers[i] != nil {
			return mt.Answers[i]
		}
	}
	return nil
}

// stepAnswer moves the Record screen to the previous (-1) or next answer.
func (m *recordScreen) stepAnswer(d int) tea.Cmd {
	mt := m.meeting()
	a := m.recordedAnswer()
	if a == nil {
		return nil
	}
	for id := a.ID + d; id >= 1 && id <= len(mt.Answers); id += d {
		if mt.Answer(id) != nil {
			save := m.flushNotes()
			m.recAnswer = id
			if fa := mt.FloorAnswer(); fa != nil && fa.ID == id {
				m.recAnswer = 0 // back to following the floor
			}
			return save
		}
	}
	return nil
}

// keyPress is the Record screen's keyboard; the notes editor, when open,
// has every key.
func (m *recordScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if m.notes.editing() {
		return m.notesKey(msg), true
	}
	k, t := m.ctx.Keys.Record, m.ctx.T
	a := m.recordedAnswer()
	switch {
	case key.Matches(msg, k.WriteNotes):
		if a == nil {
			m.fail(t.T("record.no_answer"))
			return nil, true
		}
		return m.startNotes(a), true
	case key.Matches(msg, k.ToFloor):
		fa := m.meeting().FloorAnswer()
		if fa == nil {
			m.fail(t.T("record.no_floor_answer"))
			return nil, true
		}
		m.recAnswer = 0
	case key.Matches(msg, k.Outcome):
		if a == nil {
			m.fail(t.T("record.no_answer"))
			return nil, true
		}
		m.openOutcomeForm(a)
	case key.Matches(msg, k.Responder):
		if a == nil {
			m.fail(t.T("record.no_answer"))
			return nil, true
		}
		m.openResponderForm(a)
	case key.Matches(msg, k.Conclusion):
		m.openConclusionForm(a)
	case key.Matches(msg, k.Add):
		m.openQuestionForm(formAdd, nil)
	case key.Matches(msg, k.SendNote):
		m.openNoteForm()
	case key.Matches(msg, k.PrevAnswer):
		return m.stepAnswer(-1), true
	case key.Matches(msg, k.NextAnswer):
		return m.stepAnswer(1), true
	default:
		return nil, false
	}
	return nil, true
}

// floorElsewhere is the answer on the floor when the Record screen shows
// another one (the notes being typed, or one the clerk stayed on), else
// nil.
func (m *recordScreen) floorElsewhere() *model.Answer {
	fa := m.meeting().FloorAnswer()
	if fa == nil {
		return nil
	}
	shown := m.notes.answer
	if shown == 0 {
		if a := m.recordedAnswer(); a != nil {
			shown = a.ID
		}
	}
	if shown == fa.ID {
		return nil
	}
	return fa
}

// notesDoneKey is esc's help in the editor: it says "saved" only when the
// store holds what the editor shows.
func (m *recordScreen) notesDoneKey() key.Binding {
	b := m.ctx.Keys.Notes.Done
	if !m.notes.saved() {
		b.SetHelp(b.Help().Key, m.ctx.T.T("key.notes_save_close"))
	}
	return b
}

// view draws the Record screen: what is on the floor, the notes, and the
// answer's responder and outcome.
func (m *recordScreen) view(w, h int) string {
	st, t := m.ctx.Styles, m.ctx.T
	a := m.recordedAnswer()
	floorH, outcomeH := 5, 5
	if h >= 30 {
		floorH, outcomeH = 7, 6
	}
	notesH := max(3, h-floorH-outcomeH)

	floor := m.floorSummary(w, floorH)

	// The notes, and a line above them when the floor has moved on.
	var notesLines []string
	title := t.T("record.notes_none")
	border := st.Border
	inner := notesH - 2
	if fa := m.floorElsewhere(); fa != nil && inner > 1 {
		line := "fix.record.on_floor"
		if m.notes.editing() {
			line = "fix.record.on_floor_editing"
		}
		notesLines = append(notesLines, st.ClockWarning.Render(cut(t.T(line, answerQuestions(fa), fa.Department), w-2)))
		inner--
	}
	// The answers still without notes, on the box's last line.
	pending := m.withoutNotes()
	if pending != "" && inner > 2 {
		inner--
	} else {
		pending = ""
	}
	if a == nil && m.notes.editing() {
		// An undo took the answer away: the text stays in sight.
		title = t.T("fix.record.title_gone", m.notes.questions)
		border = st.BorderActive
		m.notes.area.SetWidth(w - 2)
		m.notes.area.SetHeight(inner)
		notesLines = append(notesLines, strings.Split(m.notes.area.View(), "\n")...)
	} else if a != nil {
		state := t.T("record.live")
		if !a.End.IsZero() {
			state = t.T("record.ended", a.End.In(m.loc()).Format("15:04"))
		}
		title = t.T(notesTitleKey(a), answerQuestions(a), a.Department, state)
		if m.notes.editing() && m.notes.answer == a.ID {
			border = st.BorderActive
			m.notes.area.SetWidth(w - 2)
			m.notes.area.SetHeight(inner)
			notesLines = append(notesLines, strings.Split(m.notes.area.View(), "\n")...)
		} else if a.Notes != "" {
			wrapped, _ := wrap(a.Notes, w-2, inner)
			notesLines = append(notesLines, wrapped...)
		} else {
			notesLines = append(notesLines, st.FloorIdle.Render(cut(t.T("record.notes_hint"), w-2)))
		}
	} else {
		notesLines = append(notesLines, st.FloorIdle.Render(cut(t.T("record.no_answer"), w-2)))
	}
	if pending != "" {
		notesLines = notesLines[:min(len(notesLines), notesH-3)]
		for len(notesLines) < notesH-3 {
			notesLines = append(notesLines, "")
		}
		notesLines = append(notesLines, st.Dim.Render(cut(t.T("fix.record.no_notes", pending), w-2)))
	}
	notes := box(title, notesLines, w, notesH, border, st.BoxTitle)

	// Responder and outcome.
	var out []string
	if a != nil {
		out = append(out, st.Label.Render(t.T("record.responder"))+" "+cut(person(a.Responder), w-20))
		out = append(out, st.Label.Render(t.T("record.outcome"))+" "+cut(m.outcomeText(a), w-20))
	}
	outcome := box(t.T("box.outcome"), out, w, outcomeH, st.Border, st.BoxTitle)
	return floor + "\n" + notes + "\n" + outcome
}

// answerQuestions is the numbers of the questions answer a answers, in
// order: "14, 15, 16, 17". The Record screen names an answer by them.
func answerQuestions(a *model.Answer) string {
	ids := slices.Sorted(slices.Values(a.Questions))
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = fmt.Sprint(id)
	}
	return strings.Join(s, ", ")
}

// notesTitleKey is the notes box's title for answer a: by its question, its
// questions, or (an answer to no question) its department alone.
func notesTitleKey(a *model.Answer) string {
	switch len(a.Questions) {
	case 0:
		return "fix.record.title_noq"
	case 1:
		return "fix.record.title_one"
	}
	return "fix.record.title_many"
}

// withoutNotes lists the answers whose notes are still empty, oldest
// first, each by its questions ("3; 5, 6"), leaving out the one being
// typed; "" when every answer has notes.
func (m *recordScreen) withoutNotes() string {
	var parts []string
	for _, a := range m.meeting().Answers {
		if a == nil || a.Notes != "" || (m.notes.editing() && m.notes.answer == a.ID) {
			continue
		}
		if len(a.Questions) == 0 {
			parts = append(parts, a.Department)
			continue
		}
		parts = append(parts, answerQuestions(a))
	}
	return strings.Join(parts, "; ")
}

// outcomeText says how an answer ended, with its follow-up's terms.
func (m *recordScreen) outcomeText(a *model.Answer) string {
	t := m.ctx.T
	if a.Outcome == model.OutcomeNone {
		return t.T("outcome.none")
	}
	s := t.T("outcome." + string(a.Outcome))
	if f := m.meeting().FollowUpOf(a.ID); f != nil {
		s += " · " + f.Department
		if f.ForwardedTo != "" {
			s += " → " + f.ForwardedTo
		}
		if !f.Deadline.IsZero() {
			s += " · " + t.T("record.deadline", f.Deadline.In(m.loc()).Format(dateLayout))
		}
		if a.Outcome == model.OutcomeCommitment && f.What != "" {
			s += " · " + f.What
		}
	}
	return s
}

// The clerk's forms.

func (m *recordScreen) openOutcomeForm(a *model.Answer) {
	t := m.ctx.T
	outs := make([]string, len(model.Outcomes))
	labels := make([]string, len(model.Outcomes))
	for i, o := range model.Outcomes {
		outs[i], labels[i] = string(o), t.T("outcome."+string(o))
	}
	dept, to, what, deadline := a.Department, "", "", ""
	if f := m.meeting().FollowUpOf(a.ID); f != nil {
		dept, to, what = f.Department, f.ForwardedTo, f.What
		if !f.Deadline.IsZero() {
			deadline = f.Deadline.In(m.loc()).Format(dateLayout)
		}
	}
	cur := string(a.Outcome)
	if cur == "" {
		cur = string(model.OutcomeAnswered)
	}
	fm := newForm(t.T("form.outcome_title", answerQuestions(a)),
		newChoiceField(t.T("form.outcome"), outs, labels, cur),
		newTextField(t.T("form.outcome_dept"), dept),
		newTextField(t.T("form.forwarded_to"), to),
		newTextField(t.T("form.what"), what),
		newTextField(t.T("form.deadline"), deadline),
	)
	fm.hint = t.T("form.outcome_hint")
	id, questions, loc := a.ID, answerQuestions(a), m.loc()
	fm.submit = func(f []*field) (model.Command, string, string) {
		d, ok := parseOptionalDate(f[4].value(), loc, true)
		if !ok {
			return nil, "", t.T("picker.bad_date", f[4].value())
		}
		o := model.Outcome(f[0].value())
		return model.SetOutcome{Answer: id, Outcome: o, Department: strings.ToUpper(strings.TrimSpace(f[1].value())),
			ForwardedTo: f[2].value(), What: f[3].value(), Deadline: d}, t.T("done.outcome", questions, t.T("outcome."+string(o))), ""
	}
	m.openForm(fm)
}

func (m *recordScreen) openResponderForm(a *model.Answer) {
	t := m.ctx.T
	fm := newForm(t.T("form.responder_title", answerQuestions(a)),
		newTextField(t.T("form.responder_name"), a.Responder.Name),
		newTextField(t.T("form.responder_role"), a.Responder.Role),
	)
	id, questions := a.ID, answerQuestions(a)
	fm.submit = func(f []*field) (model.Command, string, string) {
		return model.SetResponder{Answer: id, Responder: model.Person{Name: f[0].value(), Role: f[1].value()}},
			t.T("done.responder", questions), ""
	}
	m.openForm(fm)
}

// openConclusionForm adds one of the chair's conclusions; a is the answer on
// screen, whose department and questions are offered.
func (m *shared) openConclusionForm(a *model.Answer) {
	t := m.ctx.T
	dept, qs := "", ""
	if a != nil {
		dept = a.Department
		ids := make([]string, len(a.Questions))
		for i, id := range a.Questions {
			ids[i] = fmt.Sprint(id)
		}
		qs = strings.Join(ids, ", ")
	}
	to := make([]string, len(model.Addressees))
	toLabels := make([]string, len(model.Addressees))
	for i, ad := range model.Addressees {
		to[i] = string(ad)
		toLabels[i] = t.T("form.to." + string(ad))
	}
	fm := newForm(t.T("form.conclusion_title"),
		newChoiceField(t.T("form.to"), to, toLabels, ""),
		newTextField(t.T("form.conclusion_depts"), dept),
		newTextField(t.T("form.what"), ""),
		newTextField(t.T("form.deadline"), ""),
		newTextField(t.T("form.questions"), qs),
	)
	fm.hint = t.T("form.conclusion_hint")
	loc := m.loc()
	fm.submit = func(f []*field) (model.Command, string, string) {
		d, ok := parseOptionalDate(f[3].value(), loc, true)
		if !ok {
			return nil, "", t.T("picker.bad_date", f[3].value())
		}
		ids, ok := parseNumbers(f[4].value())
		if !ok {
			return nil, "", t.T("form.bad_numbers", f[4].value())
		}
		// The first code leads; the others take part (Also).
		var codes []string
		for c := range strings.SplitSeq(strings.ToUpper(f[1].value()), ",") {
			if c = strings.TrimSpace(c); c != "" {
				codes = append(codes, c)
			}
		}
		cmd := model.AddConclusion{To: model.Addressee(f[0].value()), What: f[2].value(), Deadline: d, Questions: ids}
		if len(codes) > 0 {
			cmd.Department, cmd.Also = codes[0], codes[1:]
		}
		return cmd, t.T("done.conclusion"), ""
	}
	m.openForm(fm)
}

// parseOptionalDate reads dd/mm/yyyy, or nothing. A deadline is the end of
// its day; any other date its start.
func parseOptionalDate(s string, loc *time.Location, endOfDay bool) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, true
	}
	t, ok := parseDate(s, loc)
	if !ok {
		return time.Time{}, false
	}
	if endOfDay {
		t = t.Add(24*time.Hour - time.Second)
	}
	return t, true
}

// parseNumbers reads "3, 7 9".
func parseNumbers(s string) ([]int, bool) {
	var ids []int
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
		var n int
		if _, err := fmt.Sscan(f, &n); err != nil || n <= 0 {
			return nil, false
		}
		if !slices.Contains(ids, n) {
			ids = append(ids, n)
		}
	}
	return ids, true
}

// openNoteForm writes the moderator a backstage note.
func (m *recordScreen) openNoteForm() {
	t := m.ctx.T
	fm := newForm(t.T("form.note_title"), newTextField(t.T("form.note_text"), ""))
	fm.hint = t.T("form.note_hint")
	who := m.ctx.Who
	if who.Role == hub.RoleModerator {
		// Typed on the podium laptop's Record screen: the clerk's seat,
		// not the moderator writing to themself.
		who = hub.As(hub.RoleClerk)
	}
	fm.submit = func(f []*field) (model.Command, string, string) {
		return model.SendNote{From: who.String(), Text: f[0].value()}, t.T("done.note_sent"), ""
	}
	m.openForm(fm)
}

// floorSummary is what is live, in short, in a box w×h.
func (m *recordScreen) floorSummary(w, h int) string {
	st, t, mt := m.ctx.Styles, m.ctx.T, m.meeting()
	var top []string
	if q := mt.Speaker(); q != nil {
		top = append(top, st.FloorName.Render(cut(fmt.Sprintf("%s %d · %s", t.T("floor.number"), q.ID, person(q.Asker)), w-2)),
			st.FloorText.Render(cut(q.Text, w-2)),
			t.T("floor.speaking")+" "+m.ctx.clockText(q.Speaking, mt.SpeakLimitOf(q), m.now))
	} else if fa := mt.FloorAnswer(); fa != nil {
		qs := floorQuestions(mt)
		if len(qs) > 0 {
			top = append(top, st.FloorName.Render(cut(fmt.Sprintf("%s %s · %s", t.T("floor.number"), idList(qs), person(qs[0].Asker)), w-2)),
				st.FloorText.Render(cut(qs[0].Text, w-2)))
		}
		top = append(top, st.Department.Render(cut(m.deptName(fa.Department), w-24))+" "+m.ctx.clockText(fa.Clock, mt.Header.AnswerLimit, m.now))
	} else {
		top = append(top, st.FloorIdle.Render(cut(t.T("floor.idle"), w-2)))
	}
	return box(t.T("box.floor"), top, w, h, st.Border, st.BoxTitle)
}
