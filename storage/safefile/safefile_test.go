//go:build unix

package safefile_test

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
	"podium/storage"
	"podium/storage/safefile"
)

// newMeeting is a real Podium meeting file, closed.
func newMeeting(t *testing.T, path string) {
	t.Helper()
	s, err := storage.Create(path, model.New(model.Header{Title: "Đối thoại"}), "tester", time.Now(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// onlyNames fails if dir holds anything but names: no temp file is left.
func onlyNames(t *testing.T, dir string, names ...string) {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	for _, e := range es {
		if !want[e.Name()] {
			t.Errorf("%s: unexpected %s left behind", dir, e.Name())
		}
	}
}

func wantRefused(t *testing.T, err error, path string, kind safefile.Kind) {
	t.Helper()
	var r *safefile.RefusedError
	if !errors.As(err, &r) {
		t.Fatalf("writing %s: got %v, want a refusal (%s)", path, err, kind)
	}
	if r.Path != path || r.Kind != kind {
		t.Fatalf("refusal: got %s is %s, want %s is %s", r.Path, r.Kind, path, kind)
	}
}

func TestRefusals(t *testing.T) {
	dir := t.TempDir()
	meeting := filepath.Join(dir, "live.podium")
	newMeeting(t, meeting)

	other := filepath.Join(dir, "other.bolt") // bbolt, not Podium
	db, err := bolt.Open(other, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("x")); return err }); err != nil {
		t.Fatal(err)
	}
	db.Close()

	plain := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(plain, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(dir, "hard.txt") // the source under another name
	if err := os.Link(plain, hard); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.csv")
	if err := os.Symlink(plain, link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	sub := filepath.Join(dir, "folder")
	if err := os.Mkdir(sub, 0o700); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		path    string
		sources []string
		kind    safefile.Kind
	}{
		{meeting, nil, safefile.KindMeeting},
		{other, nil, safefile.KindDatabase},
		{hard, []string{plain}, safefile.KindSource},
		{plain, []string{link}, safefile.KindSource}, // reached through a link
		{link, nil, safefile.KindSymlink},
		{fifo, nil, safefile.KindFIFO},
		{sock, nil, safefile.KindSocket},
		{sub, nil, safefile.KindDirectory},
		{"/dev/null", nil, safefile.KindDevice},
	}
	for _, c := range cases {
		t.Run(string(c.kind), func(t *testing.T) {
			before, _ := os.Lstat(c.path)
			var was []byte
			if before.Mode().IsRegular() {
				was = read(t, c.path)
			}
			err := safefile.Write(c.path, []byte("a,b\n1,2\n"), safefile.Options{Mode: 0o644, Sources: c.sources})
			wantRefused(t, err, c.path, c.kind)
			after, err := os.Lstat(c.path)
			if err != nil {
				t.Fatal(err)
			}
			if !os.SameFile(before, after) || before.Mode() != after.Mode() {
				t.Errorf("%s changed: %v → %v", c.path, before.Mode(), after.Mode())
			}
			if was != nil && !bytes.Equal(was, read(t, c.path)) {
				t.Errorf("%s: content changed", c.path)
			}
			if safefile.Check(c.path, c.sources...) == nil {
				t.Errorf("Check(%s) = nil, want a refusal", c.path)
			}
		})
	}
	if got := string(read(t, plain)); got != "keep me" {
		t.Errorf("the link's target became %q", got)
	}
	onlyNames(t, dir, "live.podium", "other.bolt", "notes.txt", "hard.txt", "link.csv", "pipe", "sock", "folder")
	if err := safefile.Write(filepath.Join(dir, "live.csv"), []byte("x"), safefile.Options{Mode: 0o644, Sources: []string{meeting}}); err != nil {
		t.Errorf("a new name beside them: %v", err)
	}
}

// A meeting open in a running Podium (its store holds bbolt's lock) is
// refused, and stays byte for byte what it was.
func TestRefusesOpenMeeting(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "live.podium")
	newMeeting(t, path)
	s, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Apply(model.AddDepartment{Code: "CA", Name: "Công an tỉnh"}, "moderator", time.Now()); err != nil {
		t.Fatal(err)
	}
	was := read(t, path)
	err = safefile.Write(path, []byte("not a meeting"), safefile.Options{Mode: 0o644})
	wantRefused(t, err, path, safefile.KindMeeting)
	if !bytes.Equal(was, read(t, path)) {
		t.Fatal("the open meeting changed")
	}
	// The store goes on writing to the same file.
	if _, err := s.Apply(model.AddDepartment{Code: "KHCN", Name: "Sở Khoa học và Công nghệ"}, "moderator", time.Now()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	r, err := storage.Open(path, &storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if n := len(r.Meeting().Departments); n != 2 {
		t.Errorf("reopened: %d departments, want 2", n)
	}
}

func TestModes(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.csv")
	if err := os.WriteFile(secret, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(secret, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := safefile.Write(secret, []byte("new"), safefile.Options{Mode: 0o644}); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(secret)
	if fi.Mode().Perm() != 0o600 || string(read(t, secret)) != "new" {
		t.Errorf("over a 0600 file: mode %v, %q; want 0600, \"new\"", fi.Mode().Perm(), read(t, secret))
	}
	for _, mode := range []fs.FileMode{0o644, 0o600} {
		p := filepath.Join(dir, "new-"+mode.String())
		if err := safefile.Write(p, []byte("x"), safefile.Options{Mode: mode}); err != nil {
			t.Fatal(err)
		}
		if fi, _ := os.Stat(p); fi.Mode().Perm() != mode {
			t.Errorf("new file: mode %v, want %v", fi.Mode().Perm(), mode)
		}
	}
	onlyNames(t, dir, "secret.csv", "new--rw-r--r--", "new--rw-------")
}

func TestExclusive(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "b.podium")
	if err := os.WriteFile(first, []byte("first"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := safefile.Create(first, safefile.Options{Mode: 0o600, Exclusive: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.Write([]byte("second"))
	if err := f.Commit(); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("Commit over an existing file: %v, want ErrExist", err)
	}
	if string(read(t, first)) != "first" {
		t.Fatal("an exclusive commit replaced a file")
	}
	next := filepath.Join(dir, "b-2.podium")
	if err := f.CommitAs(next); err != nil {
		t.Fatal(err)
	}
	if string(read(t, next)) != "second" {
		t.Fatalf("%s holds %q", next, read(t, next))
	}
	onlyNames(t, dir, "b.podium", "b-2.podium")
}

// A failed fill leaves nothing behind and the old file as it was.
func TestFailedWriteChangesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.md")
	os.WriteFile(p, []byte("old"), 0o644)
	err := safefile.WriteFrom(p, safefile.Options{Mode: 0o644}, func(w io.Writer) error {
		w.Write([]byte("half"))
		return errors.New("disk full")
	})
	if err == nil || string(read(t, p)) != "old" {
		t.Fatalf("err %v, file %q", err, read(t, p))
	}
	onlyNames(t, dir, "out.md")
}

func TestOpenAppend(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "serve.log")
	for i := 0; i < 2; i++ {
		f, err := safefile.OpenAppend(log, 0o600)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte("line\n"))
		f.Close()
	}
	if got := string(read(t, log)); got != "line\nline\n" {
		t.Errorf("log holds %q", got)
	}
	meeting := filepath.Join(dir, "live.podium")
	newMeeting(t, meeting)
	fifo := filepath.Join(dir, "pipe")
	syscall.Mkfifo(fifo, 0o600)
	link := filepath.Join(dir, "link.log")
	os.Symlink(log, link)
	for path, kind := range map[string]safefile.Kind{meeting: safefile.KindMeeting, fifo: safefile.KindFIFO, link: safefile.KindSymlink, "/dev/null": safefile.KindDevice} {
		_, err := safefile.OpenAppend(path, 0o600)
		wantRefused(t, err, path, kind)
	}
}
