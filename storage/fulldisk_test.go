//go:build linux

package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"podium/model"
)

// smallDisk mounts a tmpfs of size bytes for the test: a real file system
// that fills up, or turns read-only, as a USB stick or a laptop's disk
// does. It needs the right to mount (root, as in CI); without it the test
// is skipped and says why.
func smallDisk(t *testing.T, size string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "disk")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size); err != nil {
		t.Skipf("cannot mount a small disk here (%v): run as root to test a full or read-only disk", err)
	}
	t.Cleanup(func() { _ = syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

// fill writes to a file in dir until the disk is full, and returns it.
func fill(t *testing.T, dir string) string {
	t.Helper()
	name := filepath.Join(dir, "filler")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 4096)
	for {
		if _, err := f.Write(buf); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			return name
		}
	}
}

// A full disk: the meeting still opens; a command that cannot be
// committed says the disk is full and changes nothing; when space returns,
// work goes on and the file checks good.
func TestFullDiskRefusesAChangeAndKeepsTheMeeting(t *testing.T) {
	disk := smallDisk(t, "2m")
	path := filepath.Join(disk, "meeting.podium")
	s, err := Create(path, demoMeeting(t), "tester", t0, nil)
	if err != nil {
		t.Fatal(err)
	}
	filler := fill(t, disk)

	// Commands until one needs a page the disk cannot give.
	long := strings.Repeat("Thanh niên cần được hỗ trợ chuyển đổi số. ", 90)
	var refused error
	before := s.Meeting()
	for i := 0; i < 2000 && refused == nil; i++ {
		before = s.Meeting()
		_, refused = s.Apply(model.AddQuestion{Asker: model.Person{Name: "Nguyễn Văn Tới"}, Kind: model.KindQuestion, Text: long}, "tester", at(100+i))
	}
	if refused == nil {
		t.Fatal("the disk never filled")
	}
	if CodeOf(refused) != CodeIO || !errors.Is(refused, syscall.ENOSPC) {
		t.Fatalf("refusal = %v, want a write failure saying the disk is full", refused)
	}
	if s.Meeting() != before {
		t.Fatal("the meeting changed although the command was not committed")
	}
	n := before.Questions.Len()
	if err := s.Close(); err != nil {
		t.Fatalf("close on a full disk: %v", err)
	}

	// It still opens, full as the disk is, and holds every committed command.
	s, err = Open(path, nil)
	if err != nil {
		t.Fatalf("open on a full disk: %v", err)
	}
	if got := s.Meeting().Questions.Len(); got != n {
		t.Fatalf("after reopening: %d questions, want %d", got, n)
	}
	if s.ReadOnly() {
		t.Fatal("a full disk is not a read-only one")
	}

	// Space returns: work goes on.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(model.AddQuestion{Asker: model.Person{Name: "Lê Thị Sau"}, Kind: model.KindQuestion, Text: "Sau khi dọn ổ đĩa"}, "tester", at(5000)); err != nil {
		t.Fatalf("after space returned: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if errs := Check(path); len(errs) > 0 {
		t.Fatalf("check after a full disk: %v", errs)
	}
}

// A read-only disk: the meeting opens read-only, says why, refuses every
// change with that reason, and can still be read.
func TestReadOnlyDiskOpensAReadOnlyView(t *testing.T) {
	disk := smallDisk(t, "4m")
	path := filepath.Join(disk, "meeting.podium")
	s, err := Create(path, demoMeeting(t), "tester", t0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(path)
	if err := syscall.Mount("", disk, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Fatalf("remount read-only: %v", err)
	}

	s, err = Open(path, nil)
	if err != nil {
		t.Fatalf("open on a read-only disk: %v", err)
	}
	defer s.Close()
	if !s.ReadOnly() {
		t.Fatal("not read-only")
	}
	why := s.ReadOnlyReason()
	if CodeOf(why) != CodeReadOnly || !errors.Is(why, syscall.EROFS) {
		t.Fatalf("reason = %v, want read_only because of a read-only file system", why)
	}
	_, err = s.Apply(model.AddQuestion{Asker: model.Person{Name: "Nguyễn Văn Tới"}, Kind: model.KindQuestion, Text: "Câu hỏi"}, "tester", at(100))
	if CodeOf(err) != CodeReadOnly || !errors.Is(err, syscall.EROFS) {
		t.Fatalf("a change on a read-only disk: %v, want read_only with its reason", err)
	}
	if _, _, err := s.Undo("tester", at(101)); CodeOf(err) != CodeReadOnly {
		t.Fatalf("undo on a read-only disk: %v", err)
	}
	if s.Meeting().Questions.Len() != demoMeeting(t).Questions.Len() {
		t.Fatal("the read-only view lost questions")
	}
	if got, _ := os.ReadFile(path); string(got) != string(want) {
		t.Fatal("the file changed")
	}
}

// A file without write permission (as another user sees it) opens
// read-only and says so, rather than failing.
func TestReadOnlyFileOpensAReadOnlyView(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any file; the read-only disk test covers this path")
	}
	s, path := newStore(t)
	s.Close()
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, nil)
	if err != nil {
		t.Fatalf("open a read-only file: %v", err)
	}
	defer s.Close()
	if !s.ReadOnly() || CodeOf(s.ReadOnlyReason()) != CodeReadOnly {
		t.Fatalf("read-only %v, reason %v", s.ReadOnly(), s.ReadOnlyReason())
	}
}
