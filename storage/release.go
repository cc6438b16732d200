package storage

import bolt "go.etcd.io/bbolt"

// releaseMap hands back to the system this process's pages of db's map of
// the file: opening reads every question record through bbolt's read-only
// shared map, and the pages it touched (10 of the 16 MB at 10,000
// questions) would otherwise stay in the process's resident memory for as
// long as the meeting is open. The pages stay in the system's page cache;
// a later read of them faults them back in from there, with the same
// bytes (the map is the file's, shared and never written through), so
// nothing read or written changes. Only Linux drops them (see
// dropPages); elsewhere it does nothing.
//
// The read transaction holds bbolt's map lock for reading, so the map
// cannot be moved or unmapped (a commit that grows the file remaps under
// the write lock) between reading its address and advising on it; and
// tx.Size() (the transaction's pages) lies within the map, which bbolt
// makes at least as large as the file.
func releaseMap(db *bolt.DB) {
	_ = view(db, func(tx *bolt.Tx) error {
		dropPages(db.Info().Data, tx.Size())
		return nil
	})
}

// ReleaseMemory hands back to the system the pages of the meeting file
// this process has read through its map since opening (or since the last
// call), as Open does after loading: see releaseMap. Safe at any time,
// beside the writer and readers.
func (s *Store) ReleaseMemory() {
	if !s.closed.Load() {
		releaseMap(s.db)
	}
}
