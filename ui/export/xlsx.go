package export

import (
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"podium/model"
)

// XLSX returns a workbook of two sheets, the questions (the CSV's columns)
// and the follow-ups with their status as of now; followupsFirst puts the
// follow-ups first and opens on them. Dates are real date cells shown
// dd/mm/yyyy, the header row is frozen and bold, every column as wide as
// its longest cell (long text wraps), and text is stored as it is (no
// formula is ever written: a cell starting with = stays text).
//
// excelize (BSD-3-Clause, kept up by its author since 2016, used by many)
// writes what Excel and LibreOffice both read; an xlsx by hand would need
// shared strings, styles and number formats of our own.
func XLSX(m *model.Meeting, now time.Time, followupsFirst bool) ([]byte, error) {
	x := newMinutes(m, now)
	t := x.t
	sheets := []xlsxSheet{x.questionsSheet(), x.followUpsSheet()}
	if followupsFirst {
		sheets[0], sheets[1] = sheets[1], sheets[0]
	}
	f := excelize.NewFile()
	defer f.Close()
	// The workbook's own metadata carries no clock: the same meeting gives
	// a workbook with the same content.
	_ = f.SetDocProps(&excelize.DocProperties{Creator: "Podium", Created: "2000-01-01T00:00:00Z", Modified: "2000-01-01T00:00:00Z", Language: string(t.Lang())})
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Family: "Times New Roman", Size: 12},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EEEEEE"}}})
	if err != nil {
		return nil, err
	}
	dateFmt := "dd/mm/yyyy"
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt, Font: &excelize.Font{Family: "Times New Roman", Size: 12},
		Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}})
	if err != nil {
		return nil, err
	}
	body, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "Times New Roman", Size: 12},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return nil, err
	}
	for i, s := range sheets {
		name := s.name
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return nil, err
		}
		if err := s.write(f, head, date, body); err != nil {
			return nil, err
		}
	}
	f.SetActiveSheet(0)
	b, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// xlsxSheet is one sheet: its name, headings, rows of string, int or
// time.Time (a date) cells.
type xlsxSheet struct {
	name string
	head []string
	rows [][]any
}

// day is a date cell: the calendar day in the meeting's time zone, at
// midnight UTC, so no spreadsheet shifts it by a zone; nil for no date.
func (x *minutes) day(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	y, m, d := t.In(x.loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func (x *minutes) questionsSheet() xlsxSheet {
	t := x.t
	keys := []string{"no", "asker", "role", "unit", "kind", "theme", "content", "addressed",
		"answered_by", "responder", "summary", "outcome", "deadline", "status"}
	s := xlsxSheet{name: t.T("docs.xlsx.questions"), head: headings(t, keys)}
	for _, it := range x.items {
		var deadline any
		if f := x.followUpOf(it.q); f != nil {
			deadline = x.day(f.Deadline)
		}
		s.rows = append(s.rows, []any{
			it.q.ID, it.asker, it.role, it.unit, it.kind, it.theme, it.content, it.addressed,
			it.answeredBy, it.responder, it.summary, it.outcome, deadline, it.status,
		})
	}
	return s
}

func (x *minutes) followUpsSheet() xlsxSheet {
	t := x.t
	keys := []string{"id", "dept_code", "department", "source", "what", "questions", "deadline", "status",
		"overdue", "forwarded_to", "reply_doc", "reply_date", "resolved", "note"}
	s := xlsxSheet{name: t.T("docs.xlsx.followups"), head: headings(t, keys)}
	for _, g := range x.byDept {
		for _, f := range g.followUps {
			overdue := ""
			if f.Overdue(x.now) {
				overdue = t.T("minutes.yes")
			}
			s.rows = append(s.rows, []any{
				f.ID, f.Department, g.name, t.T("followup.source." + string(f.Source)), f.What, ids(f.Questions),
				x.day(f.Deadline), t.T("followup.status." + string(f.Status)), overdue, f.ForwardedTo,
				f.ReplyDoc, x.day(f.ReplyDate), x.day(f.ResolvedDate), f.Note,
			})
		}
	}
	return s
}

// write puts the sheet in f: bold header row frozen, dates as dates,
// columns as wide as their content (up to a limit, then wrapped).
func (s xlsxSheet) write(f *excelize.File, head, date, body int) error {
	width := make([]int, len(s.head))
	for i, h := range s.head {
		width[i] = utf8.RuneCountInString(h)
	}
	for i, h := range s.head {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellStr(s.name, cell, h); err != nil {
			return err
		}
	}
	for r, row := range s.rows {
		for i, v := range row {
			cell, _ := excelize.CoordinatesToCellName(i+1, r+2)
			var err error
			switch v := v.(type) {
			case nil:
				continue
			case time.Time:
				err = f.SetCellValue(s.name, cell, v)
				if err == nil {
					err = f.SetCellStyle(s.name, cell, cell, date)
				}
				width[i] = max(width[i], 10)
			case int:
				err = f.SetCellInt(s.name, cell, int64(v))
				width[i] = max(width[i], len(fmt.Sprint(v)))
			case string:
				// SetCellStr stores text as text: never a formula.
				err = f.SetCellStr(s.name, cell, v)
				for _, l := range splitLines(v) {
					width[i] = max(width[i], utf8.RuneCountInString(l))
				}
			}
			if err != nil {
				return err
			}
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(s.head), len(s.rows)+1)
	if err := f.SetCellStyle(s.name, "A2", last, body); err != nil && len(s.rows) > 0 {
		return err
	}
	// The date cells keep their own style over the body's.
	for r, row := range s.rows {
		for i, v := range row {
			if _, ok := v.(time.Time); ok {
				cell, _ := excelize.CoordinatesToCellName(i+1, r+2)
				if err := f.SetCellStyle(s.name, cell, cell, date); err != nil {
					return err
				}
			}
		}
	}
	endHead, _ := excelize.CoordinatesToCellName(len(s.head), 1)
	if err := f.SetCellStyle(s.name, "A1", endHead, head); err != nil {
		return err
	}
	for i, w := range width {
		col, _ := excelize.ColumnNumberToName(i + 1)
		// A little over the longest line: Times New Roman's capitals and
		// Vietnamese marks are wider than a digit. Long text wraps at 60.
		if err := f.SetColWidth(s.name, col, col, min(float64(w)*1.15+2, 60)); err != nil {
			return err
		}
	}
	return f.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}})
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
