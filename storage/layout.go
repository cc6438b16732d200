package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// SchemaVersion is the layout this program writes. A file with a newer one
// is refused; an older one is migrated in one transaction. Version 2 added
// a checksum to every stored value, the hash chain through the log and the
// after-images in log entries (see doc.go); version 3 one record per
// waiting question in the bucket "queue" instead of one list in meta, and
// the undo and redo tops in the bucket "chains" (queue.go, chains.go);
// version 4 the bucket "logtail" for the newest log entries (logtail.go).
const SchemaVersion = 4

// Bucket names.
var (
	bucketMeta        = []byte("meta")
	bucketDepartments = []byte("departments")
	bucketQuestions   = []byte("questions")
	bucketAnswers     = []byte("answers")
	bucketFollowUps   = []byte("followups")
	bucketSubmissions = []byte("submissions")
	bucketLog         = []byte("log")

	allBuckets = [][]byte{bucketMeta, bucketDepartments, bucketQuestions, bucketAnswers, bucketFollowUps, bucketLog, bucketQueue, bucketChains, bucketSubmissions, bucketLogTail}
)

// Keys in the meta bucket.
var (
	keySchema = []byte("schema")
	keyHeader = []byte("header")
	keyQueue  = []byte("queue")
	keyFloor  = []byte("floor")
	keyStage  = []byte("stage")
	keyAgenda = []byte("agenda")
	// keyCommendations holds the meeting's commendations, one list. A file
	// written before it existed has no such key, which reads as no
	// commendations: no migration, no schema change.
	keyCommendations = []byte("commendations")
	keyUndo          = []byte("undo") // seq of the newest entry Undo would undo
	keyRedo          = []byte("redo") // seq of the newest undo entry Redo would redo
)

// where says where a record of one kind lives: a key in meta, or a bucket
// of records keyed by ID.
type where struct {
	kind   model.RecordKind
	name   string // in LogEntry JSON
	bucket []byte
	key    []byte // for the single records in meta
}

var places = []where{
	{model.RecHeader, "header", bucketMeta, keyHeader},
	{model.RecQueue, "queue", bucketMeta, keyQueue}, // version 2: the whole queue, in old log entries
	{recQueued, "queued", bucketQueue, nil},         // after "queue": it loads over it
	{model.RecFloor, "floor", bucketMeta, keyFloor},
	{model.RecStage, "stage", bucketMeta, keyStage},
	{model.RecAgenda, "agenda", bucketMeta, keyAgenda},
	{model.RecCommendations, "commendations", bucketMeta, keyCommendations},
	{model.RecThemes, "themes", bucketMeta, keyThemes},
	{model.RecDepartment, "department", bucketDepartments, nil},
	{model.RecQuestion, "question", bucketQuestions, nil},
	{model.RecAnswer, "answer", bucketAnswers, nil},
	{model.RecFollowUp, "followup", bucketFollowUps, nil},
	{model.RecSubmissionsClosed, "submissions_closed", bucketMeta, keySubmissionsClosed},
	{model.RecSubmission, "submission", bucketSubmissions, nil},
}

func placeOf(k model.RecordKind) (where, bool) {
	for _, p := range places {
		if p.kind == k {
			return p, true
		}
	}
	return where{}, false
}

func placeNamed(name string) (where, bool) {
	for _, p := range places {
		if p.name == name {
			return p, true
		}
	}
	return where{}, false
}

func itob(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}

func btoi(b []byte) (uint64, bool) {
	if len(b) != 8 {
		return 0, false
	}
	return binary.BigEndian.Uint64(b), true
}

// putSchema writes the schema version: plain decimal, never sealed, so any
// version of Podium can read which version a file is.
func putSchema(meta *bolt.Bucket, version int) error {
	return meta.Put(keySchema, strconv.AppendInt(nil, int64(version), 10))
}

