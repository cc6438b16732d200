package sshserve

import (
	"net"
	"path/filepath"
	"podium/ui/joinaddr"
	"strconv"

	"podium/storage/hub"
	"podium/ui/i18n"
)

// JoinInfo are the lines that tell the people in the hall how to join
// through addr (the listener's address, or the one a session came in on):
// for each role that can get in, the ssh command and its join code or
// keys file; a hint when only this computer can join; the host key's
// fingerprint, to check against what ssh shows the first time.
func (s *Server) JoinInfo(t i18n.Catalog, addr net.Addr) []string {
	host, port := joinaddr.Host(addr)
	var lines []string
	for _, role := range []hub.Role{hub.RoleClerk, hub.RoleDisplay, hub.RoleModerator} {
		cmd := "ssh "
		if port != 22 {
			cmd += "-p " + strconv.Itoa(port) + " "
		}
		cmd += string(role) + "@" + host
		label := t.T("serve.role." + string(role))
		code, keys := s.code(role), len(s.roleKeys(role)) > 0
		switch {
		case code != "" && keys:
			lines = append(lines, t.T("serve.join.code_or_key", label, cmd, code))
		case code != "":
			lines = append(lines, t.T("serve.join.code", label, cmd, code))
		case keys:
			file := filepath.Join(filepath.Base(s.cfg.KeysDir), string(role)+".keys")
			lines = append(lines, t.T("serve.join.key", label, cmd, file))
		}
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		lines = append(lines, t.T("serve.join.local_only"))
	}
	return append(lines, t.T("serve.join.fingerprint", Fingerprint(s.cfg.HostKey)))
}
