package web

import (
	"image"
	"image/color"
	"strings"
	"testing"

	qr "github.com/piglig/go-qr"
)

// picture draws half-block lines as an image, each cell 4x8 pixels (two
// modules of 4x4): what a phone's camera sees of the moderator's screen.
func picture(lines []string) image.Image {
	w := len([]rune(lines[0]))
	img := image.NewGray(image.Rect(0, 0, w*4, len(lines)*8))
	for y, l := range lines {
		for x, r := range []rune(l) {
			top := r == '█' || r == '▀'
			bottom := r == '█' || r == '▄'
			for py := range 8 {
				dark := (py < 4 && top) || (py >= 4 && bottom)
				for px := range 4 {
					c := color.Gray{Y: 255}
					if dark {
						c = color.Gray{}
					}
					img.SetGray(x*4+px, y*8+py, c)
				}
			}
		}
	}
	return img
}

// The QR code in half blocks reads back as the ask page's address.
func TestQRLinesDecode(t *testing.T) {
	u := "http://192.168.1.20:8080/ask?code=kxmtprwabcdh"
	lines := QRLines(u)
	if len(lines) == 0 || len(lines) > 20 || len([]rune(lines[0])) > 40 {
		t.Fatalf("%d lines of %d cells:\n%s", len(lines), len([]rune(lines[0])), strings.Join(lines, "\n"))
	}
	got, err := qr.Decode(picture(lines))
	if err != nil || got != u {
		t.Fatalf("decoded %q, %v", got, err)
	}
}

// The projector's SVG draws the same modules.
func TestQRSVG(t *testing.T) {
	s := svgOf("http://10.0.0.1:8080/ask?code=aaaabbbbcccc")
	if !strings.HasPrefix(s, "<svg") || !strings.Contains(s, `fill="#000"`) || strings.Count(s, "h1v1h-1z") < 100 {
		t.Fatalf("svg: %.200s", s)
	}
}
