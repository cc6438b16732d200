package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

const width, height = 120, 35

// measureMinimal runs the minimal program: start to its first frame, and
// each key of the query to the frame that shows it.
func measureMinimal(self string, o options) (result, error) {
	var r result
	for range o.runs {
		s, err := start(width, height, nil, self, "-minimal-program")
		if err != nil {
			return r, err
		}
		at, err := s.waitFor(contains("minimal ready"), 30*time.Second)
		if err != nil {
			s.stop("")
			return r, err
		}
		r.open = append(r.open, at.Sub(s.started))
		for i := range o.query {
			d, err := s.press(o.query[i:i+1], contains("typed: "+o.query[:i+1]+"|"))
			if err != nil {
				s.stop("")
				return r, err
			}
			r.keys = append(r.keys, d)
			if i == 0 {
				r.first = append(r.first, d)
			}
		}
		r.typed = append(r.typed, s.memory())
		s.stop("\x1b")
	}
	return r, nil
}

// measurePodium writes a meeting of n questions and runs podium on it:
// start to the first frame showing the queue, the filter typed one key at
// a time (each to the frame whose title names the filter so far), esc,
// then n (call next) to the status bar counting one question fewer
// waiting. Each run opens a fresh copy, so the opening backup is taken
// every time, as on the first opening of a day.
func measurePodium(o options, podium string, n, run int, r *result) error {
	src := filepath.Join(o.dir, fmt.Sprintf("m%d.podium", n))
	if _, err := os.Stat(src); err != nil {
		if err := writeMeeting(src, n, time.Now()); err != nil {
			return err
		}
	}
	if fi, err := os.Stat(src); err == nil {
		r.fileMB = float64(fi.Size()) / (1 << 20)
	}
	file := filepath.Join(o.dir, fmt.Sprintf("run%d-%d.podium", n, run))
	if err := copyFile(src, file); err != nil {
		return err
	}
	defer os.RemoveAll(strings.TrimSuffix(file, ".podium") + "-backups")
	defer os.Remove(file)
	s, err := start(width, height, []string{"LANG=en_US.UTF-8"}, podium, "--lang", "en", file)
	if err != nil {
		return err
	}
	defer s.stop("")
	return podiumRun(s, o, n, r)
}

func podiumRun(s *session, o options, n int, r *result) error {
	waiting := fmt.Sprintf("Waiting %d ", n)
	at, err := s.waitFor(contains(waiting, "Questions · ", "call next"), 120*time.Second)
	if err != nil {
		return err
	}
	r.open = append(r.open, at.Sub(s.started))
	// What the opening leaves to the background (the opening backup a
	// second after the first frame, the filter's folding) is let finish:
	// the keystrokes are timed on a program at rest, as a moderator's are
	// a few seconds after opening.
	time.Sleep(2 * time.Second)
	s.settle(30 * time.Second)
	keys, err := typeFilter(s, o)
	if err != nil {
		return err
	}
	r.keys, r.first = append(r.keys, keys...), append(r.first, keys[0])
	r.typed = append(r.typed, s.memory())
	if o.smaps {
		r.maps = s.smaps()
	}
	d, err := s.press("\x1b", contains("Questions · "))
	if err != nil {
		return err
	}
	r.clear = append(r.clear, d)
	d, err = s.press("n", contains(fmt.Sprintf("Waiting %d ", n-1)))
	if err != nil {
		return err
	}
	r.commit = append(r.commit, d)
	// What a commit leaves to a moment later (podium lets go of the
	// file's pages half a second after the meeting last changed) is let
	// happen.
	time.Sleep(2 * time.Second)
	s.settle(10 * time.Second)
	r.called = append(r.called, s.memory())
	if o.churn == 0 {
		return nil
	}
	// A while of use: the filter typed and cleared, the question on the
	// floor postponed and the next called, again and again, then the
	// memory once at rest. Every third time the filter is typed a second
	// after the calls, once podium has let go of what they left resident
	// (see release in main.go), and its keys are timed.
	for i := range o.churn {
		if i%3 == 2 {
			time.Sleep(time.Second)
		}
		keys, err := typeFilter(s, o)
		if err != nil {
			return err
		}
		if i%3 == 2 {
			r.released = append(r.released, keys...)
		}
		if _, err := s.press("\x1b", contains("Questions · ")); err != nil {
			return err
		}
		if _, err := s.press("p", contains(fmt.Sprintf("Waiting %d ", n))); err != nil {
			return err
		}
		if _, err := s.press("n", contains(fmt.Sprintf("Waiting %d ", n-1))); err != nil {
			return err
		}
	}
	time.Sleep(2 * time.Second)
	s.settle(10 * time.Second)
	r.churned = append(r.churned, s.memory())
	return nil
}

// typeFilter opens the filter and types the query one key at a time,
// each to the frame whose title names the filter so far, and returns how
// long each key but the spaces took.
func typeFilter(s *session, o options) ([]time.Duration, error) {
	var keys []time.Duration
	if _, err := s.press("/", func(scr string) bool { return strings.Contains(scr, "esc") && strings.Contains(scr, "\n/") }); err != nil {
		return nil, err
	}
	for i := range o.query {
		if o.query[i] == ' ' {
			// The title shows the filter trimmed: a space changes nothing
			// on screen until the next letter.
			if _, err := s.press(" ", func(string) bool { return true }); err != nil {
				return nil, err
			}
			continue
		}
		d, err := s.press(o.query[i:i+1], contains("match “"+o.query[:i+1]+"”"))
		if err != nil {
			return nil, err
		}
		keys = append(keys, d)
	}
	return keys, nil
}

// copyFile copies src to dst and waits for the copy to reach the disk: a
// copy left in the page cache is written back by the first commit's
// fdatasync, which then took 100–130 ms at 100,000 questions (143 MB)
// instead of 8–16 ms, and that flush of the harness's own copy, not the
// program, was most of what `n` measured.
func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
