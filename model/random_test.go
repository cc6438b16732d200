package model_test

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"podium/model"
)

var (
	seedFlag  = flag.Uint64("podium.seed", 0, "run the random-sequence test with this seed only")
	stepsFlag = flag.Int("podium.steps", 12000, "commands per seed in the random-sequence test")
)

// TestRandomSequences applies long random command sequences, valid and
// not, and checks after every one that the invariants hold, that a refusal
// changed nothing, that Apply never changed the meeting it was given, and
// that the refs name every record that changed. It also replays storage's
// undo (restore the refs' before-images) now and then, and continues from
// the restored meeting, gaps and all.
//
// A failure prints the seed and the step; rerun one seed with
// go test ./model -run TestRandomSequences -podium.seed=N
func TestRandomSequences(t *testing.T) {
	seeds := []uint64{1, 2, 3, 20230325}
	steps := *stepsFlag
	if raceEnabled {
		seeds, steps = seeds[:2], 10000
	}
	if testing.Short() {
		seeds, steps = seeds[:1], 2500
	}
	if *seedFlag != 0 {
		seeds = []uint64{*seedFlag}
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			t.Parallel()
			runRandom(t, seed, steps)
		})
	}
}

// episode is how many commands one meeting gets before a fresh one starts:
// about the size of a real meeting (the Hưng Yên one had 24 questions).
const episode = 600

type randomRun struct {
	t    *testing.T
	seed uint64
	r    *rand.Rand
	step int
	now  time.Time
	m    *model.Meeting

	// seen holds each record's JSON from when Apply first handed it out,
	// by pointer: records are immutable, so a record whose JSON later
	// differs was changed in place.
	seen map[any]string

	history []undoEntry // successful commands of this episode, newest last
	recent  []string    // the last few steps, for a failure message
	drawn   []model.Ref // the records the last drawn command names

	ok       map[string]int
	refused  map[model.Code]int
	undos    int
	statuses map[model.Status]bool
	reached  map[string]bool // follow-up statuses and answer outcomes seen
	noopRefs map[string]int

	wild bool // this command's arguments may be anything, not just plausible ones
}

type undoEntry struct {
	before *model.Meeting
	refs   []model.Ref
}

func runRandom(t *testing.T, seed uint64, steps int) {
	rr := &randomRun{
		t: t, seed: seed, r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		ok: map[string]int{}, refused: map[model.Code]int{}, statuses: map[model.Status]bool{}, noopRefs: map[string]int{}, reached: map[string]bool{},
	}
	rr.now = t0
	for rr.step = 0; rr.step < steps; rr.step++ {
		if rr.step%episode == 0 {
			if rr.m != nil {
				rr.verifyAll(rr.m, "at the end of the episode")
			}
			rr.fresh()
		}
		rr.advance()
		if len(rr.history) > 0 && rr.r.IntN(100) < 3 {
			rr.undo()
			continue
		}
		rr.apply(rr.command())
	}
	rr.verifyAll(rr.m, "at the end")
	t.Logf("seed %d: %d steps; succeeded %v; refused %v; undos %d; edits that changed nothing %v",
		seed, steps, rr.ok, rr.refused, rr.undos, rr.noopRefs)
	// The run is only worth something if it went everywhere.
	for _, v := range []string{"set_header", "add_department", "add_question", "edit_question", "move_question",
		"call_next", "call", "start_answer", "end_answer", "defer_to_writing", "postpone", "withdraw", "merge",
		"toggle_clock", "set_notes", "set_outcome", "set_responder", "add_conclusion", "edit_follow_up",
		"update_follow_up", "remove_conclusion", "set_display", "send_note", "dismiss_note", "set_agenda", "next_agenda_item", "call_group", "next_speaker", "answer_again",
		"edit_department", "remove_department", "move_department"} {
		if steps >= 2000 && rr.ok[v] == 0 {
			t.Errorf("seed %d: %s never succeeded", seed, v)
		}
	}
	for _, s := range []model.Status{model.StatusWaiting, model.StatusAsking, model.StatusAwaiting,
		model.StatusAnswered, model.StatusInWriting, model.StatusWithdrawn, model.StatusMerged} {
		if steps >= 2000 && !rr.statuses[s] {
			t.Errorf("seed %d: no question ever reached %q", seed, s)
		}
	}
	for _, f := range model.FollowUpStatuses {
		if steps >= 2000 && !rr.reached["follow-up "+string(f)] {
			t.Errorf("seed %d: no follow-up ever reached %q", seed, f)
		}
	}
	for _, o := range model.Outcomes {
		if steps >= 2000 && !rr.reached["outcome "+string(o)] {
			t.Errorf("seed %d: no answer ever had outcome %q", seed, o)
		}
	}
	if steps >= 2000 && (!rr.reached["notes changed"] || !rr.reached["notes from their base"]) {
		t.Errorf("seed %d: set_notes with a base: refused as changed %v, saved from its base %v", seed, rr.reached["notes changed"], rr.reached["notes from their base"])
	}
	if steps >= 2000 && len(rr.refused) < 15 {
		t.Errorf("seed %d: only %d kinds of refusal seen", seed, len(rr.refused))
	}
}

