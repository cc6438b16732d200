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
// may not send. It runs on the writer goroutine, so what it reads of the
// log is exactly what the request would act on.
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
		return h.clerkMayReverse(verb, path)
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

// clerkMayReverse lets a clerk undo or redo only what is its own and
// plain to see: an undo, when the newest entry of the log is a clerk's
// command (or a clerk's redo), which is exactly what Undo reverses; a redo,
// when the newest entry is a clerk's undo, which is exactly what Redo
// reverses. Anything else (the moderator's change, or an undo after which
// Undo would reach further back, to a change nobody on the clerk's screen
// is looking at) is refused. So a clerk takes back its own last step, or
// puts it back, and never touches the moderator's work.
func (h *Hub) clerkMayReverse(verb, path string) error {
	var newest storage.LogEntry
	err := h.store.Log(func(e storage.LogEntry) bool { newest = e; return false })
	if err != nil {
		return err
	}
	empty := storage.CodeNothingToUndo
	if verb == storage.VerbRedo {
		empty = storage.CodeNothingToRedo
	}
	switch {
	case newest.Seq == 0 || newest.Verb == storage.VerbCreate:
		return &storage.Error{Code: empty, Path: path}
	case verb == storage.VerbUndo && newest.Verb == storage.VerbUndo,
		verb == storage.VerbRedo && newest.Verb != storage.VerbUndo:
		// Undo would reach past an undo; Redo has no undo to reverse, or
		// one that is not the newest entry. Either way nothing of the
		// clerk's own newest step.
		if RoleOf(newest.Who) == RoleClerk {
			return &storage.Error{Code: empty, Path: path}
		}
	case RoleOf(newest.Who) == RoleClerk:
		return nil
	}
	return &storage.Error{Code: CodeUndoNotYours, Path: path, Args: []any{string(RoleClerk), verb, newest.Who}}
}
