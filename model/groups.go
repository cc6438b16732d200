package model

import "slices"

// CallGroup gives the floor to several waiting questions at once, often on
// one theme: each asker speaks in turn with their own clock (NextSpeaker),
// then one department answers them all (StartAnswer). They speak in queue
// order, whatever order IDs lists them in (the order they were marked in).
type CallGroup struct {
	IDs []int `json:"ids"`
}

// NextSpeaker ends the turn of the group's speaker and gives it to the next.
type NextSpeaker struct{}

// AnswerAgain hands the questions of the newest answer, once it has ended,
// to another department: a second department answering the same group.
type AnswerAgain struct {
	Department string `json:"department"`
	Responder  Person `json:"responder,omitzero"`
}

func (CallGroup) Verb() string   { return "call_group" }
func (NextSpeaker) Verb() string { return "next_speaker" }
func (AnswerAgain) Verb() string { return "answer_again" }

func (cmd CallGroup) apply(c *change) error {
	if err := c.floorFree(); err != nil {
		return err
	}
	var ids []int
	for _, id := range cmd.IDs {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if len(ids) < 2 {
		return refuse(ErrGroupTooSmall)
	}
	for _, id := range ids {
		q := c.m.Question(id)
		if q == nil {
			return refuse(ErrNoSuchQuestion, id)
		}
		if q.Status != StatusWaiting {
			return refuse(ErrNotWaiting, id, string(q.Status))
		}
	}
	// Waiting questions are all in the queue: its order is the speaking order.
	slices.SortStableFunc(ids, func(a, b int) int { return c.m.QueuePosition(a) - c.m.QueuePosition(b) })
	queue := c.m.Queue.Kept(func(id int) bool { return slices.Contains(ids, id) })
	c.setQueue(queue)
	for i, id := range ids {
		q, _ := c.question(id)
		q.Status = StatusAwaiting
		if i == 0 {
			q.Status = StatusAsking
			q.Speaking = q.Speaking.Start(c.now)
		}
		if q.CalledAt.IsZero() {
			q.CalledAt = c.now
		}
		c.putQuestion(q)
	}
	c.setFloor(Floor{State: FloorAsking, Questions: ids})
	return nil
}

func (NextSpeaker) apply(c *change) error {
	f := c.m.Floor
	switch {
	case f.State != FloorAsking:
		return refuse(ErrNothingOnFloor)
	case f.Speaker+1 >= len(f.Questions):
		return refuse(ErrGroupDone)
	}
	c.stopFloorClock()
	cur, _ := c.question(f.Questions[f.Speaker])
	cur.Status = StatusAwaiting
	cur.AskedUntil = c.now
	c.putQuestion(cur)
	f.Questions = slices.Clone(f.Questions)
	f.Speaker++
	next, _ := c.question(f.Questions[f.Speaker])
	next.Status = StatusAsking
	next.Speaking = next.Speaking.Start(c.now)
	c.putQuestion(next)
	c.setFloor(f)
	return nil
}

func (cmd AnswerAgain) apply(c *change) error {
	if err := c.floorFree(); err != nil {
		return err
	}
	var last *Answer
	for i := len(c.m.Answers) - 1; i >= 0 && last == nil; i-- {
		last = c.m.Answers[i]
	}
	if last == nil || last.End.IsZero() {
		return refuse(ErrNoAnswerToRepeat)
	}
	var qs []int
	for _, id := range last.Questions {
		if q := c.m.Question(id); q != nil && q.Status == StatusAnswered {
			qs = append(qs, id)
		}
	}
	if len(qs) == 0 {
		return refuse(ErrNoAnswerToRepeat)
	}
	d, responder, err := c.answerer(cmd.Department, cmd.Responder)
	if err != nil {
		return err
	}
	c.openAnswer(d, responder, qs)
	return nil
}
