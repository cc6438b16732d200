package hub

import (
	"strings"

	"podium/storage"
)

// Role is what a screen may change. The writer checks it on every command,
// so a screen that hides a key is a convenience, never the protection.
type Role string

// The roles. Their names are also the SSH user names of `podium serve`.
const (
	RoleModerator Role = "moderator" // everything
	RoleClerk     Role = "clerk"     // the record: notes, outcomes, follow-ups, floor questions, backstage notes
	RoleDisplay   Role = "display"   // nothing: the projector only looks
	// RoleAudience is the phones' ask page: it may send questions to the
	// inbox (submit_question) and nothing else. It is not an SSH login
	// (LoginRole), and not in Roles.
	RoleAudience Role = "audience"
)

// Roles are the roles, in the order screens list them.
var Roles = []Role{RoleModerator, RoleClerk, RoleDisplay}

// ParseRole returns the role named exactly name, and whether there is one.
func ParseRole(name string) (Role, bool) {
	switch Role(name) {
	case RoleModerator, RoleClerk, RoleDisplay, RoleAudience:
		return Role(name), true
	}
	return "", false
}

// LoginRole is ParseRole for the roles one may log in as over SSH: every
// role but the audience, which only the web page sends as.
func LoginRole(name string) (Role, bool) {
	r, ok := ParseRole(name)
	if !ok || r == RoleAudience {
		return "", false
	}
	return r, true
}

// Sender is who sends a command: a role, and optionally a person's or a
// program's name within it ("clerk" Lan; "moderator" office for an
// import). The writer decides by the role alone; the name tells people
// apart in the log, in who is typing, and in whose steps an undo takes
// back. A sender whose role is none of Roles has no rights at all.
type Sender struct {
	Role Role
	Name string
}

// As is the sender of role r with no name: As(RoleClerk) is "clerk".
func As(r Role) Sender { return Sender{Role: r} }

// Office is the sender of what the command line does to a meeting file
// (an import, a meeting created from one): an organiser's act, with the
// moderator's rights, told apart from the podium's moderator by its name.
func Office() Sender { return Sender{Role: RoleModerator, Name: officeName} }

const officeName = "office"

// String is the sender as the log records it: the role's name, then ":"
// and the name when there is one ("clerk", "clerk:Lan",
// "moderator:office"). A sender with no known role is written with a
// leading ":", so that it never reads back as one that has a role.
func (s Sender) String() string {
	if _, ok := ParseRole(string(s.Role)); !ok {
		return ":" + s.Name
	}
	if s.Name == "" {
		return string(s.Role)
	}
	return string(s.Role) + ":" + s.Name
}

// sent is the sender as it was sent, role and name, whether or not the
// role is known: what a refusal of a sender with no role shows.
func (s Sender) sent() string {
	if s.Name == "" {
		return string(s.Role)
	}
	return string(s.Role) + ":" + s.Name
}

// Known reports whether the sender has one of the roles.
func (s Sender) Known() bool {
	_, ok := ParseRole(string(s.Role))
	return ok
}

// ParseSender reads a sender in String's form, and reports whether it
// names one of the roles. Anything else ("", "test", "Clerk") is no
// sender.
func ParseSender(who string) (Sender, bool) {
	role, name, _ := strings.Cut(who, ":")
	r, ok := ParseRole(role)
	if !ok {
		return Sender{}, false
	}
	return Sender{Role: r, Name: name}, true
}

// SenderOf reads the sender of a logged step. Files written before
// senders had a role name their imports "office": that is Office. Any
// other who that is no sender comes back with no role and who as its
// name, so it can be shown but has no rights.
func SenderOf(who string) Sender {
	if s, ok := ParseSender(who); ok {
		return s
	}
	if who == officeName {
		return Office()
	}
	return Sender{Name: who}
}

// RoleOf is the role of a logged sender (SenderOf), "" when it has none.
func RoleOf(who string) Role { return SenderOf(who).Role }

