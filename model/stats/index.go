package stats

import "podium/model"

// index is what Update needs besides the figures: where each theme and
// asker is and which question comes first in it, and which records refer
// to which. Compute makes it; Update keeps it.
type index struct {
	themeAt map[string]int    // a theme's folded name → its place in Themes
	listed  map[string]string // the meeting's themes, by folded name
	tFirst  []int             // per theme: its first question's ID
	tCount  []int             // per theme: its questions
	askers  *askerIndex
	aFirst  []int // per asker: their first question's ID

	qAnswers   refs // question ID → the answers (by index) covering it
	qFollowUps refs // question ID → the follow-ups (by index) naming it
	aFollowUps refs // answer ID → the follow-ups (by index) opened by it
}

// index is the computation's index, its themes in their final places.
func (c *computation) index(moved func(int) int) *index {
	m := c.m
	ix := &index{
		themeAt: make(map[string]int, len(c.fold.index)),
		listed:  c.fold.listed,
		tFirst:  make([]int, len(c.tFirst)),
		tCount:  make([]int, len(c.tCount)),
		askers:  c.askers,
		aFirst:  c.aFirst,
	}
	if ix.listed == nil {
		ix.listed = listedThemes(m)
	}
	for k, ti := range c.fold.index {
		ix.themeAt[k] = moved(ti)
	}
	for ti := range c.tFirst {
		ix.tFirst[moved(ti)], ix.tCount[moved(ti)] = c.tFirst[ti], c.tCount[ti]
	}
	ix.qAnswers = buildRefs(m.Questions.Len(), func(emit func(int, int)) {
		for ai, a := range m.Answers {
			if a != nil {
				for _, id := range a.Questions {
					emit(id, ai)
				}
			}
		}
	})
	ix.qFollowUps = buildRefs(m.Questions.Len(), func(emit func(int, int)) {
		for fi, f := range m.FollowUps {
			if f != nil {
				for _, id := range f.Questions {
					emit(id, fi)
				}
			}
		}
	})
	ix.aFollowUps = buildRefs(len(m.Answers), func(emit func(int, int)) {
		for fi, f := range m.FollowUps {
			if f != nil {
				emit(f.Answer, fi)
			}
		}
	})
	return ix
}

// listedThemes is the meeting's themes by folded name.
func listedThemes(m *model.Meeting) map[string]string {
	l := make(map[string]string, len(m.Themes))
	for _, t := range m.Themes {
		l[model.Fold(t)] = t
	}
	return l
}

// spelled is how the figures name a theme first written name: as the
// meeting's list spells it, else as written; "" if it folds to nothing.
func (ix *index) spelled(name string) (key, spelled string) { return spell(ix.listed, name) }

// spell is spelled against listed, the meeting's themes by folded name.
func spell(listed map[string]string, name string) (key, spelled string) {
	key = model.Fold(name)
	switch t, ok := listed[key]; {
	case key == "":
		return "", ""
	case ok:
		return key, t
	}
	return key, name
}

// noteRecords adds to the index what the answer and follow-up records of
// m at the given indexes refer to.
func (ix *index) noteRecords(m *model.Meeting, answers, followUps []int) {
	for _, ai := range answers {
		if a := at0(m.Answers, ai); a != nil {
			for _, id := range a.Questions {
				ix.qAnswers.add(id, ai)
			}
		}
	}
	for _, fi := range followUps {
		if f := at0(m.FollowUps, fi); f != nil {
			for _, id := range f.Questions {
				ix.qFollowUps.add(id, fi)
			}
			ix.aFollowUps.add(f.Answer, fi)
		}
	}
}

// at0 is s[i], nil out of range.
func at0[T any](s []*T, i int) *T {
	if i < 0 || i >= len(s) {
		return nil
	}
	return s[i]
}
