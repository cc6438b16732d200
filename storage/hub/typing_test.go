package hub

import (
	"testing"
)

// Who is typing notes is handed to every subscriber without a commit: the
// same meeting and Version, a new Seq; by answer; a screen's second call
// replaces its first; answer 0 clears it; nothing changes, nothing is sent.
func TestTypingIsPublishedWithoutACommit(t *testing.T) {
	h := newHub(t)
	sub, unsub := h.Subscribe()
	defer unsub()
	first := <-sub
	a, b := new(int), new(int) // two screens' keys
	lan := Sender{Role: RoleClerk, Name: "Lan"}

	h.SetTyping(a, As(RoleClerk), 2)
	s := <-sub
	if s.Version != first.Version || s.Meeting != first.Meeting || s.Seq != first.Seq+1 {
		t.Errorf("typing: version %d→%d, meeting changed %v, seq %d→%d", first.Version, s.Version, s.Meeting != first.Meeting, first.Seq, s.Seq)
	}
	if len(s.Typing) != 1 || s.Typing[0].Who != As(RoleClerk) || s.Typing[0].Answer != 2 || s.Typing[0].Key != any(a) {
		t.Fatalf("typing %+v", s.Typing)
	}
	h.SetTyping(b, lan, 1)
	s = <-sub
	if len(s.Typing) != 2 || s.Typing[0].Answer != 1 || s.Typing[1].Answer != 2 {
		t.Fatalf("not by answer: %+v", s.Typing)
	}
	h.SetTyping(b, lan, 1) // the same: nothing new
	select {
	case s := <-sub:
		t.Errorf("a snapshot for no change: %+v", s.Typing)
	default:
	}

	// A commit keeps who is typing, and counts in Seq.
	if err := h.Do(add("An"), As(RoleModerator)); err != nil {
		t.Fatal(err)
	}
	s = <-sub
	if s.Version != first.Version+1 || len(s.Typing) != 2 || s.Seq != first.Seq+3 {
		t.Errorf("after a commit: version %d, seq %d, typing %+v", s.Version, s.Seq, s.Typing)
	}

	h.SetTyping(a, As(RoleClerk), 0)
	h.SetTyping(b, lan, 0)
	h.SetTyping(b, lan, 0) // not typing already
	s = <-sub
	if s.Typing != nil || s.Seq != first.Seq+5 {
		t.Errorf("after clearing: seq %d, typing %+v", s.Seq, s.Typing)
	}
}
