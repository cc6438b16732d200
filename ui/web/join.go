package web

import (
	"net"
	"strconv"

	"podium/ui/i18n"
)

// Base is the address others type to reach the server: "http://host:port",
// the listener's own host, or when it listens on every address this
// computer's first LAN address (as the SSH join lines do). "" without an
// address.
func (s *Server) Base() string {
	if s.cfg.Addr == nil {
		return ""
	}
	host, port := joinHost(s.cfg.Addr)
	return "http://" + net.JoinHostPort(host, strconv.Itoa(port))
}

// AskURL is the ask page's address with the audience's code, as the QR
// code carries it; "" when there is no code.
func (s *Server) AskURL() string {
	code := string(normCode(s.cfg.Codes().Ask))
	if code == "" || s.Base() == "" {
		return ""
	}
	return s.Base() + "/ask?code=" + code
}

// DisplayURL is the projector page's address with its code; "" when
// there is no code.
func (s *Server) DisplayURL() string {
	code := s.cfg.Codes().Display
	if code == "" || s.Base() == "" {
		return ""
	}
	return s.Base() + "/display?code=" + code
}

// JoinInfo are the lines for the moderator's screen: each page's address
// in full with its code, and a hint when only this computer can open
// them.
func (s *Server) JoinInfo(t i18n.Catalog) []string {
	var lines []string
	if u := s.DisplayURL(); u != "" {
		lines = append(lines, t.T("web.join.display", u))
	}
	if u := s.AskURL(); u != "" {
		lines = append(lines, t.T("web.join.ask", u))
	}
	if tcp, ok := s.cfg.Addr.(*net.TCPAddr); ok && tcp.IP.IsLoopback() && len(lines) > 0 {
		lines = append(lines, t.T("web.join.local_only"))
	}
	return lines
}

// joinHost is the host and port others type: the listener's own address,
// or when it listens on every address, this computer's first LAN address.
// (The SSH join lines make theirs the same way, in ui/sshserve.)
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
