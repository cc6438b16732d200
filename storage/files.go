package storage

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"podium/storage/safefile"
)

// Permissions of the files Podium writes that are not meetings.
const (
	// ExportMode is for exports (minutes, spreadsheets): meant to be shared.
	ExportMode fs.FileMode = 0o644
	// PrivateMode is for backups and keys: they hold names or secrets.
	PrivateMode fs.FileMode = fileMode
)

// targetCodes turn safefile's refusals into codes the screens can word.
var targetCodes = map[safefile.Kind]Code{
	safefile.KindMeeting:   CodeTargetMeeting,
	safefile.KindDatabase:  CodeTargetDatabase,
	safefile.KindSource:    CodeTargetSource,
	safefile.KindDirectory: CodeTargetDirectory,
	safefile.KindDevice:    CodeTargetDevice,
	safefile.KindFIFO:      CodeTargetFIFO,
	safefile.KindSocket:    CodeTargetSocket,
	safefile.KindSymlink:   CodeTargetSymlink,
	safefile.KindIrregular: CodeTargetIrregular,
}

// FileError is err, from writing the file at path through safefile, as an
// *Error: a refusal gets its target_* code naming the refused file; any
// other failure is CodeIO with the cause as its argument.
func FileError(path string, err error) error {
	if err == nil {
		return nil
	}
	var se *Error
	if errors.As(err, &se) {
		return se
	}
	var r *safefile.RefusedError
	if errors.As(err, &r) {
		code, ok := targetCodes[r.Kind]
		if !ok {
			code = CodeTargetIrregular
		}
		return fail(code, r.Path, err)
	}
	return fail(CodeIO, path, err, err)
}

// WriteFile writes data to path, all of it or nothing, never over a
// meeting, a source, a link, a device, a FIFO, a socket or a folder (see
// storage/safefile). A new file gets mode; an existing one keeps its own.
// sources are the files the data was read from.
func WriteFile(path string, data []byte, mode fs.FileMode, sources ...string) error {
	return FileError(path, safefile.Write(path, data, safefile.Options{Mode: mode, Sources: sources}))
}

// WriteFileFrom is WriteFile with the content written by fill.
func WriteFileFrom(path string, mode fs.FileMode, fill func(io.Writer) error, sources ...string) error {
	return FileError(path, safefile.WriteFrom(path, safefile.Options{Mode: mode, Sources: sources}, fill))
}

// CheckTarget refuses, as WriteFile would, a path Podium must not write
// over, before any work is done; sources are the files to be read.
func CheckTarget(path string, sources ...string) error {
	return FileError(path, safefile.Check(path, sources...))
}

// ReadSource reads the file at path for an import: an ordinary file (a
// link is followed), never a folder, a named pipe, a device or a socket,
// which would block the reader or never end; those are refused as
// WriteFile refuses them.
func ReadSource(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fail(CodeRead, path, err, err)
	}
	if k := safefile.SpecialKind(fi); k != "" {
		return nil, FileError(path, &safefile.RefusedError{Path: path, Kind: k})
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fail(CodeRead, path, err, err)
	}
	return b, nil
}
