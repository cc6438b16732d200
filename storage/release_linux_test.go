package storage

import (
	"os"
	"path/filepath"
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
		if s.Meeting().Questions.Len() != 2000 {
			t.Fatalf("read-only %v: %d questions loaded", ro, s.Meeting().Questions.Len())
		}
		if kb := mappedKB(t, path); int64(kb)*1024 > fi.Size()/20 {
			t.Errorf("read-only %v: %d kB of the %d kB file resident after Open", ro, kb, fi.Size()/1024)
		}
		s.Close()
	}
}

// mappedKB is how much of path's maps in this process is resident, in kB.
func mappedKB(t *testing.T, path string) int {
	t.Helper()
	kb, ok := ResidentKB(path)
	if !ok {
		t.Skip("no /proc/self/smaps")
	}
	return kb
}
