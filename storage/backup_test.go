package storage

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"podium/model"
)

func TestKeepBackups(t *testing.T) {
	now := time.Date(2023, 3, 26, 12, 0, 0, 0, ict)
	ago := func(d time.Duration) time.Time { return now.Add(-d) }
	// ten is the newest ten, a minute apart, from 11:59 down to 11:50.
	ten := func() []time.Time {
		var ts []time.Time
		for i := 1; i <= 10; i++ {
			ts = append(ts, ago(time.Duration(i)*time.Minute))
		}
		return ts
	}
	trues := func(n int) []bool { return slices.Repeat([]bool{true}, n) }
	day := func(d, h int) time.Time { return time.Date(2023, 3, 26-d, h, 0, 0, 0, ict) }
	for _, c := range []struct {
		name  string
		times []time.Time // newest first
		want  []bool
	}{
		{"none", nil, []bool{}},
		{"fewer than ten", ten()[:3], trues(3)},
		{"ten", ten(), trues(10)},
		{"the eleventh in the same hour goes",
			append(ten(), ago(11*time.Minute), ago(40*time.Minute)),
			append(trues(10), false, false)},
		{"one per hour of the last day",
			append(ten(), ago(80*time.Minute), ago(100*time.Minute), ago(3*time.Hour), ago(23*time.Hour+59*time.Minute)),
			// 10:40 (kept), 10:20 (same hour: goes), 09:00, 12:01 yesterday
			append(trues(10), true, false, true, true)},
		{"one per day before that",
			append(ten(), day(1, 11), day(1, 9), day(2, 23), day(2, 1), day(10, 8)),
			// yesterday 11:00 is 25 hours ago: the newest of its day; 09:00 goes
			append(trues(10), true, false, true, false, true)},
		{"the newest ten whatever their age",
			[]time.Time{day(30, 9), day(30, 8), day(30, 7), day(31, 9), day(31, 8), day(31, 7), day(32, 9), day(32, 8), day(32, 7), day(33, 9), day(33, 8), day(40, 1)},
			append(trues(10), false, true)},
		{"hours are those of now's zone",
			append(ten(), time.Date(2023, 3, 26, 3, 59, 0, 0, time.UTC), time.Date(2023, 3, 26, 3, 1, 0, 0, time.UTC)),
			// 10:59 and 10:01 in ICT: one hour
			append(trues(10), true, false)},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := keepBackups(c.times, now)
			if !slices.Equal(got, c.want) {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}

func backupNames(t *testing.T, path string) []string {
	t.Helper()
	var names []string
	for _, b := range listBackups(path, BackupDir(path)) {
		names = append(names, filepath.Base(b.path))
	}
	return names
}

// Each backup written prunes the older ones: after a day and a half of
// backups every ten minutes, what is left is what keepBackups keeps.
func TestBackupToPrunes(t *testing.T) {
	s, path := newStore(t)
	dir := BackupDir(path)
	var all []time.Time
	now := t0
	for i := 0; i < 36*6; i++ {
		now = t0.Add(time.Duration(i) * 10 * time.Minute)
		if _, err := s.BackupTo(dir, now); err != nil {
			t.Fatal(err)
		}
		all = append([]time.Time{now}, all...)
	}
	var want []string
	for i, k := range keepBackups(all, now) {
		if k {
			want = append(want, "meeting-"+all[i].Format(backupStamp)+".podium")
		}
	}
	got := backupNames(t, path)
	if !slices.Equal(got, want) {
		t.Errorf("left %d backups:\n%v\nwant %d:\n%v", len(got), got, len(want), want)
	}
	// 10 newest + the other hours of the last day + 2 older days.
	if len(got) < 10 || len(got) > 10+24+2 {
		t.Errorf("%d backups left", len(got))
	}
	es, _ := os.ReadDir(dir)
	if len(es) != len(got) {
		t.Errorf("%d entries in %s, %d backups: something else was left", len(es), dir, len(got))
	}
	// Files that are not this meeting's backups are never touched.
	stray := filepath.Join(dir, "notes.txt")
	os.WriteFile(stray, []byte("x"), 0o600)
	if _, err := s.BackupTo(dir, now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stray); err != nil {
		t.Error("pruning removed a file that is not a backup")
	}
}

// The opening backup is skipped while the newest backup holds the file's
// newest log entry.
func TestBackupIfChanged(t *testing.T) {
	s, path := newStore(t)
	if s.BackupCurrent() {
		t.Fatal("current with no backup at all")
	}
	seq, when, err := s.LastLogSeq()
	if err != nil || seq != 1 || !when.Equal(t0) {
		t.Fatalf("LastLogSeq = %d, %v, %v; want 1, %v", seq, when, err, t0)
	}
	first, err := s.BackupIfChanged(at0(10))
	if err != nil || first == "" {
		t.Fatalf("first: %q, %v", first, err)
	}
	if !s.BackupCurrent() {
		t.Fatal("not current after a backup")
	}
	if p, err := s.BackupIfChanged(at0(20)); err != nil || p != "" {
		t.Fatalf("nothing changed, yet %q, %v", p, err)
	}
	mustApply(t, s, model.AddDepartment{Code: "SYT", Name: "Sở Y tế"}, at(30))
	if s.BackupCurrent() {
		t.Fatal("current after a change")
	}
	second, err := s.BackupIfChanged(at0(40))
	if err != nil || second == "" || second == first {
		t.Fatalf("after a change: %q, %v", second, err)
	}
	bseq, _, err := BackupLastLogSeq(second)
	if nseq, _, _ := s.LastLogSeq(); err != nil || bseq != nseq {
		t.Fatalf("the backup's last seq %d (%v), the file's %d", bseq, err, nseq)
	}
	// A damaged newest backup is not current: the next open makes one.
	if err := os.Truncate(second, 100); err != nil {
		t.Fatal(err)
	}
	if s.BackupCurrent() {
		t.Fatal("a damaged backup counts as current")
	}
	if p, err := s.BackupIfChanged(at0(50)); err != nil || p == "" {
		t.Fatalf("after damage: %q, %v", p, err)
	}
	_ = path
}

// at0 is a backup's time: t0 plus minutes.
func at0(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }

// CopyBackup and BackupToFile go through safefile: never over a meeting.
func TestCopiesNeverOverwrite(t *testing.T) {
	s, path := newStore(t)
	b, err := s.BackupTo(BackupDir(path), at0(1))
	if err != nil {
		t.Fatal(err)
	}
	usb := t.TempDir()
	got, err := CopyBackup(b, usb, path)
	if err != nil || got != filepath.Join(usb, filepath.Base(b)) {
		t.Fatalf("CopyBackup: %q, %v", got, err)
	}
	if _, err := CopyBackup(b, got, path); CodeOf(err) != CodeTargetMeeting {
		t.Errorf("a second copy over the first: %v", err)
	}
	if _, err := CopyBackup(b, path); CodeOf(err) != CodeTargetMeeting && CodeOf(err) != CodeTargetSource {
		t.Errorf("a copy over the meeting: %v", err)
	}
	if _, err := s.BackupToFile(path, at0(2)); CodeOf(err) != CodeTargetSource {
		t.Errorf("BackupToFile over itself: %v", err)
	}
	f, err := s.BackupToFile(usb, at0(3))
	if err != nil {
		t.Fatal(err)
	}
	checkFile(t, f)
	if fi, _ := os.Stat(f); fi.Mode().Perm() != PrivateMode {
		t.Errorf("mode %v", fi.Mode().Perm())
	}
	// The time in the name, read as local time.
	if got := BackupTime(b).Format(backupStamp); got != at0(1).Format(backupStamp) {
		t.Errorf("BackupTime = %v", BackupTime(b))
	}
}
