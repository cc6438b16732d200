package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// The inbox's records (model/submissions.go): each submission in the
// bucket "submissions", keyed by its ID, and whether the inbox is closed,
// a key in meta that is absent while it is open.

var (
	// lateBuckets came after files already existed: a file written before
	// one has no such bucket, which reads as empty (no migration, no schema
	// change); the first record stored there creates it.
	lateBuckets = [][]byte{bucketSubmissions}

	keySubmissionsClosed = []byte("submissions_closed")
)

// isLate reports whether bucket is one of lateBuckets.
func isLate(bucket []byte) bool {
	return slices.ContainsFunc(lateBuckets, func(b []byte) bool { return bytes.Equal(b, bucket) })
}

// bucketOf is the bucket to read: nil and no error for a late bucket the
// file does not have.
func bucketOf(tx *bolt.Tx, name []byte) (*bolt.Bucket, error) {
	b := tx.Bucket(name)
	if b == nil && !isLate(name) {
		return nil, fmt.Errorf("no bucket %s", name)
	}
	return b, nil
}

// writableBucket is the bucket to write in; a late bucket the file does
// not have is created, unless the write is a delete (nil, no error: there
// is nothing to delete).
func writableBucket(tx *bolt.Tx, name []byte, deleting bool) (*bolt.Bucket, error) {
	b := tx.Bucket(name)
	switch {
	case b != nil:
		return b, nil
	case !isLate(name):
		return nil, fmt.Errorf("no bucket %s", name)
	case deleting:
		return nil, nil
	}
	return tx.CreateBucket(name)
}

// encodeInbox is encodeRecord for the inbox's kinds.
func encodeInbox(m *model.Meeting, r model.Ref) ([]byte, error) {
	var v any
	switch r.Kind {
	case model.RecSubmissionsClosed:
		if !m.SubmissionsClosed {
			return nil, nil // open: no key, as before the inbox existed
		}
		v = true
	case model.RecSubmission:
		s := m.Submission(r.ID)
		if s == nil {
			return nil, nil
		}
		v = s
	default:
		return nil, fmt.Errorf("unknown record kind %d", r.Kind)
	}
	return json.Marshal(v)
}

// inboxValue is what decodeRecord decodes a record of the inbox's kinds
// into, and its name; nil for any other kind.
func inboxValue(kind model.RecordKind) (any, string) {
	switch kind {
	case model.RecSubmissionsClosed:
		return new(bool), "submissions_closed"
	case model.RecSubmission:
		return new(model.Submission), "submission"
	}
	return nil, ""
}

// patchInbox is patch for the inbox's kinds.
func patchInbox(m *model.Meeting, r record) error {
	switch r.kind {
	case model.RecSubmissionsClosed:
		b, _ := r.v.(*bool)
		m.SubmissionsClosed = b != nil && *b
		return nil
	case model.RecSubmission:
		return patchSlice(&m.Submissions, "submission", r, func(s *model.Submission) int { return s.ID })
	}
	return fmt.Errorf("unknown record kind %d", r.kind)
}

// inboxRefs are the inbox's records in m, for a new file.
func inboxRefs(m *model.Meeting) []model.Ref {
	refs := []model.Ref{{Kind: model.RecSubmissionsClosed}}
	for _, s := range m.Submissions {
		if s != nil {
			refs = append(refs, model.Ref{Kind: model.RecSubmission, ID: s.ID})
		}
	}
	return refs
}
