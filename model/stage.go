package model

import "time"

// DisplayMode is what the hall's projector shows.
type DisplayMode string

// The projector's modes.
const (
	DisplayLive  DisplayMode = ""      // the floor: who speaks, the question, the clock, who is next
	DisplayBlank DisplayMode = "blank" // nothing at all
	DisplayTitle DisplayMode = "title" // the meeting's title card
)

// MaxBackstageLen is the longest backstage note, in characters.
const MaxBackstageLen = 500

// BackstageNote is a short note from the clerk's desk to the moderator
// ("Công an tỉnh asks to answer 7 and 9 together"). It shows on the
// moderator's screen until dismissed.
type BackstageNote struct {
	ID        int       `json:"id"`
	From      string    `json:"from,omitempty"`
	Text      string    `json:"text"`
	Sent      time.Time `json:"sent"`
	Dismissed time.Time `json:"dismissed,omitzero"`
}

// Stage is what happens off the floor: the projector's mode and the
// backstage notes. It is one record.
type Stage struct {
	Display DisplayMode     `json:"display,omitempty"`
	Notes   []BackstageNote `json:"notes,omitempty"`
}

// OpenNotes returns the notes not yet dismissed, oldest first.
func (s Stage) OpenNotes() []BackstageNote {
	var out []BackstageNote
	for _, n := range s.Notes {
		if n.Dismissed.IsZero() {
			out = append(out, n)
		}
	}
	return out
}

// SetDisplay blanks the projector, shows the title card, or goes back to
// the floor.
type SetDisplay struct {
	Mode DisplayMode `json:"mode"`
}

// SendNote sends the moderator a backstage note.
type SendNote struct {
	From string `json:"from,omitempty"`
	Text string `json:"text"`
}

// DismissNote takes a backstage note off the moderator's screen.
type DismissNote struct {
	ID int `json:"id"`
}

func (SetDisplay) Verb() string  { return "set_display" }
func (SendNote) Verb() string    { return "send_note" }
func (DismissNote) Verb() string { return "dismiss_note" }

func (c *change) setStage(s Stage) {
	c.m.Stage = s
	c.touch(Ref{Kind: RecStage})
}

func (cmd SetDisplay) apply(c *change) error {
	switch cmd.Mode {
	case DisplayLive, DisplayBlank, DisplayTitle:
	default:
		return refuse(ErrBadDisplayMode, string(cmd.Mode))
	}
	if c.m.Stage.Display == cmd.Mode {
		return nil
	}
	s := c.m.Stage
	s.Display = cmd.Mode
	c.setStage(s)
	return nil
}

func (cmd SendNote) apply(c *change) error {
	text := cmd.Text
	if text == "" {
		return refuse(ErrEmptyText)
	}
	if Len(text) > MaxBackstageLen {
		return refuse(ErrTooLong, "note", MaxBackstageLen)
	}
	s := c.m.Stage
	id := 1
	if n := len(s.Notes); n > 0 {
		id = s.Notes[n-1].ID + 1
	}
	s.Notes = append(append([]BackstageNote(nil), s.Notes...),
		BackstageNote{ID: id, From: cmd.From, Text: text, Sent: c.now})
	c.setStage(s)
	return nil
}

func (cmd DismissNote) apply(c *change) error {
	s := c.m.Stage
	for i, n := range s.Notes {
		if n.ID != cmd.ID {
			continue
		}
		if !n.Dismissed.IsZero() {
			return nil
		}
		s.Notes = append([]BackstageNote(nil), s.Notes...)
		s.Notes[i].Dismissed = c.now
		c.setStage(s)
		return nil
	}
	return refuse(ErrNoSuchNote, cmd.ID)
}

// checkStage holds the stage's invariants.
func checkStage(s Stage, bad func(string, ...any)) {
	switch s.Display {
	case DisplayLive, DisplayBlank, DisplayTitle:
	default:
		bad("the projector has unknown mode %q", s.Display)
	}
	last := 0
	for _, n := range s.Notes {
		if n.ID <= last {
			bad("backstage note %d is out of order", n.ID)
		}
		last = n.ID
		if n.Text == "" {
			bad("backstage note %d is empty", n.ID)
		}
		if !n.Dismissed.IsZero() && n.Dismissed.Before(n.Sent) {
			bad("backstage note %d is dismissed before it was sent", n.ID)
		}
	}
}
