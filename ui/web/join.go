package web

import (
	"net"
	"podium/ui/joinaddr"
	"strconv"

	"podium/ui/i18n"
)

// Base is the address others type to reach the server: "http://host:port",
// the listener's own host, or when it listens on every address this
// computer's first LAN address (as the SSH join lines do). "" without an
// address.
func (s *Server) Base() string { return s.base }

// baseOf is Base for a server listening at addr: worked out once, since
// finding the host may list the network interfaces, and the help screen's
// QR code and every page ask for it.
func baseOf(addr net.Addr) string {
	if addr == nil {
		return ""
	}
	host, port := joinaddr.Host(addr)
	return "http://" + net.JoinHostPort(host, strconv.Itoa(port))
}

// AskURL is the ask page's address with the audience's code, as the QR
// code carries it; "" when there is no code.
func (s *Server) AskURL() string {
	code, base := string(normCode(s.cfg.Codes().Ask)), s.Base()
	if code == "" || base == "" {
		return ""
	}
	return base + "/ask?code=" + code
}

// DisplayURL is the projector page's address with its code; "" when
// there is no code.
func (s *Server) DisplayURL() string {
	code, base := s.cfg.Codes().Display, s.Base()
	if code == "" || base == "" {
		return ""
	}
	return base + "/display?code=" + code
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
