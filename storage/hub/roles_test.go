package hub

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"sync"
	"testing"

	"podium/model"
	"podium/storage"
)

// allVerbs reads every command verb the model declares, so a new command
// gets a decision here (and in the role table) or fails this test.
func allVerbs(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../model/*.go")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`\) Verb\(\) string\s*\{\s*return "([a-z_]+)"`)
	seen := map[string]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			seen[m[1]] = true
		}
	}
	var verbs []string
	for v := range seen {
		verbs = append(verbs, v)
	}
	sort.Strings(verbs)
	if len(verbs) < 20 {
		t.Fatalf("found only %d verbs; is the pattern still right?", len(verbs))
	}
	return verbs
}

// command is a zero command of the verb, as a value.
func command(t *testing.T, verb string) model.Command {
	t.Helper()
	c := model.NewCommand(verb)
	if c == nil {
		t.Fatalf("model.NewCommand(%q) is nil", verb)
	}
	return reflect.ValueOf(c).Elem().Interface().(model.Command)
}

// A plausible command of the verb on the test meeting (question 1 waiting,
// on the floor after call): the role check must refuse it before the
// model could accept it.
func plausible(t *testing.T, verb string) model.Command {
	switch verb {
	case "add_question":
		return add("Lạ")
	case "call":
		return model.Call{ID: 1}
	case "withdraw":
		return model.Withdraw{ID: 1}
	case "set_display":
		return model.SetDisplay{Mode: model.DisplayBlank}
	case "send_note":
		return model.SendNote{Text: "Xin trả lời gộp 7 và 9"}
	case "add_department":
		return model.AddDepartment{Code: "YT", Name: "Sở Y tế"}
	case "set_header":
		return model.SetHeader{Header: model.Header{Title: "Đổi tên"}}
	case "move_question":
		return model.MoveQuestion{ID: 2, By: -1}
	}
	return command(t, verb)
}

func TestRoleTableNamesOnlyRealVerbs(t *testing.T) {
	verbs := allVerbs(t)
	for v := range clerkVerbs {
		if model.NewCommand(v) == nil {
			t.Errorf("the clerk may send %q, which the model does not know", v)
		}
	}
	for _, v := range verbs {
		if model.NewCommand(v) == nil {
			t.Errorf("model.NewCommand does not decode %q", v)
		}
	}
}

func TestRoleOf(t *testing.T) {
	for who, want := range map[string]Role{
		"moderator": RoleModerator, "clerk": RoleClerk, "display": RoleDisplay,
		"clerk:Lan": RoleClerk, "display:hall": RoleDisplay,
		"moderator:office": RoleModerator,
		"office":           RoleModerator, // the imports of files written before senders had roles
		"":                 "", "test": "", "Clerk": "", ":moderator": "", "Audience": "", "audience:10.0.0.7": RoleAudience,
	} {
		if got := RoleOf(who); got != want {
			t.Errorf("RoleOf(%q) = %q, want %q", who, got, want)
		}
	}
	if _, ok := ParseRole("Clerk"); ok {
		t.Error("role names are exact")
	}
}

// A sender is written to the log as it always was ("clerk", "clerk:Lan"),
// reads back as itself, and one with no role never reads back as one
// with a role.
func TestSenderString(t *testing.T) {
	for _, c := range []struct {
		s    Sender
		want string
	}{
		{As(RoleModerator), "moderator"},
		{As(RoleClerk), "clerk"},
		{Sender{RoleClerk, "Lan"}, "clerk:Lan"},
		{Sender{RoleDisplay, "hall"}, "display:hall"},
		{Office(), "moderator:office"},
		{Sender{RoleClerk, "a:b"}, "clerk:a:b"},
		{Sender{RoleAudience, "10.0.0.7"}, "audience:10.0.0.7"},
	} {
		if got := c.s.String(); got != c.want {
			t.Errorf("%#v.String() = %q, want %q", c.s, got, c.want)
		}
		back, ok := ParseSender(c.want)
		if !ok || back != c.s {
			t.Errorf("ParseSender(%q) = %#v, %v", c.want, back, ok)
		}
		if !c.s.Known() {
			t.Errorf("%#v is not known", c.s)
		}
	}
	for _, who := range []string{"", "test", "office", "Clerk", ":clerk", "Audience:x"} {
		if s, ok := ParseSender(who); ok {
			t.Errorf("ParseSender(%q) = %#v, want no sender", who, s)
		}
	}
	for _, s := range []Sender{{}, {Name: "moderator"}, {Role: "Audience", Name: "x"}, {Role: "Moderator"}} {
		if s.Known() {
			t.Errorf("%#v is known", s)
		}
		if back := SenderOf(s.String()); back.Known() {
			t.Errorf("%#v written as %q reads back as %#v, with a role", s, s.String(), back)
		}
	}
	if SenderOf("office") != Office() || SenderOf("moderator:office") != Office() {
		t.Error("an import's sender, old or new, is not the office")
	}
}

// A sender with no known role has no rights: every command, a batch, an
// undo, a redo and an undo of someone's step are refused before anything
// is applied, and the log does not grow.
func TestUnknownSenderMayDoNothing(t *testing.T) {
	h := twoWaiting(t)
	if err := h.Do(add("Của thư ký"), As(RoleClerk)); err != nil {
		t.Fatal(err)
	}
	before := h.Snapshot()
	logLen := logLength(t, h)
	// Each unknown sender, and how a refusal shows it: as it was sent.
	unknown := []struct {
		who  Sender
		sent string
	}{
		{Sender{}, ""},
		{Sender{Role: "test"}, "test"},
		{Sender{Role: "office"}, "office"},
		{Sender{Name: "office"}, ":office"},
		{Sender{Role: "Moderator"}, "Moderator"},
		{Sender{Name: "moderator"}, ":moderator"},
		{Sender{Role: "Audience"}, "Audience"},
		{Sender{Role: "moderatorx"}, "moderatorx"},
		{Sender{Role: " moderator"}, " moderator"},
		{Sender{Role: "Clerk", Name: "Lan"}, "Clerk:Lan"},
	}
	for _, u := range unknown {
		who := u.who
		for _, v := range allVerbs(t) {
			err := h.Do(plausible(t, v), who)
			if storage.CodeOf(err) != CodeNoRole {
				t.Errorf("%#v %s: %v, want no_role", who, v, err)
				continue
			}
			var se *storage.Error
			errors.As(err, &se)
			if len(se.Args) != 2 || se.Args[0] != u.sent || se.Args[1] != v {
				t.Errorf("%#v %s: args %v", who, v, se.Args)
			}
		}
		if err := h.DoAll([]model.Command{add("X")}, storage.VerbImport, who); storage.CodeOf(err) != CodeNoRole {
			t.Errorf("%#v import: %v", who, err)
		}
		if _, err := h.Undo(who); storage.CodeOf(err) != CodeNoRole {
			t.Errorf("%#v undo: %v", who, err)
		}
		if _, err := h.Redo(who); storage.CodeOf(err) != CodeNoRole {
			t.Errorf("%#v redo: %v", who, err)
		}
		for _, owner := range []string{"moderator", "clerk", u.sent, who.String()} {
			if _, err := h.UndoOf(owner, who); storage.CodeOf(err) != CodeNoRole {
				t.Errorf("%#v undoing %q's step: %v", who, owner, err)
			}
		}
	}
	after := h.Snapshot()
	if after.Version != before.Version || after.Meeting != before.Meeting {
		t.Errorf("an unknown sender changed the meeting: version %d → %d", before.Version, after.Version)
	}
	if n := logLength(t, h); n != logLen {
		t.Errorf("the log grew from %d to %d entries", logLen, n)
	}
}

func twoWaiting(t *testing.T) *Hub {
	h := newHub(t)
	for _, n := range []string{"An", "Bình"} {
		if err := h.Do(add(n), As(RoleModerator)); err != nil {
			t.Fatal(err)
		}
	}
	return h
}

// Every command a display might send is refused by the writer, before the
// model sees it: the meeting, the version and the log stay as they were.
func TestDisplayChangesNothing(t *testing.T) {
	h := twoWaiting(t)
	before := h.Snapshot()
	logLen := logLength(t, h)
	for _, v := range allVerbs(t) {
		for _, who := range []Sender{As(RoleDisplay), {Role: RoleDisplay, Name: "hall"}} {
			err := h.Do(plausible(t, v), who)
			if storage.CodeOf(err) != CodeRoleRefused {
				t.Errorf("display %s: %v, want role_refused", v, err)
				continue
			}
			var se *storage.Error
			errors.As(err, &se)
			if len(se.Args) != 3 || se.Args[0] != "display" || se.Args[1] != v {
				t.Errorf("display %s: args %v", v, se.Args)
			}
		}
	}
	if err := h.DoAll([]model.Command{add("X")}, storage.VerbImport, As(RoleDisplay)); storage.CodeOf(err) != CodeRoleRefused {
		t.Errorf("display import: %v", err)
	}
	if _, err := h.Undo(As(RoleDisplay)); storage.CodeOf(err) != CodeRoleRefused {
		t.Errorf("display undo: %v", err)
	}
	if _, err := h.Redo(As(RoleDisplay)); storage.CodeOf(err) != CodeRoleRefused {
		t.Errorf("display redo: %v", err)
	}
	after := h.Snapshot()
	if after.Version != before.Version || after.Meeting != before.Meeting {
		t.Errorf("a display changed the meeting: version %d → %d", before.Version, after.Version)
	}
	if n := logLength(t, h); n != logLen {
		t.Errorf("the log grew from %d to %d entries", logLen, n)
	}
}

// A clerk keeps the record; the floor, the queue, the projector and the
// meeting's header are the moderator's.
func TestClerkMayKeepTheRecordOnly(t *testing.T) {
	h := twoWaiting(t)
	moderatorOnly := map[string]bool{
		"set_header": true, "add_department": true, "move_question": true,
		"call_next": true, "call": true, "start_answer": true, "end_answer": true,
		"defer_to_writing": true, "postpone": true, "withdraw": true, "merge": true,
		"toggle_clock": true, "set_display": true, "dismiss_note": true,
		"call_group": true, "next_speaker": true, "answer_again": true,
		"set_agenda": true, "next_agenda_item": true,
		"add_agenda_item": true, "edit_agenda_item": true, "move_agenda_item": true, "remove_agenda_item": true,
		"edit_department": true, "remove_department": true, "move_department": true,
		"set_submissions": true, // opening and closing the inbox
		// The meeting's themes, and files imported from the app.
		"add_theme": true, "rename_theme": true, "remove_theme": true, "move_theme": true,
		"import_questions": true, "import_departments": true,
	}
	for _, v := range allVerbs(t) {
		err := h.Do(plausible(t, v), As(RoleClerk))
		refused := storage.CodeOf(err) == CodeRoleRefused
		if refused != moderatorOnly[v] {
			t.Errorf("clerk %s: %v (refused: %v, want %v)", v, err, refused, moderatorOnly[v])
		}
		if refused {
			var se *storage.Error
			errors.As(err, &se)
			if se.Args[2] != "moderator" {
				t.Errorf("clerk %s: may %v, want moderator", v, se.Args[2])
			}
		}
		if !moderatorOnly[v] && !clerkVerbs[v] {
			t.Errorf("%s is in neither list", v)
		}
	}
	// The clerk's own work goes through.
	if err := h.Do(model.SendNote{From: "Thư ký", Text: "Công an tỉnh xin trả lời gộp 7 và 9"}, As(RoleClerk)); err != nil {
		t.Fatal(err)
	}
	if err := h.Do(add("Từ hội trường"), As(RoleClerk)); err != nil {
		t.Fatal(err)
	}
	m := h.Snapshot().Meeting
	if len(m.Stage.OpenNotes()) == 0 || m.Queue.Len() < 3 {
		t.Fatalf("the clerk's note or question is missing: notes %d, queue %d", len(m.Stage.OpenNotes()), m.Queue.Len())
	}
	// A batch with one moderator's command in it is refused whole.
	err := h.DoAll([]model.Command{add("Y"), model.CallNext{}}, storage.VerbImport, As(RoleClerk))
	if storage.CodeOf(err) != CodeRoleRefused {
		t.Fatalf("clerk batch with call_next: %v", err)
	}
	if got := h.Snapshot().Meeting.Queue.Len(); got != m.Queue.Len() {
		t.Fatalf("the refused batch changed the queue: %d → %d", m.Queue.Len(), got)
	}
}

// A clerk undoes its own newest change, never the moderator's; the
// moderator undoes anything.
func TestEachUndoesTheirOwnSteps(t *testing.T) {
	h := twoWaiting(t)
	if _, err := h.Undo(As(RoleClerk)); storage.CodeOf(err) != storage.CodeNothingToUndo {
		t.Fatalf("clerk undo with no step of its own: %v", err)
	}
	if err := h.Do(add("Của thư ký"), As(RoleClerk)); err != nil {
		t.Fatal(err)
	}
	// The moderator's undo takes back the moderator's own newest step (the
	// second add), not the clerk's newer one; the clerk's question stays,
	// in the queue.
	e, err := h.Undo(As(RoleModerator))
	if err != nil || e.Verb != "add_question" || e.Who != "moderator" {
		t.Fatalf("moderator undo: %v, %+v", err, e)
	}
	m := h.Snapshot().Meeting
	if q := m.Question(3); q == nil || q.Asker.Name != "Của thư ký" || !slices.Contains(m.Queue.Slice(), 3) || slices.Contains(m.Queue.Slice(), 2) {
		t.Fatalf("after the moderator's undo: queue %v", m.Queue)
	}
	checkMeeting(t, m)
	// The clerk's undo takes back the clerk's add, once.
	if e, err := h.Undo(As(RoleClerk)); err != nil || e.Who != "clerk" {
		t.Fatalf("clerk undoing its own add: %v, %+v", err, e)
	}
	if _, err := h.Undo(As(RoleClerk)); storage.CodeOf(err) != storage.CodeNothingToUndo {
		t.Fatalf("a second clerk undo: %v", err)
	}
	if n := h.Snapshot().Meeting.Queue.Len(); n != 1 {
		t.Fatalf("queue %v, want question 1 alone", h.Snapshot().Meeting.Queue)
	}
	// Each redoes their own.
	if e, err := h.Redo(As(RoleClerk)); err != nil || e.Verb != storage.VerbUndo {
		t.Fatalf("clerk redoing its own undo: %v %+v", err, e)
	}
	if _, err := h.Redo(As(RoleClerk)); storage.CodeOf(err) != storage.CodeNothingToRedo {
		t.Fatalf("a second clerk redo: %v", err)
	}
	if _, err := h.Redo(As(RoleModerator)); err != nil {
		t.Fatalf("moderator redo: %v", err)
	}
	if m := h.Snapshot().Meeting; m.Queue.Len() != 3 {
		t.Fatalf("queue %v after both redos, want 3 questions", m.Queue)
	}
	// Taking back someone else's step is the moderator's, or a clerk's when
	// the step is a clerk's.
	if _, err := h.UndoOf("moderator", As(RoleClerk)); storage.CodeOf(err) != CodeUndoNotYours {
		t.Fatalf("clerk undoing the moderator's step: %v", err)
	}
	if e, err := h.UndoOf("clerk", As(RoleModerator)); err != nil || e.Who != "clerk" {
		t.Fatalf("moderator undoing the clerk's step: %v %+v", err, e)
	}
	if _, err := h.Undo(As(RoleDisplay)); storage.CodeOf(err) != CodeRoleRefused {
		t.Fatalf("display undo: %v", err)
	}
	checkMeeting(t, h.Snapshot().Meeting)
}

// A step whose records someone else changed since is not undone: the
// refusal names who changed what. The moderator hands the floor to a
// department; the clerk writes the answer's notes; the moderator's undo of
// the hand-over would delete them, so it is refused, and the notes stay.
func TestUndoRefusesAStepSomeoneElseChangedSince(t *testing.T) {
	h := twoWaiting(t)
	if err := h.Do(model.AddDepartment{Code: "GDDT", Name: "Sở Giáo dục và Đào tạo"}, As(RoleModerator)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []model.Command{model.CallNext{}, model.StartAnswer{Department: "GDDT"}} {
		if err := h.Do(c, As(RoleModerator)); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.Do(model.SetNotes{Answer: 1, Notes: "Sở trả lời: sẽ mở lớp kỹ năng số"}, As(RoleClerk)); err != nil {
		t.Fatal(err)
	}
	_, err := h.Undo(As(RoleModerator))
	var se *storage.Error
	if !errors.As(err, &se) || se.Code != storage.CodeChangedSince {
		t.Fatalf("moderator undo of the hand-over: %v", err)
	}
	if se.Args[0] != "start_answer" || se.Args[2] != "clerk" || se.Args[3] != "set_notes" {
		t.Fatalf("refusal args %v, want start_answer changed by clerk's set_notes", se.Args)
	}
	if a := h.Snapshot().Meeting.Answer(1); a == nil || a.Notes != "Sở trả lời: sẽ mở lớp kỹ năng số" {
		t.Fatal("the clerk's notes are gone")
	}
	// Once the clerk's step is taken back (explicitly, by the moderator),
	// the hand-over can be.
	if _, err := h.UndoOf("clerk", As(RoleModerator)); err != nil {
		t.Fatal(err)
	}
	if e, err := h.Undo(As(RoleModerator)); err != nil || e.Verb != "start_answer" {
		t.Fatalf("moderator undo after the clerk's step: %v %+v", err, e)
	}
	checkMeeting(t, h.Snapshot().Meeting)
}

// The moderator and the clerk act at the same moment: every command of
// each is applied exactly once, and the clerk's refused ones change
// nothing.
func TestModeratorAndClerkAtTheSameMoment(t *testing.T) {
	h := newHub(t)
	const n = 30
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range n {
			if err := h.Do(add("Điều hành "+string(rune('A'+i))), As(RoleModerator)); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Go(func() {
		for i := range n {
			if err := h.Do(add("Thư ký "+string(rune('A'+i))), As(RoleClerk)); err != nil {
				t.Error(err)
			}
			if err := h.Do(model.CallNext{}, As(RoleClerk)); storage.CodeOf(err) != CodeRoleRefused {
				t.Errorf("clerk call_next: %v", err)
			}
		}
	})
	wg.Wait()
	m := h.Snapshot().Meeting
	if m.Questions.Len() != 2*n || m.Queue.Len() != 2*n || m.Floor.State != model.FloorIdle {
		t.Fatalf("%d questions, queue %d, floor %v; want %d, %d, idle", m.Questions.Len(), m.Queue.Len(), m.Floor.State, 2*n, 2*n)
	}
	names := map[string]int{}
	for _, q := range m.Questions.All() {
		names[q.Asker.Name]++
	}
	for name, c := range names {
		if c != 1 {
			t.Errorf("%s applied %d times", name, c)
		}
	}
}

// Unsubscribing closes the channel, so a screen still waiting on it stops
// waiting (no goroutine left behind), and a second call is harmless.
func TestUnsubscribeClosesTheChannel(t *testing.T) {
	h := newHub(t)
	ch, stop := h.Subscribe()
	<-ch
	done := make(chan bool)
	go func() { _, ok := <-ch; done <- ok }()
	stop()
	stop()
	if ok := <-done; ok {
		t.Fatal("read a snapshot after unsubscribing")
	}
	if err := h.Do(add("Sau"), As(RoleModerator)); err != nil {
		t.Fatal(err) // publishing must skip the closed channel
	}
}

func logLength(t *testing.T, h *Hub) int {
	t.Helper()
	n := 0
	if err := h.Log(func(storage.LogEntry) bool { n++; return true }); err != nil {
		t.Fatal(err)
	}
	return n
}

func checkMeeting(t *testing.T, m *model.Meeting) {
	t.Helper()
	if errs := model.Check(m); len(errs) > 0 {
		t.Fatalf("invariants: %v", errs)
	}
}
