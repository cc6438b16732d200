// Package joinaddr says where others in the hall reach this computer, and
// how a join code they type is read: the SSH join lines (ui/sshserve) and
// the web pages (ui/web) both use it, so they name the same host and take
// the same codes.
package joinaddr

import (
	"net"
	"strconv"
	"strings"
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

// codeNoise is what a code may be typed with and is not part of it.
var codeNoise = strings.NewReplacer("-", "", " ", "", "\t", "")

// NormCode is a join code as compared: lower case, without spaces and
// dashes.
func NormCode(s string) []byte {
	return []byte(codeNoise.Replace(strings.ToLower(s)))
}
