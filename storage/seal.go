package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"

	bolt "go.etcd.io/bbolt"
)

// bbolt checksums only its meta pages: a flipped bit in a data page reads
// back as good data. From schema version 2 every stored value therefore
// carries its own checksum, and every log entry the hash of the one before
// it (see doc.go for the layout).

// castagnoli is CRC-32C, which the CPU computes in hardware on amd64 and
// arm64.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

const (
	sumSize  = 4                  // CRC-32C, big-endian, before the value
	hashSize = sha256.Size        // the previous log entry's hash, after the CRC
	entryPre = sumSize + hashSize // prefix of a stored log entry
)

// sum is the CRC-32C of a value stored at key in bucket: the bucket and
// key are part of it, so a value that lands under another key (or in
// another bucket) does not pass as good.
func sum(bucket, key, rest []byte) uint32 {
	c := crc32.Update(0, castagnoli, bucket)
	c = crc32.Update(c, castagnoli, []byte{0})
	c = crc32.Update(c, castagnoli, key)
	c = crc32.Update(c, castagnoli, []byte{0})
	return crc32.Update(c, castagnoli, rest)
}

// seal is value as stored at key in bucket: its checksum, then the value.
func seal(bucket, key, value []byte) []byte {
	out := make([]byte, sumSize, sumSize+len(value))
	binary.BigEndian.PutUint32(out, sum(bucket, key, value))
	return append(out, value...)
}

// unseal checks a stored value's checksum and returns the value inside it
// (aliasing stored). A nil stored value (no record) is returned as nil.
func unseal(bucket, key, stored []byte) ([]byte, error) {
	if stored == nil {
		return nil, nil
	}
	if len(stored) < sumSize || binary.BigEndian.Uint32(stored) != sum(bucket, key, stored[sumSize:]) {
		return nil, badRecord(bucket, key)
	}
	return stored[sumSize:], nil
}

// sealEntry is a log entry as stored: its checksum, the hash of the entry
// before it (zero for the first), then its JSON.
func sealEntry(key []byte, prev [hashSize]byte, js []byte) []byte {
	out := make([]byte, entryPre, entryPre+len(js))
	copy(out[sumSize:], prev[:])
	out = append(out, js...)
	binary.BigEndian.PutUint32(out, sum(bucketLog, key, out[sumSize:]))
	return out
}

// unsealEntry checks a stored log entry's checksum and returns the hash it
// holds of the entry before it, and its JSON (aliasing stored).
func unsealEntry(key, stored []byte) (prev [hashSize]byte, js []byte, err error) {
	if len(stored) < entryPre || binary.BigEndian.Uint32(stored) != sum(bucketLog, key, stored[sumSize:]) {
		return prev, nil, badRecord(bucketLog, key)
	}
	copy(prev[:], stored[sumSize:entryPre])
	return prev, stored[entryPre:], nil
}

// entryHash is what the next log entry holds of a stored one: SHA-256 of
// all its stored bytes, checksum and link included.
func entryHash(stored []byte) [hashSize]byte { return sha256.Sum256(stored) }

// locator names a stored value for a person reading a report: "header",
// "department 3", "log entry 12".
func locator(bucket, key []byte) string {
	if bytes.Equal(bucket, bucketMeta) {
		return string(key)
	}
	name := string(bucket)
	for _, p := range places {
		if bytes.Equal(p.bucket, bucket) && p.key == nil {
			name = p.name
		}
	}
	if bytes.Equal(bucket, bucketLog) {
		name = "log entry"
	}
	if id, ok := btoi(key); ok {
		return fmt.Sprintf("%s %d", name, id)
	}
	return fmt.Sprintf("%s %x", name, key)
}

// badRecord is a value whose checksum does not match: the file is damaged.
// Its Path is filled in where the path is known (see withPath).
func badRecord(bucket, key []byte) *Error {
	return &Error{Code: CodeBadRecord, Args: []any{locator(bucket, key)}}
}

// withPath fills in the path of a storage error made inside a transaction,
// where the path is not known.
func withPath(err error, path string) error {
	var e *Error
	if errors.As(err, &e) && e.Path == "" {
		e.Path = path
	}
	return err
}

// txFail is the error of a failed read-write transaction: damage found
// inside it (a bad checksum) says the file is damaged; anything else is
// the disk's.
func txFail(path string, err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		switch e.Code {
		case CodeBadRecord, CodeBrokenChain:
			return damaged(path, withPath(err, path))
		}
	}
	return fail(CodeIO, path, err)
}

// getSealed reads and checks the value at key in b, a copy.
func getSealed(b *bolt.Bucket, bucket, key []byte) ([]byte, error) {
	v, err := unseal(bucket, key, b.Get(key))
	if err != nil || v == nil {
		return nil, err
	}
	return bytes.Clone(v), nil
}
