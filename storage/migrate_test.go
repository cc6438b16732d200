package storage

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// The migrations are one step per version before SchemaVersion.
func TestMigrationsMatchSchemaVersion(t *testing.T) {
	if schemaVersion() != SchemaVersion {
		t.Fatalf("%d migrations for schema version %d", len(migrations), SchemaVersion)
	}
}

// withSteps adds migration steps after the real ones for one test: the
// path the next schema version will take.
func withSteps(t *testing.T, steps ...func(tx *bolt.Tx) error) {
	t.Helper()
	saved := migrations
	migrations = append(append([]func(tx *bolt.Tx) error(nil), saved...), steps...)
	t.Cleanup(func() { migrations = saved })
}

// fileSchema reads the schema version stored in a file, read-only.
func fileSchema(t *testing.T, path string) string {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v string
	if err := db.View(func(tx *bolt.Tx) error {
		v = string(tx.Bucket(bucketMeta).Get(keySchema))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return v
}

var bucketSynthetic = []byte("synthetic")

// A file of today's version, opened by a program with two more steps, is
// backed up as it was, then both steps and the new version are written in
// one transaction.
func TestMigrateSyntheticSteps(t *testing.T) {
	s, path := newStore(t)
	want := mustApply(t, s, model.CallNext{}, at(100))
	s.Close()

	var txIDs []int
	step := func(tx *bolt.Tx) error {
		if !tx.Writable() {
			return errors.New("a migration step in a read transaction")
		}
		// The file as it was is already in the backups folder.
		if b := backupsNewestFirst(path); len(b) != 1 || fileSchema(t, b[0]) != fmt.Sprint(SchemaVersion) {
			t.Errorf("backups before the step: %v", b)
		}
		txIDs = append(txIDs, tx.ID())
		b, err := tx.CreateBucketIfNotExists(bucketSynthetic)
		if err != nil {
			return err
		}
		return b.Put(itob(uint64(len(txIDs))), []byte("step"))
	}
	withSteps(t, step, step)

	// Read-only, an older file is refused and left alone.
	_, err := Open(path, &Options{ReadOnly: true})
	if e := wantCode(t, err, CodeOldSchema); e == nil {
		return
	}

	s = mustOpen(t, path, nil)
	if len(txIDs) != 2 || txIDs[0] != txIDs[1] {
		t.Fatalf("the steps ran in transactions %v, want both in one", txIDs)
	}
	sameMeeting(t, "migrated", s.Meeting(), want)
	s.Close()
	if v, want := fileSchema(t, path), fmt.Sprint(SchemaVersion+2); v != want {
		t.Fatalf("schema after migration: %s, want %s", v, want)
	}
	backups := backupsNewestFirst(path)
	if len(backups) != 1 || fileSchema(t, backups[0]) != fmt.Sprint(SchemaVersion) {
		t.Fatalf("backups after migration: %v", backups)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketSynthetic); b == nil || b.Stats().KeyN != 2 {
			t.Error("the steps' writes are not in the file")
		}
		return nil
	})
	db.Close()

	// Opened again, the file is of this version: nothing more to do.
	s = mustOpen(t, path, nil)
	s.Close()
	if len(txIDs) != 2 {
		t.Errorf("migrated twice: %d steps ran", len(txIDs))
	}
}

// A step that fails leaves the file byte for byte as it was (its backup
// beside it), and the next Podium, without that failure, migrates it.
func TestFailedMigrationLeavesTheFileAlone(t *testing.T) {
	s, path := newStore(t)
	mustApply(t, s, model.CallNext{}, at(100))
	s.Close()
	before := readFile(t, path)

	boom := errors.New("synthetic failure")
	fail := true
	withSteps(t,
		func(tx *bolt.Tx) error { // writes, then the next step fails
			b, err := tx.CreateBucketIfNotExists(bucketSynthetic)
			if err != nil {
				return err
			}
			return b.Put([]byte("half"), bytes.Repeat([]byte("x"), 64<<10))
		},
		func(tx *bolt.Tx) error {
			if fail {
				return boom
			}
			return nil
		})

	_, err := Open(path, nil)
	if !errors.Is(err, boom) {
		t.Fatalf("Open with a failing step: %v, want the step's error", err)
	}
	if after := readFile(t, path); !bytes.Equal(after, before) {
		t.Fatal("a failed migration changed the file")
	}
	if b := backupsNewestFirst(path); len(b) != 1 || !sameFileContent(t, b[0], path) {
		t.Fatalf("backups %v", b)
	}

	fail = false
	s = mustOpen(t, path, nil)
	s.Close()
	if v := fileSchema(t, path); v != fmt.Sprint(SchemaVersion+2) {
		t.Fatalf("schema after the second try: %s", v)
	}
}

// sameFileContent reports whether two bbolt files hold the same schema
// version and log: a backup is a consistent copy, not a byte copy.
func sameFileContent(t *testing.T, a, b string) bool {
	t.Helper()
	return fileSchema(t, a) == fileSchema(t, b) && bytes.Equal(storedLog(t, a), storedLog(t, b))
}

func storedLog(t *testing.T, path string) []byte {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out []byte
	_ = db.View(func(tx *bolt.Tx) error {
		l, err := logOf(tx)
		if err != nil {
			return err
		}
		c := l.cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			out = append(append(out, k...), v...)
		}
		return nil
	})
	return out
}
