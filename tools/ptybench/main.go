// Command ptybench runs the real podium binary in a pseudo-terminal at
// 120x35, next to a minimal Bubble Tea program, and measures what the user
// waits for: from a key press (or the start) to the frame that shows the
// change, read through a terminal emulator, and the program's memory
// (VmRSS, VmHWM). See BENCHMARKS.md, "Screens and the real binary".
//
//	go run ./tools/ptybench -sizes 1000,10000,100000
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-minimal-program" {
		if err := runMinimal(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	var o options
	flag.StringVar(&o.sizes, "sizes", "1000,10000,100000", "meeting sizes in questions, comma-separated")
	flag.StringVar(&o.podium, "podium", "", "the podium binary (default: built from this tree), or several as name=path,name=path, measured in turn in the same run")
	flag.StringVar(&o.dir, "dir", "", "folder for the meeting files (default: a new temporary folder)")
	flag.StringVar(&o.query, "query", "vien 12", "the filter typed, one key at a time (every question is 'Đoàn viên N': this narrows from all to a few)")
	flag.IntVar(&o.runs, "runs", 3, "runs of each measurement")
	flag.IntVar(&o.churn, "churn", 0, "after the timed keys, this many rounds more of: the filter typed and cleared, the question on the floor postponed, the next called; then the memory again")
	flag.BoolVar(&o.smaps, "smaps", false, "also list the mappings holding podium's resident memory (from /proc/PID/smaps, after the keystrokes of the last run)")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "ptybench:", err)
		os.Exit(1)
	}
}

type options struct {
	sizes, podium, dir, query string
	runs, churn               int
	smaps                     bool
}

func run(o options) error {
	if o.dir == "" {
		d, err := os.MkdirTemp("", "ptybench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		o.dir = d
	}
	if o.podium == "" {
		o.podium = filepath.Join(o.dir, "podium")
		build := exec.Command("go", "build", "-o", o.podium, ".")
		build.Dir = moduleRoot()
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("building podium: %w", err)
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	ref, err := measureMinimal(self, o)
	if err != nil {
		return fmt.Errorf("minimal program: %w", err)
	}
	fmt.Printf("minimal program: %s\n", ref)
	bins := binaries(o.podium)
	for _, f := range strings.Split(o.sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return err
		}
		results := make([]result, len(bins))
		for run := range o.runs {
			for i, b := range bins {
				if err := measurePodium(o, b.path, n, run, &results[i]); err != nil {
					return fmt.Errorf("%s, %d questions: %w", b.name, n, err)
				}
			}
		}
		for i, b := range bins {
			fmt.Printf("%s, %d questions: %s\n", b.name, n, results[i])
		}
	}
	return nil
}

type binary struct{ name, path string }

// binaries reads -podium: one path, or name=path pairs.
func binaries(s string) []binary {
	var bins []binary
	for _, f := range strings.Split(s, ",") {
		name, path, ok := strings.Cut(f, "=")
		if !ok {
			name, path = "podium", f
		}
		bins = append(bins, binary{name, path})
	}
	return bins
}

// moduleRoot is the folder holding go.mod, from the working folder up.
func moduleRoot() string {
	d, _ := os.Getwd()
	for p := d; ; p = filepath.Dir(p) {
		if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
			return p
		}
		if filepath.Dir(p) == p {
			return d
		}
	}
}

// result is one program's measurements, over every run.
type result struct {
	open     []time.Duration // start → first full frame
	keys     []time.Duration // each filter keystroke → its frame
	first    []time.Duration // the first filter keystroke → its frame
	clear    []time.Duration // esc clearing the filter → the whole list again
	commit   []time.Duration // n (call next) → the frame showing it
	released []time.Duration // with -churn, filter keystrokes a second after calls
	typed    []memory        // after the filter's keystrokes, each run
	called   []memory        // after n and a moment at rest, each run
	churned  []memory        // after -churn more filters and calls, at rest
	fileMB   float64
	maps     []mapping // where rss lies after the keystrokes of the last run, with -smaps
}

func (r result) String() string {
	var b strings.Builder
	add := func(name string, d []time.Duration) {
		if len(d) > 0 {
			fmt.Fprintf(&b, "\n  %-34s %s", name, stats(d))
		}
	}
	add("open → first frame", r.open)
	add("first filter keystroke → frame", r.first)
	add("every filter keystroke → frame", r.keys)
	add("esc (clear filter) → frame", r.clear)
	add("n (call next, commit) → frame", r.commit)
	add("keystroke 1 s after calls (churn)", r.released)
	memories(&b, "memory after typing", r.typed)
	memories(&b, "memory after n, at rest", r.called)
	memories(&b, "memory after the churn, at rest", r.churned)
	if r.fileMB > 0 {
		fmt.Fprintf(&b, "\n  %-34s %.1f MB", "file", r.fileMB)
	}
	if len(r.maps) > 0 {
		fmt.Fprintf(&b, "\n  %-34s%s", "resident, by mapping", smapsText(r.maps))
	}
	return b.String()
}

// stats is p50 and max of d.
func stats(d []time.Duration) string {
	s := slices.Clone(d)
	slices.Sort(s)
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
	return fmt.Sprintf("p50 %s  max %s  (n=%d)", ms(s[len(s)/2]), ms(s[len(s)-1]), len(s))
}
