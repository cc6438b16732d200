package i18n_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"podium/ui/i18n"
)

// retired are the other spellings of the domain's terms. Each term (an
// outcome, a status, a kind, a role, the event itself) has one name in the
// catalog, and every face takes it from there; these must not come back
// on a screen, in a document or in a message.
var retired = map[i18n.Lang][]string{
	i18n.VI: {
		"Trả lời tại chỗ",      // Trả lời tại hội nghị
		"Chuyển cấp",           // Chuyển cơ quan có thẩm quyền
		"Vượt thẩm quyền",      // Chuyển cơ quan có thẩm quyền
		"Đã TL",                // Đã trả lời
		"Đang hỏi",             // Đang phát biểu
		"cuộc họp", "Cuộc họp", // hội nghị
		"Người hỏi", // Đại biểu
		"STT",       // Số, unless the column is a running serial (serialKeys)
	},
	i18n.EN: {
		"beyond the province", // forwarded to the competent authority
		"Pledged",             // Commitment
	},
}

// serialKeys are columns that really are a running serial (1, 2, 3 … down a
// table of a report), where STT is the right heading.
var serialKeys = map[string]bool{"docs.report.col.no": true}

func TestTheCatalogSpellsEachTermOneWay(t *testing.T) {
	for lang, words := range retired {
		c := i18n.New(lang)
		for _, k := range i18n.Keys(lang) {
			v := c.T(k)
			for _, w := range words {
				if strings.Contains(v, w) && !(w == "STT" && serialKeys[k]) {
					t.Errorf("%s %s: %q spells a term the retired way (%q)", lang, k, v, w)
				}
			}
		}
	}
}

// The screens' and documents' golden files hold none of the retired
// spellings either (the STT of a report's running serial aside).
func TestTheGoldensSpellEachTermOneWay(t *testing.T) {
	n := 0
	for _, dir := range []string{"../testdata", "../export/testdata"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			n++
			s := string(b)
			for _, words := range retired {
				for _, w := range words {
					if w == "STT" && (strings.Contains(path, "bao-cao") || strings.Contains(path, "thong-bao")) {
						continue // the report's and the notice's running serials
					}
					if strings.Contains(s, w) {
						t.Errorf("%s holds %q", path, w)
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 20 {
		t.Fatalf("read only %d golden files", n)
	}
}
