package storage_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"podium/model/demo"
	"podium/model/stats"
	"podium/storage"
)

// The figures of the played demo written command by command to a file,
// with an undo and a redo on the way, and read back from it, are the
// figures of the played demo: nothing in them lives outside the records.
func TestFiguresSurviveTheFile(t *testing.T) {
	before, err := demo.Meeting(demo.Registered)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "demo.podium")
	store, err := storage.Create(path, before, "test", demo.Registered, nil)
	if err != nil {
		t.Fatal(err)
	}
	cmds, times := demo.Script()
	for i, c := range cmds {
		if _, err := store.Apply(c, "test", times[i]); err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
		if i == 10 { // an answer under way: take the last step back and do it again
			if _, _, err := store.Undo("test", times[i]); err != nil {
				t.Fatal(err)
			}
			if _, _, err := store.Redo("test", times[i]); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	reopened, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	played, err := demo.Played()
	if err != nil {
		t.Fatal(err)
	}
	// The figures, not the index stats keeps to follow the next commit
	// (unexported, and a pointer).
	got, _ := json.Marshal(stats.Compute(reopened.Meeting(), demo.AsOf))
	want, _ := json.Marshal(stats.Compute(played, demo.AsOf))
	if string(got) != string(want) {
		t.Errorf("from the file:\n%s\nplayed:\n%s", got, want)
	}
}
