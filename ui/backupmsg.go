package ui

// BackupMsg is the result of a periodic backup, sent to the moderator's
// screen: a failure stays on the status bar until a backup succeeds.
type BackupMsg struct{ Err error }

func (m *Model) backupDone(msg BackupMsg) {
	if msg.Err == nil {
		m.warning = ""
		return
	}
	m.warning = m.ctx.T.T("status.backup_failed", m.ctx.errText(msg.Err))
}
