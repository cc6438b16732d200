// Package projector words what the hall's projector shows: the title
// card, and the floor's lines — the line above the name (number, kind,
// how many asked; or the questions being answered), the name (the asker
// or the department), the line under it (the asker's role and unit, or
// who answers), the question, the clock and who is next. The two
// projectors, the SSH screen (ui's Display) and the browser's page
// (ui/web's /display), both read it and draw it their own way: this
// package knows no face, no terminal and no HTML. It imports the model
// and ui/i18n for the words, and nothing of ui or ui/web.
package projector

import (
	"fmt"
	"strings"
	"time"

	"podium/model"
	"podium/ui/i18n"
)

// Title is the title card's lines, each "" when the meeting has none.
type Title struct {
	Title string
	Topic string // in quotation marks: “Thanh niên … chuyển đổi số”
	Where string // the day and the venue: "23/03/2023 · Hội trường …"
	Chair string // "Chủ trì: Nguyễn Duy Hưng — Phó Chủ tịch UBND tỉnh"
}

// TitleOf is m's title card in t's language.
func TitleOf(m *model.Meeting, t i18n.Catalog) Title {
	hd := m.Header
	c := Title{Title: hd.Title}
	if hd.Topic != "" {
		c.Topic = "“" + hd.Topic + "”"
	}
	var where []string
	if !hd.Date.IsZero() {
		where = append(where, hd.Date.Format("02/01/2006"))
	}
	if hd.Venue != "" {
		where = append(where, hd.Venue)
	}
	c.Where = strings.Join(where, " · ")
	if hd.Chair.Name != "" {
		c.Chair = t.T("display.chair", Person(hd.Chair))
	}
	return c
}

// Floor is what is live, as the projector words it. State says which of
// its lines mean what: idle (only Idle and Next), a question being asked
// (Name is the asker), or an answer (Name is the department).
type Floor struct {
	State model.FloorState
	Meta  string // "Số 16 · Câu hỏi · 2 người cùng hỏi", or "Trả lời ý kiến số 7, 8"
	Name  string // the asker's name, or the answering department's
	Sub   string // the asker's role and unit, or who answers: "Name — role"
	Text  string // the question (the first of those being answered)
	Idle  string // the idle line, when no one has the floor
	// The clock on show, when Clocked: the speaker's or the answer's,
	// with its limit.
	Clocked bool
	Clock   model.Clock
	Limit   time.Duration
	// Who is next: up to three waiting questions, "12. Name — role, unit".
	Next []string
}

// MaxNext is how many of the waiting the projector names.
const MaxNext = 3

// FloorOf is m's floor in t's language. The names of those whose
// questions were merged in are not on it: it says how many asked.
func FloorOf(m *model.Meeting, t i18n.Catalog) Floor {
	f := Floor{State: m.Floor.State}
	switch m.Floor.State {
	case model.FloorAsking:
		if q := m.Speaker(); q != nil {
			f.Meta = fmt.Sprintf("%s %d · %s", t.T("floor.number"), q.ID, t.T("kind."+string(q.Kind)))
			if n := q.AskedBy(); n > 1 {
				f.Meta += " · " + t.T("question.asked_by", n)
			}
			f.Name = q.Asker.Name
			f.Sub = strings.Join(nonEmpty(q.Asker.Role, q.Asker.Unit), ", ")
			f.Text = q.Text
			f.Clocked, f.Clock, f.Limit = true, q.Speaking, m.SpeakLimitOf(q)
		}
	case model.FloorAnswering:
		if a := m.FloorAnswer(); a != nil {
			var ids []string
			for _, id := range m.Floor.Questions {
				if q := m.Question(id); q != nil {
					ids = append(ids, fmt.Sprint(q.ID))
					if f.Text == "" {
						f.Text = q.Text
					}
				}
			}
			f.Meta = t.T("display.answering", strings.Join(ids, ", "))
			f.Name = a.Department
			if d := m.DepartmentByCode(a.Department); d != nil {
				f.Name = d.Name
			}
			f.Sub = Person(a.Responder)
			f.Clocked, f.Clock, f.Limit = true, a.Clock, m.Header.AnswerLimit
		}
	}
	if !f.Clocked {
		f.Idle = t.T("display.idle")
	}
	for _, id := range m.Queue.All() {
		if len(f.Next) == MaxNext {
			break
		}
		if q := m.Question(id); q != nil {
			f.Next = append(f.Next, fmt.Sprintf("%d. %s", q.ID, Person(q.Asker)))
		}
	}
	return f
}

// Person is "Name — role, unit" with the empty parts left out, as the
// terminal screens write it.
func Person(p model.Person) string {
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
