package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
)

// lastYear writes the played demo (questions, answers, follow-ups,
// commendations, an agenda under way) with a proposal's own speaking limit
// and two themes to a meeting file.
func lastYear(t *testing.T) (string, *model.Meeting) {
	t.Helper()
	m, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	h := m.Header
	h.KindLimits = h.KindLimits.With(model.KindProposal, 4*time.Minute)
	h.End = demo.AsOf
	cmds := []model.Command{model.SetHeader{Header: h}, model.AddTheme{Name: "Giáo dục"}, model.AddTheme{Name: "An ninh mạng"}}
	if m.Agenda.Current == 0 {
		cmds = append(cmds, model.NextAgendaItem{}, model.NextAgendaItem{})
	}
	for _, c := range cmds {
		if m, _, err = model.Apply(m, c, demo.AsOf); err != nil {
			t.Fatal(err)
		}
	}
	return meetingFile(t, filepath.Join(t.TempDir(), "2023.podium"), m, demo.AsOf), m
}

func TestNewFromLastYear(t *testing.T) {
	src, last := lastYear(t)
	if last.Questions.Len() == 0 || len(last.FollowUps) == 0 || len(last.Commendations) == 0 || last.Agenda.Current == 0 {
		t.Fatalf("last year should have questions (%d), follow-ups (%d), commendations (%d) and an agenda under way (%d)",
			last.Questions.Len(), len(last.FollowUps), len(last.Commendations), last.Agenda.Current)
	}
	dest := filepath.Join(t.TempDir(), "2024.podium")
	code, out, errOut := podium(t, "new", dest, "--from", src)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "10 departments, 9 themes, ") || !strings.Contains(out, "press 6") {
		t.Errorf("output %q", out)
	}
	s, err := storage.Open(dest, &storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	m := s.Meeting()
	s.Close()
	h, lh := m.Header, last.Header
	if !h.Date.IsZero() || !h.PlannedEnd.IsZero() || !h.End.IsZero() {
		t.Errorf("dates kept: %v %v %v", h.Date, h.PlannedEnd, h.End)
	}
	if h.MinutesNumber != "" || h.ConclusionsNumber != "" || h.ReportNumber != "" || h.YouthDelegates != 0 {
		t.Errorf("numbers kept: %q %q %q %d", h.MinutesNumber, h.ConclusionsNumber, h.ReportNumber, h.YouthDelegates)
	}
	if h.Title != lh.Title || h.Chair != lh.Chair || h.Secretary != lh.Secretary || h.Issuer != lh.Issuer ||
		len(h.Attendees) != len(lh.Attendees) || len(h.Recipients) != len(lh.Recipients) ||
		h.SpeakLimitFor(model.KindProposal) != 4*time.Minute || h.AnswerLimit != lh.AnswerLimit {
		t.Errorf("details not kept:\n%+v\nfrom\n%+v", h, lh)
	}
	if len(m.Departments) != len(last.Departments) || m.Department(3).Code != last.Department(3).Code ||
		m.Department(3).Representative != last.Department(3).Representative {
		t.Errorf("departments %v", m.Departments)
	}
	if strings.Join(m.Themes, "|") != strings.Join(last.Themes, "|") {
		t.Errorf("themes %q, want %q", m.Themes, last.Themes)
	}
	if m.Agenda.Current != 0 || len(m.Agenda.Items) != len(last.Agenda.Items) {
		t.Fatalf("agenda %+v", m.Agenda)
	}
	for i, it := range m.Agenda.Items {
		l := last.Agenda.Items[i]
		if it.Title != l.Title || it.Planned != l.Planned || it.Dialogue != l.Dialogue || !it.Start.IsZero() || !it.End.IsZero() {
			t.Errorf("agenda item %d %+v, from %+v", i+1, it, l)
		}
	}
	if m.Questions.Len()+len(m.Answers)+len(m.FollowUps)+len(m.Commendations) != 0 || m.Queue.Len() != 0 {
		t.Errorf("the record came along: %d questions, %d answers, %d follow-ups, %d commendations",
			m.Questions.Len(), len(m.Answers), len(m.FollowUps), len(m.Commendations))
	}
}

// The new file is never written over, and a missing or damaged last
// year's file says so.
func TestNewRefuses(t *testing.T) {
	src, _ := lastYear(t)
	dir := t.TempDir()
	existing := filepath.Join(dir, "there.podium")
	if err := os.WriteFile(existing, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	damaged := filepath.Join(dir, "damaged.podium")
	if err := os.WriteFile(damaged, bytes.Repeat([]byte("x"), 8192), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"an existing file", []string{"new", existing, "--from", src}, "already exists"},
		{"the same file", []string{"new", src, "--from", src}, "already exists"},
		{"no --from", []string{"new", filepath.Join(dir, "a.podium")}, "--from FILE is needed"},
		{"a missing last year", []string{"new", filepath.Join(dir, "b.podium"), "--from", filepath.Join(dir, "none.podium")}, "There is no file"},
		{"a damaged last year", []string{"new", filepath.Join(dir, "c.podium"), "--from", damaged}, "not a Podium meeting"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := podium(t, c.args...)
			if code == 0 || !strings.Contains(errOut, c.want) {
				t.Errorf("exit %d, %q; want a refusal saying %q", code, errOut, c.want)
			}
		})
	}
	if b, _ := os.ReadFile(existing); string(b) != "mine" {
		t.Error("an existing file was written over")
	}
	for _, f := range []string{"a", "b", "c"} {
		if _, err := os.Stat(filepath.Join(dir, f+".podium")); err == nil {
			t.Errorf("%s.podium was written by a refused new", f)
		}
	}
}

// Last year's file open in a running Podium is read from its newest
// backup, and said so.
func TestNewFromAnOpenFile(t *testing.T) {
	src, _ := lastYear(t)
	s, err := storage.Open(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	dest := filepath.Join(t.TempDir(), "2024.podium")
	if code, _, errOut := podium(t, "new", dest, "--from", src); code == 0 || !strings.Contains(errOut, "no backup to read yet") {
		t.Errorf("no backup: exit %d, %q", code, errOut)
	}
	if _, err := s.BackupTo(storage.BackupDir(src), time.Now()); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := podium(t, "new", dest, "--from", src)
	if code != 0 || !strings.Contains(errOut, "Reading its newest backup") {
		t.Fatalf("exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(dest); err != nil {
		t.Error(err)
	}
}
