package sshserve

import (
	"net"
	"path/filepath"
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
	host, port := joinHost(addr)
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

// joinHost is the host and port others type: the listener's own address,
// or when it listens on every address, this computer's first LAN address.
func joinHost(addr net.Addr) (string, int) {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		h, p, _ := net.SplitHostPort(addr.String())
		n, _ := strconv.Atoi(p)
		return h, n
	}
	if !tcp.IP.IsUnspecified() {
		return tcp.IP.String(), tcp.Port
	}
	return lanAddress(), tcp.Port
}

// lanAddress is the first IPv4 address of an interface that is up and not
// a loopback, or "localhost".
func lanAddress() string {
	ifaces, err := net.Interfaces()
	if err != nil {
		return "localhost"
	}
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLinkLocalUnicast() {
				return n.IP.String()
			}
		}
	}
	return "localhost"
}
