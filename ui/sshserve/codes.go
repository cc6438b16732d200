package sshserve

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"slices"
	"sync"

	"podium/model"
	"podium/storage/hub"
	"podium/storage/safefile"
)

// Peer is one session as the moderator's screen names it: its role and,
// when it signed in with a key, that key's comment in the role's keys
// file ("lan@desk"); a join code gives no name.
type Peer struct {
	Role hub.Role `json:"role"`
	Name string   `json:"name,omitempty"`
}

// Who is the peer as a sender is written ("clerk", "clerk:lan@desk"),
// the form the screens name people by.
func (p Peer) Who() string {
	if p.Name == "" {
		return string(p.Role)
	}
	return string(p.Role) + ":" + p.Name
}

// kept is the codes file's content.
type kept struct {
	Version   int                 `json:"version"`
	Codes     map[hub.Role]string `json:"codes"`
	Connected []Peer              `json:"connected"`
}

const keptVersion = 1

// CodesFile is what podium serve keeps of a meeting between runs, beside
// the meeting (<name>-codes, like the host key): the join codes, which
// belong to the meeting, not to one run, and who was connected, so that
// after a restart the moderator's screen can say who is not back yet.
//
// Only the meeting's owner may read it (mode 0600, tightened if it was
// opened wider); it is never exported nor logged. It is written through
// safefile, whole or not at all, and a link, FIFO, device or folder in its
// place is refused, never read.
type CodesFile struct {
	path  string
	roles []hub.Role // the roles that join with a code in this run

	mu     sync.Mutex
	k      kept
	before []Peer
}

// ErrCodesFile wraps what is wrong with a codes file's content.
var ErrCodesFile = errors.New("not a Podium codes file")

// OpenCodesFile reads the codes file at path (a missing one is made) and
// gives each of roles a join code: the one kept, or a new one when none is
// kept or renew is set; renew drops every kept code, those of roles not
// joining by code this run too, so an old code can never come back. fresh
// reports whether any code is new. A file that does not parse is an error
// unless renew is set, when it is replaced.
func OpenCodesFile(path string, roles []hub.Role, renew bool) (f *CodesFile, fresh bool, err error) {
	k, err := readKept(path)
	if err != nil && !(renew && errors.Is(err, ErrCodesFile)) {
		return nil, false, err
	}
	if k.Codes == nil || renew {
		k.Codes = map[hub.Role]string{}
	}
	for _, r := range roles {
		if !validCode(k.Codes[r]) {
			k.Codes[r] = NewCode()
			fresh = true
		}
	}
	f = &CodesFile{path: path, roles: slices.Clone(roles), k: k, before: slices.Clone(k.Connected)}
	if err := f.write(); err != nil {
		return nil, false, err
	}
	return f, fresh, nil
}

// Path is the file's path.
func (f *CodesFile) Path() string { return f.path }

// Codes are the join codes of this run's roles.
func (f *CodesFile) Codes() map[hub.Role]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.codesLocked()
}

func (f *CodesFile) codesLocked() map[hub.Role]string {
	out := map[hub.Role]string{}
	for _, r := range f.roles {
		out[r] = f.k.Codes[r]
	}
	return out
}

// Before is who was connected when the meeting was last served.
func (f *CodesFile) Before() []Peer { return slices.Clone(f.before) }

// Renew makes new codes for this run's roles, drops every other kept code,
// and stores them before returning them: the old codes are gone from disk
// by the time anyone is told the new ones.
func (f *CodesFile) Renew() (map[hub.Role]string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	old := f.k.Codes
	f.k.Codes = map[hub.Role]string{}
	for _, r := range f.roles {
		f.k.Codes[r] = NewCode()
	}
	if err := f.writeLocked(); err != nil {
		f.k.Codes = old
		return nil, err
	}
	return f.codesLocked(), nil
}

// SetConnected stores who is connected now.
func (f *CodesFile) SetConnected(peers []Peer) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.k.Connected = slices.Clone(peers)
	return f.writeLocked()
}

func (f *CodesFile) write() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.writeLocked()
}

func (f *CodesFile) writeLocked() error {
	f.k.Version = keptVersion
	if f.k.Connected == nil {
		f.k.Connected = []Peer{} // "connected": [], not null
	}
	data, err := json.MarshalIndent(f.k, "", "  ")
	if err != nil {
		return err
	}
	return safefile.Write(f.path, append(data, '\n'), safefile.Options{Mode: 0o600})
}

// readKept reads a codes file; a missing one is empty. What is not a
// regular file is refused unread (safefile's refusal), and a file others
// may read is made the owner's only before it is read.
func readKept(path string) (kept, error) {
	var k kept
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return k, nil
	}
	if err != nil {
		return k, err
	}
	if !fi.Mode().IsRegular() {
		if err := safefile.Check(path); err != nil {
			return k, err
		}
		return k, &safefile.RefusedError{Path: path, Kind: safefile.KindIrregular}
	}
	file, err := os.OpenFile(path, os.O_RDONLY|noFollow, 0)
	if err != nil {
		return k, err
	}
	defer file.Close()
	ofi, err := file.Stat()
	if err != nil {
		return k, err
	}
	if !ofi.Mode().IsRegular() || !os.SameFile(fi, ofi) { // changed since it was looked at
		return k, &safefile.RefusedError{Path: path, Kind: safefile.KindIrregular}
	}
	if ofi.Mode().Perm()&0o077 != 0 {
		if err := file.Chmod(0o600); err != nil {
			return k, err
		}
	}
	data, err := io.ReadAll(io.LimitReader(file, 1<<20))
	if err != nil {
		return k, err
	}
	if err := json.Unmarshal(data, &k); err != nil || k.Version < 1 {
		return kept{}, fmt.Errorf("%s: %w", path, ErrCodesFile)
	}
	if k.Version > keptVersion {
		return kept{}, fmt.Errorf("%s: version %d: %w", path, k.Version, ErrCodesFile)
	}
	// What the file says of people reaches the screen: cleaned like any
	// text from outside.
	var peers []Peer
	for _, p := range k.Connected {
		if _, ok := hub.LoginRole(string(p.Role)); ok {
			peers = append(peers, Peer{Role: p.Role, Name: model.CleanLine(p.Name)})
		}
	}
	k.Connected = peers
	k.Codes = maps.Clone(k.Codes)
	return k, nil
}

// validCode reports whether s is a code NewCode could have made.
func validCode(s string) bool {
	n := normCode(s)
	if len(n) != codeGroups*codeGroupLen {
		return false
	}
	for _, c := range n {
		if !slices.Contains([]byte(codeAlphabet), c) {
			return false
		}
	}
	return true
}