func (rr *randomRun) fail(format string, args ...any) {
	rr.t.Helper()
	rr.t.Fatalf("seed %d step %d (episode step %d): %s\nrecent steps:\n  %s",
		rr.seed, rr.step, rr.step%episode, fmt.Sprintf(format, args...), strings.Join(rr.recent, "\n  "))
}

func (rr *randomRun) note(s string) {
	rr.recent = append(rr.recent, fmt.Sprintf("%d: %s", rr.step, s))
	if len(rr.recent) > 8 {
		rr.recent = rr.recent[1:]
	}
}

// fresh starts a new meeting with a handful of departments.
func (rr *randomRun) fresh() {
	m := model.New(model.Header{Title: "Đối thoại", SpeakLimit: time.Duration(rr.r.IntN(3)) * time.Minute})
	for _, code := range []string{"DST", "CA", "SGD", "SNN", "SYT"}[:3+rr.r.IntN(3)] {
		next, _, err := model.Apply(m, model.AddDepartment{Code: code, Name: "Sở " + code}, rr.now)
		if err != nil {
			rr.fail("adding department %s: %v", code, err)
		}
		m = next
	}
	rr.m, rr.history, rr.seen = m, nil, map[any]string{}
	rr.remember(&model.Meeting{}, m)
}

// advance moves time on: often not at all, else by milliseconds, seconds
// or minutes.
func (rr *randomRun) advance() {
	switch rr.r.IntN(8) {
	case 0, 1:
	case 2:
		rr.now = rr.now.Add(time.Duration(rr.r.IntN(1000)) * time.Millisecond)
	case 3, 4, 5:
		rr.now = rr.now.Add(time.Duration(rr.r.IntN(120)) * time.Second)
	default:
		rr.now = rr.now.Add(time.Duration(rr.r.IntN(15)) * time.Minute)
	}
}

// snapshot is what a meeting looked like before Apply: its singletons as
// JSON and which record every ID held.
type snapshot struct {
	header, queue, floor string
	depts                []*model.Department
	questions            []*model.Question
	answers              []*model.Answer
	followUps            []*model.FollowUp
}

func snap(m *model.Meeting) snapshot {
	return snapshot{
		header: jsonOf(m.Header), queue: jsonOf(m.Queue), floor: jsonOf(m.Floor),
		depts: slices.Clone(m.Departments), questions: m.Questions.Slice(),
		answers: slices.Clone(m.Answers), followUps: slices.Clone(m.FollowUps),
	}
}

// unchanged says what differs in m from its snapshot: the singletons, the
// record each ID holds, and the content of the records in check (all of
// them when check is nil).
func (rr *randomRun) unchanged(m *model.Meeting, s snapshot, check []model.Ref) string {
	switch {
	case jsonOf(m.Header) != s.header:
		return "header: " + s.header + " became " + jsonOf(m.Header)
	case jsonOf(m.Queue) != s.queue:
		return "queue: " + s.queue + " became " + jsonOf(m.Queue)
	case jsonOf(m.Floor) != s.floor:
		return "floor: " + s.floor + " became " + jsonOf(m.Floor)
	case !slices.Equal(m.Departments, s.depts), !slices.Equal(m.Questions.Slice(), s.questions),
		!slices.Equal(m.Answers, s.answers), !slices.Equal(m.FollowUps, s.followUps):
		return "a record was replaced in place in its slice"
	}
	return rr.contentChanged(m, check)
}

