package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

// Align is a paragraph's alignment.
type Align string

// The alignments.
const (
	Left    Align = "left"
	Center  Align = "center"
	Right   Align = "right"
	Justify Align = "both"
)

// Run is a stretch of text with one look. A "\n" in Text is a line break,
// a "\t" a tab. Size is in points; 0 takes the paragraph's.
type Run struct {
	Text                    string
	Bold, Italic, Underline bool
	Size                    float64
}

// Para is a paragraph. Lengths are in millimetres, spacing in points.
// Bold, Italic and Size are its runs' defaults (and its mark's). Rule draws
// a line under it as wide as the paragraph between its indents: an empty
// paragraph with Rule and wide indents is a short centred rule.
type Para struct {
	Runs                    []Run
	Align                   Align
	FirstLine               float64 // first-line indent, mm
	IndentLeft, IndentRight float64 // mm
	Before, After           float64 // space before and after, pt
	Line                    float64 // line spacing as a multiple; 0 is single
	Bold, Italic            bool
	Size                    float64 // pt; 0 is the document's
	Rule                    bool
	KeepNext                bool // on the same page as the next paragraph
	PageBreakBefore         bool
}

// Cell is a table cell: its paragraphs (at least one is written) and how
// many grid columns it spans (0 or 1: one).
type Cell struct {
	Paras  []Para
	Span   int
	Middle bool // centred vertically
}

// Row is a table row. A Header row repeats at the top of every page the
// table runs onto (only the rows before the first non-header row count).
// No row is split across pages.
type Row struct {
	Cells  []Cell
	Header bool
}

// Table is a table of fixed column widths (mm). Borders draws single
// lines around and between every cell; without it the table is a layout
// grid (the header block of a Decree 30 document).
type Table struct {
	Widths  []float64
	Borders bool
	Rows    []Row
}

// Block is what a document's body holds: a Para, a Table or a PageBreak.
type Block interface{ block() }

// PageBreak starts a new page.
type PageBreak struct{}

func (Para) block()      {}
func (Table) block()     {}
func (PageBreak) block() {}

// Margins are the page's margins in millimetres.
type Margins struct{ Top, Bottom, Left, Right float64 }

// Document is one A4 portrait section.
type Document struct {
	Font    string  // "Times New Roman" when empty
	Size    float64 // body size in pt; 14 when 0
	Margins Margins
	// PageNumbers puts the page number centred at the top of every page
	// but the first.
	PageNumbers bool
	Body        []Block
}

// A4 is the page size in millimetres.
const (
	A4Width  = 210.0
	A4Height = 297.0
)

// TextWidth is the width between the margins, in millimetres.
func (d *Document) TextWidth() float64 { return A4Width - d.Margins.Left - d.Margins.Right }

// Add appends blocks to the body.
func (d *Document) Add(b ...Block) { d.Body = append(d.Body, b...) }

// twips converts millimetres to twentieths of a point.
func twips(mm float64) int { return int(math.Round(mm * 1440 / 25.4)) }

// half is a size in points as half-points.
func half(pt float64) int { return int(math.Round(pt * 2)) }

const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRel = "http://schemas.openxmlformats.org/package/2006/relationships"
	xmlPI = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// zipTime is every part's time in the zip: fixed, so the same document is
// the same bytes.
var zipTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Parts returns the package's parts by name, in the order they are
// written.
func (d *Document) Parts() []Part {
	return []Part{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"word/document.xml", d.documentXML()},
		{"word/styles.xml", d.stylesXML()},
		{"word/settings.xml", settingsXML},
		{"word/header1.xml", headerFirst},
		{"word/header2.xml", headerPage},
		{"word/_rels/document.xml.rels", documentRels},
	}
}

// Part is one file of the package.
type Part struct {
	Name string
	Data []byte
}

// Write writes the document as a .docx package.
func (d *Document) Write(w io.Writer) error {
	z := zip.NewWriter(w)
	for _, p := range d.Parts() {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.Name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return err
		}
		if _, err := f.Write(p.Data); err != nil {
			return err
		}
	}
	return z.Close()
}

