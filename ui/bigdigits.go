package ui

// bigGlyphs are the clock's characters five rows tall, for the back of the
// hall. Each glyph is the same width so the clock does not jitter.
var bigGlyphs = map[rune][5]string{
	'0': {"█████", "█   █", "█   █", "█   █", "█████"},
	'1': {"   █ ", "  ██ ", "   █ ", "   █ ", "  ███"},
	'2': {"█████", "    █", "█████", "█    ", "█████"},
	'3': {"█████", "    █", " ████", "    █", "█████"},
	'4': {"█   █", "█   █", "█████", "    █", "    █"},
	'5': {"█████", "█    ", "█████", "    █", "█████"},
	'6': {"█████", "█    ", "█████", "█   █", "█████"},
	'7': {"█████", "    █", "   █ ", "  █  ", "  █  "},
	'8': {"█████", "█   █", "█████", "█   █", "█████"},
	'9': {"█████", "█   █", "█████", "    █", "█████"},
	':': {"   ", " █ ", "   ", " █ ", "   "},
	'+': {"     ", "  █  ", "█████", "  █  ", "     "},
	' ': {"  ", "  ", "  ", "  ", "  "},
}

// bigText draws s (digits, ':', '+') five rows tall, a column apart.
func bigText(s string) []string {
	rows := make([]string, 5)
	for i, r := range s {
		g, ok := bigGlyphs[r]
		if !ok {
			continue
		}
		for row := range rows {
			if i > 0 {
				rows[row] += " "
			}
			rows[row] += g[row]
		}
	}
	return rows
}

// bigWidth is how wide bigText(s) is.
func bigWidth(s string) int {
	if len(s) == 0 {
		return 0
	}
	return width(bigText(s)[0])
}
