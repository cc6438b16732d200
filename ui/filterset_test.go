package ui

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// bruteRows is what the filter keeps, tested afresh on every question.
func bruteRows(m *model.Meeting, filter string) []int {
	f := model.Fold(filter)
	ix := newDeptIndex(m)
	dq := ix.parse(f)
	var ids []int
	for _, q := range m.Questions.All() {
		if q != nil && ix.match(q, haystack(q), dq) {
			ids = append(ids, q.ID)
		}
	}
	return ids
}

func passingIDs(f *filterSet) []int {
	var ids []int
	for i, p := range f.pass {
		if p {
			ids = append(ids, i+1)
		}
	}
	return ids
}

// Typing on narrows the questions tested to those that could still pass,
// and deleting starts over: whatever the keys, the set is the one a fresh
// test of every question gives. "ca" then "cao" is the trap: the code CA
// as a whole word finds questions that "cao" does not, and "cao" finds
// none that "ca" did not leave as candidates.
func TestFilterSetNarrowsAsTyped(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	m := r.hub.Snapshot().Meeting
	words := []string{"ca", "cao", "cong an", "gddt", "gddt ca", "nguyen van", "khoi nghiep", "thanh nien", "tt", "so", "xyz"}
	rng := rand.New(rand.NewPCG(3, 4))
	var f filterSet
	for range 200 {
		w := []rune(words[rng.IntN(len(words))])
		for n := 1; n <= len(w); n++ {
			typed := string(w[:n])
			f.update(m, model.Fold(typed))
			if got, want := passingIDs(&f), bruteRows(m, typed); !slices.Equal(got, want) {
				t.Fatalf("filter %q: passing %v, afresh %v", typed, got, want)
			}
		}
	}
}

// A commit that changes a question's text or departments, and its undo,
// move the question in and out of the filtered rows: nothing folded
// before the commit is shown after it.
func TestFilterFollowsCommitsAndUndo(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("/")
	r.typeText("zebra")
	rows := func() []int { return slices.Clone(r.m.moderate.queue.rows) }
	if got := rows(); len(got) != 0 {
		t.Fatalf("“zebra” before any edit: rows %v", got)
	}
	q := *r.hub.Snapshot().Meeting.Question(5)
	edit := model.EditQuestion{ID: 5, Asker: q.Asker, Kind: q.Kind, Theme: q.Theme, Text: q.Text + " Ngựa vằn (zebra).", Departments: q.Departments}
	mod := hub.As(hub.RoleModerator)
	if err := r.hub.Do(edit, mod); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	if got := rows(); !slices.Equal(got, []int{5}) {
		t.Fatalf("after the text gained “zebra”: rows %v, want [5]", got)
	}
	r.wantOnScreen("Lọc: 1 ý kiến khớp “zebra”")
	if _, err := r.hub.Undo(mod); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	if got := rows(); len(got) != 0 {
		t.Fatalf("after undo: rows %v, want none", got)
	}
	// Departments: the code as a whole word finds the questions sent there.
	r.press("esc")
	r.press("/")
	r.typeText("ca")
	before := rows()
	if slices.Contains(before, 1) {
		t.Fatalf("question 1 (to %v) passes “ca” before the edit", q.Departments)
	}
	q1 := *r.hub.Snapshot().Meeting.Question(1)
	edit = model.EditQuestion{ID: 1, Asker: q1.Asker, Kind: q1.Kind, Theme: q1.Theme, Text: q1.Text, Departments: append(slices.Clone(q1.Departments), "CA")}
	if err := r.hub.Do(edit, mod); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	if got := rows(); !slices.Contains(got, 1) || len(got) != len(before)+1 {
		t.Fatalf("after sending question 1 to CA: rows %v (before %v)", got, before)
	}
	if got, want := passingIDs(&r.m.moderate.queue.passing), bruteRows(r.hub.Snapshot().Meeting, "ca"); !slices.Equal(got, want) {
		t.Fatalf("passing %v, afresh %v", got, want)
	}
	if _, err := r.hub.Undo(mod); err != nil {
		t.Fatal(err)
	}
	r.m.Update(snapshotMsg(r.hub.Snapshot()))
	if got := rows(); !slices.Equal(got, before) {
		t.Fatalf("after undo: rows %v, want %v", got, before)
	}
}

// The shared table of folded texts refolds only what a commit replaced,
// and holds each question's text as haystack folds it.
func TestHaysFollowCommits(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	m0 := r.hub.Snapshot().Meeting
	t0 := haysOf(m0)
	q := *m0.Question(7)
	edit := model.EditQuestion{ID: 7, Asker: q.Asker, Kind: q.Kind, Theme: q.Theme, Text: "Đường giao thông nông thôn", Departments: q.Departments}
	if err := r.hub.Do(edit, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	m1 := r.hub.Snapshot().Meeting
	t1 := haysOf(m1)
	for _, qq := range m1.Questions.All() {
		if got, want := t1.get(qq.ID), haystack(qq); got != want {
			t.Errorf("question %d: table %q, want %q", qq.ID, got, want)
		}
	}
	if t0.get(7) == t1.get(7) || t0.chunks[0] == t1.chunks[0] {
		t.Errorf("question 7's chunk was not replaced")
	}
	if t0.get(8) != t1.get(8) {
		t.Errorf("question 8 changed in the table without a commit changing it")
	}
}

// startsWord and hasWords, which search for the word and check the space
// before it, say what a search for " "+word (and a space or the end after
// it) says, over random texts of few letters, where false starts abound.
func TestStartsWordIsContains(t *testing.T) {
	rnd := rand.New(rand.NewPCG(14, 2))
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = " ab"[rnd.IntN(3)]
		}
		return string(b)
	}
	for range 20_000 {
		hay, needle := " "+word(rnd.IntN(12)), " "+word(rnd.IntN(4))
		if got, want := startsWord(hay, needle), strings.Contains(hay, needle); got != want {
			t.Fatalf("startsWord(%q, %q) = %v, want %v", hay, needle, got, want)
		}
		if got, want := hasWords(hay, needle), strings.Contains(hay+" ", needle+" "); got != want {
			t.Fatalf("hasWords(%q, %q) = %v, want %v", hay, needle, got, want)
		}
	}
}

// The filter's test finds each word's departments once per filter; over
// the demo's questions it says what deptIndex.maybe, which looks at each
// question's departments, says, for words that find departments by code,
// by name, by both, and none.
func TestFilterMaybeIsDeptIndexMaybe(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	m := r.hub.Snapshot().Meeting
	for _, filter := range []string{"ca", "c", "cong", "cong an", "kh", "khcn so", "so", "vien 1", "zz", "gd tinh", "s"} {
		ft := newFilterTest(m, model.Fold(filter))
		for _, q := range m.Questions.All() {
			hay := haystack(q)
			if got, want := ft.maybe(q, hay), ft.ix.maybe(q, hay, ft.words); got != want {
				t.Fatalf("%q, question %d: maybe %v, want %v", filter, q.ID, got, want)
			}
		}
	}
}
