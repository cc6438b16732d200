package sshserve

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"os"
	"path/filepath"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
	"podium/ui/joinaddr"
)

// extJoinRole marks, in the permissions of a successful password or
// keyboard-interactive login, the role whose join code was given. The ssh
// package gives every authentication attempt fresh permissions and keeps
// only those of the attempt that succeeded, so the mark cannot survive
// from an attempt that failed or was only offered.
const extJoinRole = "podium-join-role"

// codeAlphabet has no letters easily mistaken for others (i, l, o) and no
// digits, so a code read off a screen across a desk is typed right.
const codeAlphabet = "abcdefghjkmnpqrstuvwxyz"

// codeGroups of codeGroupLen letters make a join code: 12 letters of 23,
// log2(23^12) ≈ 54 bits, "kxmt-prwa-bcdh". At the whole server's 10
// checks a second, guessing one takes over 30,000 years on average.
const (
	codeGroups   = 3
	codeGroupLen = 4
)

// NewCode returns a fresh join code: three groups of four letters,
// "kxmt-prwa-bcdh". Typing it with or without the dashes or with spaces,
// in either case, is accepted.
func NewCode() string {
	out := make([]byte, 0, codeGroups*(codeGroupLen+1)-1)
	var b [1]byte
	for i := 0; i < codeGroups*codeGroupLen; {
		if _, err := rand.Read(b[:]); err != nil {
			panic(err) // crypto/rand does not fail on supported systems
		}
		// Each letter equally likely: bytes past the last whole multiple
		// of the alphabet's length are drawn again.
		if int(b[0]) >= 256-256%len(codeAlphabet) {
			continue
		}
		if i > 0 && i%codeGroupLen == 0 {
			out = append(out, '-')
		}
		out = append(out, codeAlphabet[int(b[0])%len(codeAlphabet)])
		i++
	}
	return string(out)
}

// NewCodes returns a fresh join code for each of roles.
func NewCodes(roles ...hub.Role) map[hub.Role]string {
	codes := map[hub.Role]string{}
	for _, r := range roles {
		codes[r] = NewCode()
	}
	return codes
}

// normCode is a code as compared (joinaddr.NormCode).
func normCode(s string) []byte { return joinaddr.NormCode(s) }

// KeysFile is the authorized_keys file of a role in a keys folder.
func KeysFile(dir string, role hub.Role) string {
	return filepath.Join(dir, string(role)+".keys")
}

// roleKeys reads the keys a role may log in with. The file is read at each
// login, so a key added while serving works at once; a missing file means
// no keys. Lines that do not parse are skipped (and logged).
func (s *Server) roleKeys(role hub.Role) []authKey {
	if s.cfg.KeysDir == "" {
		return nil
	}
	path := KeysFile(s.cfg.KeysDir, role)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var keys []authKey
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, comment, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			s.logf("serve.log.bad_key", path, n+1, err)
			continue
		}
		keys = append(keys, authKey{key: k, comment: model.CleanLine(comment)})
	}
	return keys
}

// authKey is a line of a keys file: the key and its comment.
type authKey struct {
	key     gossh.PublicKey
	comment string
}

func (s *Server) keyAllowed(role hub.Role, key gossh.PublicKey) bool {
	ok, _ := s.keyMatch(role, key)
	return ok
}

// keyMatch reports whether key is one of the role's, and the comment of
// its line in the keys file.
func (s *Server) keyMatch(role hub.Role, key gossh.PublicKey) (ok bool, comment string) {
	for _, k := range s.roleKeys(role) {
		if ssh.KeysEqual(k.key, key) && !ok {
			ok, comment = true, k.comment // no early return: the time taken says nothing
		}
	}
	return ok, comment
}

// publicKeyOK answers both a client's "would this key do?" and its signed
// attempt; only a signed one ever completes a login, and this records
// nothing about the key (the session reads the proved key afterwards).
//
// A key cannot be guessed, and a client offers each key it holds, so a key
// that does not fit is not counted as a failure; but a connection beyond
// the cap or from an address locked out gets nothing checked.
func (s *Server) publicKeyOK(ctx ssh.Context, key ssh.PublicKey) bool {
	if full(ctx) != nil || s.limits.lockedOut(ctx.RemoteAddr()) {
		return false
	}
	role, ok := hub.LoginRole(ctx.User())
	return ok && s.keyAllowed(role, key)
}

func (s *Server) passwordOK(ctx ssh.Context, password string) bool {
	return s.codeOK(ctx, password)
}

func (s *Server) keyboardOK(ctx ssh.Context, challenge gossh.KeyboardInteractiveChallenge) bool {
	if full(ctx) != nil || s.limits.lockedOut(ctx.RemoteAddr()) {
		return false // no prompt: nothing would be checked
	}
	role, ok := hub.LoginRole(ctx.User())
	if !ok || s.code(role) == "" {
		s.limits.fail(ctx.RemoteAddr())
		return false
	}
	t := i18n.New(s.cfg.Lang)
	answers, err := challenge("", "", []string{t.T("serve.code_prompt", role)}, []bool{false})
	if err != nil || len(answers) != 1 {
		return false
	}
	return s.codeOK(ctx, answers[0])
}

// codeOK checks a join code for the user name's role and, if it is right,
// marks the login's permissions with the role. A code is compared only
// when its address is not locked out and the whole server's rate allows
// (limits.go); every failure is counted, for the lockout and the log's
// summary, and none is logged on its own: a flood must not fill the disk.
func (s *Server) codeOK(ctx ssh.Context, given string) bool {
	if full(ctx) != nil {
		return false
	}
	addr := ctx.RemoteAddr()
	role, ok := hub.LoginRole(ctx.User())
	want := s.code(role)
	if !ok || want == "" {
		s.limits.fail(addr) // nothing to guess: no check is spent on it
		return false
	}
	if s.limits.beforeCheck(addr) != mayCheck {
		s.limits.fail(addr) // refused unread, at once
		return false
	}
	if subtle.ConstantTimeCompare(normCode(given), normCode(want)) != 1 {
		s.limits.fail(addr)
		time.Sleep(s.cfg.FailDelay)
		return false
	}
	s.limits.checks.give()
	p := ctx.Permissions()
	if p.Extensions == nil {
		p.Extensions = map[string]string{}
	}
	p.Extensions[extJoinRole] = string(role)
	return true
}

// identity is who a session proved to be.
type identity struct {
	role hub.Role
	key  string // the fingerprint of the key it proved; "": a join code
	name string // that key's comment in the keys file, cleaned; "": none
}

// peer is the session as the moderator's screen names it.
func (id identity) peer() Peer { return Peer{Role: id.role, Name: id.name} }

// identify decides who a session is from what it proved: the user name's
// role, and either the key it signed with, checked again against that
// role's keys, or the join code mark of the login that succeeded. Nothing
// a client only offered counts (soft-serve GHSA-pchf-49fh-w34r).
func (s *Server) identify(sess ssh.Session) (identity, bool) {
	role, ok := hub.LoginRole(sess.User())
	if !ok {
		return identity{}, false
	}
	if pk := sess.PublicKey(); pk != nil {
		if ok, name := s.keyMatch(role, pk); ok {
			return identity{role: role, key: gossh.FingerprintSHA256(pk), name: name}, true
		}
		return identity{}, false
	}
	p := sess.Permissions()
	if p.Permissions != nil && p.Extensions[extJoinRole] == string(role) && s.code(role) != "" {
		return identity{role: role}, true
	}
	return identity{}, false
}
