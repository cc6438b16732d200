package hub

import (
	"errors"
	"slices"
	"testing"

	"podium/model"
	"podium/storage"
)

// The audience (the phones' ask page) sends questions to the inbox and can
// do nothing else: every other command, a batch, an undo or a redo is
// refused before the model sees it.
func TestAudienceMaySubmitOnly(t *testing.T) {
	h := twoWaiting(t)
	before := h.Snapshot()
	logLen := logLength(t, h)
	for _, v := range allVerbs(t) {
		if v == "submit_question" {
			continue
		}
		for _, who := range []Sender{As(RoleAudience), {Role: RoleAudience, Name: "10.0.0.7"}} {
			err := h.Do(plausible(t, v), who)
			if storage.CodeOf(err) != CodeRoleRefused {
				t.Errorf("audience %s: %v, want role_refused", v, err)
				continue
			}
			var se *storage.Error
			errors.As(err, &se)
			if len(se.Args) != 3 || se.Args[0] != "audience" || se.Args[1] != v {
				t.Errorf("audience %s: args %v", v, se.Args)
			}
		}
	}
	if err := h.DoAll([]model.Command{model.SubmitQuestion{Text: "Câu hỏi"}}, storage.VerbImport, As(RoleAudience)); storage.CodeOf(err) != CodeRoleRefused {
		t.Errorf("audience batch: %v", err)
	}
	if _, err := h.Undo(As(RoleAudience)); storage.CodeOf(err) != CodeRoleRefused {
		t.Errorf("audience undo: %v", err)
	}
	if _, err := h.Redo(As(RoleAudience)); storage.CodeOf(err) != CodeRoleRefused {
		t.Errorf("audience redo: %v", err)
	}
	if _, err := h.UndoOf("moderator", As(RoleAudience)); storage.CodeOf(err) != CodeRoleRefused {
		t.Errorf("audience undoing the moderator's step: %v", err)
	}
	after := h.Snapshot()
	if after.Version != before.Version || after.Meeting != before.Meeting {
		t.Errorf("the audience changed the meeting: version %d → %d", before.Version, after.Version)
	}
	if n := logLength(t, h); n != logLen {
		t.Errorf("the log grew from %d to %d entries", logLen, n)
	}

	// What it may send, it sends, and learns the number to quote.
	for want := 1; want <= 2; want++ {
		refs, err := h.DoRefs(model.SubmitQuestion{Name: "Lê Minh Châu", Text: "Xã có wifi miễn phí không?"}, Sender{Role: RoleAudience, Name: "10.0.0.7"})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(refs, []model.Ref{{Kind: model.RecSubmission, ID: want}}) {
			t.Fatalf("refs %v, want submission %d", refs, want)
		}
	}
	if n := h.Snapshot().Meeting.PendingCount(); n != 2 {
		t.Fatalf("%d pending", n)
	}
	if s, ok := ParseSender("audience:10.0.0.7"); !ok || s.Role != RoleAudience {
		t.Errorf("the log's sender reads back as %#v, %v", s, ok)
	}
}

// Nobody logs in over SSH as the audience.
func TestAudienceIsNoLogin(t *testing.T) {
	if _, ok := LoginRole("audience"); ok {
		t.Error("audience is an SSH login")
	}
	if slices.Contains(Roles, RoleAudience) {
		t.Error("audience is in Roles")
	}
	for _, r := range Roles {
		if got, ok := LoginRole(string(r)); !ok || got != r {
			t.Errorf("LoginRole(%s) = %s, %v", r, got, ok)
		}
	}
	for _, name := range []string{"", "Audience", "audience ", "office"} {
		if _, ok := LoginRole(name); ok {
			t.Errorf("LoginRole(%q) is a role", name)
		}
	}
}

// DoRefs names the records a command changed; none for a refusal or a
// command that changed nothing.
func TestDoRefs(t *testing.T) {
	h := twoWaiting(t)
	refs, err := h.DoRefs(model.Withdraw{ID: 1}, As(RoleModerator))
	if err != nil || !slices.Equal(refs, []model.Ref{{Kind: model.RecQueue}, {Kind: model.RecQuestion, ID: 1}}) {
		t.Errorf("withdraw: %v, %v", refs, err)
	}
	refs, err = h.DoRefs(model.Withdraw{ID: 9}, As(RoleModerator))
	if model.CodeOf(err) != model.ErrNoSuchQuestion || refs != nil {
		t.Errorf("refused: %v, %v", refs, err)
	}
	refs, err = h.DoRefs(model.SetSubmissions{}, As(RoleModerator))
	if err != nil || len(refs) != 0 {
		t.Errorf("nothing changed: %v, %v", refs, err)
	}
	refs, err = h.DoRefs(model.SetSubmissions{Closed: true}, As(RoleAudience))
	if storage.CodeOf(err) != CodeRoleRefused || refs != nil {
		t.Errorf("role refused: %v, %v", refs, err)
	}
}
