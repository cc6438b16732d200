package storage

import (
	"time"
	"unicode/utf8"

	"podium/model"
)

// decodeQuestion decodes a question record as json.Marshal writes it,
// without reflection: at 100,000 questions encoding/json was two thirds of
// opening a meeting (issue 14). It handles only what Marshal writes for a
// model.Question: its keys spelled exactly, strings without escapes,
// integers, RFC 3339 times. On anything else (an escape, an unknown key, a
// null, a fraction, a damaged value) it reports false and the caller
// decodes with encoding/json, which gives the same result or the error.
// A test checks it against encoding/json on generated and mutated records.
//
// Strings that repeat from question to question (kind, channel, status,
// theme, departments, role, unit) are shared through intern, when not nil:
// one copy each instead of one per question.
func decodeQuestion(b []byte, intern map[string]string) (*model.Question, bool) {
	d := scan{b: b, intern: intern}
	q := new(model.Question)
	ok := d.object(func(key string) bool { return d.questionField(q, key) })
	if !ok || d.skipSpace() != len(b) {
		return nil, false
	}
	return q, true
}

// scan reads JSON from b at i.
type scan struct {
	b      []byte
	i      int
	intern map[string]string
}

// maxInterned bounds intern: a meeting's kinds, departments and units are
// a few hundred.
const maxInterned = 4096

func (d *scan) questionField(q *model.Question, key string) bool {
	switch key {
	case "id":
		return d.int(&q.ID)
	case "asker":
		return d.person(&q.Asker)
	case "kind":
		return d.short((*string)(&q.Kind))
	case "theme":
		return d.short(&q.Theme)
	case "text":
		return d.str(&q.Text)
	case "departments":
		q.Departments = []string{}
		return d.array(func() bool {
			var s string
			ok := d.short(&s)
			q.Departments = append(q.Departments, s)
			return ok
		})
	case "channel":
		return d.short((*string)(&q.Channel))
	case "status":
		return d.short((*string)(&q.Status))
	case "speaking":
		return d.object(func(k string) bool {
			switch k {
			case "accumulated":
				var n int
				ok := d.int(&n)
				q.Speaking.Accumulated = time.Duration(n)
				return ok
			case "running_since":
				return d.time(&q.Speaking.RunningSince)
			}
			return false
		})
	case "called_at":
		return d.time(&q.CalledAt)
	case "asked_until":
		return d.time(&q.AskedUntil)
	case "closed_at":
		return d.time(&q.ClosedAt)
	case "merged_into":
		return d.int(&q.MergedInto)
	case "created":
		return d.time(&q.Created)
	case "also_asked_by":
		q.AlsoAskedBy = []model.Person{}
		return d.array(func() bool {
			var p model.Person
			ok := d.person(&p)
			q.AlsoAskedBy = append(q.AlsoAskedBy, p)
			return ok
		})
	}
	return false
}

func (d *scan) person(p *model.Person) bool {
	return d.object(func(k string) bool {
		switch k {
		case "name":
			return d.str(&p.Name)
		case "role":
			return d.short(&p.Role)
		case "unit":
			return d.short(&p.Unit)
		}
		return false
	})
}

func (d *scan) skipSpace() int {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return d.i
		}
	}
	return d.i
}

// next skips space and takes c if it comes next.
func (d *scan) next(c byte) bool {
	if d.skipSpace() < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// object reads {"key": value, ...}, field reading each value.
func (d *scan) object(field func(key string) bool) bool {
	if !d.next('{') {
		return false
	}
	if d.next('}') {
		return true
	}
	for {
		var key string
		if !d.str(&key) || !d.next(':') || !field(key) {
			return false
		}
		if d.next('}') {
			return true
		}
		if !d.next(',') {
			return false
		}
	}
}

// array reads [value, ...], elem reading each value.
func (d *scan) array(elem func() bool) bool {
	if !d.next('[') {
		return false
	}
	if d.next(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if d.next(']') {
			return true
		}
		if !d.next(',') {
			return false
		}
	}
}

// str reads a string without escapes or control characters, in valid UTF-8.
func (d *scan) str(s *string) bool {
	var v []byte
	if !d.raw(&v) {
		return false
	}
	*s = string(v)
	return true
}

// raw reads a string as str does, giving its bytes in d.b.
func (d *scan) raw(s *[]byte) bool {
	if !d.next('"') {
		return false
	}
	start := d.i
	for ; d.i < len(d.b); d.i++ {
		switch c := d.b[d.i]; {
		case c == '"':
			v := d.b[start:d.i]
			d.i++
			if !utf8.Valid(v) {
				return false
			}
			*s = v
			return true
		case c == '\\', c < 0x20:
			return false
		}
	}
	return false
}

// short reads a string as str does, sharing it through d.intern.
func (d *scan) short(s *string) bool {
	if d.intern == nil {
		return d.str(s)
	}
	var v []byte
	if !d.raw(&v) {
		return false
	}
	if shared, ok := d.intern[string(v)]; ok {
		*s = shared
		return true
	}
	*s = string(v)
	if len(d.intern) < maxInterned {
		d.intern[*s] = *s
	}
	return true
}

// int reads an integer of at most 18 digits (no fraction, no exponent).
func (d *scan) int(n *int) bool {
	d.skipSpace()
	neg := d.i < len(d.b) && d.b[d.i] == '-'
	if neg {
		d.i++
	}
	start, v := d.i, 0
	for ; d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9'; d.i++ {
		v = v*10 + int(d.b[d.i]-'0')
	}
	digits := d.i - start
	if digits == 0 || digits > 18 || (digits > 1 && d.b[start] == '0') {
		return false
	}
	if d.i < len(d.b) {
		if c := d.b[d.i]; c == '.' || c == 'e' || c == 'E' {
			return false
		}
	}
	if neg {
		v = -v
	}
	*n = v
	return true
}

// time reads a time as time.Time's MarshalJSON writes it (RFC 3339), with
// time.Time's own UnmarshalJSON.
func (d *scan) time(t *time.Time) bool {
	var v []byte
	if !d.raw(&v) {
		return false
	}
	return t.UnmarshalJSON(d.b[d.i-len(v)-2:d.i]) == nil
}
