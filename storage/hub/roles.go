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
)

// Roles are the roles, in the order screens list them.
var Roles = []Role{RoleModerator, RoleClerk, RoleDisplay}

// ParseRole returns the role named exactly name, and whether there is one.
func ParseRole(name string) (Role, bool) {
	switch Role(name) {
	case RoleModerator, RoleClerk, RoleDisplay:
		return Role(name), true
	}
	return "", false
}

// RoleOf is the role of a command's sender: who is a role name, optionally
// followed by ":" and a person's name ("clerk:Lan"). Any other who is this
// program's own caller (the local terminal, an import, a test) and has the
// moderator's rights: only `podium serve` lets others in, and it always
// sends one of the role names.
func RoleOf(who string) Role {
	name, _, _ := strings.Cut(who, ":")
	if r, ok := ParseRole(name); ok {
		return r
	}
	return RoleModerator
}

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
}

// May reports whether role may send a command with this verb (a model
// command's Verb, "undo" or "redo"). A clerk's undo and redo also depend on
// whose change they reverse (clerkMayReverse).
func May(role Role, verb string) bool {
	switch role {
	case RoleModerator:
		return true
	case RoleClerk:
		return clerkVerbs[verb] || verb == storage.VerbUndo || verb == storage.VerbRedo
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
	return &storage.Error{Code: CodeRoleRefused, Path: path, Args: []any{string(role), verb, may}}
}

// permit refuses, before anything is applied, a request its sender's role
// may not send. Undo and redo are per person: each sender takes back only
// its own steps, so a clerk's own undo needs no further check; taking back
// someone else's step (UndoOf) is the moderator's, or a clerk's when the
// step is another clerk's.
func (h *Hub) permit(r request) error {
	role := RoleOf(r.who)
	if role == RoleModerator {
		return nil
	}
	path := h.store.Path()
	switch {
	case r.undo || r.redo:
		verb := storage.VerbUndo
		if r.redo {
			verb = storage.VerbRedo
		}
		if role != RoleClerk {
			return refuseRole(role, verb, path)
		}
		if r.owner != "" && r.owner != r.who && RoleOf(r.owner) != RoleClerk {
			return &storage.Error{Code: CodeUndoNotYours, Path: path, Args: []any{string(RoleClerk), verb, r.owner}}
		}
	case r.batch != nil:
		for _, c := range r.batch {
			if !May(role, c.Verb()) {
				return refuseRole(role, c.Verb(), path)
			}
		}
	case !May(role, r.cmd.Verb()):
		return refuseRole(role, r.cmd.Verb(), path)
	}
	return nil
}
