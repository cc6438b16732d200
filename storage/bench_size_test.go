package storage

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// The benchmarks of issue 14: what a queue command, an export read and a
// backup cost as the meeting grows. Each size's file is written once per
// run with WriteBigFile (bare bbolt, big transactions); keep -benchtime
// short (20x), the 100,000-question file takes seconds to write.

var benchSizes = []struct {
	name string
	n    int
}{{"1k", 1_000}, {"10k", 10_000}, {"100k", 100_000}}

// bareDB is a bare bbolt file beside path with one bucket, the floor a
// commit is compared with.
func bareDB(b *testing.B, dir string) (*bolt.DB, []byte) {
	b.Helper()
	db, err := bolt.Open(filepath.Join(dir, "bare.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket(bucketAnswers)
		return err
	}); err != nil {
		b.Fatal(err)
	}
	return db, make([]byte, 360)
}

// logBytes is the stored size of the log, every entry's value.
func logBytes(b *testing.B, s *Store) int {
	b.Helper()
	n := 0
	if err := s.db.View(func(tx *bolt.Tx) error {
		l, err := logOf(tx)
		if err != nil {
			return err
		}
		c := l.cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			n += len(v)
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	return n
}

// usedBytes is what the file holds in pages that are not free.
func usedBytes(b *testing.B, s *Store) int {
	b.Helper()
	var n int
	_ = s.db.View(func(tx *bolt.Tx) error {
		n = int(tx.Size())
		return nil
	})
	st := s.db.Stats()
	return n - (st.FreePageN+st.PendingPageN)*os.Getpagesize()
}

// BenchmarkQueueCommands runs, at each size, call next, postpone (back to
// the end of the queue), move (the last question to the top) and withdraw
// (the question in the middle), drawn at random, each one commit,
// alternated with a bare bbolt put+commit on the same disk. It reports
// each command's p50 and pages written, the ratio of the slowest p50 and
// of all commands' p50 to the bare one, all commands' p99 (the commits
// that move the log's tail), and the log and file growth per command.
func BenchmarkQueueCommands(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "big.podium")
			if err := WriteBigFile(path, demoMeeting(b), t0, size.n, 0); err != nil {
				b.Fatal(err)
			}
			s, err := Open(path, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			db, value := bareDB(b, filepath.Dir(path))
			verbs := []string{"call_next", "postpone", "move", "withdraw"}
			times := map[string]timings{}
			pages := map[string]int64{}
			var bare, bareBig timings
			logBefore, usedBefore := logBytes(b, s), usedBytes(b, s)
			sec, ops := size.n+10, 0
			// Each loop runs four commands drawn at random: in a fixed
			// round the tail's moves into the log (every fourth commit)
			// would always fall to the same verb.
			rng := rand.New(rand.NewPCG(14, 4))
			var all timings
			for b.Loop() {
				for range verbs {
					verb := verbs[rng.IntN(len(verbs))]
					m := s.Meeting()
					if floor := m.Floor.State; verb == "postpone" && floor == model.FloorIdle || verb == "call_next" && floor != model.FloorIdle {
						verb = map[string]string{"postpone": "call_next", "call_next": "postpone"}[verb]
					}
					var cmd model.Command
					switch verb {
					case "call_next":
						cmd = model.CallNext{}
					case "postpone":
						cmd = model.Postpone{}
					case "move":
						cmd = model.MoveQuestion{ID: m.Queue.At(m.Queue.Len() - 1), By: -m.Queue.Len()}
					case "withdraw":
						cmd = model.Withdraw{ID: m.Queue.At(m.Queue.Len() / 2)}
					}
					sec++
					written := s.db.Stats().TxStats
					before := written.GetWrite()
					start := time.Now()
					if _, err := s.Apply(cmd, "moderator", t0.Add(time.Duration(sec)*time.Second)); err != nil {
						b.Fatal(verb, err)
					}
					times[verb] = append(times[verb], time.Since(start))
					all = append(all, time.Since(start))
					written = s.db.Stats().TxStats
					pages[verb] += written.GetWrite() - before
					ops++
					bareBig = append(bareBig, barePutQuestion(b, s, m.Queue.At(0)))
					value[0]++
					start = time.Now()
					if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketAnswers).Put(itob(1), value) }); err != nil {
						b.Fatal(err)
					}
					bare = append(bare, time.Since(start))
				}
			}
			b.StopTimer()
			p50 := func(ts timings) time.Duration {
				slices.Sort(ts)
				return ts[len(ts)/2]
			}
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			bp := p50(bare)
			b.ReportMetric(ms(bp), "bare-p50-ms")
			worst := time.Duration(0)
			for _, verb := range verbs {
				p := p50(times[verb])
				worst = max(worst, p)
				b.ReportMetric(ms(p), verb+"-p50-ms")
			}
			b.ReportMetric(float64(worst)/float64(bp), "worst-p50-ratio")
			b.ReportMetric(float64(p50(all))/float64(bp), "all-p50-ratio")
			slices.Sort(all)
			b.ReportMetric(ms(all[len(all)*99/100]), "all-p99-ms")
			b.ReportMetric(ms(p50(bareBig)), "bare-question-p50-ms")
			for _, verb := range verbs {
				b.ReportMetric(float64(pages[verb])/float64(len(times[verb])), verb+"-pages")
			}
			b.ReportMetric(float64(logBytes(b, s)-logBefore)/float64(ops), "log-B/cmd")
			b.ReportMetric(float64(usedBytes(b, s)-usedBefore)/float64(ops), "used-B/cmd")
		})
	}
}

// barePutQuestion is the floor under a command that changes one question
// in this file: a bare bbolt put of question id's stored value, unchanged,
// in the store's own file (its tree as deep as the commands find it), and
// its commit.
func barePutQuestion(b *testing.B, s *Store, id int) time.Duration {
	b.Helper()
	start := time.Now()
	err := s.db.Update(func(tx *bolt.Tx) error {
		qb := tx.Bucket(bucketQuestions)
		return qb.Put(itob(uint64(id)), bytes.Clone(qb.Get(itob(uint64(id)))))
	})
	if err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}

// BenchmarkExportBackup reads a meeting for export (ReadMeeting: open
// read-only, load, let go) and writes a backup of it (WriteBackup to a
// file), at each size.
func BenchmarkExportBackup(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "big.podium")
			if err := WriteBigFile(path, demoMeeting(b), t0, size.n, size.n); err != nil {
				b.Fatal(err)
			}
			var read, backup timings
			for b.Loop() {
				start := time.Now()
				m, _, err := ReadMeeting(path)
				if err != nil {
					b.Fatal(err)
				}
				read = append(read, time.Since(start))
				if m.Queue.Len() != size.n {
					b.Fatalf("%d in the queue", m.Queue.Len())
				}
				s, err := Open(path, nil)
				if err != nil {
					b.Fatal(err)
				}
				f, err := os.Create(filepath.Join(b.TempDir(), fmt.Sprint("backup", len(backup))))
				if err != nil {
					b.Fatal(err)
				}
				start = time.Now()
				if err := s.WriteBackup(f); err != nil {
					b.Fatal(err)
				}
				backup = append(backup, time.Since(start))
				f.Close()
				s.Close()
			}
			b.StopTimer()
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			slices.Sort(read)
			slices.Sort(backup)
			b.ReportMetric(ms(read[len(read)/2]), "read-p50-ms")
			b.ReportMetric(ms(backup[len(backup)/2]), "backup-p50-ms")
			fi, _ := os.Stat(path)
			b.ReportMetric(float64(fi.Size())/1e6, "file-MB")
		})
	}
}
