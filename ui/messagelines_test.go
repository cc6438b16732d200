package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"podium/ui/i18n"
	"podium/ui/theme"
)

// longImport is the note a long import leaves: longer than an 80-column
// line, and than a 120-column one.
const longImport = "Đã nhập 4 ý kiến từ /home/thu-ky/Tài liệu/doi-thoai-2023/cau-hoi-gui-truoc.csv, xếp cuối danh sách chờ. " +
	"Thêm 3 chủ đề mới vào danh sách: Nông sản trên sàn thương mại điện tử, An toàn thông tin, Số hóa di tích."

// rowsOfMessage returns the rows the message takes in a frame: from the row
// where it starts to the one above the help line, each trimmed.
func rowsOfMessage(t *testing.T, screen, start string) []string {
	t.Helper()
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if strings.Contains(l, start) {
			rows := lines[i : len(lines)-1]
			for j := range rows {
				rows[j] = strings.TrimSpace(rows[j])
			}
			return rows
		}
	}
	t.Fatalf("%q is not on screen:\n%s", start, screen)
	return nil
}

// A message longer than the line is read whole: wrapped onto the lines
// above the help line, on every screen, the frame still exactly the
// terminal's size (the body gives up the rows); the next key takes it
// away and the body has its rows back.
func TestLongMessageWraps(t *testing.T) {
	refusal := "Không xóa được đơn vị SKHCN: vẫn còn ý kiến, phần trả lời hoặc việc cần theo dõi gửi đơn vị này. Chuyển các ý kiến đó sang đơn vị khác trước."
	for _, size := range [][2]int{{80, 24}, {120, 35}} {
		for s := range screenCount {
			t.Run(fmt.Sprintf("screen%d_%dx%d", s, size[0], size[1]), func(t *testing.T) {
				r := newRig(t, i18n.VI, size[0], size[1])
				r.run(r.m.switchTo(s))
				for _, msg := range []struct {
					text string
					err  bool
				}{{longImport, false}, {refusal, true}} {
					r.m.message, r.m.messageErr = msg.text, msg.err
					screen := r.screen()
					checkFits(t, screen, size[0], size[1])
					rows := rowsOfMessage(t, screen, msg.text[:20])
					if len(rows) < 2 {
						t.Errorf("a message longer than the line is on %d row", len(rows))
					}
					if got := strings.Join(rows, " "); got != msg.text {
						t.Errorf("the message reads\n%q\nwant\n%q", got, msg.text)
					}
				}
				r.press("esc")
				if r.m.message != "" {
					t.Errorf("a key left the message on screen")
				}
				checkFits(t, r.screen(), size[0], size[1])
			})
		}
	}
}

// A message longer than every row it may take ends in "…"; a warning
// hangs its lines under the sign.
func TestLongMessageHasItsRows(t *testing.T) {
	r := newRig(t, i18n.VI, 80, 24)
	r.m.message = strings.Repeat("Đã nhập 4 ý kiến từ tệp. ", 20)
	rows := rowsOfMessage(t, r.screen(), "Đã nhập")
	if len(rows) != maxMessageLines || !strings.HasSuffix(rows[len(rows)-1], "…") {
		t.Errorf("a message too long for %d rows shows as %q", maxMessageLines, rows)
	}
	r.m.message, r.m.alert = "", strings.Repeat("Sao lưu không được. ", 6)
	lines := strings.Split(r.screen(), "\n")
	if a, b := lines[len(lines)-3], lines[len(lines)-2]; !strings.HasPrefix(a, "⚠ Sao lưu") || !strings.HasPrefix(b, "  ") || strings.TrimSpace(b) == "" {
		t.Errorf("the warning's second line does not hang under the sign:\n%s\n%s", a, b)
	}
}

// The Moderate screen with a long import's note, at both sizes.
func TestLongMessageGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 35}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			wd, err := os.Getwd()
			if err != nil {
				t.Fatal(err)
			}
			r := newRig(t, i18n.VI, size[0], size[1])
			r.m.message = longImport
			screen := r.screen()
			checkFits(t, screen, size[0], size[1])
			if err := os.Chdir(wd); err != nil { // golden files live in ./testdata
				t.Fatal(err)
			}
			golden.RequireEqual(t, []byte(screen))
		})
	}
}

// asking is a screen asking a long question of its own on the message
// line, as the Timeline's undo of someone else's step does.
type asking struct {
	screenModel
	question string
}

func (a asking) messageLine(w int) string {
	return strings.Join(messageRows(theme.Role{}, "", a.question, w, maxMessageLines), "\n")
}

// A screen's own line may take several rows too: the frame gives them,
// still exactly the terminal's size.
func TestScreensOwnMessageMayWrap(t *testing.T) {
	q := "Hoàn tác bước của khán giả 10.0.0.7 lúc 08:33: gửi câu hỏi vào hộp thư “Xã có wifi miễn phí không?”? y: có, n: không"
	for _, size := range [][2]int{{80, 24}, {120, 35}} {
		r := newRig(t, i18n.VI, size[0], size[1])
		r.m.screens[r.m.screen] = asking{r.m.active(), q}
		screen := r.screen()
		checkFits(t, screen, size[0], size[1])
		if got := strings.Join(rowsOfMessage(t, screen, "Hoàn tác bước"), " "); got != q {
			t.Errorf("%dx%d: the question reads %q", size[0], size[1], got)
		}
	}
}
