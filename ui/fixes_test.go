package ui

import (
	"slices"
	"strings"
	"testing"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// filterRows types a filter on the Moderate screen and returns the rows
// it keeps, then clears it.
func (r *rig) filterRows(f string) []int {
	r.t.Helper()
	r.press("/")
	r.typeText(f)
	rows := slices.Clone(r.m.moderate.queue.rows)
	r.press("esc")
	slices.Sort(rows)
	return rows
}

// Issue 12: the filter matches the departments a question is addressed to,
// by name with the accents folded and by code as a whole word.
func TestFilterMatchesDepartments(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	mt := r.hub.Snapshot().Meeting
	toCA := []int{14, 15, 16, 17} // the demo's questions to Công an tỉnh
	// Question 15's text does not name the police: found by its department.
	if matches(haystack(mt.Question(15)), "cong an") {
		t.Fatal("the demo changed: question 15's text names công an")
	}
	for _, f := range []string{"cong an", "Công an", "CA", "ca", " Ca "} {
		if got := r.filterRows(f); !slices.Equal(got, toCA) {
			t.Errorf("filter %q kept %v, want the questions to CA %v", f, got, toCA)
		}
	}
	// "ca" starts words in other questions ("cán bộ" in 5, "Cao Văn
	// Dũng" in 19); as a code it matches whole words only.
	if !matches(haystack(mt.Question(5)), "ca") || !matches(haystack(mt.Question(19)), "ca") {
		t.Fatal("the demo changed: questions 5 and 19 have no word starting with ca")
	}
	// A department's name, folded, finds what is sent to it.
	if got := r.filterRows("so giao duc"); !slices.Contains(got, 16) || !slices.Contains(got, 1) {
		t.Errorf("“so giao duc” kept %v, want 1 and 16 (sent to Sở Giáo dục và Đào tạo)", got)
	}
	// Codes narrow together, and with the rest of the filter.
	if got := r.filterRows("gddt ca"); !slices.Equal(got, []int{16}) {
		t.Errorf("“gddt ca” kept %v, want [16] (sent to both)", got)
	}
	if got := r.filterRows("CA Khoái Châu"); !slices.Equal(got, []int{16}) {
		t.Errorf("“CA Khoái Châu” kept %v, want [16]", got)
	}
	// A word that is no code still starts words, as before.
	if got := r.filterRows("cao"); !slices.Contains(got, 19) {
		t.Errorf("“cao” kept %v, want 19 (Cao Văn Dũng)", got)
	}
	// Part of a code is no code.
	if got := r.filterRows("gdd"); len(got) != 0 {
		t.Errorf("“gdd” kept %v: a code matches as a whole word", got)
	}
}

// Issue 12: the Record screen names an answer by its questions' numbers,
// sorted, and lists the answers still without notes.
func TestRecordNamesAnswersByTheirQuestions(t *testing.T) {
	r := answering(t, 80, 24) // GDDT answers question 1 (answer 1)
	r.press("enter")
	r.typeText("Sở Giáo dục trả lời")
	r.press("esc")
	r.run(r.m.record.sendNotes())
	r.wantStored(1, "Sở Giáo dục trả lời")
	mod := hub.As(hub.RoleModerator)
	r.do(mod, model.EndAnswer{}, model.Call{ID: 3}, model.StartAnswer{Department: "GDDT"}, model.EndAnswer{},
		model.Call{ID: 5}, model.StartAnswer{Department: "LDTBXH"})
	r.deliver()
	r.wantOnScreen("Ghi chép · ý kiến số 5 · LDTBXH · đang trả lời", "Chưa có ghi chép: ý kiến 3; 5")
	if strings.Contains(r.screen(), "trả lời số") {
		t.Errorf("the Record screen still numbers answers:\n%s", r.screen())
	}
	// While 5's notes are typed, the line leaves it out.
	r.press("enter")
	r.wantOnScreen("Chưa có ghi chép: ý kiến 3 ")

	// Several questions, answered together: sorted, in both languages.
	a := &model.Answer{ID: 4, Questions: []int{15, 16, 17, 14}, Department: "GDDT"}
	vi := i18n.New(i18n.VI).T(notesTitleKey(a), answerQuestions(a), a.Department, "đang trả lời")
	if vi != "Ghi chép · ý kiến số 14, 15, 16, 17 · GDDT · đang trả lời" {
		t.Errorf("title %q", vi)
	}
	if en := i18n.New(i18n.EN).T(notesTitleKey(a), answerQuestions(a), a.Department, "answering"); en != "Notes · questions 14, 15, 16, 17 · GDDT · answering" {
		t.Errorf("title %q", en)
	}
}

// Issue 12: below the smallest usable size the screen says so, centred,
// instead of drawing a cut screen; at the smallest size and at 80x24 the
// screens draw.
func TestTooSmallSaysSo(t *testing.T) {
	r := answering(t, 60, 15)
	s := r.screen()
	if !strings.Contains(s, "Cửa sổ quá nhỏ (60x15): cần ít nhất 60x20") || strings.Contains(s, "Ghi chép ·") {
		t.Fatalf("at 60x15:\n%s", s)
	}
	lines := strings.Split(s, "\n")
	if len(lines) != 15 || !strings.HasPrefix(lines[7], "   ") {
		t.Errorf("not centred in 15 rows:\n%s", s)
	}
	r.m.Update(windowSize(59, 24))
	r.wantOnScreen("Cửa sổ quá nhỏ (59x24)")
	for _, sz := range [][2]int{{60, 20}, {80, 24}} {
		r.m.Update(windowSize(sz[0], sz[1]))
		r.wantOnScreen("Ghi chép · ý kiến số 1 · GDDT")
		if strings.Contains(r.screen(), "Cửa sổ quá nhỏ") {
			t.Errorf("%dx%d said too small", sz[0], sz[1])
		}
	}
	en := newRig(t, i18n.EN, 40, 10)
	en.wantOnScreen("Window too small (40x10): needs at least", "60x20")
}
