package storage

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"podium/model/demo"
)

// Open hands back the pages loading read through bbolt's map: before it
// did, 10 of the 16 MB of a 10,000-question file stayed resident in the
// process for as long as the meeting was open.
func TestOpenLetsGoOfTheFilesPages(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.podium")
	m, err := demo.Meeting(t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteBigFile(path, m, t0, 2000, 2000); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{false, true} {
		s := mustOpen(t, path, &Options{ReadOnly: ro})
		if len(s.Meeting().Questions) != 2000 {
			t.Fatalf("read-only %v: %d questions loaded", ro, len(s.Meeting().Questions))
		}
		if kb := mappedKB(t, path); int64(kb)*1024 > fi.Size()/20 {
			t.Errorf("read-only %v: %d kB of the %d kB file resident after Open", ro, kb, fi.Size()/1024)
		}
		s.Close()
	}
}

// mappedKB is how much of path's maps in this process is resident (Rss
// in /proc/self/smaps), in kB.
func mappedKB(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps:", err)
	}
	defer f.Close()
	kb, in := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		switch {
		case len(fs) >= 5 && strings.Contains(fs[0], "-") && !strings.HasSuffix(fs[0], ":"):
			in = len(fs) >= 6 && fs[len(fs)-1] == path
		case in && len(fs) >= 2 && fs[0] == "Rss:":
			n, _ := strconv.Atoi(fs[1])
			kb += n
		}
	}
	return kb
}
