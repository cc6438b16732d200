package main

import (
	stdlog "log"
	"net"
	"slices"
	"strings"

	"podium/storage/hub"
	"podium/ui"
	"podium/ui/i18n"
	"podium/ui/sshserve"
	"podium/ui/web"
)

// The hall's web pages beside the SSH server (podium serve --web): the
// projector's /display and the audience's /ask, each with its code kept
// in the meeting's codes file with the SSH join codes.

// listenWeb opens the web pages' port, or nothing for --web off.
func listenWeb(addr string, t i18n.Catalog) (net.Listener, error) {
	if strings.EqualFold(strings.TrimSpace(addr), "off") || addr == "" {
		return nil, nil
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, plainError(t.T("serve.web_listen_failed", addr, err))
	}
	return l, nil
}

// withWebRoles adds to the roles that get a code in the codes file the
// pages' own: the projector's (its page takes the display code even when
// the projector joins SSH with a key) and the audience's.
func withWebRoles(roles []hub.Role, web bool) []hub.Role {
	out := slices.Clone(roles)
	if !web {
		return out
	}
	for _, r := range []hub.Role{hub.RoleDisplay, hub.RoleAudience} {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// sshCodes are the codes SSH takes: those of the roles --codes names,
// never the audience's nor a code kept only for the web pages.
func sshCodes(codes map[hub.Role]string, roles []hub.Role) map[hub.Role]string {
	out := map[hub.Role]string{}
	for _, r := range roles {
		if c, ok := codes[r]; ok && r != hub.RoleAudience {
			out[r] = c
		}
	}
	return out
}

// hall is the web server while serve runs; its zero value (--web off)
// does nothing.
type hall struct {
	srv *web.Server
}

// startWeb serves the pages on l (nil: none) until close.
func startWeb(l net.Listener, h *hub.Hub, codes *sshserve.CodesFile, logger *stdlog.Logger, t i18n.Catalog) hall {
	if l == nil {
		return hall{}
	}
	srv := web.New(h, h, web.Config{
		Addr: l.Addr(),
		Codes: func() web.Codes {
			c := codes.Codes()
			return web.Codes{Display: c[hub.RoleDisplay], Ask: c[hub.RoleAudience]}
		},
	})
	logger.Print(t.T("serve.log.web", l.Addr()))
	go func() {
		if err := srv.Serve(l); err != nil {
			logger.Print(err)
		}
	}()
	return hall{srv: srv}
}

func (w hall) close() {
	if w.srv != nil {
		_ = w.srv.Close()
	}
}

// join are the pages' lines for the moderator's screen.
func (w hall) join(t i18n.Catalog) []string {
	if w.srv == nil {
		return nil
	}
	return w.srv.JoinInfo(t)
}

// qr draws the ask page's QR code for the moderator's help, with the
// codes in force when it is drawn; nil without the pages.
func (w hall) qr() func() []string {
	if w.srv == nil {
		return nil
	}
	return w.srv.AskQR
}

// renewer adds the pages' lines, with the new codes, to what the SSH
// server's renewal shows.
func (w hall) renewer(r ui.CodesRenewer) ui.CodesRenewer {
	if r == nil || w.srv == nil {
		return r
	}
	return func(t i18n.Catalog) ([]string, string, error) {
		join, codes, err := r(t)
		if err != nil {
			return join, codes, err
		}
		return append(join, w.srv.JoinInfo(t)...), codes, nil
	}
}
