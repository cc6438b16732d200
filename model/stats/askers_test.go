package stats

import (
	"testing"
	"unicode"

	"podium/model"
)

// lower is unicode.ToLower for every rune; its fast paths are only fast.
func TestLowerIsToLower(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := lower(r), unicode.ToLower(r); got != want {
			t.Fatalf("lower(%U) = %U, want %U", r, got, want)
		}
	}
}

func TestSameAskerButForCase(t *testing.T) {
	for _, c := range []struct {
		a, b model.Person
		same bool
	}{
		{model.Person{Name: "Nguyễn Văn An", Unit: "huyện Ân Thi"}, model.Person{Name: "NGUYỄN VĂN AN", Unit: "HUYỆN ÂN THI"}, true},
		{model.Person{Name: "Đỗ Thị Hương"}, model.Person{Name: "đỗ thị hương"}, true},
		{model.Person{Name: "Ư Ơ"}, model.Person{Name: "ư ơ"}, true},
		{model.Person{Name: "Nguyễn Văn An"}, model.Person{Name: "Nguyễn Văn Ân"}, false},
		{model.Person{Name: "An", Unit: "B"}, model.Person{Name: "AnB"}, false},
		{model.Person{Name: "An"}, model.Person{Name: "An "}, false},
	} {
		x := newAskerIndex(2)
		askers := []Asker{{Person: c.a}}
		x.find(c.a, nil)
		if got := x.find(c.b, askers) == 0; got != c.same {
			t.Errorf("%q and %q: same %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// Two people whose keys hash alike stay two people.
func TestAskerHashClash(t *testing.T) {
	x := newAskerIndex(4)
	x.hash = func(model.Person) uint64 { return 42 }
	var askers []Asker
	for _, p := range []model.Person{{Name: "An"}, {Name: "Bình"}, {Name: "AN"}, {Name: "BÌNH"}, {Name: "Cúc"}} {
		if i := x.find(p, askers); i == len(askers) {
			askers = append(askers, Asker{Person: p})
		}
	}
	if len(askers) != 3 || askers[0].Person.Name != "An" || askers[1].Person.Name != "Bình" || askers[2].Person.Name != "Cúc" {
		t.Errorf("askers %+v, want An, Bình, Cúc", askers)
	}
}