// contentChanged compares records of m with their JSON when first handed
// out: those in refs, or every record when refs is nil.
func (rr *randomRun) contentChanged(m *model.Meeting, refs []model.Ref) string {
	look := func(r model.Ref, rec any, isNil bool) string {
		if isNil {
			return ""
		}
		want, ok := rr.seen[rec]
		if !ok {
			return refName(r) + " was never handed out by Apply"
		}
		if got := jsonOf(rec); got != want {
			return refName(r) + " changed in place: " + want + " became " + got
		}
		return ""
	}
	one := func(r model.Ref) string {
		switch r.Kind {
		case model.RecDepartment:
			d := m.Department(r.ID)
			return look(r, d, d == nil)
		case model.RecQuestion:
			q := m.Question(r.ID)
			return look(r, q, q == nil)
		case model.RecAnswer:
			a := m.Answer(r.ID)
			return look(r, a, a == nil)
		case model.RecFollowUp:
			f := m.FollowUp(r.ID)
			return look(r, f, f == nil)
		}
		return ""
	}
	if refs == nil {
		refs = allRefs(m)
	}
	for _, r := range refs {
		if p := one(r); p != "" {
			return p
		}
	}
	return ""
}

func allRefs(m *model.Meeting) []model.Ref {
	var out []model.Ref
	for i := range m.Departments {
		out = append(out, rDept(i+1))
	}
	for id := range m.Questions.All() {
		out = append(out, rQ(id))
	}
	for i := range m.Answers {
		out = append(out, rA(i+1))
	}
	for i := range m.FollowUps {
		out = append(out, rFU(i+1))
	}
	for i := range m.Submissions {
		out = append(out, rSub(i+1))
	}
	return out
}

// remember records the JSON of every record of m that old does not hold.
func (rr *randomRun) remember(old, m *model.Meeting) {
	add := func(rec any, isNil bool) {
		if isNil {
			return
		}
		if _, ok := rr.seen[rec]; !ok {
			rr.seen[rec] = jsonOf(rec)
		}
	}
	for i, d := range m.Departments {
		if i >= len(old.Departments) || old.Departments[i] != d {
			add(d, d == nil)
		}
	}
	for id := range m.Questions.Changed(old.Questions) {
		q := m.Question(id)
		add(q, q == nil)
	}
	for i, a := range m.Answers {
		if i >= len(old.Answers) || old.Answers[i] != a {
			add(a, a == nil)
		}
	}
	for i, f := range m.FollowUps {
		if i >= len(old.FollowUps) || old.FollowUps[i] != f {
			add(f, f == nil)
		}
	}
	for i, s := range m.Submissions {
		if i >= len(old.Submissions) || old.Submissions[i] != s {
			add(s, s == nil)
		}
	}
}

func (rr *randomRun) verifyAll(m *model.Meeting, when string) {
	rr.t.Helper()
	if p := rr.contentChanged(m, nil); p != "" {
		rr.fail("%s: %s", when, p)
	}
}

// suspects are the records of old that Apply had most reason to touch:
// those the command names, those it changed, and those on the floor.
func suspects(old *model.Meeting, drawn, refs []model.Ref) []model.Ref {
	out := append(slices.Clone(drawn), refs...)
	for _, id := range old.Floor.Questions {
		out = append(out, rQ(id))
	}
	if old.Floor.Answer != 0 {
		out = append(out, rA(old.Floor.Answer))
	}
	if old.Queue.Len() > 0 {
		out = append(out, rQ(old.Queue.At(0)))
	}
	return out
}

