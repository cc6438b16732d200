package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"podium/model"
	"podium/ui/i18n"
)

// After a restart of podium serve: who was connected before and is not
// back yet, and the moderator's key for new join codes.

// AwaitedMsg says who was connected when the meeting was last served and
// has not come back yet, each as a sender is written ("clerk",
// "clerk:lan@desk"); empty when everyone is back.
type AwaitedMsg struct{ Who []string }

// CodesRenewer makes new join codes for the meeting and puts them in
// force; it returns the join lines and the codes by role, in t's
// language, to show. It does I/O: the screen calls it from a command.
type CodesRenewer func(t i18n.Catalog) (join []string, codes string, err error)

// codesRenewedMsg is a CodesRenewer's answer.
type codesRenewedMsg struct {
	join  []string
	codes string
	err   error
}

// SetAwaited sets who the moderator's screen says is not back yet.
func (m *Model) SetAwaited(who []string) {
	m.moderate.awaited = make([]string, len(who))
	for i, w := range who {
		m.moderate.awaited[i] = model.CleanLine(w)
	}
}

// SetCodesRenewer gives the moderator's screen its key for new join
// codes (podium serve); without one the key says there are none to change.
func (m *Model) SetCodesRenewer(r CodesRenewer) { m.moderate.renew = r }

// Notice puts a message on the message line, until the next key.
func (m *Model) Notice(s string) { m.notice(model.CleanLine(s)) }

// restartMsg takes the messages of this file; handled false: not one.
func (m *Model) restartMsg(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case AwaitedMsg:
		m.SetAwaited(msg.Who)
	case codesRenewedMsg:
		if msg.err != nil {
			m.fail(m.ctx.T.T("restart.codes_failed", m.ctx.errText(msg.err)))
			return true
		}
		m.SetJoinInfo(msg.join)
		m.notice(m.ctx.T.T("restart.codes_new", model.CleanLine(msg.codes)))
	default:
		return false
	}
	return true
}

// askNewCodes is the key for new join codes: a question first.
func (m *moderateScreen) askNewCodes() {
	if m.renew == nil {
		m.fail(m.ctx.T.T("restart.codes_not_serving"))
		return
	}
	renew, t := m.renew, m.ctx.T
	m.ask = &confirm{question: t.T("restart.confirm_codes"),
		yes: func() tea.Msg {
			join, codes, err := renew(t)
			return codesRenewedMsg{join: join, codes: codes, err: err}
		},
		no: func() { m.notice(t.T("restart.codes_kept")) }}
}

// awaitedLine names who is not back yet: "Chưa vào lại: thư ký, màn
// chiếu"; "" when nobody is awaited.
func (m *moderateScreen) awaitedLine(w int) string {
	if len(m.awaited) == 0 {
		return ""
	}
	names := make([]string, len(m.awaited))
	for i, who := range m.awaited {
		names[i] = whoName(m.ctx.T, who)
	}
	text := m.ctx.T.T("restart.awaited", strings.Join(names, ", "))
	return padStyled(m.ctx.Styles.ClockWarning.Render(cut("⚠ "+text, w)), w)
}
