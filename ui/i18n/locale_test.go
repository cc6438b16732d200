package i18n

import "testing"

// One locale parser for Podium and for SSH sessions, one default:
// Vietnamese unless the locale names English.
func TestFromLocale(t *testing.T) {
	for _, c := range []struct {
		env  []string
		want Lang
	}{
		{nil, VI},
		{[]string{"TERM=xterm"}, VI},
		{[]string{"LANG=vi_VN.UTF-8"}, VI},
		{[]string{"LANG=en_US.UTF-8"}, EN},
		{[]string{"LANG=EN_gb"}, EN},
		{[]string{"LANG=C.UTF-8"}, VI},
		{[]string{"LANG=POSIX"}, VI},
		{[]string{"LANG=fr_FR.UTF-8"}, VI},
		{[]string{"LC_MESSAGES=vi", "LANG=en_US.UTF-8"}, VI},
		{[]string{"LC_MESSAGES=en", "LANG=vi_VN.UTF-8"}, EN},
		{[]string{"LC_ALL=en_GB.UTF-8", "LC_MESSAGES=vi", "LANG=vi_VN.UTF-8"}, EN},
		{[]string{"LC_ALL=", "LANG=en_US.UTF-8"}, EN},          // set but empty is not set
		{[]string{"LANG=vi_VN.UTF-8", "LANG=en_US.UTF-8"}, EN}, // the last one wins
		{[]string{"LANG"}, VI},
	} {
		if got := FromLocale(Getenv(c.env)); got != c.want {
			t.Errorf("%q: %s, want %s", c.env, got, c.want)
		}
	}
}

func TestFromEnv(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_US.UTF-8")
	if got := FromEnv(""); got != EN {
		t.Errorf("LANG=en_US.UTF-8: %s", got)
	}
	if got := FromEnv("VI"); got != VI {
		t.Errorf("--lang VI: %s", got)
	}
	t.Setenv("LANG", "C")
	if got := FromEnv(""); got != VI {
		t.Errorf("LANG=C: %s", got)
	}
	if got := FromEnv("en"); got != EN {
		t.Errorf("--lang en: %s", got)
	}
}
