// Package hostile is test support: text a hostile user or file might carry
// to a terminal, a way to put it into every string field of a value, and
// the checks that none of it is left. Only tests import it.
package hostile

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pieces are whole hostile sequences: escape sequences a terminal would act
// on (window title, clipboard, clear screen, device control, graphics,
// reset), C0 and C1 controls, bidi controls and zero-width characters.
var Pieces = []string{
	"\x1b]0;pwned\x07",           // OSC 0: window title, BEL-terminated
	"\x1b]2;pwned\x1b\\",         // OSC 2: window title, ST-terminated
	"\x1b]52;c;aGVsbG8=\x07",     // OSC 52: write the clipboard
	"\x1b]52;c;aGVsbG8=\x1b\\",   // OSC 52 ended by ST
	"\x1b]8;;http://evil/\x1b\\", // OSC 8 hyperlink
	"\x1b]9;notify\x07",          // OSC 9: desktop notification
	"\x1b[2J\x1b[H",              // CSI: clear screen, home
	"\x1b[31m",                   // SGR
	"\x1b[6n",                    // CSI: report the cursor (an answer comes back as input)
	"\x1bP$q\"p\x1b\\",           // DCS request status
	"\x1bPq#0;2;0;0;0#0~~\x1b\\", // DCS sixel
	"\x1b_Gf=100;AAAA\x1b\\",     // APC (kitty graphics)
	"\x1b^pm\x1b\\",              // PM
	"\x1bXsos\x1b\\",             // SOS
	"\x1bc",                      // RIS: full reset
	"\x1b7", "\x1b8", "\x1bM",    // save/restore cursor, reverse index
	"\u009b", "\u009d", "\u0090", "\u009c", "\u0085", "\u0084", "\u008d", "\u0080", "\u009f", // C1 as characters
	"\x00", "\x07", "\x08", "\x0b", "\x0c", "\r", "\x7f", "\x1b", // C0 and DEL
	"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", // bidi embeddings and overrides
	"\u2066", "\u2067", "\u2068", "\u2069", // bidi isolates
	"\u200e", "\u200f", "\u061c", // bidi marks
	"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", // zero-width
}

// Runes are the single hostile characters, for building random runs.
var Runes = []rune{
	0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x0d, 0x0e, 0x1b, 0x1f, 0x7f,
	0x80, 0x84, 0x85, 0x8d, 0x90, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
	0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
	0x200e, 0x200f, 0x061c, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff,
}

// Forbidden says why r must not be in cleaned text ("" if it may be).
// Newlines are allowed in multi-line text.
func Forbidden(r rune, multiline bool) string {
	switch {
	case r == '\n' && multiline:
		return ""
	case r == 0x1b:
		return "ESC"
	case r < 0x20 || r == 0x7f:
		return "C0 control"
	case r >= 0x80 && r <= 0x9f:
		return "C1 control"
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return "bidi control"
	case r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff, r == 0x180e:
		return "zero-width character"
	case r == 0x2028 || r == 0x2029:
		return "line or paragraph separator"
	case r == utf8.RuneError:
		return "invalid UTF-8"
	case unicode.Is(unicode.Cc, r):
		return "control"
	}
	return ""
}

// CheckString returns a description of the first forbidden character in
// s, or "".
func CheckString(s string, multiline bool) string {
	if !utf8.ValidString(s) {
		return fmt.Sprintf("invalid UTF-8 in %+q", s)
	}
	for i, r := range s {
		if why := Forbidden(r, multiline); why != "" {
			return fmt.Sprintf("%s %U at byte %d of %+q", why, r, i, s)
		}
	}
	return ""
}

// CheckDocument is CheckString for an exported document: lines end in LF
// or CR LF, tabs are allowed, and a byte-order mark may open the file.
func CheckDocument(b []byte) string {
	s := strings.TrimPrefix(string(b), "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\t", " ")
	if why := CheckString(s, true); why != "" {
		if len(why) > 300 {
			why = why[:300] + "…"
		}
		return why
	}
	return ""
}

// Fill replaces every exported string field of *v (structs, pointers,
// slices, nested; named string types too) with f(path, old). A nil slice
// of strings or structs gets one element, a nil pointer to a struct a new
// value, so that every field is reached.
func Fill(v any, f func(path, old string) string) {
	fill(reflect.ValueOf(v).Elem(), reflect.TypeOf(v).Elem().Name(), true, f)
}

// FillExisting is Fill without growing anything: only the strings v
// already has are replaced, so its records keep holding together.
func FillExisting(v any, f func(path, old string) string) {
	fill(reflect.ValueOf(v).Elem(), reflect.TypeOf(v).Elem().Name(), false, f)
}

func fill(v reflect.Value, path string, grow bool, f func(path, old string) string) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(f(path, v.String()))
		}
	case reflect.Pointer:
		if ek := v.Type().Elem().Kind(); grow && v.IsNil() && v.CanSet() && (ek == reflect.Struct || ek == reflect.String) {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if !v.IsNil() {
			fill(v.Elem(), path, grow, f)
		}
	case reflect.Struct:
		if v.Type().PkgPath() == "time" {
			return
		}
		for i := range v.NumField() {
			sf := v.Type().Field(i)
			if !sf.IsExported() {
				continue
			}
			fill(v.Field(i), path+"."+sf.Name, grow, f)
		}
	case reflect.Slice:
		ek := v.Type().Elem().Kind()
		if grow && v.Len() == 0 && v.CanSet() && (ek == reflect.String || ek == reflect.Struct || ek == reflect.Pointer) {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		}
		for i := range v.Len() {
			fill(v.Index(i), fmt.Sprintf("%s[%d]", path, i), grow, f)
		}
	case reflect.Map:
		// No map holds text in the model.
	}
}

// Walk calls f with every string field of v (by value or pointer) and its
// path.
func Walk(v any, f func(path, s string)) {
	rv := reflect.ValueOf(v)
	walk(rv, rv.Type().String(), f)
}

func walk(v reflect.Value, path string, f func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		f(path, v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walk(v.Elem(), path, f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if sf := v.Type().Field(i); sf.IsExported() {
				walk(v.Field(i), path+"."+sf.Name, f)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i), f)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			walk(iter.Value(), fmt.Sprintf("%s[%v]", path, iter.Key()), f)
		}
	}
}

// Multiline reports whether the field at path (as Fill and Walk write it)
// is multi-line text: a question's text, an answer's notes, what a
// follow-up asks and the office's note on it.
func Multiline(path string) bool {
	if strings.Contains(path, "Stage") || strings.Contains(path, "SendNote") || strings.Contains(path, "BackstageNote") {
		return false
	}
	for _, f := range []string{".Text", ".Notes", ".What", ".Note"} {
		if strings.HasSuffix(path, f) {
			return true
		}
	}
	return false
}

// Check returns one line per string field of v holding something
// forbidden.
func Check(v any) []string {
	var bad []string
	Walk(v, func(path, s string) {
		if why := CheckString(s, Multiline(path)); why != "" {
			bad = append(bad, path+": "+why)
		}
	})
	return bad
}

// CheckJSON is CheckDocument for JSON, whose encoder writes controls as
// \u escapes: it checks every string the document holds, decoded (keys
// and values; newlines allowed).
func CheckJSON(b []byte) string {
	if why := CheckDocument(b); why != "" {
		return why
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return "not JSON: " + err.Error()
	}
	var bad string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if why := CheckString(v, true); why != "" && bad == "" {
				bad = why
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for k, e := range v {
				walk(k)
				walk(e)
			}
		}
	}
	walk(v)
	return bad
}
