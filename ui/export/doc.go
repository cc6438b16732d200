// Package export is the meeting as the office reads it after the meeting:
// the minutes (Markdown, HTML), the spreadsheets (CSV) and the whole
// meeting as JSON, with its import. Documents are a face of Podium like the
// screens, so their words come from the catalog (ui/i18n); the figures
// they print come from model/stats. It imports no storage: the command
// line reads the meeting and hands it here.
package export