// Bytes is the document as a .docx package.
func (d *Document) Bytes() []byte {
	var b bytes.Buffer
	_ = d.Write(&b) // a bytes.Buffer does not fail
	return b.Bytes()
}

var contentTypes = []byte(xmlPI + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`</Types>`)

var rootRels = []byte(xmlPI + `<Relationships xmlns="` + nsRel + `">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`</Relationships>`)

var documentRels = []byte(xmlPI + `<Relationships xmlns="` + nsRel + `">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
	`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>` +
	`</Relationships>`)

var settingsXML = []byte(xmlPI + `<w:settings xmlns:w="` + nsW + `">` +
	`<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`</w:settings>`)

// headerFirst is page 1's header: empty (Decree 30: no number on page 1).
var headerFirst = []byte(xmlPI + `<w:hdr xmlns:w="` + nsW + `"><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p></w:hdr>`)

// headerPage is every other page's header: the page number, centred.
var headerPage = []byte(xmlPI + `<w:hdr xmlns:w="` + nsW + `"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
	`<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
	`<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
	`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
	`<w:r><w:t>2</w:t></w:r>` +
	`<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`)

func (d *Document) font() string {
	if d.Font == "" {
		return "Times New Roman"
	}
	return d.Font
}

func (d *Document) size() float64 {
	if d.Size == 0 {
		return 14
	}
	return d.Size
}

func (d *Document) stylesXML() []byte {
	f := escape(d.font())
	var b strings.Builder
	b.WriteString(xmlPI + `<w:styles xmlns:w="` + nsW + `">`)
	fmt.Fprintf(&b, `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>`+
		`<w:color w:val="000000"/><w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`+
		`<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`,
		f, f, f, f, half(d.size()), half(d.size()))
	b.WriteString(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
		`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return []byte(b.String())
}

