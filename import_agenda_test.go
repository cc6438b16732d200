package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"podium/model"
	"podium/storage"
)

// newMeetingFile is a meeting as the setup form makes one: a title and a
// start at 8:00, no run of show, no planned end.
func newMeetingFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "hoi-nghi.podium")
	h := model.Header{Title: "Hội nghị đối thoại với thanh niên", Date: time.Date(2026, 3, 26, 8, 0, 0, 0, time.Local)}
	m, _, err := model.Apply(model.New(model.Header{}), model.SetHeader{Header: h}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return meetingFile(t, path, m, time.Now())
}

func agendaCSV(t *testing.T, name string) string {
	t.Helper()
	return filepath.Join("model", "importcsv", "testdata", "agenda", name)
}

func readMeetingFile(t *testing.T, path string) *model.Meeting {
	t.Helper()
	s, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	return s.Meeting()
}

// A meeting from nothing takes its run of show from a spreadsheet; the
// planned end follows it; one u takes the import back.
func TestImportAgendaIntoANewMeeting(t *testing.T) {
	path := newMeetingFile(t)
	var out, errb bytes.Buffer
	if code := run([]string{"--lang", "vi", "import", "--what", "agenda", agendaCSV(t, "good_vi.csv"), path}, &out, &errb); code != 0 {
		t.Fatalf("code %d, err %q", code, errb.String())
	}
	for _, want := range []string{"Đã nhập chương trình 5 mục vào " + path + ", mục đối thoại là mục 3.", "Kết thúc dự kiến: 11:15 26/03/2026, theo chương trình."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("out %q lacks %q", out.String(), want)
		}
	}
	m := readMeetingFile(t, path)
	if len(m.Agenda.Items) != 5 || !m.Agenda.Items[2].Dialogue || m.Header.PlannedEnd.Format("15:04") != "11:15" {
		t.Fatalf("agenda %+v, planned end %v", m.Agenda.Items, m.Header.PlannedEnd)
	}
	s, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	var last storage.LogEntry
	_ = s.Log(func(e storage.LogEntry) bool { last = e; return false })
	if last.Verb != storage.VerbImport || last.Who != "moderator:office" {
		t.Errorf("newest log entry %+v", last)
	}
	m, _, err = s.UndoOf("moderator:office", "test", time.Now())
	if err != nil || len(m.Agenda.Items) != 0 || !m.Header.PlannedEnd.IsZero() {
		t.Errorf("after one undo: %v, %d items, planned end %v", err, len(m.Agenda.Items), m.Header.PlannedEnd)
	}
	s.Close()
	// English, no dialogue marked: it says so.
	out.Reset()
	src := filepath.Join(t.TempDir(), "agenda.csv")
	if err := os.WriteFile(src, []byte("Item,Minutes\nOpening,10\nClosing,5\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := podium(t, "import", "--what", "agenda", src, path)
	if code != 0 || !strings.Contains(stdout, "Imported a run of show of 2 items") || !strings.Contains(stdout, "no dialogue item yet") {
		t.Errorf("code %d, out %q, err %q", code, stdout, stderr)
	}
}

// A bad file is refused whole with its line, and the meeting file is byte
// for byte what it was; so is any file once the run of show has started.
func TestImportAgendaRefusals(t *testing.T) {
	path := demoFile(t)
	before := readAll(t, path)
	dir := t.TempDir()
	long := filepath.Join(dir, "long.csv")
	if err := os.WriteFile(long, []byte("Item,Minutes\n\""+strings.Repeat("x", 10000)+"\",5\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for src, want := range map[string]string{
		agendaCSV(t, "missing_column.csv"): "required columns missing: “Minutes”",
		agendaCSV(t, "bad_minutes.csv"):    "line 3, column B “Thời lượng (phút)”: “1,5 giờ” is not a duration: write the minutes, from 1 to 600",
		agendaCSV(t, "two_dialogues.csv"):  "line 5, column C “Loại”: a second item is marked as the dialogue (the first is on line 3)",
		long:                               "line 2, column A “Item”: 10000 characters long, at most 300",
	} {
		code, _, errOut := podium(t, "import", "--what", "agenda", src, path)
		if code == 0 || !strings.Contains(errOut, want) || !strings.Contains(errOut, "Nothing was imported") {
			t.Errorf("%s: code %d, stderr %q", src, code, errOut)
		}
		if !bytes.Equal(readAll(t, path), before) {
			t.Fatalf("%s: a rejected import changed the meeting file", src)
		}
	}
	// The run of show starts: a file no longer replaces it.
	s, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(model.NextAgendaItem{}, "test", time.Now()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before = readAll(t, path)
	code, _, errOut := podium(t, "import", "--what", "agenda", agendaCSV(t, "good_en.csv"), path)
	if code == 0 || !strings.Contains(errOut, "has started, so a file can no longer replace it") {
		t.Errorf("started: code %d, stderr %q", code, errOut)
	}
	if !bytes.Equal(readAll(t, path), before) {
		t.Fatal("a refused import changed the started meeting")
	}
}
