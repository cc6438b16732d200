package demo

import (
	"testing"
	"time"

	"podium/model"
)

func TestDemoMeeting(t *testing.T) {
	m, err := Meeting(time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(m.Departments); got < 8 {
		t.Errorf("departments = %d, want at least 8", got)
	}
	if got := m.Queue.Len(); got != 24 {
		t.Errorf("waiting questions = %d, want 24 as in the report", got)
	}
	themes := map[string]bool{}
	for _, q := range m.Questions.All() {
		themes[q.Theme] = true
		if len(q.Departments) == 0 {
			t.Errorf("question %d addresses no department", q.ID)
		}
	}
	if len(themes) != 7 {
		t.Errorf("themes = %d, want the report's 7", len(themes))
	}
	if errs := model.Check(m); errs != nil {
		t.Errorf("invariants: %v", errs)
	}
	if m.Header.Topic != "Thanh niên tỉnh Hưng Yên với chuyển đổi số" || m.Header.Chair.Name != "Nguyễn Duy Hưng" {
		t.Errorf("header = %+v", m.Header)
	}
}

func TestPlayedHoldsTogether(t *testing.T) {
	m, err := Played()
	if err != nil {
		t.Fatal(err)
	}
	if errs := model.Check(m); errs != nil {
		t.Fatal(errs)
	}
	c := m.Count()
	if c[model.StatusAnswered] != 6 || c[model.StatusInWriting] != 2 || c[model.StatusWithdrawn] != 1 || len(m.Answers) != 7 || len(m.Conclusions()) != 5 {
		t.Errorf("counts %v, %d answers, %d conclusions", c, len(m.Answers), len(m.Conclusions()))
	}
	if f := m.FollowUp(1); f.Status != model.FollowUpReplied || f.Source != model.SourceWrittenAnswer {
		t.Errorf("follow-up 1 %+v", f)
	}
	// The documents' fields, from the report.
	h := m.Header
	if h.Issuer != "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN" || h.IssuerParent != "" || h.PlaceName != "Hưng Yên" || h.MinutesNumber != "05/BB-UBND" ||
		h.Secretary.Name == "" || len(h.Attendees) < 12 || h.Attendees[0].Name != h.Chair.Name || h.YouthDelegates == 0 || len(h.Recipients) == 0 {
		t.Errorf("header %+v", h)
	}
	// 5 groups and 7 individuals commended.
	if g, i := len(m.CommendationsOf(model.CommendGroup)), len(m.CommendationsOf(model.CommendIndividual)); g != 5 || i != 7 {
		t.Errorf("%d groups and %d individuals commended", g, i)
	}
	// The conclusions to all, the Youth Union and the young people.
	var to []model.Addressee
	for _, f := range m.Conclusions() {
		to = append(to, f.To)
	}
	if len(to) != 5 || to[2] != model.AddresseeAllDepartments || to[3] != model.AddresseeYouthUnion || to[4] != model.AddresseeYouth {
		t.Errorf("conclusions to %q", to)
	}
	// Not closed: the minutes are as of the last conclusion, not the
	// office's reply in April.
	if got := m.MinutesTime(); !got.Equal(clock(9, 4)) {
		t.Errorf("minutes as of %v", got)
	}
}
