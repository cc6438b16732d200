package sshserve

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"os"
	"path/filepath"
	"strings"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"podium/storage/hub"
	"podium/ui/i18n"
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

// NewCode returns a fresh join code: eight letters in two groups of four,
// "kxmt-prwa" (about 36 bits). Typing it with or without the dash, in
// either case, is accepted.
func NewCode() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	out := make([]byte, 0, 9)
	for i, x := range b {
		if i == 4 {
			out = append(out, '-')
		}
		// 256 % 23 leaves a bias of under 1%; the code is short-lived.
		out = append(out, codeAlphabet[int(x)%len(codeAlphabet)])
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

// normCode is a code as compared: lower case, without spaces and dashes.
func normCode(s string) []byte {
	s = strings.ToLower(s)
	s = strings.NewReplacer("-", "", " ", "", "\t", "").Replace(s)
	return []byte(s)
}

// KeysFile is the authorized_keys file of a role in a keys folder.
func KeysFile(dir string, role hub.Role) string {
	return filepath.Join(dir, string(role)+".keys")
}

// roleKeys reads the keys a role may log in with. The file is read at each
// login, so a key added while serving works at once; a missing file means
// no keys. Lines that do not parse are skipped (and logged).
func (s *Server) roleKeys(role hub.Role) []gossh.PublicKey {
	if s.cfg.KeysDir == "" {
		return nil
	}
	path := KeysFile(s.cfg.KeysDir, role)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var keys []gossh.PublicKey
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			s.logf("serve.log.bad_key", path, n+1, err)
			continue
		}
		keys = append(keys, k)
	}
	return keys
}

func (s *Server) keyAllowed(role hub.Role, key gossh.PublicKey) bool {
	ok := false
	for _, k := range s.roleKeys(role) {
		if ssh.KeysEqual(k, key) {
			ok = true // no early return: the time taken says nothing
		}
	}
	return ok
}

// publicKeyOK answers both a client's "would this key do?" and its signed
// attempt; only a signed one ever completes a login, and this records
// nothing about the key (the session reads the proved key afterwards).
func (s *Server) publicKeyOK(ctx ssh.Context, key ssh.PublicKey) bool {
	role, ok := hub.ParseRole(ctx.User())
	return ok && s.keyAllowed(role, key)
}

func (s *Server) passwordOK(ctx ssh.Context, password string) bool {
	return s.codeOK(ctx, password)
}

func (s *Server) keyboardOK(ctx ssh.Context, challenge gossh.KeyboardInteractiveChallenge) bool {
	role, ok := hub.ParseRole(ctx.User())
	if !ok || s.cfg.Codes[role] == "" {
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
// marks the login's permissions with the role.
func (s *Server) codeOK(ctx ssh.Context, given string) bool {
	role, ok := hub.ParseRole(ctx.User())
	want := s.cfg.Codes[role]
	if !ok || want == "" {
		return false
	}
	if subtle.ConstantTimeCompare(normCode(given), normCode(want)) != 1 {
		s.logf("serve.log.wrong_code", role, ctx.RemoteAddr())
		time.Sleep(s.cfg.FailDelay)
		return false
	}
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
}

// identify decides who a session is from what it proved: the user name's
// role, and either the key it signed with, checked again against that
// role's keys, or the join code mark of the login that succeeded. Nothing
// a client only offered counts (soft-serve GHSA-pchf-49fh-w34r).
func (s *Server) identify(sess ssh.Session) (identity, bool) {
	role, ok := hub.ParseRole(sess.User())
	if !ok {
		return identity{}, false
	}
	if pk := sess.PublicKey(); pk != nil {
		if s.keyAllowed(role, pk) {
			return identity{role: role, key: gossh.FingerprintSHA256(pk)}, true
		}
		return identity{}, false
	}
	p := sess.Permissions()
	if p.Permissions != nil && p.Extensions[extJoinRole] == string(role) && s.cfg.Codes[role] != "" {
		return identity{role: role}, true
	}
	return identity{}, false
}