// recordKey is where ref lives: its bucket and key.
func recordKey(r model.Ref) ([]byte, []byte, error) {
	p, ok := placeOf(r.Kind)
	if !ok {
		return nil, nil, fmt.Errorf("unknown record kind %d", r.Kind)
	}
	if p.key != nil {
		return p.bucket, p.key, nil
	}
	if r.ID < 1 {
		return nil, nil, fmt.Errorf("%s with id %d", p.name, r.ID)
	}
	return p.bucket, itob(uint64(r.ID)), nil
}

// getRecord returns a copy of the stored value (JSON) of r, nil if there
// is none; a value whose checksum does not match is a CodeBadRecord.
func getRecord(tx *bolt.Tx, r model.Ref) ([]byte, error) {
	bn, key, err := recordKey(r)
	if err != nil {
		return nil, err
	}
	b, err := bucketOf(tx, bn)
	if b == nil {
		return nil, err // nil: a late bucket the file lacks holds nothing
	}
	return getSealed(b, bn, key)
}

// putRecord stores value at r, or deletes r when value is nil.
func putRecord(tx *bolt.Tx, r model.Ref, value []byte) error {
	bn, key, err := recordKey(r)
	if err != nil {
		return err
	}
	b, err := writableBucket(tx, bn, value == nil)
	if b == nil {
		return err // nil: nothing to delete in a late bucket the file lacks
	}
	if value == nil {
		return b.Delete(key)
	}
	return b.Put(key, seal(bn, key, value))
}

// encodeRecord is the JSON of the record r in m, or nil if m has no such
// record.
func encodeRecord(m *model.Meeting, r model.Ref) ([]byte, error) {
	var v any
	switch r.Kind {
	case model.RecHeader:
		v = m.Header
	case model.RecQueue:
		v = m.Queue
	case model.RecFloor:
		v = m.Floor
	case model.RecStage:
		v = m.Stage
	case model.RecAgenda:
		v = m.Agenda
	case model.RecCommendations:
		// None is no record: the key is absent, as in a file written
		// before commendations existed.
		if len(m.Commendations) == 0 {
			return nil, nil
		}
		v = m.Commendations
	case model.RecThemes:
		if len(m.Themes) == 0 {
			return nil, nil // none: no key, as before themes existed
		}
		v = m.Themes
	case model.RecDepartment:
		d := m.Department(r.ID)
		if d == nil {
			return nil, nil
		}
		v = d
	case model.RecQuestion:
		q := m.Question(r.ID)
		if q == nil {
			return nil, nil
		}
		v = q
	case model.RecAnswer:
		a := m.Answer(r.ID)
		if a == nil {
			return nil, nil
		}
		v = a
	case model.RecFollowUp:
		f := m.FollowUp(r.ID)
		if f == nil {
			return nil, nil
		}
		v = f
	default:
		return encodeInbox(m, r)
	}
	return json.Marshal(v)
}

// record is one stored record, decoded: v is a *model.Header, *[]int,
// *model.Floor, *model.Department, *model.Question, *model.Answer or
// *model.FollowUp, or nil when the record does not exist.
type record struct {
	kind model.RecordKind
	id   int
	v    any
}

// decodeRecord decodes one stored value (nil or JSON null: the record does
// not exist). It touches no meeting, so a load can decode on every core.
func decodeRecord(kind model.RecordKind, id int, value []byte) (record, error) {
	return decodeInterned(kind, id, value, nil)
}

