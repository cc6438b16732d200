package storage

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// WriteBigFile writes a new meeting file at path holding m, nq more
// questions addressed to the department KHCN (which m must have) and nlog
// log entries, with bare bbolt in big transactions, in the layout Store
// writes and checks. It is how the benchmarks of a long meeting (opening
// it, and the first frame drawn from it) get one in seconds rather than
// the hours a hundred thousand synced commits take. start is the time of
// the first entry; each next one is a second later.
//
// The nlog entries are placeholders (each an add_question with no
// after-images, over questions written straight into their bucket), so
// podium check reports that replaying the log does not give them: the
// file is for timing, not for checking. A meeting to check at that size
// is made with podium import (10,000 rows a file; see BENCHMARKS.md).
func WriteBigFile(path string, m *model.Meeting, start time.Time, nq, nlog int) error {
	at := func(sec int) time.Time { return start.Add(time.Duration(sec) * time.Second) }
	s, err := Create(path, m, "bench", start, nil)
	if err != nil {
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return err
	}
	defer db.Close()
	text := strings.Repeat("Đề nghị tỉnh hỗ trợ thanh niên khởi nghiệp trong lĩnh vực chuyển đổi số. ", 3)
	question := func(id int) *model.Question {
		return &model.Question{
			ID: id, Asker: model.Person{Name: fmt.Sprint("Đoàn viên ", id), Role: "Bí thư Chi đoàn", Unit: "Văn Giang"},
			Kind: model.KindRecommendation, Theme: "Khởi nghiệp", Text: text, Departments: []string{"KHCN"},
			Channel: model.ChannelRegistered, Status: model.StatusWaiting, Created: at(id),
		}
	}
	queue := make([]int, 0, nq)
	err = db.Update(func(tx *bolt.Tx) error {
		// "create" waits in the tail with the meeting's records: they go
		// to their buckets first, or a later move would write them over
		// the questions written here.
		l, err := logOf(tx)
		if err != nil {
			return err
		}
		if err := l.fold(); err != nil {
			return err
		}
		qb := tx.Bucket(bucketQuestions)
		qb.FillPercent = 1.0
		for id := 1; id <= nq; id++ {
			v, _ := json.Marshal(question(id))
			if err := qb.Put(itob(uint64(id)), seal(bucketQuestions, itob(uint64(id)), v)); err != nil {
				return err
			}
			queue = append(queue, id)
		}
		_, err = putQueue(tx, queue)
		return err
	})
	if err != nil {
		return err
	}
	entry := func(i int) []byte {
		seq := uint64(i + 2) // 1 is "create"
		id := i%nq + 1
		cmd, _ := json.Marshal(model.AddQuestion{Asker: question(id).Asker, Text: text})
		v, _ := json.Marshal(diskEntry{
			LogEntry: LogEntry{
				Seq: seq, Time: at(i), Who: "clerk", Verb: "add_question", Command: cmd,
				Before: []Record{{Kind: model.RecQuestion, ID: id}, {Kind: recQueued, ID: id}},
			},
			Prev: seq - 1,
		})
		return v
	}
	if err := writeBigLog(db, nlog, entry); err != nil {
		return err
	}
	if nlog == 0 {
		return nil
	}
	err = db.Update(func(tx *bolt.Tx) error {
		return putTop(tx, chainKey(keyUndo, "clerk"), uint64(nlog+1))
	})
	if err != nil {
		return err
	}
	return nil
}

// writeBigLog appends nlog entries (entry(i) is the JSON of the i-th, seq
// i+2) to the log, after "create", in transactions of 20,000.
func writeBigLog(db *bolt.DB, nlog int, entry func(i int) []byte) error {
	const perTx = 20_000
	for done := 0; done < nlog; done += perTx {
		err := db.Update(func(tx *bolt.Tx) error {
			l, err := logOf(tx)
			if err != nil {
				return err
			}
			l.old.FillPercent = 1.0
			_, last := l.cursor().Last()
			prev := entryHash(last)
			for i := done; i < min(done+perTx, nlog); i++ {
				key := itob(uint64(i + 2))
				stored := sealEntry(key, prev, entry(i))
				prev = entryHash(stored)
				if err := l.old.Put(key, stored); err != nil {
					return err
				}
			}
			return l.setSequence(uint64(min(done+perTx, nlog) + 1))
		})
		if err != nil {
			return err
		}
	}
	return nil
}