func (rr *randomRun) apply(cmd model.Command) {
	rr.t.Helper()
	verb := "nil"
	if cmd != nil {
		verb = cmd.Verb()
	}
	rr.note(fmt.Sprintf("%s %+v at %s", verb, cmd, rr.now.Format("15:04:05.000")))

	old, drawn := rr.m, rr.drawn
	before := snap(old)
	m, refs, err := model.Apply(old, cmd, rr.now)
	rr.checkNotesBase(old, cmd, err)

	// Apply never changes the meeting it is given: every step checks the
	// records it had reason to touch, one step in 32 checks them all.
	check := suspects(old, drawn, refs)
	if rr.r.IntN(32) == 0 {
		check = nil
	}
	if p := rr.unchanged(old, before, check); p != "" {
		rr.fail("%s changed the meeting it was given: %s", verb, p)
	}
	if err != nil {
		var e *model.Error
		if !errors.As(err, &e) || !slices.Contains(allCodes, e.Code) {
			rr.fail("%s: refusal %v (%T) is not a *model.Error with a known code", verb, err, err)
		}
		if m != old {
			rr.fail("%s refused (%v) but returned another meeting", verb, err)
		}
		if refs != nil {
			rr.fail("%s refused (%v) but returned refs %s", verb, err, refsString(refs))
		}
		rr.refused[e.Code]++
		rr.note("  refused: " + err.Error())
		return
	}
	rr.ok[verb]++
	if m == nil {
		rr.fail("%s returned a nil meeting", verb)
	}
	if errs := model.Check(m); errs != nil {
		rr.fail("%s broke the invariants: %v\nmeeting %s", verb, errs, dump(rr.t, m))
	}
	diff := changed(old, m)
	if len(refs) == 0 && len(diff) != 0 {
		rr.fail("%s returned no refs but changed %s", verb, refsString(diff))
	}
	for _, p := range refsProblems(old, m, refs) {
		rr.fail("%s: %s", verb, p)
	}
	for _, p := range aliasProblems(old, m) {
		rr.fail("%s: %s", verb, p)
	}
	if got, want := refsString(diff), refsString(refs); got != want {
		if verb != "edit_question" && verb != "set_header" {
			rr.fail("%s: refs %s, but the records that changed are %s", verb, want, got)
		}
		rr.noopRefs[verb]++
	}
	rr.remember(old, m)
	for _, r := range refs {
		if q := m.Question(r.ID); r.Kind == model.RecQuestion && q != nil {
			rr.statuses[q.Status] = true
		}
		if f := m.FollowUp(r.ID); r.Kind == model.RecFollowUp && f != nil {
			rr.reached["follow-up "+string(f.Status)] = true
			rr.reached["source "+string(f.Source)] = true
		}
		if a := m.Answer(r.ID); r.Kind == model.RecAnswer && a != nil {
			rr.reached["outcome "+string(a.Outcome)] = true
		}
	}
	rr.note("  refs " + refsString(refs))

	// Now and then apply another command to the same old meeting: a
	// second branch must not disturb the first (no spare capacity of a
	// shared slice written through), nor the old meeting.
	if rr.r.IntN(10) == 0 {
		after := snap(m)
		other := rr.command()
		_, otherRefs, _ := model.Apply(old, other, rr.now)
		if p := rr.unchanged(m, after, suspects(m, rr.drawn, otherRefs)); p != "" {
			rr.fail("applying %T to the old meeting changed the new one: %s", other, p)
		}
		if p := rr.unchanged(old, before, suspects(old, rr.drawn, otherRefs)); p != "" {
			rr.fail("applying %T changed the meeting it was given: %s", other, p)
		}
	}

	rr.history = append(rr.history, undoEntry{before: old, refs: refs})
	rr.m = m
}

// undo does what storage's undo does: put back the before-image of every
// record the newest command named; a record it created is deleted (a gap,
// or the slice shortened, as a reload would give). The result must be the
// meeting before that command, record for record.
func (rr *randomRun) undo() {
	rr.t.Helper()
	e := rr.history[len(rr.history)-1]
	rr.history = rr.history[:len(rr.history)-1]
	rr.note("undo " + refsString(e.refs))
	rr.undos++

	cur := rr.m
	m := *cur
	m.Departments = slices.Clone(cur.Departments)
	questions := model.EditList(&m.Questions)
	m.Answers = slices.Clone(cur.Answers)
	m.FollowUps = slices.Clone(cur.FollowUps)
	m.Submissions = slices.Clone(cur.Submissions)
	for _, r := range e.refs {
		switch r.Kind {
		case model.RecHeader:
			m.Header = e.before.Header
		case model.RecQueue:
			m.Queue = e.before.Queue
		case model.RecFloor:
			m.Floor = e.before.Floor
		case model.RecStage:
			m.Stage = e.before.Stage
		case model.RecAgenda:
			m.Agenda = e.before.Agenda
		case model.RecCommendations:
			m.Commendations = e.before.Commendations
		case model.RecDepartment:
			setAt(&m.Departments, r.ID, e.before.Department(r.ID))
		case model.RecQuestion:
			questions.Set(r.ID, e.before.Question(r.ID))
		case model.RecAnswer:
			setAt(&m.Answers, r.ID, e.before.Answer(r.ID))
		case model.RecFollowUp:
			setAt(&m.FollowUps, r.ID, e.before.FollowUp(r.ID))
		case model.RecSubmission:
			setAt(&m.Submissions, r.ID, e.before.Submission(r.ID))
		case model.RecSubmissionsClosed:
			m.SubmissionsClosed = e.before.SubmissionsClosed
		}
	}
	if rr.r.IntN(2) == 0 {
		m.Departments = trimNil(m.Departments)
		m.Answers = trimNil(m.Answers)
		m.FollowUps = trimNil(m.FollowUps)
		m.Submissions = trimNil(m.Submissions)
	}
	if diff := changed(e.before, &m); len(diff) != 0 {
		rr.fail("undo by refs %s left records %s different from before the command", refsString(e.refs), refsString(diff))
	}
	if errs := model.Check(&m); errs != nil {
		rr.fail("the meeting after undo breaks the invariants: %v", errs)
	}
	rr.m = &m
}

