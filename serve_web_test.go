package main

import (
	"maps"
	"testing"

	"podium/storage/hub"
	"podium/ui/i18n"
)

// The codes file keeps the pages' codes, but SSH takes only the codes of
// the roles --codes names: never the audience's, and not the projector's
// when the projector joins SSH with a key.
func TestWebCodesStayOffSSH(t *testing.T) {
	roles := withWebRoles([]hub.Role{hub.RoleClerk}, true)
	if want := []hub.Role{hub.RoleClerk, hub.RoleDisplay, hub.RoleAudience}; len(roles) != 3 || roles[1] != want[1] || roles[2] != want[2] {
		t.Errorf("roles with the web: %v", roles)
	}
	if r := withWebRoles([]hub.Role{hub.RoleClerk}, false); len(r) != 1 {
		t.Errorf("roles without the web: %v", r)
	}
	all := map[hub.Role]string{hub.RoleClerk: "c", hub.RoleDisplay: "d", hub.RoleAudience: "a"}
	if got := sshCodes(all, []hub.Role{hub.RoleClerk}); !maps.Equal(got, map[hub.Role]string{hub.RoleClerk: "c"}) {
		t.Errorf("SSH codes: %v", got)
	}
	if got := sshCodes(all, []hub.Role{hub.RoleClerk, hub.RoleDisplay, hub.RoleAudience}); got[hub.RoleAudience] != "" {
		t.Errorf("SSH takes the audience's code: %v", got)
	}
}

// --web off opens no port; a port in use is said plainly.
func TestListenWeb(t *testing.T) {
	tr := i18n.New(i18n.EN)
	if l, err := listenWeb("off", tr); l != nil || err != nil {
		t.Errorf("off: %v %v", l, err)
	}
	l, err := listenWeb("127.0.0.1:0", tr)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if _, err := listenWeb(l.Addr().String(), tr); err == nil {
		t.Error("a port in use was taken")
	}
}
