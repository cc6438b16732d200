package main

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

// mapping is one line of /proc/PID/smaps: what is mapped and how much of
// it is resident.
type mapping struct {
	name          string // the file, [heap], [stack], or "anon"
	perms         string
	rss, anon, sz int // kB
}

// smaps is where the program's resident memory lies, the largest first:
// each mapping's Rss and, of it, the anonymous part (what a file mapping
// holds of its own, copied on write, or the heap's).
func (s *session) smaps() []mapping {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/smaps", s.cmd.Process.Pid))
	if err != nil {
		return nil
	}
	var maps []mapping
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		if strings.Contains(f[0], "-") && len(f) >= 5 && !strings.HasSuffix(f[0], ":") {
			m := mapping{name: "anon", perms: f[1]}
			if len(f) >= 6 {
				m.name = f[5]
			}
			maps = append(maps, m)
			continue
		}
		if len(maps) == 0 || len(f) < 2 {
			continue
		}
		kb, _ := strconv.Atoi(f[1])
		m := &maps[len(maps)-1]
		switch f[0] {
		case "Size:":
			m.sz = kb
		case "Rss:":
			m.rss = kb
		case "Anonymous:":
			m.anon = kb
		}
	}
	slices.SortFunc(maps, func(a, b mapping) int { return b.rss - a.rss })
	return maps
}

// smapsText is the mappings holding at least 256 kB of RSS, one a line.
func smapsText(maps []mapping) string {
	var b strings.Builder
	for _, m := range maps {
		if m.rss < 256 {
			break
		}
		fmt.Fprintf(&b, "\n    %8.1f MB rss (%6.1f anon) of %8.1f MB  %s %s", float64(m.rss)/1024, float64(m.anon)/1024, float64(m.sz)/1024, m.perms, m.name)
	}
	return b.String()
}

// memory is one reading of /proc/PID/status, in MB.
type memory struct {
	rss, hwm float64 // VmRSS, VmHWM
	anon     float64 // of rss: the heap and stacks (RssAnon)
	file     float64 // of rss: file pages, the binary's and the meeting's map (RssFile)
}

// memories writes the median reading (by VmRSS) and the largest VmRSS.
func memories(b *strings.Builder, name string, ms []memory) {
	if len(ms) == 0 {
		return
	}
	s := slices.Clone(ms)
	slices.SortFunc(s, func(a, b memory) int { return cmp.Compare(a.rss, b.rss) })
	m := s[len(s)/2]
	fmt.Fprintf(b, "\n  %-34s VmRSS p50 %.1f MB (RssAnon %.1f, RssFile %.1f, VmHWM %.1f)  max %.1f MB  (n=%d)",
		name, m.rss, m.anon, m.file, m.hwm, s[len(s)-1].rss, len(s))
}