func trimNil[T any](s []*T) []*T {
	for len(s) > 0 && s[len(s)-1] == nil {
		s = s[:len(s)-1]
	}
	return s
}

// --- random commands ---

var (
	randTexts = []string{
		"", " ", "\n\n", "\x1b[2J", "\u200b\u202e",
		"Đào tạo kỹ năng số?", "Nguye\u0302\u0303n", "Bán nông sản trên sàn thương mại điện tử\nDòng hai",
		"\x1b]52;c;aGVsbG8=\x07Phố Hiến", "An toàn\tmạng\r\n", "e\u200d\u0302", "a\u009b31mb",
		strings.Repeat("ễ", model.MaxTextLen), strings.Repeat("x", model.MaxTextLen+1), strings.Repeat("y", 10000),
	}
	randNames = []string{
		"", " ", "\u200b", "Phạm Thị Hoa", "Vũ Minh Đức", "Nguye\u0302\u0303n Văn Tú", "Đỗ\x1b[1m Thu Trang",
		strings.Repeat("ễ", model.MaxNameLen), strings.Repeat("ễ", model.MaxNameLen+1),
	}
	randLines = []string{"", "Văn Lâm", "Chủ nhiệm HTX", "\x1b[31mMỹ Hào", strings.Repeat("z", model.MaxLineLen+1)}
	goodTexts = []string{"Đào tạo kỹ năng số?", "Nguye\u0302\u0303n hỏi\nDòng hai", "Hỗ trợ khởi nghiệp\x1b[0m", "e\u200d\u0302"}
	goodNames = []string{"Phạm Thị Hoa", "Vũ Minh Đức", "Nguye\u0302\u0303n Văn Tú", "Đỗ\x1b[1m Thu Trang"}
	randKinds = []model.Kind{"", model.KindQuestion, model.KindRecommendation, model.KindProposal, "rant"}
	randChans = []model.Channel{"", model.ChannelRegistered, model.ChannelFloor, model.ChannelWritten, "pigeon"}
)

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// text, name: plausible ones, or in a wild command anything at all.
func (rr *randomRun) text() string {
	if rr.wild {
		return pick(rr.r, randTexts)
	}
	return pick(rr.r, goodTexts)
}

func (rr *randomRun) name() string {
	if rr.wild {
		return pick(rr.r, randNames)
	}
	return pick(rr.r, goodNames)
}

func (rr *randomRun) person() model.Person {
	p := model.Person{Name: rr.name()}
	if !rr.wild {
		return p
	}
	if rr.r.IntN(3) == 0 {
		p.Role = pick(rr.r, randLines)
	}
	if rr.r.IntN(3) == 0 {
		p.Unit = pick(rr.r, randLines)
	}
	return p
}

// qid is a question number: mostly one that exists (often a waiting one,
// or the one on the floor), sometimes one that does not.
func (rr *randomRun) qid() int {
	id := rr.anyQID()
	rr.drawn = append(rr.drawn, rQ(id))
	return id
}

func (rr *randomRun) anyQID() int {
	m := rr.m
	k := rr.r.IntN(20)
	if !rr.wild {
		k = min(k, 17)
	}
	switch {
	case k < 7 && m.Queue.Len() > 0:
		return pick(rr.r, m.Queue.Slice())
	case k < 10 && len(m.Floor.Questions) > 0:
		return pick(rr.r, m.Floor.Questions)
	case k < 18 && m.Questions.Len() > 0:
		return 1 + rr.r.IntN(m.Questions.Len())
	}
	return pick(rr.r, []int{0, -1, m.Questions.Len() + 1, m.Questions.Len() + 7, math.MaxInt, math.MinInt})
}

