//go:build unix

package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"podium/model"
	"podium/storage"
)

// podiumIn is podium with the catalog's language chosen.
func podiumIn(t *testing.T, lang string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"--lang", lang}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

// podium export -o never writes over a meeting (even one open in a
// running Podium), the meeting being read, a link, a device, a FIFO, a
// socket or a folder: it says what the file is, exits non-zero and
// changes nothing.
func TestExportNeverDestroysAFile(t *testing.T) {
	other := playedFile(t)
	dir := t.TempDir()
	live := filepath.Join(dir, "live.podium")
	s, err := storage.Create(live, model.New(model.Header{Title: "Đối thoại"}), "test", time.Now(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close() // a running Podium holds it
	if _, err := s.Apply(model.AddDepartment{Code: "CA", Name: "Công an tỉnh"}, "moderator", time.Now()); err != nil {
		t.Fatal(err)
	}
	notes := filepath.Join(dir, "notes.txt")
	os.WriteFile(notes, []byte("keep me"), 0o600)
	link := filepath.Join(dir, "link.csv")
	if err := os.Symlink(notes, link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "pipe.csv")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock.csv")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o700)

	for _, c := range []struct{ out, lang, want string }{
		{live, "en", live + " is a Podium meeting; choose another name"},
		{live, "vi", live + " là một tệp hội nghị Podium; hãy chọn tên khác"},
		{other, "en", other + " is the file being read; choose another name"},
		{link, "en", link + " is a symbolic link; choose another name"},
		{fifo, "en", fifo + " is a named pipe (FIFO); choose another name"},
		{sock, "en", sock + " is a socket; choose another name"},
		{folder, "en", folder + " is a folder; choose another name"},
		{"/dev/null", "en", "/dev/null is a device; choose another name"},
		{"/dev/null", "vi", "/dev/null là một thiết bị; hãy chọn tên khác"},
	} {
		before, _ := os.Lstat(c.out)
		var was []byte
		if before.Mode().IsRegular() {
			was = readAll(t, c.out)
		}
		code, _, errOut := podiumIn(t, c.lang, "export", "--format", "csv", "-o", c.out, other)
		if code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("-o %s: code %d, stderr %q; want %q", c.out, code, errOut, c.want)
		}
		after, err := os.Lstat(c.out)
		if err != nil || !os.SameFile(before, after) || before.Mode() != after.Mode() {
			t.Errorf("-o %s: the file was replaced", c.out)
		}
		if was != nil && !bytes.Equal(was, readAll(t, c.out)) {
			t.Errorf("-o %s: the file changed", c.out)
		}
	}
	if string(readAll(t, notes)) != "keep me" {
		t.Error("the link's target changed")
	}
	// The running Podium goes on writing to the file it shows.
	if _, err := s.Apply(model.AddDepartment{Code: "KHCN", Name: "Sở Khoa học và Công nghệ"}, "moderator", time.Now()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	r, err := storage.Open(live, &storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if n := len(r.Meeting().Departments); n != 2 {
		t.Errorf("live.podium has %d departments, want 2", n)
	}
}

// A closed meeting is refused byte for byte too, and an export over a
// 0600 file keeps it 0600.
func TestExportOverFiles(t *testing.T) {
	path := playedFile(t)
	dir := t.TempDir()
	closed := filepath.Join(dir, "closed.podium")
	s, err := storage.Create(closed, model.New(model.Header{Title: "Họp"}), "test", time.Now(), nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	before := readAll(t, closed)
	code, _, errOut := podium(t, "export", "--format", "csv", "-o", closed, path)
	if code == 0 || !strings.Contains(errOut, "closed.podium is a Podium meeting") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
	if !bytes.Equal(before, readAll(t, closed)) {
		t.Error("the meeting changed")
	}
	secret := filepath.Join(dir, "secret.csv")
	os.WriteFile(secret, []byte("old"), 0o600)
	os.Chmod(secret, 0o600)
	if code, _, errOut := podium(t, "export", "--format", "csv", "-o", secret, path); code != 0 {
		t.Fatal(errOut)
	}
	fi, _ := os.Stat(secret)
	if fi.Mode().Perm() != 0o600 || !strings.Contains(string(readAll(t, secret)), "Đại biểu") && !strings.Contains(string(readAll(t, secret)), "Asker") {
		t.Errorf("over a 0600 file: mode %v", fi.Mode().Perm())
	}
	fresh := filepath.Join(dir, "fresh.csv")
	if code, _, errOut := podium(t, "export", "--format", "csv", "-o", fresh, path); code != 0 {
		t.Fatal(errOut)
	}
	if fi, _ := os.Stat(fresh); fi.Mode().Perm() != 0o644 {
		t.Errorf("a new export: mode %v, want 0644", fi.Mode().Perm())
	}
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// podium backup FILE [DEST] on a meeting open in a running Podium copies
// its newest backup to DEST and says when it was taken; without DEST it
// names it.
func TestBackupOfAnOpenMeeting(t *testing.T) {
	path := playedFile(t)
	s, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	code, _, errOut := podium(t, "backup", path)
	if code == 0 || !strings.Contains(errOut, "has no backup yet") {
		t.Errorf("no backup yet: code %d, stderr %q", code, errOut)
	}
	taken := time.Now()
	backup, err := s.BackupTo(storage.BackupDir(path), taken)
	if err != nil {
		t.Fatal(err)
	}
	stamp := taken.Format(backupTimeFormat)

	code, out, errOut := podium(t, "backup", path)
	if code != 0 || !strings.Contains(out, backup) || !strings.Contains(out, stamp) {
		t.Errorf("without DEST: code %d, stdout %q, stderr %q", code, out, errOut)
	}

	usb := t.TempDir() // a folder: the copy goes in under the backup's name
	code, out, errOut = podium(t, "backup", path, usb)
	copied := filepath.Join(usb, filepath.Base(backup))
	if code != 0 || !strings.Contains(out, copied) || !strings.Contains(out, stamp) {
		t.Fatalf("to a folder: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	if !bytes.Equal(readAll(t, copied), readAll(t, backup)) {
		t.Error("the copy is not the backup")
	}
	named := filepath.Join(usb, "copy.podium")
	if code, _, errOut := podium(t, "backup", path, "-o", named); code != 0 {
		t.Fatal(errOut)
	}
	if fi, _ := os.Stat(named); fi.Mode().Perm() != 0o600 {
		t.Errorf("the copy's mode is %v, want 0600", fi.Mode().Perm())
	}
	// A second copy onto the first is refused: it is a meeting.
	code, _, errOut = podium(t, "backup", path, named)
	if code == 0 || !strings.Contains(errOut, "is a Podium meeting") {
		t.Errorf("over a copy: code %d, stderr %q", code, errOut)
	}
	// The copy opens and passes check.
	if code, _, errOut := podium(t, "check", copied); code != 0 {
		t.Errorf("check of the copy: %s", errOut)
	}
}

// podium backup FILE DEST on a closed meeting writes a fresh copy there.
func TestBackupToDest(t *testing.T) {
	path := playedFile(t)
	dest := filepath.Join(t.TempDir(), "usb.podium")
	code, out, errOut := podium(t, "backup", path, dest)
	if code != 0 || !strings.Contains(out, dest) {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, _, errOut := podium(t, "check", dest); code != 0 {
		t.Errorf("check of the copy: %s", errOut)
	}
	code, out, errOut = podium(t, "backup", path)
	if code != 0 || !strings.Contains(out, storage.BackupDir(path)) {
		t.Errorf("into the backups folder: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, _, _ := podium(t, "backup", path, dest, "extra"); code == 0 {
		t.Error("three files accepted")
	}
}
