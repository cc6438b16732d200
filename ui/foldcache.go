package ui

import (
	"runtime"
	"sync"

	"podium/model"
)

// hayChunk is how many questions' haystacks a chunk of a hayTable holds.
const hayChunk = 256

// hayTable is the folded haystack (see haystack) of every question of one
// meeting, by ID. Tables share chunks: the next meeting's table copies only
// the chunks that hold a question that changed, so a commit folds the
// questions it changed and nothing else.
type hayTable struct {
	meeting *model.Meeting
	chunks  []*[hayChunk]string
}

// get is question id's haystack; id must be one of the meeting's.
func (t *hayTable) get(id int) string {
	i := id - 1
	return t.chunks[i/hayChunk][i%hayChunk]
}

// folds is the last table made, shared by every screen of the process (the
// SSH sessions of podium serve see the same snapshots): whichever screen
// asks first for a new meeting folds what changed, the others reuse it.
var folds struct {
	sync.Mutex
	last *hayTable
}

// haysOf returns m's haystacks, folding only the questions that differ
// from the last meeting folded (a question changes by being replaced, so
// an unchanged pointer is an unchanged question).
func haysOf(m *model.Meeting) *hayTable {
	folds.Lock()
	defer folds.Unlock()
	if folds.last != nil && folds.last.meeting == m {
		return folds.last
	}
	folds.last = nextHays(folds.last, m)
	return folds.last
}

// warmHays folds m's haystacks in the background, so that the filter's
// first keystroke finds them ready.
func warmHays(m *model.Meeting) {
	go haysOf(m)
}

func nextHays(prev *hayTable, m *model.Meeting) *hayTable {
	n := m.Questions.Len()
	t := &hayTable{meeting: m, chunks: make([]*[hayChunk]string, (n+hayChunk-1)/hayChunk)}
	var old model.List[model.Question]
	if prev != nil {
		old = prev.meeting.Questions
		copy(t.chunks, prev.chunks)
	}
	isStale := make([]bool, len(t.chunks))
	for c := range t.chunks {
		isStale[c] = t.chunks[c] == nil
	}
	for id := range m.Questions.Changed(old) {
		if id > n {
			break
		}
		isStale[(id-1)/hayChunk] = true
	}
	var stale []int // chunks with a question to fold
	for c, s := range isStale {
		if s {
			stale = append(stale, c)
		}
	}
	fill := func(c int) {
		nc := new([hayChunk]string)
		if t.chunks[c] != nil {
			*nc = *t.chunks[c]
		}
		for id := c*hayChunk + 1; id <= min(n, (c+1)*hayChunk); id++ {
			if q := m.Question(id); q == nil {
				nc[(id-1)%hayChunk] = ""
			} else if old.At(id) != q || t.chunks[c] == nil {
				nc[(id-1)%hayChunk] = haystack(q)
			}
		}
		t.chunks[c] = nc
	}
	workers := min(runtime.GOMAXPROCS(0), len(stale)/8+1)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for k := w; k < len(stale); k += workers {
				fill(stale[k])
			}
		})
	}
	wg.Wait()
	return t
}