// decodeInterned is decodeRecord sharing the strings questions repeat
// through intern (decodeQuestion), when it is not nil.
func decodeInterned(kind model.RecordKind, id int, value []byte, intern map[string]string) (record, error) {
	r := record{kind: kind, id: id}
	if value == nil || bytes.Equal(value, []byte("null")) {
		return r, nil
	}
	var what string
	switch kind {
	case model.RecHeader:
		r.v, what = new(model.Header), "header"
	case model.RecQueue:
		r.v, what = new([]int), "queue"
	case model.RecFloor:
		r.v, what = new(model.Floor), "floor"
	case model.RecStage:
		r.v, what = new(model.Stage), "stage"
	case model.RecAgenda:
		r.v, what = new(model.Agenda), "agenda"
	case model.RecCommendations:
		r.v, what = new([]model.Commendation), "commendations"
	case model.RecThemes:
		r.v, what = new([]string), "themes"
	case model.RecDepartment:
		r.v, what = new(model.Department), "department"
	case model.RecQuestion:
		if q, ok := decodeQuestion(value, intern); ok {
			r.v = q
			return r, nil
		}
		r.v, what = new(model.Question), "question"
	case model.RecAnswer:
		r.v, what = new(model.Answer), "answer"
	case model.RecFollowUp:
		r.v, what = new(model.FollowUp), "follow-up"
	default:
		if r.v, what = inboxValue(kind); r.v == nil {
			return r, fmt.Errorf("unknown record kind %d", kind)
		}
	}
	if err := json.Unmarshal(value, r.v); err != nil {
		return r, fmt.Errorf("%s %d: %w", what, id, err)
	}
	return r, nil
}

// patching is a meeting being built or changed record by record: a load,
// an undo. Its list of questions is edited in place, each chunk copied
// the first time it changes (a load of 100,000 questions must not copy
// the list per question).
type patching struct {
	m         *model.Meeting
	questions *model.ListEdit[model.Question]
}

// newPatching patches m, which must belong to the caller with its slices:
// never a meeting that has been handed out (see ownedCopy).
func newPatching(m *model.Meeting) *patching {
	return &patching{m: m, questions: model.EditList(&m.Questions)}
}

// patch puts one decoded record onto the meeting, or removes it when r.v
// is nil. It is the only way records become a meeting: loading a file and
// undoing a command both go through it.
func (p *patching) patch(r record) error {
	m := p.m
	switch r.kind {
	case model.RecHeader:
		m.Header = model.Header{}
		if h, _ := r.v.(*model.Header); h != nil {
			m.Header = *h
		}
	case model.RecQueue:
		m.Queue = model.Queue{}
		if q, _ := r.v.(*[]int); q != nil {
			m.Queue = model.QueueOf(*q...)
		}
	case model.RecFloor:
		m.Floor = model.Floor{State: model.FloorIdle}
		if f, _ := r.v.(*model.Floor); f != nil {
			m.Floor = *f
		}
	case model.RecStage:
		m.Stage = model.Stage{}
		if s, _ := r.v.(*model.Stage); s != nil {
			m.Stage = *s
		}
	case model.RecAgenda:
		m.Agenda = model.Agenda{}
		if a, _ := r.v.(*model.Agenda); a != nil {
			m.Agenda = *a
		}
	case model.RecCommendations:
		m.Commendations = nil
		if cs, _ := r.v.(*[]model.Commendation); cs != nil && len(*cs) > 0 {
			m.Commendations = *cs
		}
	case model.RecThemes:
		m.Themes = nil
		if ts, _ := r.v.(*[]string); ts != nil && len(*ts) > 0 {
			m.Themes = *ts
		}
	case model.RecDepartment:
		return patchSlice(&m.Departments, "department", r, func(d *model.Department) int { return d.ID })
	case model.RecQuestion:
		v, err := checked(r, "question", func(q *model.Question) int { return q.ID })
		if err == nil {
			p.questions.Set(r.id, v)
		}
		return err
	case model.RecAnswer:
		return patchSlice(&m.Answers, "answer", r, func(a *model.Answer) int { return a.ID })
	case model.RecFollowUp:
		return patchSlice(&m.FollowUps, "follow-up", r, func(f *model.FollowUp) int { return f.ID })
	default:
		return patchInbox(m, r)
	}
	return nil
}

