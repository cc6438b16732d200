package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"podium/storage/hub"
)

func TestServeHelpSaysHowSharingWorks(t *testing.T) {
	for _, args := range [][]string{{"serve", "--help"}, {"serve", "-h"}, {"--listen", ":1", "serve", "--help"}} {
		code, out, errOut := podium(t, args...)
		if code != 0 || !strings.Contains(out, "ssh -p 2323 clerk@ADDRESS") || !strings.Contains(out, "--codes ROLE") {
			t.Errorf("%v: %d %q %q", args, code, out, errOut)
		}
	}
	// The other commands keep the general help and do not take serve's flags.
	if code, out, _ := podium(t, "--help"); code != 0 || strings.Contains(out, "--codes ROLE") {
		t.Errorf("podium --help: %d", code)
	}
	if code, _, _ := podium(t, "check", "--listen", ":2323", "x.podium"); code != 2 {
		t.Errorf("check --listen: %d, want 2", code)
	}
}

func TestServeRefusesBadFlagsBeforeCreatingAnything(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "new.podium")
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--codes", "chair", file}, "--codes “chair” is not valid"},
		{[]string{"serve", "--codes", "none", file}, "Nobody could join"},
		{[]string{"serve", "--listen", busy.Addr().String(), file}, "Could not listen on " + busy.Addr().String()},
	} {
		code, _, errOut := podium(t, c.args...)
		if code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: %d %q", c.args, code, errOut)
		}
		if _, err := os.Stat(file); err == nil {
			t.Fatalf("%v created the meeting file", c.args)
		}
	}
}

func TestServeFilesLiveBesideTheMeeting(t *testing.T) {
	if got := beside(filepath.Join("a", "hung-yen.podium"), "-hostkey"); got != filepath.Join("a", "hung-yen-hostkey") {
		t.Errorf("beside: %s", got)
	}
	roles, ok := codeRoles(" Clerk, display,clerk ")
	if !ok || len(roles) != 2 || roles[0] != hub.RoleClerk || roles[1] != hub.RoleDisplay {
		t.Errorf("codeRoles: %v %v", roles, ok)
	}
	if roles, ok := codeRoles("none"); !ok || len(roles) != 0 {
		t.Errorf("none: %v %v", roles, ok)
	}
}
