// Package joinaddr says where others in the hall reach this computer: the
// SSH join lines (ui/sshserve) and the web pages' addresses (ui/web) both
// use it, so they name the same host.
package joinaddr

import (
	"net"
	"strconv"
)

// Host is the host and port others type: the listener's own address, or
// when it listens on every address, this computer's first LAN address.
func Host(addr net.Addr) (string, int) {
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
