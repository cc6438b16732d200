package sshserve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"podium/storage/hub"
)

// Nobody logs in over SSH as the audience (the phones' page's role), not
// even with a code or a keys file made for it.
func TestNobodyLogsInAsTheAudience(t *testing.T) {
	const code = "abcd-efgh-jkmn"
	f := serve(t, func(c *Config) { c.Codes[hub.RoleAudience] = code })
	k := newKey(t)
	line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k.PublicKey()))) + " phone\n"
	if err := os.WriteFile(KeysFile(filepath.Join(f.dir, "demo-keys"), hub.RoleAudience), []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, auth := range map[string]gossh.AuthMethod{
		"code":                 password(code),
		"keyboard-interactive": keyboard(code, nil),
		"key":                  key(k),
	} {
		if cl, err := f.dial("audience", auth); err == nil {
			cl.Close()
			t.Errorf("audience with a %s: logged in", name)
		}
	}
}
