package storage

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// The themes live in one meta record, "themes": a file with none has no
// such key (as one written before themes existed reads), and a rename
// that re-files questions survives a reopen and is undone as one step.
func TestThemesSurviveAReopenAndAnUndo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.podium")
	t0 := time.Date(2023, 3, 23, 8, 0, 0, 0, time.UTC)
	s, err := Create(path, demoMeeting(t), "moderator", t0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keyThemes); v != nil {
			t.Errorf("a meeting with no themes stores %q", v)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	q := s.Meeting().Question(1)
	for i, c := range []model.Command{
		model.AddTheme{Name: "An ninh Internet"},
		model.AddTheme{Name: "An ninh, an toàn không gian mạng"},
		model.EditQuestion{ID: 1, Asker: q.Asker, Kind: q.Kind, Theme: "an ninh internet", Text: q.Text, Departments: q.Departments},
		model.RenameTheme{From: "An ninh Internet", To: "An ninh, an toàn không gian mạng"},
	} {
		if _, err := s.Apply(c, "moderator", t0.Add(time.Duration(i+1)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	mem := s.Meeting()
	if !slices.Equal(mem.Themes, []string{"An ninh, an toàn không gian mạng"}) || mem.Question(1).Theme != mem.Themes[0] {
		t.Fatalf("merged: %q, %q", mem.Themes, mem.Question(1).Theme)
	}
	s.Close()
	if s, err = Open(path, nil); err != nil {
		t.Fatal(err)
	}
	if mjson(t, s.Meeting()) != mjson(t, mem) {
		t.Errorf("after a reopen %q, want %q", s.Meeting().Themes, mem.Themes)
	}
	m, _, err := s.Undo("moderator", t0.Add(time.Hour))
	if err != nil || len(m.Themes) != 2 || m.Question(1).Theme != "An ninh Internet" {
		t.Errorf("after one undo: %v %q %q", err, m.Themes, m.Question(1).Theme)
	}
	s.Close()
	checkFile(t, path)
}
