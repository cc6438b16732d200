package i18n

// Writing files (storage/safefile) and backups (podium backup): their
// messages, added to the catalog. Same rules as messages.go: both
// languages, the arguments in the order callers pass them. A key another
// file already has is left as it is there and noted in collisions, which
// a test keeps empty.
func init() { merge(fileMessages) }

var fileMessages = map[Lang]map[string]string{
	VI: {
		// Podium will not write over these (storage.CodeTarget*). Argument:
		// the file asked for. Nothing was changed.
		"storage.target_meeting":   "%s là một tệp hội nghị Podium; hãy chọn tên khác",
		"storage.target_database":  "%s là một tệp cơ sở dữ liệu; hãy chọn tên khác",
		"storage.target_source":    "%s là chính tệp đang được đọc; hãy chọn tên khác",
		"storage.target_directory": "%s là một thư mục; hãy chọn tên khác",
		"storage.target_device":    "%s là một thiết bị; hãy chọn tên khác",
		"storage.target_fifo":      "%s là một đường ống có tên (FIFO); hãy chọn tên khác",
		"storage.target_socket":    "%s là một socket; hãy chọn tên khác",
		"storage.target_symlink":   "%s là một liên kết tượng trưng (symlink); hãy chọn tên khác",
		"storage.target_irregular": "%s không phải tệp thông thường; hãy chọn tên khác",

		// podium backup FILE [DEST] while FILE is open in a running Podium.
		// Arguments: the meeting file, the newest backup, when it was
		// taken, and (copied) where it was copied to.
		"cli.backup_open_copied": "%[1]s đang mở trong một Podium khác. Đã chép bản sao lưu mới nhất %[2]s (lưu lúc %[3]s) sang %[4]s.",
		"cli.backup_open_newest": "%[1]s đang mở trong một Podium khác; Podium đó tự sao lưu. Bản sao lưu mới nhất: %[2]s (lưu lúc %[3]s). Để chép nó đi, ví dụ sang USB: podium backup %[1]s ĐÍCH",
		"cli.backup_open_none":   "%s đang mở trong một Podium khác và chưa có bản sao lưu nào. Đóng Podium đó rồi sao lưu lại.",
		// Arguments: the copy written, when it was taken.
		"cli.backup_written": "Đã sao lưu vào %s (lúc %s).",
	},
	EN: {
		"storage.target_meeting":   "%s is a Podium meeting; choose another name",
		"storage.target_database":  "%s is a database file; choose another name",
		"storage.target_source":    "%s is the file being read; choose another name",
		"storage.target_directory": "%s is a folder; choose another name",
		"storage.target_device":    "%s is a device; choose another name",
		"storage.target_fifo":      "%s is a named pipe (FIFO); choose another name",
		"storage.target_socket":    "%s is a socket; choose another name",
		"storage.target_symlink":   "%s is a symbolic link; choose another name",
		"storage.target_irregular": "%s is not a regular file; choose another name",

		"cli.backup_open_copied": "%[1]s is open in another Podium. Copied its newest backup, %[2]s (saved at %[3]s), to %[4]s.",
		"cli.backup_open_newest": "%[1]s is open in another Podium, which keeps its own backups. Newest backup: %[2]s (saved at %[3]s). To copy it elsewhere, a USB stick say: podium backup %[1]s DEST",
		"cli.backup_open_none":   "%s is open in another Podium and has no backup yet. Close that Podium and back up again.",
		"cli.backup_written":     "Backed up to %s (at %s).",
	},
}
