package safefile

import (
	"io/fs"
	"os"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
)

type boltState int

const (
	boltNone   boltState = iota // not a bbolt file
	boltPodium                  // a Podium meeting, or a bbolt file that could not be read to tell
	boltOther                   // a bbolt file without Podium's meta bucket
)

// boltMagic is bbolt's magic number as it lies in a meta page on disk
// (little-endian 0xED0CDAED).
const boltMagic = "\xed\xda\x0c\xed"

// LooksLikeBolt reports whether a meta page of path carries bbolt's magic
// number. It opens only a regular file, and never waits on a FIFO.
func LooksLikeBolt(path string) bool {
	fi, err := os.Lstat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	return looksLikeBolt(path, fi)
}

func looksLikeBolt(path string, fi fs.FileInfo) bool {
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	// The name may have been given to something else since Lstat.
	if ofi, err := f.Stat(); err != nil || !os.SameFile(fi, ofi) {
		return false
	}
	var buf [4]byte
	// The magic follows the 16-byte page header of meta page 0, or of meta
	// page 1 at one of the page sizes bbolt supports.
	offsets := []int64{16}
	for i := 0; i <= 14; i++ {
		offsets = append(offsets, 1024<<i+16)
	}
	for _, off := range offsets {
		if n, _ := f.ReadAt(buf[:], off); n == 4 && string(buf[:]) == boltMagic {
			return true
		}
	}
	return false
}

// boltKind tells a Podium meeting from another bbolt file by Podium's meta
// bucket. A file that cannot be opened to tell (held by a running Podium,
// damaged) counts as a meeting: the safe side.
func boltKind(path string, fi fs.FileInfo) (state boltState) {
	if !looksLikeBolt(path, fi) {
		return boltNone
	}
	defer func() {
		if recover() != nil {
			state = boltPodium
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	db, err := bolt.Open(path, 0, &bolt.Options{ReadOnly: true, Timeout: 50 * time.Millisecond})
	if err != nil {
		return boltPodium
	}
	defer db.Close()
	state = boltPodium
	_ = db.View(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("meta")) == nil {
			state = boltOther
		}
		return nil
	})
	return state
}
