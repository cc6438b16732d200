package i18n

// Damage found in a meeting file (record checksums, the log's hash chain,
// the replay of the log, a file behind its newest backup) and podium
// restore: their messages, added to the catalog. Same rules as
// messages.go: both languages, the arguments in the order callers pass
// them (for storage.*: the file, then the *storage.Error's Args). A key
// another file already has is left as it is there and noted in
// collisions, which a test keeps empty.
func init() { merge(integrityMessages) }

var integrityMessages = map[Lang]map[string]string{
	VI: {
		// What check finds. Arguments: the file, then the record ("header",
		// "department 3", "log entry 12"), or the log entry's number.
		"storage.bad_record":      "Tệp %s bị hỏng: bản ghi “%s” không khớp mã kiểm tra (CRC-32C).",
		"storage.broken_chain":    "Tệp %s bị hỏng: mục nhật ký %v không mang mã băm của mục ngay trước nó.",
		"storage.replay_mismatch": "Tệp %s bị hỏng: phát lại nhật ký từ đầu cho ra “%s” khác với bản đang lưu.",
		// The file, the newest backup, the backup's last log entry, the file's.
		"storage.lost_transaction": "Tệp %s đã mất những thay đổi mới nhất: bản sao lưu %s có mục nhật ký %v mà tệp không có hoặc có khác đi (tệp dừng ở mục %v).",
		// The backup.
		"storage.bad_backup": "Bản sao lưu %s không qua được kiểm tra nên không khôi phục từ nó được. Chạy podium check %[1]s để xem chi tiết, hoặc chọn bản sao lưu khác.",
		// The damaged file, its newest good backup.
		"storage.damaged_restore": "Tệp %s bị hỏng và sẽ không bị ghi đè. Bản sao lưu tốt mới nhất: %s. Khôi phục sang một tệp mới bằng: podium restore %[2]s TỆP-MỚI.podium",
		"storage.damaged_detail":  "Chi tiết: %s",

		"cli.restore_need_files": "podium restore cần hai tệp: BẢN-SAO-LƯU TỆP-MỚI (tệp mới phải chưa có; Podium không ghi đè).",
		// The new file, the backup.
		"cli.restore_done": "Đã khôi phục %s từ %s; tệp mới đã qua kiểm tra. Mở bằng: podium %[1]s",
	},
	EN: {
		"storage.bad_record":       "%s is damaged: the checksum (CRC-32C) of record “%s” does not match.",
		"storage.broken_chain":     "%s is damaged: log entry %v does not hold the hash of the entry before it.",
		"storage.replay_mismatch":  "%s is damaged: replaying the log from its start gives a different “%s” from the one stored.",
		"storage.lost_transaction": "%s lost its newest changes: the backup %s holds log entry %v, which the file lacks or holds differently (the file ends at entry %v).",
		"storage.bad_backup":       "The backup %s does not pass the check, so it cannot be restored. Run podium check %[1]s for details, or choose another backup.",
		"storage.damaged_restore":  "%s is damaged and will not be overwritten. Newest good backup: %s. Restore it to a new file with: podium restore %[2]s NEW-FILE.podium",
		"storage.damaged_detail":   "Details: %s",

		"cli.restore_need_files": "podium restore needs two files: BACKUP NEW-FILE (the new file must not exist yet; Podium never overwrites).",
		"cli.restore_done":       "Restored %s from %s; the new file passes the check. Open it with: podium %[1]s",
	},
}
