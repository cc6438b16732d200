package storage

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"podium/model"
)

// randomQuestion is a question with some of every field set, as the
// commands leave them: zero and set times (UTC, a zone, nanoseconds),
// running and stopped clocks, no, empty and several departments and
// also-askers.
func randomQuestion(r *rand.Rand, id int) *model.Question {
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	when := func() time.Time {
		switch r.IntN(4) {
		case 0:
			return time.Time{}
		case 1:
			return time.Date(2026, 11, 30, 8, r.IntN(60), r.IntN(60), 0, time.UTC)
		case 2:
			return time.Date(2026, 11, 30, 8, 1, 2, r.IntN(1e9), time.FixedZone("ICT", 7*3600))
		}
		return time.Unix(r.Int64N(2e9), r.Int64N(1e9)).UTC()
	}
	person := func() model.Person {
		return model.Person{Name: pick("", "Nguyễn Văn A", "Đoàn viên 7"), Role: pick("", "Bí thư Chi đoàn"), Unit: pick("", "Văn Giang", "xã Tân Tiến")}
	}
	q := &model.Question{
		ID: id, Asker: person(), Kind: model.Kind(pick("question", "recommendation")),
		Theme: pick("", "Khởi nghiệp"), Text: pick("", "Đề nghị tỉnh hỗ trợ thanh niên.", "Hai dòng\nvà \"ngoặc\" <b>&</b>", "tab\there"),
		Channel: model.Channel(pick("registered", "floor", "web")), Status: model.Status(pick("waiting", "answered", "merged")),
		Speaking: model.Clock{Accumulated: time.Duration(r.Int64N(1e12)), RunningSince: when()},
		CalledAt: when(), AskedUntil: when(), ClosedAt: when(), MergedInto: r.IntN(3) * r.IntN(100000), Created: when(),
	}
	switch r.IntN(3) {
	case 1:
		q.Departments = []string{"KHCN"}
	case 2:
		q.Departments = []string{"KHCN", "TD", "LĐTBXH"}
	}
	for range r.IntN(3) {
		q.AlsoAskedBy = append(q.AlsoAskedBy, person())
	}
	return q
}

// interned is shared by every decodeBoth, as by a decodeAll worker.
var interned = map[string]string{}

// decodeBoth decodes b both ways; when the fast path takes it, encoding/json
// must take it too and give the same question.
func decodeBoth(t *testing.T, b []byte) (fast bool) {
	t.Helper()
	q, ok := decodeQuestion(b, nil)
	shared, sharedOK := decodeQuestion(b, interned)
	if ok != sharedOK || ok && !reflect.DeepEqual(q, shared) {
		t.Fatalf("decoded differently with strings shared:\n%s\n%#v\n%#v", b, q, shared)
	}
	var want model.Question
	err := json.Unmarshal(b, &want)
	if !ok {
		return false
	}
	if err != nil {
		t.Fatalf("the fast path took what encoding/json refuses (%v):\n%s", err, b)
	}
	if !reflect.DeepEqual(*q, want) {
		t.Fatalf("decoded differently:\n%s\nfast: %#v\njson: %#v", b, *q, want)
	}
	return true
}

func TestDecodeQuestionAsEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	fast := 0
	for id := 1; id <= 2000; id++ {
		b, err := json.Marshal(randomQuestion(r, id))
		if err != nil {
			t.Fatal(err)
		}
		if decodeBoth(t, b) {
			fast++
		}
	}
	// Only the texts Marshal escapes (quotes, <, &, a newline) go the slow way.
	if fast < 1000 {
		t.Errorf("the fast path took %d of 2000 questions", fast)
	}
	// What the benchmarks' meetings hold is all fast.
	b, _ := json.Marshal(&model.Question{ID: 3, Asker: model.Person{Name: "Đoàn viên 3"}, Text: "Đề nghị", Departments: []string{"KHCN"}, Created: time.Now()})
	if !decodeBoth(t, b) {
		t.Errorf("a plain question went the slow way: %s", b)
	}
}

// TestDecodeQuestionMutated: a record changed byte by byte (what the seal's
// checksum would catch first) is decoded by the fast path only when
// encoding/json decodes it the same; otherwise it is left to encoding/json,
// which refuses it or decodes it.
func TestDecodeQuestionMutated(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	bytes := []byte(`{}[]":,0123456789-.eE nulltrueZT+\u00` + "\x00\xff\xc3")
	keys := []string{`"ID"`, `"Text"`, `"extra"`, `null`, `1.5`, `1e3`, `"\u0041"`, `"2026-13-01T00:00:00Z"`, `"2026-11-30T24:00:00Z"`, `"2026-11-30 08:00:00Z"`, `007`, `-0`, `99999999999999999999`}
	for i := range 20000 {
		b, _ := json.Marshal(randomQuestion(r, i+1))
		for range 1 + r.IntN(3) {
			at := r.IntN(len(b))
			switch r.IntN(4) {
			case 0:
				b[at] = bytes[r.IntN(len(bytes))]
			case 1:
				b = append(b[:at:at], b[at+1:]...)
			case 2:
				b = append(b[:at:at], append([]byte{bytes[r.IntN(len(bytes))]}, b[at:]...)...)
			case 3:
				b = append(b[:at:at], append([]byte(keys[r.IntN(len(keys))]), b[at:]...)...)
			}
		}
		decodeBoth(t, b)
	}
	for _, s := range []string{``, `{`, `{}`, `{} x`, `null`, `[]`, `{"id":1,}`, `{"id":1 "text":"a"}`, `{"created":"2026-11-30T24:00:00Z"}`, `{"id":007}`, `{"speaking":{"accumulated":1.5}}`, fmt.Sprintf(`{"text":"%s"}`, "\xff")} {
		decodeBoth(t, []byte(s))
	}
}

// TestLastTime: the writer's clock floor is the newest entry's time, read
// without decoding its images, after commands and after opening again.
func TestLastTime(t *testing.T) {
	s, path := newStore(t)
	for i, cmd := range []model.Command{
		model.AddQuestion{Asker: model.Person{Name: "Lê Văn Cường"}, Text: "Hỏi về vốn", Departments: []string{"KHCN"}},
		model.AddQuestion{Asker: model.Person{Name: "Trần Thị Lan"}, Text: "Hỏi về việc làm", Departments: []string{"KHCN"}},
	} {
		mustApply(t, s, cmd, at(60*(i+1)))
		got, err := s.LastTime()
		if err != nil || !got.Equal(newest(t, s).Time) || !got.Equal(at(60*(i+1))) {
			t.Fatalf("LastTime %v, %v; newest entry at %v", got, err, newest(t, s).Time)
		}
	}
	s.Close()
	s = mustOpen(t, path, nil)
	defer s.Close()
	if got, _ := s.LastTime(); !got.Equal(at(120)) {
		t.Fatalf("after opening again: %v", got)
	}
}
