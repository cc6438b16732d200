package ui

import (
	"fmt"
	"time"

	"podium/model"
	"podium/ui/theme"
)

// mmss formats a duration as m:ss (or h:mm:ss past an hour), rounding down.
func mmss(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int(d / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// clockText renders a clock against its limit: "1:23 / 3:00" while within
// it and "+0:23" in overtime, with a pause mark when stopped, styled calm,
// warning or overtime.
func (c *Context) clockText(k model.Clock, limit time.Duration, now time.Time) string {
	el := k.Elapsed(now)
	lvl := model.Level(el, limit)
	text := mmss(el) + " / " + mmss(limit)
	if lvl == model.ClockOvertime {
		text = "+" + mmss(el-limit) + " " + c.T.T("clock.overtime") + " (" + mmss(el) + " / " + mmss(limit) + ")"
	}
	st := clockStyle(c.Styles, lvl)
	if !k.Running() {
		return c.Styles.ClockPaused.Render("■ "+c.T.T("clock.paused")) + " " + st.Render(text)
	}
	return st.Render("▶ " + text)
}

func clockStyle(s theme.Styles, lvl model.ClockLevel) theme.Role {
	switch lvl {
	case model.ClockWarning:
		return s.ClockWarning
	case model.ClockOvertime:
		return s.ClockOvertime
	}
	return s.ClockCalm
}