func (rr *randomRun) dept() string {
	var codes []string
	for _, d := range rr.m.Departments {
		if d != nil {
			codes = append(codes, d.Code)
		}
	}
	k := rr.r.IntN(20)
	if !rr.wild {
		k = min(k, 15)
	}
	switch {
	case k < 14 && len(codes) > 0:
		return pick(rr.r, codes)
	case k < 16 && len(codes) > 0:
		return " " + pick(rr.r, codes) + "\u200b"
	case k < 17 && len(codes) > 0:
		return strings.ToLower(pick(rr.r, codes))
	case k < 18:
		return ""
	}
	return "NOPE"
}

func (rr *randomRun) depts() []string {
	var out []string
	for range rr.r.IntN(3) {
		out = append(out, rr.dept())
	}
	return out
}

func (rr *randomRun) deadline() time.Time {
	if rr.wild {
		switch rr.r.IntN(5) {
		case 0:
			return time.Time{}
		case 1:
			return rr.now.AddDate(-1, 0, 0)
		}
	}
	return rr.now.Add(time.Duration(1+rr.r.IntN(60)) * 24 * time.Hour)
}

// dateAfter is a reply or resolution date: mostly after now, sometimes
// none, sometimes (wild) too early.
func (rr *randomRun) dateAfter() time.Time {
	switch rr.r.IntN(6) {
	case 0, 1:
		return time.Time{}
	case 2:
		if rr.wild {
			return rr.now.AddDate(0, -2, 0)
		}
	}
	return rr.now.Add(time.Duration(rr.r.IntN(40)) * 24 * time.Hour)
}

// aid is an answer number: mostly one that exists, the newest most often.
func (rr *randomRun) aid() int {
	n := len(rr.m.Answers)
	id := pick(rr.r, []int{0, -1, n + 1})
	if n > 0 && rr.r.IntN(6) > 0 {
		id = n
		if rr.r.IntN(2) == 0 {
			id = 1 + rr.r.IntN(n)
		}
	}
	rr.drawn = append(rr.drawn, rA(id))
	return id
}

// fid is a follow-up number, as aid.
func (rr *randomRun) fid() int {
	n := len(rr.m.FollowUps)
	id := pick(rr.r, []int{0, -1, n + 1})
	if n > 0 && rr.r.IntN(6) > 0 {
		id = 1 + rr.r.IntN(n)
	}
	rr.drawn = append(rr.drawn, rFU(id))
	return id
}

func (rr *randomRun) qids() []int {
	var out []int
	for range rr.r.IntN(3) {
		out = append(out, rr.qid())
	}
	return out
}

func (rr *randomRun) outcome() model.Outcome {
	if rr.wild && rr.r.IntN(4) == 0 {
		return pick(rr.r, []model.Outcome{"", "maybe"})
	}
	return pick(rr.r, model.Outcomes)
}

func (rr *randomRun) followUpStatus() model.FollowUpStatus {
	if rr.wild && rr.r.IntN(4) == 0 {
		return pick(rr.r, []model.FollowUpStatus{"", "done"})
	}
	return pick(rr.r, model.FollowUpStatuses)
}

func (rr *randomRun) forwardedTo() string {
	return pick(rr.r, []string{"", "", "Bộ Khoa học và Công nghệ", "Bộ Công an", "\u200b", strings.Repeat("b", model.MaxLineLen+1)})
}

func (rr *randomRun) addressee() model.Addressee {
	if !rr.wild {
		return pick(rr.r, model.Addressees)
	}
	return pick(rr.r, append([]model.Addressee{"press"}, model.Addressees...))
}

func (rr *randomRun) commendationKind() model.CommendationKind {
	if !rr.wild {
		return pick(rr.r, model.CommendationKinds)
	}
	return pick(rr.r, []model.CommendationKind{"", "team", model.CommendGroup})
}

func (rr *randomRun) limit() time.Duration {
	return pick(rr.r, []time.Duration{0, -time.Second, time.Minute, 3 * time.Minute, math.MaxInt64})
}

