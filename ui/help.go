package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The help screen: the showing screen's keys by group, then the keys of
// every screen, in as many columns as the width holds. Nothing is cut: what
// does not fit is on the next page (↓, pgdown or space; ↑ and pgup go
// back), and the title says which page it is.

// helpColumns lays the groups out in columns of at most h lines, each w
// cells wide at most; a group is kept in one column when it fits in one.
func (m *Model) helpColumns(w, h int) (cols [][]string, colW int) {
	st := m.ctx.Styles
	groups := m.FullHelp()
	keyW := 0
	for _, g := range groups {
		for _, b := range g.keys {
			keyW = max(keyW, width(b.Help().Key))
		}
	}
	var blocks [][]string
	for _, g := range groups {
		block := []string{st.FloorName.Render(cut(g.title, w))}
		for _, b := range g.keys {
			if !b.Enabled() {
				continue
			}
			k := st.HelpKey.Render(fit(b.Help().Key, keyW))
			block = append(block, "  "+k+" "+st.HelpDesc.Render(cut(b.Help().Desc, max(1, w-keyW-3))))
		}
		blocks = append(blocks, block)
	}
	if qr := m.helpQR(w, h); qr != nil { // joinqr.go
		blocks = append(blocks, qr)
	}
	for _, b := range blocks {
		for _, l := range b {
			colW = max(colW, width(l))
		}
	}
	h = max(1, h)
	var col []string
	for _, b := range blocks {
		if len(col) > 0 && len(col)+1+len(b) > h {
			cols, col = append(cols, col), nil
		}
		if len(col) > 0 {
			col = append(col, "")
		}
		for _, l := range b {
			if len(col) == h {
				cols, col = append(cols, col), nil
			}
			col = append(col, l)
		}
	}
	if len(col) > 0 {
		cols = append(cols, col)
	}
	return cols, min(colW, w)
}

// helpJoin is how others join (podium serve), above the keys on every
// page.
func (m *Model) helpJoin(w int) []string {
	if len(m.join) == 0 {
		return nil
	}
	lines := []string{m.ctx.Styles.FloorName.Render(cut(m.ctx.T.T("stage.join"), w))}
	for _, j := range m.join {
		lines = append(lines, cut(j, w))
	}
	return append(lines, "")
}

// helpPages is how many columns a page holds and how many pages there are.
func (m *Model) helpPages(w, h int) (cols [][]string, colW, perPage, pages int) {
	cols, colW = m.helpColumns(w-2, h-2-len(m.helpJoin(w-2)))
	const gap = 3
	perPage = max(1, (w-2+gap)/(colW+gap))
	pages = max(1, (len(cols)+perPage-1)/perPage)
	return cols, colW, perPage, pages
}

// helpBox draws the help's page in a box w×h.
func (m *Model) helpBox(w, h int) string {
	st, t := m.ctx.Styles, m.ctx.T
	cols, colW, perPage, pages := m.helpPages(w, h)
	m.helpTop = min(m.helpTop, pages-1)
	first := m.helpTop * perPage
	shown := cols[first:min(len(cols), first+perPage)]
	rows := 0
	for _, c := range shown {
		rows = max(rows, len(c))
	}
	join := m.helpJoin(w - 2)
	lines := make([]string, rows)
	for i := range lines {
		var b strings.Builder
		for j, c := range shown {
			cell := ""
			if i < len(c) {
				cell = c[i]
			}
			if j < len(shown)-1 {
				cell = padStyled(cell, colW) + "   "
			}
			b.WriteString(cell)
		}
		lines[i] = b.String()
	}
	lines = append(join, lines...)
	title := t.T("box.help")
	if pages > 1 {
		title = t.T("box.help_page", m.helpTop+1, pages)
	}
	return box(title, lines, w, h, st.BorderActive, st.BoxTitle)
}

// helpKey turns the help's pages; any other key closes it.
func (m *Model) helpKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.ctx.Keys.Reader
	_, _, _, pages := m.helpPages(m.frameSize())
	switch {
	case pages == 1: // one page: any key closes it, as ever
		m.over = modeMain
	case key.Matches(msg, k.Down, k.PageDown):
		m.helpTop = min(pages-1, m.helpTop+1)
	case key.Matches(msg, k.Up, k.PageUp):
		m.helpTop = max(0, m.helpTop-1)
	default:
		m.over = modeMain
	}
	return nil
}

// helpShortHelp is the help line under the help: the page keys when there
// are pages, and how to close it.
func (m *Model) helpShortHelp() []key.Binding {
	k := m.ctx.Keys.Reader
	if _, _, _, pages := m.helpPages(m.frameSize()); pages > 1 {
		return []key.Binding{k.PageDown, k.PageUp, k.Close}
	}
	return []key.Binding{k.Close}
}

// frameSize is the size of the body between the bars.
func (m *Model) frameSize() (int, int) {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		w, h = 80, 24
	}
	return w, max(0, h-3)
}
