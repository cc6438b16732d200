package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

func sample() *Document {
	d := &Document{Margins: Margins{Top: 20, Bottom: 20, Left: 30, Right: 15}, PageNumbers: true}
	d.Add(
		Table{Widths: []float64{60, 105}, Rows: []Row{{Cells: []Cell{
			{Paras: []Para{{Align: Center, Runs: []Run{{Text: "ỦY BAN NHÂN DÂN", Bold: true}}}, {Rule: true, IndentLeft: 20, IndentRight: 20, Size: 2}}},
			{Paras: []Para{{Align: Center, Runs: []Run{{Text: "CỘNG HÒA <&> \x01"}}}}},
		}}}},
		Para{Align: Justify, FirstLine: 12.7, After: 6, Runs: []Run{{Text: "a\nb\tc", Italic: true}}},
		PageBreak{},
		Table{Widths: []float64{10, 155}, Borders: true, Rows: []Row{
			{Header: true, Cells: []Cell{{Paras: []Para{{Runs: []Run{{Text: "TT"}}}}}, {}}},
			{Cells: []Cell{{Span: 2}}},
		}},
	)
	return d
}

// Every XML part is well-formed, and the same document gives the same
// bytes.
func TestPackage(t *testing.T) {
	b := sample().Bytes()
	if !bytes.Equal(b, sample().Bytes()) {
		t.Fatal("two writes of one document differ")
	}
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, f := range z.File {
		names[f.Name] = true
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		dec := xml.NewDecoder(bytes.NewReader(data))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
		}
		if f.Name == "word/document.xml" {
			s := string(data)
			for _, want := range []string{`<w:titlePg/>`, `<w:tblHeader/>`, `<w:pageBreakBefore/>`, `w:left="1701"`, `w:w="11906"`, "CỘNG HÒA &lt;&amp;&gt; \uFFFD", `<w:br/>`, `<w:tab/>`, `<w:gridSpan w:val="2"/>`} {
				if !strings.Contains(s, want) {
					t.Errorf("document.xml lacks %s", want)
				}
			}
		}
	}
	for _, n := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/header1.xml", "word/header2.xml"} {
		if !names[n] {
			t.Errorf("no %s in the package", n)
		}
	}
}