// command draws one command of any type, with arguments that are often
// valid and sometimes not. A fifth of them arrive as the storage log would
// hand them back: encoded, then decoded through NewCommand.
func (rr *randomRun) command() model.Command {
	r := rr.r
	rr.wild = r.IntN(3) == 0
	rr.drawn = rr.drawn[:0:0]
	kind, theme := model.KindQuestion, "Chuyển đổi số"
	if rr.wild {
		kind, theme = pick(r, randKinds), pick(r, randLines)
	}
	var cmd model.Command
	switch k := r.IntN(188); {
	case k < 14:
		cmd = model.AddQuestion{Asker: rr.person(), Kind: kind, Theme: theme, Text: rr.text(), Departments: rr.depts(), Channel: pick(r, randChans)}
	case k < 20:
		cmd = model.EditQuestion{ID: rr.qid(), Asker: rr.person(), Kind: kind, Theme: theme, Text: rr.text(), Departments: rr.depts()}
	case k < 26:
		cmd = model.MoveQuestion{ID: rr.qid(), By: pick(r, []int{-1, 1, -3, 3, 0, 100, math.MaxInt, math.MinInt})}
	case k < 36:
		cmd = model.CallNext{}
	case k < 44:
		cmd = model.Call{ID: rr.qid()}
	case k < 54:
		cmd = model.StartAnswer{Department: rr.dept(), Responder: rr.person()}
	case k < 62:
		cmd = model.EndAnswer{}
	case k < 69:
		cmd = model.DeferToWriting{ID: rr.qid(), Department: rr.dept(), Deadline: rr.deadline()}
	case k < 74:
		cmd = model.Postpone{}
	case k < 80:
		cmd = model.Withdraw{ID: rr.qid()}
	case k < 86:
		cmd = model.Merge{ID: rr.qid(), Into: rr.qid()}
	case k < 93:
		cmd = model.ToggleClock{}
	case k < 100:
		answer := pick(r, []int{0, -1, len(rr.m.Answers) + 1})
		if len(rr.m.Answers) > 0 && r.IntN(5) > 0 {
			answer = 1 + r.IntN(len(rr.m.Answers))
		}
		rr.drawn = append(rr.drawn, rA(answer))
		sn := model.SetNotes{Answer: answer, Notes: rr.text()}
		if a := rr.m.Answer(answer); a != nil && r.IntN(4) > 0 {
			// Written from what is stored, or from a text that no
			// longer is (an undo, another clerk): the editor's base.
			base := a.Notes
			if r.IntN(3) == 0 {
				base = pick(r, []string{"", a.Notes + " thêm", rr.text(), " " + a.Notes + "\n"})
			}
			sn.Base = model.BaseOf(base)
		}
		cmd = sn
	case k < 104:
		cmd = model.SetHeader{Header: model.Header{Title: rr.name(), Venue: pick(r, randLines), Chair: rr.person(), SpeakLimit: rr.limit(), AnswerLimit: rr.limit(), PlannedEnd: rr.deadline()}}
	case k < 108:
		cmd = model.AddDepartment{Code: pick(r, []string{"DST", "CA", "SNN", "STTTT", "", " ", strings.Repeat("C", 21), fmt.Sprint("D", r.IntN(30))}), Name: rr.name(), Representative: rr.person()}
	case k < 120:
		dept := ""
		if r.IntN(2) == 0 {
			dept = rr.dept()
		}
		what := ""
		if r.IntN(3) > 0 {
			what = rr.text()
		}
		cmd = model.SetOutcome{Answer: rr.aid(), Outcome: rr.outcome(), Department: dept, ForwardedTo: rr.forwardedTo(), What: what, Deadline: rr.deadline()}
	case k < 123:
		cmd = model.SetResponder{Answer: rr.aid(), Responder: rr.person()}
	case k < 128:
		cmd = model.AddConclusion{Department: rr.dept(), What: rr.text(), Deadline: rr.deadline(), Questions: rr.qids(), To: rr.addressee(), Also: rr.depts()}
	case k < 131:
		cmd = model.EditFollowUp{ID: rr.fid(), Department: rr.dept(), What: rr.text(), Deadline: rr.deadline(), Questions: rr.qids(), To: rr.addressee(), Also: rr.depts()}
	case k < 138:
		cmd = model.UpdateFollowUp{ID: rr.fid(), Status: rr.followUpStatus(), ForwardedTo: rr.forwardedTo(),
			ReplyDoc: pick(r, []string{"", "125/SKHCN-QLKH", "\x1b[1m7/CV"}), ReplyDate: rr.dateAfter(), ResolvedDate: rr.dateAfter(), Note: pick(r, []string{"", "Đã nhận", "Ghi chú\ndòng hai"})}
	case k < 140:
		cmd = model.RemoveConclusion{ID: rr.fid()}
	case k < 142:
		cmd = model.SetDisplay{Mode: pick(r, []model.DisplayMode{model.DisplayLive, model.DisplayBlank, model.DisplayTitle, "disco"})}
	case k < 145:
		cmd = model.SendNote{From: "clerk", Text: pick(r, []string{"", "Công an tỉnh xin trả lời gộp 7 và 9", "\x1b]0;x\x07", strings.Repeat("ơ", 501)})}
	case k < 148:
		cmd = model.DismissNote{ID: r.IntN(len(rr.m.Stage.Notes) + 2)}
	case k < 152:
		cmd = rr.agendaCommand(k - 148) // agendaedit_test.go
	case k < 157:
		ids := []int{rr.qid()}
		for range r.IntN(4) {
			ids = append(ids, rr.qid())
		}
		if rr.m.Queue.Len() >= 2 && r.IntN(2) == 0 {
			ids = rr.m.Queue.Sub(0, min(rr.m.Queue.Len(), 2+r.IntN(3)))
		}
		cmd = model.CallGroup{IDs: ids}
	case k < 161:
		cmd = model.NextSpeaker{}
	case k < 164:
		cmd = model.AnswerAgain{Department: rr.dept(), Responder: rr.person()}
	case k < 166:
		cmd = model.MoveConclusion{ID: rr.fid(), By: pick(r, []int{-1, 1, -3, 3, 0, math.MaxInt, math.MinInt})}
	case k < 168:
		cmd = model.AddCommendation{Kind: rr.commendationKind(), Name: pick(r, []string{"Huyện Đoàn Khoái Châu", "Nguyễn Thị Mai", "", "\x1b[2J"}), Unit: pick(r, randLines), Decision: pick(r, []string{"", "QĐ 512/QĐ-UBND", strings.Repeat("ơ", 301)})}
	case k < 170:
		cmd = model.EditCommendation{ID: r.IntN(len(rr.m.Commendations) + 3), Kind: rr.commendationKind(), Name: pick(r, []string{"HTX Tân Dân", ""}), Unit: pick(r, randLines)}
	case k < 172:
		cmd = model.RemoveCommendation{ID: r.IntN(len(rr.m.Commendations) + 3)}
	case k < 182:
		cmd = rr.submissionCommand(k - 172)
	case k < 188:
		cmd = rr.departmentCommand(k - 182)
	default:
		return nil
	}
	if r.IntN(5) == 0 {
		return roundTrip(rr.t, cmd)
	}
	return cmd
}

