package storage

import (
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// The commendations live in one meta record, "commendations": added,
// edited, removed and undone through the log, they survive a reopen; a
// file with none has no such key, which is how a file written before
// commendations existed reads (no migration, no schema change).
func TestCommendationsSurviveAReopenAndAnUndo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.podium")
	t0 := time.Date(2023, 3, 23, 8, 0, 0, 0, time.UTC)
	s, err := Create(path, demoMeeting(t), "moderator", t0, nil)
	if err != nil {
		t.Fatal(err)
	}
	// None yet: no key.
	if err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keyCommendations); v != nil {
			t.Errorf("a meeting with no commendations stores %q", v)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for i, c := range []model.Command{
		model.AddCommendation{Kind: model.CommendGroup, Name: "Huyện Đoàn Khoái Châu", Decision: "QĐ 512/QĐ-UBND"},
		model.AddCommendation{Kind: model.CommendIndividual, Name: "Nguyễn Thị Thu Hằng", Unit: "HTX Phố Hiến"},
		model.EditCommendation{ID: 2, Kind: model.CommendIndividual, Name: "Nguyễn Thị Thu Hằng", Unit: "Giám đốc HTX Phố Hiến"},
		model.RemoveCommendation{ID: 1},
	} {
		if _, err := s.Apply(c, "clerk", t0.Add(time.Duration(i+1)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := s.Undo("clerk", t0.Add(time.Hour)); err != nil { // the removal
		t.Fatal(err)
	}
	mem := s.Meeting()
	s.Close()
	if s, err = Open(path, nil); err != nil {
		t.Fatal(err)
	}
	got := s.Meeting().Commendations
	if mjson(t, s.Meeting()) != mjson(t, mem) || len(got) != 2 || got[1].Unit != "Giám đốc HTX Phố Hiến" {
		t.Errorf("after a reopen %+v, want %+v", got, mem.Commendations)
	}
	s.Close()
	checkFile(t, path)
}
