package model

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// The cases of the three foldings Fold replaced: the CSV import's headings,
// the queue's search, and names that differ only by case.
func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		// CSV headings.
		"Họ và tên:":             "ho va ten",
		"  ĐƠN VỊ,  địa phương ": "don vi dia phuong",
		"Gửi tới (mã)":           "gui toi ma",
		"Nguye\u0302\u0303n":     "nguyen", // decomposed, as some keyboards send it
		"Representative's title": "representative s title",
		"":                       "",
		// The queue's search.
		"Công an tỉnh":         "cong an tinh",
		"Đức":                  "duc",
		"ĐỖ ĐỨC ĐẠT":           "do duc dat",
		"Nguyễn Văn An":        "nguyen van an",
		"NGUYỄN   VĂN\tAN":     "nguyen van an",
		"Ước mơ, Ưu tiên; Ơn.": "uoc mo uu tien on",
		"Sở KH&CN":             "so kh cn",
		"#12":                  "12",
		"\u200bẩn\u202e":       "an", // bidi and zero-width controls are not letters
		"\x1b[31mđỏ\x1b[0m":    "31mdo 0m",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// What the queue's filter relies on: a folded phrase is found at the start
// of a folded word, whatever the accents and case on either side.
func TestFoldFinds(t *testing.T) {
	for _, c := range []struct {
		hay, filter string
		found       bool
	}{
		{"Công an tỉnh Hưng Yên", "cong an", true},
		{"Công an tỉnh Hưng Yên", "CÔNG AN", true},
		{"Đỗ Đức Anh", "duc", true},
		{"Nguyễn Văn An, Ân Thi", "nguyen van", true},
		{"công nghệ dự án", "cong an", false},
		{"Nguyễn Văn An", "van an thi", false},
	} {
		found := strings.Contains(" "+Fold(c.hay)+" ", " "+Fold(c.filter)+" ") ||
			strings.Contains(" "+Fold(c.hay), " "+Fold(c.filter))
		if found != c.found {
			t.Errorf("%q in %q: found %v, want %v", c.filter, c.hay, found, c.found)
		}
	}
}

// Folding is idempotent, and safe from several goroutines at once.
func TestFoldIdempotentAndConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, s := range []string{"Họ và tên:", "Đỗ Đức Anh", "Sở KH&CN", "Nguye\u0302\u0303n"} {
				if f := Fold(s); Fold(f) != f {
					t.Errorf("Fold(Fold(%q)) = %q, not %q", s, Fold(f), f)
				}
			}
		}()
	}
	wg.Wait()
}

// Fold's table and fast path fold every rune, and mixes of them, as the
// definition does (foldSlow).
func TestFoldFastIsSlow(t *testing.T) {
	var all []rune
	for r := rune(0); r < 0x30000; r++ {
		if got, want := Fold(string(r)), foldSlow(string(r)); got != want {
			t.Fatalf("Fold(%U) = %q, foldSlow %q", r, got, want)
		}
		if r%7 == 0 || r < 0x2100 {
			all = append(all, r)
		}
	}
	// Runs of runes side by side: marks after letters, separators between.
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			switch rng.IntN(4) {
			case 0:
				b.WriteRune(rune(0x300 + rng.IntN(0x70))) // a combining mark
			case 1:
				b.WriteString(" ,.-")
			default:
				b.WriteRune(all[rng.IntN(len(all))])
			}
		}
		if s := b.String(); Fold(s) != foldSlow(s) {
			t.Fatalf("Fold(%q) = %q, foldSlow %q", s, Fold(s), foldSlow(s))
		}
	}
	for _, s := range []string{"\xff\xfeabc", "a\xc3", "Nguye\u0302\u0303n Văn Ân", "한국어 텍스트", "ﬁle Ⅻ ①"} {
		if Fold(s) != foldSlow(s) {
			t.Errorf("Fold(%q) = %q, foldSlow %q", s, Fold(s), foldSlow(s))
		}
	}
}

func BenchmarkFold(b *testing.B) {
	s := strings.Repeat("Đề nghị tỉnh hỗ trợ thanh niên khởi nghiệp trong lĩnh vực chuyển đổi số. ", 4)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		_ = Fold(s)
	}
}
