package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"time"

	"podium/model"
	"podium/ui/i18n"
)

// BOM is the UTF-8 byte-order mark the spreadsheets start with: without it
// Excel reads UTF-8 as the Windows code page and mangles the diacritics.
const BOM = "\ufeff"

// QuestionsCSV returns one row per question, in the order of the minutes,
// with the minutes' columns (headings in the meeting's language), as UTF-8
// with a byte-order mark for Excel. Its Asker, Role, Unit, Kind, Theme,
// Content and Addressed-to columns are what podium import reads back.
func QuestionsCSV(m *model.Meeting, now time.Time) []byte {
	x := newMinutes(m, now)
	t := x.t
	keys := []string{"no", "asker", "role", "unit", "kind", "theme", "content", "addressed",
		"answered_by", "responder", "summary", "outcome", "deadline", "status"}
	rows := [][]string{headings(t, keys)}
	for _, it := range x.items {
		deadline := isoDeadlines(x, it)
		rows = append(rows, []string{
			fmt.Sprint(it.q.ID), it.asker, it.role, it.unit, it.kind, it.theme, it.content, it.addressed,
			it.answeredBy, it.responder, it.summary, it.outcome, deadline, it.status,
		})
	}
	return writeCSV(rows)
}

// FollowUpsCSV returns one row per follow-up, by department in the
// meeting's order, overdue ones marked as of now.
func FollowUpsCSV(m *model.Meeting, now time.Time) []byte {
	x := newLedger(m, now)
	t := x.t
	keys := []string{"id", "dept_code", "department", "source", "what", "questions", "deadline", "status",
		"overdue", "forwarded_to", "reply_doc", "reply_date", "resolved", "note"}
	rows := [][]string{headings(t, keys)}
	for _, g := range x.byDept {
		for _, f := range g.followUps {
			overdue := ""
			if f.Overdue(now) {
				overdue = t.T("minutes.yes")
			}
			rows = append(rows, []string{
				fmt.Sprint(f.ID), f.Department, g.name, t.T("followup.source." + string(f.Source)), f.What, ids(f.Questions),
				isoDate(x, f.Deadline), t.T("followup.status." + string(f.Status)), overdue, f.ForwardedTo,
				f.ReplyDoc, isoDate(x, f.ReplyDate), isoDate(x, f.ResolvedDate), f.Note,
			})
		}
	}
	return writeCSV(rows)
}

func writeCSV(rows [][]string) []byte {
	var b bytes.Buffer
	b.WriteString(BOM)
	w := csv.NewWriter(&b)
	w.UseCRLF = true // what Excel writes and expects
	for _, r := range rows {
		for i, cell := range r {
			r[i] = defuse(cell)
		}
		_ = w.Write(r) // a bytes.Buffer does not fail
	}
	w.Flush()
	return b.Bytes()
}

// defuse keeps a cell from being read as a formula by a spreadsheet (CSV
// injection): text from the floor that starts with = + - @ gets a leading
// apostrophe, which Excel shows as text and hides.
func defuse(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// isoDate is a day in a spreadsheet: yyyy-mm-dd in every language, in
// the meeting's time zone. dd/mm/yyyy is read as m/d by a spreadsheet in
// an en-US locale (07/04/2023 became 4 July); ISO 8601 is read as a date
// the same way everywhere.
func isoDate(x *minutes, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(x.loc).Format("2006-01-02")
}

// headings are the CSV's first row: the minutes' column names for keys.
func headings(t i18n.Catalog, keys []string) []string {
	head := make([]string, len(keys))
	for i, k := range keys {
		head[i] = t.T("minutes.col." + k)
	}
	return head
}
