package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"podium/model"
	"podium/model/demo"
	"podium/model/hostile"
	"podium/storage"
	"podium/ui/export"
)

// fuzzBase is the played demo, with two backstage notes, as a JSON
// export: every kind of record, and text in every field.
var fuzzBase = sync.OnceValues(func() ([]byte, error) {
	m, err := demo.Played()
	if err != nil {
		return nil, err
	}
	for _, n := range []model.SendNote{{From: "Thư ký", Text: "Công an tỉnh xin trả lời 7 và 9 cùng lúc"}, {Text: "Còn 10 phút"}} {
		if m, _, err = model.Apply(m, n, demo.AsOf); err != nil {
			return nil, err
		}
	}
	return export.JSON(m)
})

// vanishing are the hostile pieces that cleaning removes without a trace
// between two letters: they may go into codes and enumerations, whose
// value must survive cleaning for the file to hold together.
var vanishing = sync.OnceValue(func() []string {
	var out []string
	for _, p := range hostile.Pieces {
		if model.CleanLine("a"+p+"b") == "ab" {
			out = append(out, p)
		}
	}
	return out
})

// keyed reports whether the field at path is a code, a reference to one or
// an enumeration: only vanishing pieces go there.
func keyed(path string) bool {
	for _, s := range []string{".Kind", ".Channel", ".Status", ".Outcome", ".Source", ".State", ".Display", ".Code", ".Department"} {
		if strings.HasSuffix(path, s) {
			return true
		}
	}
	return strings.Contains(path, ".Departments[")
}

// FuzzImportJSON imports the played demo with hostile text put into every
// text field of its JSON export: whole escape sequences (window title,
// clipboard, device control, ...), random runs of C0, C1, bidi and
// zero-width characters, and whatever the fuzzer makes of junk. The import
// either refuses (and leaves no file) or stores a meeting that, read back
// from the file, holds none of it, and neither does any export.
//
// As a test it runs the seeds; go test -run X -fuzz FuzzImportJSON
// -fuzztime 90s . explores.
func FuzzImportJSON(f *testing.F) {
	f.Add([]byte{0}, "")
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, "\x1b]0;pwned\x07")
	f.Add([]byte{200, 13, 77, 250}, "\x1b]52;c;aGVsbG8=\x07")
	f.Add([]byte{42}, "\u202eevil\u202c\u2066x\u2069")
	f.Add([]byte{7, 7, 7}, "zero\u200bwidth\u200d\ufeff\u2060")
	f.Add([]byte{99, 1}, "\u009b31m\u009d0;t\u009c\u0090q\u009c\u0085")
	f.Add([]byte{3, 141}, "\x9b2J\x9d0;x\x07\xff\xfe")
	f.Add([]byte{255, 0, 128}, "\x1bPq#0;2;0;0;0#0~~\x1b\\\x1b_G;A\x1b\\\x1bc")
	f.Add([]byte{5, 6}, "\x1b]0;unterminated")
	f.Add([]byte{11, 12, 13}, "Nguye\u0302\u0303n \r\n\x00\x7f\x08 Đ")
	for _, p := range hostile.Pieces {
		f.Add([]byte(p), p)
	}
	base, err := fuzzBase()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, choices []byte, junk string) {
		var d export.Document
		if err := json.Unmarshal(base, &d); err != nil {
			t.Fatal(err)
		}
		i := 0
		next := func() int {
			if len(choices) == 0 {
				return 0
			}
			c := int(choices[i%len(choices)])
			i++
			return c
		}
		insert := func(s, piece string) string {
			r := []rune(s)
			at := next() % (len(r) + 1)
			return string(r[:at]) + piece + string(r[at:])
		}
		inserted := 0
		hostile.FillExisting(&d, func(path, old string) string {
			switch {
			case strings.HasSuffix(path, ".Format"):
				return old
			case keyed(path):
				v := vanishing()
				inserted++
				return insert(old, v[next()%len(v)])
			}
			s := insert(old, hostile.Pieces[next()%len(hostile.Pieces)])
			var run strings.Builder
			for range next() % 8 {
				run.WriteRune(hostile.Runes[next()%len(hostile.Runes)])
			}
			s = insert(s, run.String())
			if junk != "" && next()%2 == 0 {
				s = insert(s, junk)
			}
			inserted++
			return s
		})
		doc, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		src, dest := filepath.Join(dir, "evil.json"), filepath.Join(dir, "new.podium")
		if err := os.WriteFile(src, doc, 0o600); err != nil {
			t.Fatal(err)
		}
		var out, errOut bytes.Buffer
		code := run([]string{"--lang", "en", "import", src, dest}, &out, &errOut)
		for name, b := range map[string][]byte{"stdout": out.Bytes(), "stderr": errOut.Bytes()} {
			if why := hostile.CheckDocument(b); why != "" {
				t.Errorf("import's %s: %s", name, why)
			}
		}
		if code != 0 {
			// Refused (a required field of escapes only, codes made one):
			// nothing is left behind.
			t.Logf("refused: %s", strings.TrimSpace(errOut.String()))
			if _, err := os.Stat(dest); err == nil {
				t.Errorf("a refused import left %s: %s", dest, errOut.String())
			}
			return
		}
		if inserted > 0 && !strings.Contains(out.String(), "Cleaned") {
			t.Errorf("the import does not say it cleaned: %q", out.String())
		}
		s, err := storage.Open(dest, &storage.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		m := s.Meeting()
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		for _, bad := range hostile.Check(m) {
			t.Errorf("stored: %s", bad)
		}
		now := time.Date(2023, 3, 30, 9, 0, 0, 0, time.UTC)
		j, err := export.JSON(m)
		if err != nil {
			t.Fatal(err)
		}
		for name, b := range map[string][]byte{
			"md":            export.Markdown(m, now),
			"html":          export.HTML(m, now),
			"questions.csv": export.QuestionsCSV(m, now),
			"followups.csv": export.FollowUpsCSV(m, now),
		} {
			if why := hostile.CheckDocument(b); why != "" {
				t.Errorf("%s export: %s", name, why)
			}
		}
		if why := hostile.CheckJSON(j); why != "" {
			t.Errorf("json export: %s", why)
		}
	})
}
