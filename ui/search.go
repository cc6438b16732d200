package ui

import (
	"slices"
	"strings"

	"podium/model"
)

// haystack is the text the queue filter searches in one question — asker,
// role, unit, theme and content, folded (model.Fold: single spaces between
// words), after one space. The departments a question is addressed to are
// matched apart (see deptIndex), by code as a whole word and by name.
func haystack(q *model.Question) string {
	return " " + model.Fold(strings.Join([]string{
		q.Asker.Name, q.Asker.Role, q.Asker.Unit, q.Theme, q.Text,
	}, " "))
}

// matches reports whether the folded filter occurs in hay as a phrase that
// starts a word: "cong an" finds "Công an tỉnh" but not "công nghệ ... dự án".
func matches(hay, filter string) bool {
	phrase := strings.Join(strings.Fields(filter), " ")
	return phrase == "" || strings.Contains(hay, " "+phrase)
}

// wholeWords reports whether the folded filter occurs in hay as whole
// words: "ca" finds "… ca trực …" but not "cao tốc".
func wholeWords(hay, filter string) bool {
	phrase := strings.Join(strings.Fields(filter), " ")
	return phrase == "" || strings.Contains(hay+" ", " "+phrase+" ")
}

// deptIndex is the meeting's departments as the filter sees them: each
// code folded, and each name folded, by the code questions store.
type deptIndex struct {
	codes []string          // folded codes, longest first
	names map[string]string // question's code → " " + folded name
	fcode map[string]string // question's code → folded code
}

func newDeptIndex(m *model.Meeting) deptIndex {
	ix := deptIndex{names: map[string]string{}, fcode: map[string]string{}}
	for _, d := range m.Departments {
		if d == nil {
			continue
		}
		fc := model.Fold(d.Code)
		if fc == "" {
			continue
		}
		ix.codes = append(ix.codes, fc)
		ix.names[d.Code] = " " + model.Fold(d.Name)
		ix.fcode[d.Code] = fc
	}
	slices.SortStableFunc(ix.codes, func(a, b string) int { return len(b) - len(a) })
	return ix
}

// deptQuery is a folded filter split into the department codes it names as
// whole words and the rest, a phrase.
type deptQuery struct {
	whole string   // the folded filter
	codes []string // folded codes the filter names, each a condition
	rest  string   // the filter without those codes
}

func (ix deptIndex) parse(folded string) deptQuery {
	dq := deptQuery{whole: strings.Join(strings.Fields(folded), " ")}
	rest := " " + dq.whole + " "
	for _, c := range ix.codes {
		if strings.Contains(rest, " "+c+" ") && !slices.Contains(dq.codes, c) {
			dq.codes = append(dq.codes, c)
			rest = strings.Replace(rest, " "+c+" ", " ", 1)
		}
	}
	dq.rest = strings.Join(strings.Fields(rest), " ")
	return dq
}

// match decides whether question q (its haystack hay) passes the filter:
//
//   - the whole filter as whole words of its text ("ca sĩ", or the code
//     "CA" written in the content), or
//   - q is addressed to every department whose code the filter names as a
//     whole word ("CA", "gddt"; a code never matches as the start of a
//     longer word, so "CA" does not find "cao tốc"), and the rest of the
//     filter, if any, starts a word of its text or of the folded name of a
//     department q is addressed to ("cong an" finds a question sent to
//     Công an tỉnh whatever its text says).
func (ix deptIndex) match(q *model.Question, hay string, dq deptQuery) bool {
	if dq.whole == "" || hasWords(hay, " "+dq.whole) {
		return true
	}
	for _, c := range dq.codes {
		if !slices.ContainsFunc(q.Departments, func(code string) bool { return ix.folded(code) == c }) {
			return false
		}
	}
	if dq.rest == "" || startsWord(hay, " "+dq.rest) {
		return true
	}
	for _, code := range q.Departments {
		if strings.Contains(ix.names[code], " "+dq.rest) {
			return true
		}
	}
	return false
}

// hasWords is wholeWords for a phrase already folded and spaced, given as
// " "+phrase, without copying hay: needle occurs followed by a space or
// the end.
func hasWords(hay, needle string) bool {
	return spacedIn(hay, needle, true)
}

// startsWord is strings.Contains(hay, needle) for a needle " "+phrase.
func startsWord(hay, needle string) bool {
	return spacedIn(hay, needle, false)
}

// spacedIn finds needle, " "+phrase, in hay (and, if whole, followed by a
// space or the end) by searching for the phrase and checking the space
// before it: a space starts every word of hay, so a search led by it
// stopped at each word (half the filter's time at 100,000 questions).
func spacedIn(hay, needle string, whole bool) bool {
	w := needle[1:]
	if w == "" { // a space: followed by a space or the end, if whole
		return strings.Contains(hay, needle) && (!whole || strings.Contains(hay, "  ") || strings.HasSuffix(hay, " "))
	}
	for from := 1; from <= len(hay); {
		i := strings.Index(hay[from:], w)
		if i < 0 {
			return false
		}
		at, end := from+i, from+i+len(w)
		if hay[at-1] == ' ' && (!whole || end == len(hay) || hay[end] == ' ') {
			return true
		}
		from = at + 1
	}
	return false
}

// maybe reports whether every word of the folded filter starts a word of
// hay, is the start of the folded code of a department q is addressed to,
// or starts a word of that department's folded name. A question that
// passes match passes maybe, and one that fails maybe fails it for every
// longer filter too: filterSet narrows on it.
// Each word comes as " "+word.
func (ix deptIndex) maybe(q *model.Question, hay string, words []string) bool {
	for _, w := range words {
		if startsWord(hay, w) {
			continue
		}
		if !slices.ContainsFunc(q.Departments, func(code string) bool {
			return strings.HasPrefix(ix.folded(code), w[1:]) || strings.Contains(ix.names[code], w)
		}) {
			return false
		}
	}
	return true
}

// folded is a question's department code as the filter compares it: a
// code the meeting no longer lists is folded as it stands.
func (ix deptIndex) folded(code string) string {
	if fc, ok := ix.fcode[code]; ok {
		return fc
	}
	return model.Fold(code)
}
