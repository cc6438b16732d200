package ui

import (
	"slices"
	"strings"

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
	ix    deptIndex
	dq    deptQuery
	words []string
	hays  *hayTable
}

func newFilterTest(m *model.Meeting, folded string) filterTest {
	ix := newDeptIndex(m)
	return filterTest{ix: ix, dq: ix.parse(folded), words: strings.Fields(folded), hays: haysOf(m)}
}

func (t filterTest) run(q *model.Question) (cand, pass bool) {
	if q == nil {
		return false, false
	}
	hay := t.hays.get(q.ID)
	if !t.ix.maybe(q, hay, t.words) {
		return false, false
	}
	return true, t.ix.match(q, hay, t.dq)
}

// all tests every question.
func (f *filterSet) all(m *model.Meeting, folded string) {
	n := len(m.Questions)
	f.cand = resize(f.cand, n)
	f.pass = resize(f.pass, n)
	f.cands = f.cands[:0]
	t := newFilterTest(m, folded)
	for i, q := range m.Questions {
		f.cand[i], f.pass[i] = t.run(q)
		if f.cand[i] {
			f.cands = append(f.cands, i+1)
		}
	}
}

// narrow tests only the questions that could pass the shorter filter.
func (f *filterSet) narrow(m *model.Meeting, folded string) {
	t := newFilterTest(m, folded)
	kept := f.cands[:0]
	for _, id := range f.cands {
		cand, pass := t.run(m.Question(id))
		f.cand[id-1], f.pass[id-1] = cand, pass
		if cand {
			kept = append(kept, id)
		}
	}
	f.cands = kept
}

// follow retests, for the same filter, the questions m replaced or added.
func (f *filterSet) follow(m *model.Meeting) {
	old := f.meeting.Questions
	n := len(m.Questions)
	f.cand = resize(f.cand, n)
	f.pass = resize(f.pass, n)
	t := filterTest{}
	ready := false
	changed := false
	for i, q := range m.Questions {
		if i < len(old) && old[i] == q {
			continue
		}
		if !ready {
			t, ready = newFilterTest(m, f.folded), true
		}
		f.cand[i], f.pass[i] = t.run(q)
		changed = true
	}
	if !changed && n == len(old) {
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
