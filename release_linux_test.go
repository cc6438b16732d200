package main

import (
	"path/filepath"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/storage"
	"podium/storage/hub"
)

// A commit reads pages of the meeting file through bbolt's map; once the
// meeting has been quiet a moment, they are let go again.
func TestCommitsPagesAreLetGoOnceQuiet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.podium")
	m, err := demo.Meeting(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := storage.WriteBigFile(path, m, time.Now(), 2000, 2000); err != nil {
		t.Fatal(err)
	}
	store, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := hub.New(store, time.Now)
	defer h.Close()
	stop := make(chan struct{})
	defer close(stop)
	go releaseAfterCommits(h, store, stop)
	if err := h.Do(&model.CallNext{}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	after := mappedKB(t, path)
	if after == 0 {
		t.Skip("the commit left none of the file resident on this system")
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		time.Sleep(50 * time.Millisecond)
		kb := mappedKB(t, path)
		if kb < 64 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d kB of the file resident after the commit, still %d kB 5 s later", after, kb)
		}
	}
}

// mappedKB is how much of path's maps in this process is resident, in kB.
func mappedKB(t *testing.T, path string) int {
	t.Helper()
	kb, ok := storage.ResidentKB(path)
	if !ok {
		t.Skip("no /proc/self/smaps")
	}
	return kb
}