func (d *Document) documentXML() []byte {
	var b strings.Builder
	b.WriteString(xmlPI + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	pendingBreak := false
	for _, blk := range d.Body {
		switch v := blk.(type) {
		case Para:
			if pendingBreak {
				v.PageBreakBefore, pendingBreak = true, false
			}
			writePara(&b, v)
		case Table:
			if pendingBreak {
				writePara(&b, Para{PageBreakBefore: true, Size: 1})
				pendingBreak = false
			}
			writeTable(&b, v)
		case PageBreak:
			pendingBreak = true
		}
	}
	if pendingBreak {
		writePara(&b, Para{PageBreakBefore: true})
	}
	// A table as the body's last block needs a paragraph after it.
	if n := len(d.Body); n > 0 {
		if _, ok := d.Body[n-1].(Table); ok {
			writePara(&b, Para{Size: 1})
		}
	}
	m := d.Margins
	b.WriteString(`<w:sectPr>`)
	if d.PageNumbers {
		b.WriteString(`<w:headerReference w:type="first" r:id="rId3"/><w:headerReference w:type="default" r:id="rId4"/>`)
	}
	fmt.Fprintf(&b, `<w:pgSz w:w="%d" w:h="%d"/>`, twips(A4Width), twips(A4Height))
	fmt.Fprintf(&b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
		twips(m.Top), twips(m.Right), twips(m.Bottom), twips(m.Left), twips(min(10, m.Top/2)), twips(min(10, m.Bottom/2)))
	b.WriteString(`<w:cols w:space="720"/>`)
	if d.PageNumbers {
		b.WriteString(`<w:titlePg/>`)
	}
	b.WriteString(`</w:sectPr></w:body></w:document>`)
	return []byte(b.String())
}

func writePara(b *strings.Builder, p Para) {
	b.WriteString(`<w:p><w:pPr>`)
	if p.KeepNext {
		b.WriteString(`<w:keepNext/>`)
	}
	if p.PageBreakBefore {
		b.WriteString(`<w:pageBreakBefore/>`)
	}
	if p.Rule {
		b.WriteString(`<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>`)
	}
	if p.Before != 0 || p.After != 0 || p.Line != 0 {
		line := 240
		if p.Line != 0 {
			line = int(math.Round(p.Line * 240))
		}
		fmt.Fprintf(b, `<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="auto"/>`, int(math.Round(p.Before*20)), int(math.Round(p.After*20)), line)
	}
	if p.FirstLine != 0 || p.IndentLeft != 0 || p.IndentRight != 0 {
		fmt.Fprintf(b, `<w:ind w:left="%d" w:right="%d" w:firstLine="%d"/>`, twips(p.IndentLeft), twips(p.IndentRight), twips(p.FirstLine))
	}
	if p.Align != "" {
		fmt.Fprintf(b, `<w:jc w:val="%s"/>`, p.Align)
	}
	writeRPr(b, Run{Bold: p.Bold, Italic: p.Italic, Size: p.Size})
	b.WriteString(`</w:pPr>`)
	for _, r := range p.Runs {
		if r.Size == 0 {
			r.Size = p.Size
		}
		r.Bold = r.Bold || p.Bold
		r.Italic = r.Italic || p.Italic
		writeRun(b, r)
	}
	b.WriteString(`</w:p>`)
}

func writeRPr(b *strings.Builder, r Run) {
	if !r.Bold && !r.Italic && !r.Underline && r.Size == 0 {
		return
	}
	b.WriteString(`<w:rPr>`)
	if r.Bold {
		b.WriteString(`<w:b/><w:bCs/>`)
	}
	if r.Italic {
		b.WriteString(`<w:i/><w:iCs/>`)
	}
	if r.Size != 0 {
		fmt.Fprintf(b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, half(r.Size), half(r.Size))
	}
	if r.Underline {
		b.WriteString(`<w:u w:val="single"/>`)
	}
	b.WriteString(`</w:rPr>`)
}

func writeRun(b *strings.Builder, r Run) {
	b.WriteString(`<w:r>`)
	writeRPr(b, r)
	for i, line := range strings.Split(r.Text, "\n") {
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString(`<w:tab/>`)
			}
			if part != "" {
				b.WriteString(`<w:t xml:space="preserve">` + escape(part) + `</w:t>`)
			}
		}
	}
	b.WriteString(`</w:r>`)
}

func writeTable(b *strings.Builder, t Table) {
	total := 0
	for _, w := range t.Widths {
		total += twips(w)
	}
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>`, total)
	if t.Borders {
		b.WriteString(`<w:tblBorders>`)
		for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
			fmt.Fprintf(b, `<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>`, side)
		}
		b.WriteString(`</w:tblBorders>`)
	} else {
		b.WriteString(`<w:tblBorders>`)
		for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
			fmt.Fprintf(b, `<w:%s w:val="nil"/>`, side)
		}
		b.WriteString(`</w:tblBorders>`)
	}
	b.WriteString(`<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr><w:tblGrid>`)
	for _, w := range t.Widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, twips(w))
	}
	b.WriteString(`</w:tblGrid>`)
	inHead := true
	for _, r := range t.Rows {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		if r.Header && inHead {
			b.WriteString(`<w:tblHeader/>`)
		} else {
			inHead = false
		}
		b.WriteString(`</w:trPr>`)
		col := 0
		for _, c := range r.Cells {
			span := max(c.Span, 1)
			w := 0
			for i := col; i < col+span && i < len(t.Widths); i++ {
				w += twips(t.Widths[i])
			}
			col += span
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, w)
			if span > 1 {
				fmt.Fprintf(b, `<w:gridSpan w:val="%d"/>`, span)
			}
			if c.Middle {
				b.WriteString(`<w:vAlign w:val="center"/>`)
			}
			b.WriteString(`</w:tcPr>`)
			if len(c.Paras) == 0 {
				writePara(b, Para{})
			}
			for _, p := range c.Paras {
				writePara(b, p)
			}
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}

// escape is text for XML: markup escaped, and characters XML cannot hold
// (C0 controls but tab and newline) replaced by U+FFFD.
func escape(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s)) // a bytes.Buffer does not fail
	return b.String()
}