// clerkVerbs are the commands a clerk may send: what keeps the record.
// Calling speakers (one or a group), handing the floor to a department,
// ending an answer, the queue's order, withdrawals and merges, the clock,
// the agenda, the projector, dismissing backstage notes, the meeting's
// header and its departments are the moderator's. A verb not listed here
// (a new command) is the moderator's until it is added.
var clerkVerbs = map[string]bool{
	"add_question":      true, // registers a question raised from the floor
	"edit_question":     true, // corrects a name or a text it registered
	"set_notes":         true,
	"set_outcome":       true,
	"set_responder":     true,
	"add_conclusion":    true,
	"remove_conclusion": true,
	"edit_follow_up":    true,
	"update_follow_up":  true,
	"send_note":         true,
	// The formal record: the conclusions' order, the commendations.
	"move_conclusion":     true,
	"add_commendation":    true,
	"edit_commendation":   true,
	"remove_commendation": true,
	// The inbox: paper slips typed in, and what is sent in dealt with.
	// Opening and closing it (set_submissions) is the moderator's.
	"submit_question":    true,
	"approve_submission": true,
	"merge_submission":   true,
	"reject_submission":  true,
}

// audienceVerb is the one command the audience may send.
const audienceVerb = "submit_question"

// May reports whether role may send a command with this verb (a model
// command's Verb, "undo" or "redo"). A clerk's undo and redo also depend on
// whose change they reverse (clerkMayReverse).
func May(role Role, verb string) bool {
	switch role {
	case RoleModerator:
		return true
	case RoleClerk:
		return clerkVerbs[verb] || verb == storage.VerbUndo || verb == storage.VerbRedo
	case RoleAudience:
		return verb == audienceVerb
	}
	return false
}

// The refusals of a role. Args (after the file's path, which screens put
// first): the sender's role, the verb refused, then for role_refused the
// roles that may send it ("moderator" or "moderator, clerk"), and for
// undo_not_yours (an undo or a redo) who made the newest change.
const (
	CodeRoleRefused  storage.Code = "role_refused"
	CodeUndoNotYours storage.Code = "undo_not_yours"
)

func refuseRole(role Role, verb, path string) *storage.Error {
	may := string(RoleModerator)
	if clerkVerbs[verb] {
		may += ", " + string(RoleClerk)
	}
	if verb == audienceVerb {
		may += ", " + string(RoleAudience)
	}
	return &storage.Error{Code: CodeRoleRefused, Path: path, Args: []any{string(role), verb, may}}
}

// CodeNoRole refuses everything from a sender with no known role. Args
// (after the file's path): the sender as sent, the verb refused.
const CodeNoRole storage.Code = "no_role"

// permit refuses, before anything is applied, a request its sender's role
// may not send. A sender with no known role may send nothing. Undo and
// redo are per person: each sender takes back only its own steps, so a
// clerk's own undo needs no further check; taking back someone else's step
// (UndoOf) is the moderator's, or a clerk's when the step is another
// clerk's.
func (h *Hub) permit(r request) error {
	verb := r.verb
	switch {
	case r.undo:
		verb = storage.VerbUndo
	case r.redo:
		verb = storage.VerbRedo
	case r.cmd != nil:
		verb = r.cmd.Verb()
	}
	path := h.store.Path()
	if !r.who.Known() {
		return &storage.Error{Code: CodeNoRole, Path: path, Args: []any{r.who.sent(), verb}}
	}
	role := r.who.Role
	if role == RoleModerator {
		return nil
	}
	switch {
	case r.undo || r.redo:
		if role != RoleClerk {
			return refuseRole(role, verb, path)
		}
		if r.owner != "" && r.owner != r.who.String() && RoleOf(r.owner) != RoleClerk {
			return &storage.Error{Code: CodeUndoNotYours, Path: path, Args: []any{string(RoleClerk), verb, r.owner}}
		}
	case r.batch != nil && role == RoleAudience:
		return refuseRole(role, r.verb, path) // one question at a time
	case r.batch != nil:
		for _, c := range r.batch {
			if !May(role, c.Verb()) {
				return refuseRole(role, c.Verb(), path)
			}
		}
	case !May(role, verb):
		return refuseRole(role, verb, path)
	}
	return nil
}
