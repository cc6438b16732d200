package sshserve

import (
	"slices"
	"testing"

	"charm.land/ssh"

	"podium/ui/i18n"
)

type envSession struct {
	ssh.Session
	env []string
}

func (s envSession) Environ() []string { return s.env }

// What a client sends about itself (LANG, TERM, ...) is cleaned before the
// program's options are built from it.
func TestSessionEnvironmentIsCleaned(t *testing.T) {
	env := []string{
		"TERM=xterm-256color\x1b]0;pwned\x07",
		"LANG=vi_VN.UTF-8\u202e",
		"COLORTERM=\x1b]52;c;aGk=\x07truecolor\u200b",
		"\x1b[2J",
	}
	got := resizes{Session: envSession{env: env}}.Environ()
	want := []string{"TERM=xterm-256color", "LANG=vi_VN.UTF-8", "COLORTERM=truecolor"}
	if !slices.Equal(got, want) {
		t.Errorf("Environ() = %+q, want %+q", got, want)
	}
	if lang := i18n.FromLocale(i18n.Getenv(cleanEnv([]string{"LC_ALL=\u200ben_US.UTF-8"}))); lang != i18n.EN {
		t.Errorf("the language of a disguised English locale = %s", lang)
	}
}
