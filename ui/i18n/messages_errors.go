package i18n

// What the disk and the system said, for the storage failures: a missing
// file, a file that cannot be read, a write that failed and why. Same
// rules as messages.go: both languages, the arguments in the order callers
// pass them (the file, then the cause).
func init() { merge(errorMessages) }

var errorMessages = map[Lang]map[string]string{
	VI: {
		"storage.missing":           "Không có tệp %s. Kiểm tra lại tên và thư mục; tệp hội nghị thường có đuôi .podium.",
		"storage.read":              "Không đọc được %s: %v.",
		"storage.read_only_because": "Chỉ xem được (%[2]v): thay đổi không được lưu vào %[1]s. Xuất biên bản vẫn được; muốn sửa, hãy chép tệp sang thư mục ghi được.",
		"cause.no_space":            "ổ đĩa đã đầy",
		"cause.read_only_fs":        "ổ đĩa chỉ cho đọc",
		"cause.permission":          "không có quyền ghi hoặc đọc",
		"cause.not_found":           "không tìm thấy",
		"cause.unknown":             "không rõ lý do",
		"status.read_only":          "CHỈ XEM",
		"status.backup_failed":      "Chưa sao lưu được: %s",
		"status.no_backup":          "CHƯA SAO LƯU",
	},
	EN: {
		"storage.missing":           "There is no file %s. Check the name and the folder; meeting files usually end in .podium.",
		"storage.read":              "Could not read %s: %v.",
		"storage.read_only_because": "View only (%[2]v): no change is saved to %[1]s. Exports still work; to make changes, copy the file to a folder you can write to.",
		"cause.no_space":            "the disk is full",
		"cause.read_only_fs":        "the disk is read-only",
		"cause.permission":          "permission denied",
		"cause.not_found":           "not found",
		"cause.unknown":             "no reason given",
		"status.read_only":          "VIEW ONLY",
		"status.backup_failed":      "No backup made: %s",
		"status.no_backup":          "NO BACKUP",
	},
}