// patchRaw decodes value and patches it onto the meeting.
func (p *patching) patchRaw(kind model.RecordKind, id int, value []byte) error {
	r, err := decodeRecord(kind, id, value)
	if err != nil {
		return err
	}
	return p.patch(r)
}

// patchSlice sets (*s)[id-1], growing the slice with nil holes as needed,
// or clears it; trailing holes are trimmed, so a meeting patched in memory
// is the same as the one loaded from the file (the model numbers new
// records len+1).
func patchSlice[T any](s *[]*T, what string, r record, idOf func(*T) int) error {
	v, err := checked(r, what, idOf)
	if err != nil {
		return err
	}
	id := r.id
	if v == nil {
		if id <= len(*s) {
			(*s)[id-1] = nil
		}
		n := len(*s)
		for n > 0 && (*s)[n-1] == nil {
			n--
		}
		switch {
		case n == 0:
			*s = nil // as a file with no such records loads
		case n != len(*s):
			*s = slices.Clip((*s)[:n])
		}
		return nil
	}
	if id > len(*s) {
		*s = slices.Grow(*s, id-len(*s))
		for len(*s) < id {
			*s = append(*s, nil)
		}
	}
	(*s)[id-1] = v
	return nil
}

// checked is r's record of type T, which is a record to put (r.v not nil)
// with id r.id (r.id ≥ 1), or nil to take it out.
func checked[T any](r record, what string, idOf func(*T) int) (*T, error) {
	if r.id < 1 {
		return nil, fmt.Errorf("%s with id %d", what, r.id)
	}
	if r.v == nil {
		return nil, nil
	}
	v, ok := r.v.(*T)
	if !ok || v == nil {
		return nil, fmt.Errorf("%s %d: decoded as %T", what, r.id, r.v)
	}
	if got := idOf(v); got != r.id {
		return nil, fmt.Errorf("%s stored at %d has id %d", what, r.id, got)
	}
	return v, nil
}

// ownedCopy returns a copy of m to patch; the records it points to are
// shared, and patch only ever replaces them.
func ownedCopy(m *model.Meeting) *patching {
	c := *m
	c.Departments = slices.Clone(m.Departments)
	c.Answers = slices.Clone(m.Answers)
	c.FollowUps = slices.Clone(m.FollowUps)
	c.Submissions = slices.Clone(m.Submissions)
	c.Floor.Questions = slices.Clone(m.Floor.Questions)
	return newPatching(&c)
}

// meetingRecords are every record of m, the after-images of the "create"
// entry: appending the entry puts them where they go (the tail, or for a
// meeting bigger than a page their buckets), as for any command.
func meetingRecords(m *model.Meeting) ([]Record, error) {
	refs := []model.Ref{{Kind: model.RecHeader}, {Kind: model.RecFloor}, {Kind: model.RecStage}, {Kind: model.RecAgenda}, {Kind: model.RecCommendations}, {Kind: model.RecThemes}}
	for _, d := range m.Departments {
		if d != nil {
			refs = append(refs, model.Ref{Kind: model.RecDepartment, ID: d.ID})
		}
	}
	for _, q := range m.Questions.All() {
		if q != nil {
			refs = append(refs, model.Ref{Kind: model.RecQuestion, ID: q.ID})
		}
	}
	for _, a := range m.Answers {
		if a != nil {
			refs = append(refs, model.Ref{Kind: model.RecAnswer, ID: a.ID})
		}
	}
	for _, f := range m.FollowUps {
		if f != nil {
			refs = append(refs, model.Ref{Kind: model.RecFollowUp, ID: f.ID})
		}
	}
	refs = append(refs, inboxRefs(m)...)
	out := make([]Record, 0, len(refs)+m.Queue.Len())
	for _, r := range refs {
		v, err := encodeRecord(m, r)
		if err != nil {
			return nil, err
		}
		out = append(out, Record{Kind: r.Kind, ID: r.ID, Value: v})
	}
	return append(out, queueRecords(m.Queue.Slice())...), nil
}
