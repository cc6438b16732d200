package web

import (
	"fmt"
	"strings"
	"sync"

	qr "github.com/piglig/go-qr"
)

// modules is a QR code's grid, true for dark, with its quiet zone.
func modules(text string) [][]bool {
	code, err := qr.EncodeText(text, qr.Medium)
	if err != nil {
		return nil
	}
	const quiet = 2
	n := code.Size()
	grid := make([][]bool, n+2*quiet)
	for y := range grid {
		grid[y] = make([]bool, n+2*quiet)
		for x := range grid[y] {
			xx, yy := x-quiet, y-quiet
			grid[y][x] = xx >= 0 && yy >= 0 && xx < n && yy < n && code.Module(xx, yy)
		}
	}
	return grid
}

// QRLines draws text's QR code in half blocks, two rows of modules to a
// line, dark modules in the foreground: the caller colours it dark on
// light. nil when text does not fit a QR code.
func QRLines(text string) []string {
	g := modules(text)
	var lines []string
	for y := 0; y < len(g); y += 2 {
		var b strings.Builder
		for x := range g[y] {
			top := g[y][x]
			bottom := y+1 < len(g) && g[y+1][x]
			switch {
			case top && bottom:
				b.WriteString("█")
			case top:
				b.WriteString("▀")
			case bottom:
				b.WriteString("▄")
			default:
				b.WriteString(" ")
			}
		}
		lines = append(lines, b.String())
	}
	return lines
}

// svgOf draws text's QR code as an inline SVG: one path of the dark
// modules on a white square, sized by its container.
func svgOf(text string) string {
	g := modules(text)
	if g == nil {
		return ""
	}
	var p strings.Builder
	for y, row := range g {
		for x, dark := range row {
			if dark {
				fmt.Fprintf(&p, "M%d %dh1v1h-1z", x, y)
			}
		}
	}
	n := len(g)
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" role="img"><rect width="%d" height="%d" fill="#fff"/><path d="%s" fill="#000"/></svg>`,
		n, n, n, n, p.String())
}

// qrCache keeps the last address's SVG: the address changes only with
// new codes.
type qrCache struct {
	mu    sync.Mutex
	text  string
	svgT  string
	lineT []string
}

func (c *qrCache) fill(text string) {
	if c.text != text || c.svgT == "" {
		c.text, c.svgT, c.lineT = text, svgOf(text), QRLines(text)
	}
}

func (c *qrCache) svg(text string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.fill(text)
	return c.svgT
}

func (c *qrCache) lines(text string) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.fill(text)
	return c.lineT
}

// AskQR is the ask page's QR code in half blocks (QRLines), for the
// moderator's screen; nil when the page has no address.
func (s *Server) AskQR() []string {
	u := s.AskURL()
	if u == "" {
		return nil
	}
	return s.qr.lines(u)
}
