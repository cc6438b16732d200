package main

import (
	"fmt"
	"io"

	"podium/storage"
	"podium/ui/i18n"
)

// restoreFiles is podium restore BACKUP NEW-FILE: a new meeting file from a
// backup that passes the checks, never over an existing file, itself
// checked before it is reported done.
func restoreFiles(files []string, stdout io.Writer, t i18n.Catalog) error {
	if len(files) != 2 {
		return plainError(t.T("cli.restore_need_files"))
	}
	backup, dest := files[0], files[1]
	if err := storage.Restore(backup, dest); err != nil {
		return err
	}
	fmt.Fprintln(stdout, t.T("cli.restore_done", dest, backup))
	return nil
}
