// Package docx writes WordprocessingML (.docx) files: just what Podium's
// Decree 30/2020 documents need — one A4 section with margins, Times New
// Roman, paragraphs (alignment, first-line indent, spacing, bold, italic,
// size, a bottom rule), tables with or without borders and with repeated
// header rows, page breaks, and page numbers centred in the header from
// page 2. It writes over archive/zip and encoding/xml only, and the same
// document always gives the same bytes (fixed zip times), so golden files
// work.
//
// Why our own: no well-kept, permissively licensed Go library writes docx
// (one young MIT fork, one LGPL, one paid, one AGPL); what the documents
// need is a few hundred lines. It imports nothing of Podium.
package docx
