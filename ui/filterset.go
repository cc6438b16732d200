package ui

import (
	"runtime"
	"slices"
	"strings"
	"sync"

	"podium/model"
)

// filterSet is which questions pass the queue's filter, kept between
// keystrokes and snapshots so that neither costs a scan of every question:
//
//   - a longer filter (the user typing on) tests only the questions that
//     could still pass, cands: those whose text, department codes or
//     department names hold every word of the filter as the start of a
//     word. Every question that passes is one of them (see deptIndex.match),
//     and typing on only takes questions out of them;
//   - a new snapshot with the same filter and departments retests only
//     the questions the commit replaced.
type filterSet struct {
	meeting *model.Meeting
	folded  string // the folded filter the sets are for
	cand    []bool // by ID-1: could pass (see above)
	pass    []bool // by ID-1: passes
	cands   []int  // the IDs with cand set, ascending
}

// update makes the sets those of folded over m.
func (f *filterSet) update(m *model.Meeting, folded string) {
	switch {
	case f.meeting == m && f.folded == folded:
		return
	case f.meeting == m && f.folded != "" && strings.HasPrefix(folded, f.folded):
		f.narrow(m, folded)
	case f.meeting != nil && f.folded == folded && slices.Equal(f.meeting.Departments, m.Departments):
		f.follow(m)
	default:
		f.all(m, folded)
	}
	f.meeting, f.folded = m, folded
}

// filterTest decides, for one meeting and filter, whether a question
// could pass and whether it passes.
type filterTest struct {
	ix     deptIndex
	dq     deptQuery
	words  []string   // " "+each word of the filter
	depts  [][]string // for each word, the codes of the departments it finds (see deptIndex.maybe)
	phrase string     // " "+the whole filter
	hays   *hayTable
}

func newFilterTest(m *model.Meeting, folded string) filterTest {
	ix := newDeptIndex(m)
	t := filterTest{ix: ix, dq: ix.parse(folded), hays: haysOf(m)}
	t.phrase = " " + t.dq.whole
	for _, w := range strings.Fields(folded) {
		var codes []string
		for code, fc := range ix.fcode {
			if strings.HasPrefix(fc, w) || strings.Contains(ix.names[code], " "+w) {
				codes = append(codes, code)
			}
		}
		t.words = append(t.words, " "+w)
		t.depts = append(t.depts, codes)
	}
	return t
}

// maybe is deptIndex.maybe with each word's departments found once per
// filter instead of once per question: a word that finds none (most
// words) rules out a question whose text lacks it without reading the
// question. Every code a question holds is one of the meeting's
// (model.Check), so a code the index lacks is one whose folded form is
// empty, which finds nothing either way.
func (t filterTest) maybe(q *model.Question, hay string) bool {
	for i, w := range t.words {
		if startsWord(hay, w) {
			continue
		}
		codes := t.depts[i]
		if len(codes) == 0 || !slices.ContainsFunc(q.Departments, func(c string) bool { return slices.Contains(codes, c) }) {
			return false
		}
	}
	return true
}

// run tests question id, q (nil: none). The question itself is read only
// when its text does not decide: at 100,000 questions reading each one's
// ID was a cache miss per question and per keystroke.
func (t filterTest) run(id int, q *model.Question) (cand, pass bool) {
	if q == nil {
		return false, false
	}
	hay := t.hays.get(id)
	if len(t.dq.codes) == 0 && startsWord(hay, t.phrase) {
		return true, true // the whole filter starts a word: it passes
	}
	if !t.maybe(q, hay) {
		return false, false
	}
	return true, t.ix.match(q, hay, t.dq)
}

// all tests every question.
func (f *filterSet) all(m *model.Meeting, folded string) {
	n := m.Questions.Len()
	f.cand = resize(f.cand, n)
	f.pass = resize(f.pass, n)
	f.cands = f.test(m, newFilterTest(m, folded), n, func(i int) int { return i + 1 }, f.cands[:0])
}

// narrow tests only the questions that could pass the shorter filter.
func (f *filterSet) narrow(m *model.Meeting, folded string) {
	ids := f.cands
	f.cands = f.test(m, newFilterTest(m, folded), len(ids), func(i int) int { return ids[i] }, ids[:0])
}

// test runs t on the n questions id(0) … id(n-1) (ascending), split over
// the cores when they are many, and appends those that could pass to into,
// which may be the list id reads from (each is written after it is read).
func (f *filterSet) test(m *model.Meeting, t filterTest, n int, id func(int) int, into []int) []int {
	parts := min(runtime.GOMAXPROCS(0), n/8192+1)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() {
			for i := n * p / parts; i < n*(p+1)/parts; i++ {
				qid := id(i)
				f.cand[qid-1], f.pass[qid-1] = t.run(qid, m.Question(qid))
			}
		})
	}
	wg.Wait()
	for i := range n {
		if qid := id(i); f.cand[qid-1] {
			into = append(into, qid)
		}
	}
	return into
}

// follow retests, for the same filter, the questions m replaced or added.
func (f *filterSet) follow(m *model.Meeting) {
	old := f.meeting.Questions
	n := m.Questions.Len()
	f.cand = resize(f.cand, n)
	f.pass = resize(f.pass, n)
	t := filterTest{}
	ready := false
	changed := false
	for id := range m.Questions.Changed(old) {
		if id > n {
			break // taken out by an undo: resize dropped it
		}
		if !ready {
			t, ready = newFilterTest(m, f.folded), true
		}
		f.cand[id-1], f.pass[id-1] = t.run(id, m.Question(id))
		changed = true
	}
	if !changed && n == old.Len() {
		return
	}
	f.cands = f.cands[:0]
	for i, c := range f.cand {
		if c {
			f.cands = append(f.cands, i+1)
		}
	}
}

// keeps reports whether question id passes.
func (f *filterSet) keeps(id int) bool {
	return id >= 1 && id <= len(f.pass) && f.pass[id-1]
}

// resize makes b n long, keeping what it holds and false beyond.
func resize(b []bool, n int) []bool {
	if cap(b) < n {
		nb := make([]bool, n)
		copy(nb, b)
		return nb
	}
	old := len(b)
	b = b[:n]
	if n > old {
		clear(b[old:])
	}
	return b
}