// roundTrip encodes cmd as the log does and decodes it through NewCommand.
func roundTrip(t testing.TB, cmd model.Command) model.Command {
	t.Helper()
	b, err := json.Marshal(cmd)
	if err != nil {
		t.Fatalf("encode %s: %v", cmd.Verb(), err)
	}
	back := model.NewCommand(cmd.Verb())
	if back == nil {
		t.Fatalf("NewCommand(%q) = nil", cmd.Verb())
	}
	if err := json.Unmarshal(b, back); err != nil {
		t.Fatalf("decode %s %s: %v", cmd.Verb(), b, err)
	}
	return back
}

// setAt puts v at id, growing the slice with gaps when an earlier undo
// shortened it (a record deleted at the end, then trimmed as a reload would).
func setAt[T any](s *[]*T, id int, v *T) {
	for len(*s) < id {
		*s = append(*s, nil)
	}
	(*s)[id-1] = v
}

// checkNotesBase: a SetNotes with a Base is refused as changed exactly when
// the stored notes are neither its base nor its notes (both as cleaned):
// notes are never overwritten from a text that is no longer stored.
func (rr *randomRun) checkNotesBase(old *model.Meeting, cmd model.Command, err error) {
	sn, ok := cmd.(model.SetNotes)
	if p, isPtr := cmd.(*model.SetNotes); isPtr && p != nil {
		sn, ok = *p, true
	}
	if !ok || sn.Base == nil {
		if model.CodeOf(err) == model.ErrNotesChanged {
			rr.fail("%T without a base refused as changed", cmd)
		}
		return
	}
	a := old.Answer(sn.Answer)
	if a == nil || (err != nil && model.CodeOf(err) != model.ErrNotesChanged) {
		return
	}
	stale := model.CleanText(sn.Base.Notes) != a.Notes && model.CleanText(sn.Notes) != a.Notes
	if refused := model.CodeOf(err) == model.ErrNotesChanged; refused != stale {
		rr.fail("set_notes base %q over stored %q: refused as changed %v, want %v (err %v)", sn.Base.Notes, a.Notes, refused, stale, err)
	}
	if stale {
		rr.reached["notes changed"] = true
	} else if err == nil && model.CleanText(sn.Notes) != a.Notes {
		rr.reached["notes from their base"] = true
	}
}
