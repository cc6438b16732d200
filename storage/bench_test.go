package storage

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// timings collects one duration per operation and reports p50 and p99.
type timings []time.Duration

func (ts timings) report(b *testing.B) {
	if len(ts) == 0 {
		return
	}
	slices.Sort(ts)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(ts[len(ts)/2]), "p50-ms")
	b.ReportMetric(ms(ts[len(ts)*99/100]), "p99-ms")
}

func notes(i int) string {
	return fmt.Sprintf("Ghi chép %d: Sở sẽ phối hợp với Tỉnh đoàn mở lớp bồi dưỡng kỹ năng số cho đoàn viên ở các huyện, xã.", i)
}

// BenchmarkCommit is one command's commit: Store.Apply of a SetNotes on a
// real file (the answer record plus one log entry, one fsync'd commit).
func BenchmarkCommit(b *testing.B) {
	s, _ := newStore(b)
	mustApply(b, s, model.CallNext{}, at(1))
	mustApply(b, s, model.StartAnswer{Department: "GDDT"}, at(2))
	var ts timings
	i := 0
	for b.Loop() {
		i++
		start := time.Now()
		if _, err := s.Apply(model.SetNotes{Answer: 1, Notes: notes(i)}, "clerk", at(3+i)); err != nil {
			b.Fatal(err)
		}
		ts = append(ts, time.Since(start))
	}
	ts.report(b)
}

// BenchmarkBareBoltPutCommit is the floor under BenchmarkCommit: a bare
// bbolt Update putting a record of the same size into the same kind of
// file, in the same kind of directory.
func BenchmarkBareBoltPutCommit(b *testing.B) {
	s, _ := newStore(b)
	m := mustApply(b, s, model.CallNext{}, at(1))
	m = mustApply(b, s, model.StartAnswer{Department: "GDDT"}, at(2))
	a := *m.Answer(1)
	a.Notes = notes(1)
	value, _ := json.Marshal(a)
	s.Close()

	db, err := bolt.Open(filepath.Join(b.TempDir(), "bare.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket(bucketAnswers)
		return err
	})
	var ts timings
	i := 0
	for b.Loop() {
		i++
		value[len(value)-3] = byte('0' + i%10)
		start := time.Now()
		err := db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketAnswers).Put(itob(1), value)
		})
		if err != nil {
			b.Fatal(err)
		}
		ts = append(ts, time.Since(start))
	}
	ts.report(b)
	b.ReportMetric(float64(len(value)), "value-bytes")
}

// BenchmarkOpen10k opens a file holding 10,000 questions and 100,000 log
// entries: the time from Open to a meeting ready to draw.
func BenchmarkOpen10k(b *testing.B) {
	path := bigFile(b, 10_000, 100_000)
	var ts timings
	for b.Loop() {
		start := time.Now()
		s, err := Open(path, nil)
		if err != nil {
			b.Fatal(err)
		}
		ts = append(ts, time.Since(start))
		if n := s.Meeting().Questions.Len(); n != 10_000 {
			b.Fatalf("%d questions", n)
		}
		s.Close()
	}
	ts.report(b)
}

// bigFile writes a meeting file with nq questions and nlog log entries
// (WriteBigFile) in the test's temp folder.
func bigFile(b *testing.B, nq, nlog int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "big.podium")
	if err := WriteBigFile(path, demoMeeting(b), t0, nq, nlog); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkCommitVsBare alternates one Store.Apply (SetNotes) and one bare
// bbolt put+commit of a record of the same size, on two files in the same
// folder, so both see the same disk and the same noise; it reports each
// one's p50 and their ratio, the figure BENCHMARKS.md quotes.
func BenchmarkCommitVsBare(b *testing.B) {
	s, _ := newStore(b)
	mustApply(b, s, model.CallNext{}, at(1))
	m := mustApply(b, s, model.StartAnswer{Department: "GDDT"}, at(2))
	a := *m.Answer(1)
	a.Notes = notes(1)
	value, _ := json.Marshal(a)

	db, err := bolt.Open(filepath.Join(filepath.Dir(s.Path()), "bare.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket(bucketAnswers)
		return err
	}); err != nil {
		b.Fatal(err)
	}
	var ours, bare timings
	i := 0
	before := s.db.Stats().TxStats
	for b.Loop() {
		i++
		start := time.Now()
		if _, err := s.Apply(model.SetNotes{Answer: 1, Notes: notes(i)}, "clerk", at(3+i)); err != nil {
			b.Fatal(err)
		}
		ours = append(ours, time.Since(start))
		value[len(value)-3] = byte('0' + i%10)
		start = time.Now()
		if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketAnswers).Put(itob(1), value) }); err != nil {
			b.Fatal(err)
		}
		bare = append(bare, time.Since(start))
	}
	slices.Sort(ours)
	slices.Sort(bare)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(ours[len(ours)/2]), "commit-p50-ms")
	b.ReportMetric(ms(bare[len(bare)/2]), "bare-p50-ms")
	b.ReportMetric(float64(ours[len(ours)/2])/float64(bare[len(bare)/2]), "p50-ratio")
	// Pages written per commit: the figure the noise of a shared disk
	// does not move.
	after := s.db.Stats().TxStats
	b.ReportMetric(float64(after.GetWrite()-before.GetWrite())/float64(i), "writes/commit")
	bareStats := db.Stats().TxStats
	b.ReportMetric(float64(bareStats.GetWrite())/float64(i), "bare-writes/commit")
}

// BenchmarkGroupCommit is 64 phones' questions (SubmitQuestion, each from
// its own sender) committed one Apply each ("one-by-one") or in groups
// of 8 or 64 (CommitGroup, one transaction per group): the time per
// question, and per 64.
func BenchmarkGroupCommit(b *testing.B) {
	for _, size := range []int{1, 8, 64} {
		name := fmt.Sprintf("group-%d", size)
		if size == 1 {
			name = "one-by-one"
		}
		b.Run(name, func(b *testing.B) {
			s, _ := newStore(b)
			var per64 timings
			n := 0
			for b.Loop() {
				if n >= 4000 { // at most 5,000 questions wait in the inbox
					b.StopTimer()
					s, _ = newStore(b)
					n = 0
					b.StartTimer()
				}
				start := time.Now()
				for g := 0; g < 64; g += size {
					items := make([]GroupItem, size)
					for j := range items {
						n++
						items[j] = GroupItem{Cmd: model.SubmitQuestion{Name: "Khách", Text: notes(n)}, Who: fmt.Sprint("audience:10.0.", n), Time: at(10 + n)}
					}
					if size == 1 {
						if _, err := s.Apply(items[0].Cmd, items[0].Who, items[0].Time); err != nil {
							b.Fatal(err)
						}
						continue
					}
					for _, r := range s.CommitGroup(items) {
						if r.Err != nil {
							b.Fatal(r.Err)
						}
					}
				}
				per64 = append(per64, time.Since(start))
			}
			slices.Sort(per64)
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			b.ReportMetric(ms(per64[len(per64)/2]), "per64-p50-ms")
			b.ReportMetric(ms(per64[len(per64)/2])/64, "per-question-ms")
		})
	}
}
