package storage

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"podium/model"
)

// GroupItem is one command of a group commit, with its sender and time.
type GroupItem struct {
	Cmd  model.Command
	Who  string
	Time time.Time
}

// GroupResult is what one item of a group commit came to.
type GroupResult struct {
	// Err is the model's refusal of the item (a *model.Error), a
	// read-only file's refusal, or the group's commit failing (then every
	// item that changed something has it).
	Err error
	// Refs are the records the item changed: none if it was refused,
	// changed nothing or the commit failed.
	Refs []model.Ref
}

// CommitGroup applies items in order, each to the meeting the ones before
// it left, exactly as Apply would one after another: each its own log
// entry with its own before and after images, on its own sender's undo
// chain; a refused item (or one that changes nothing) writes nothing and
// leaves the others as they were. Every item that changed something is
// then committed in ONE read-write transaction, so the group costs one
// fsync, and the file it leaves is the one separate Apply calls would
// have left. It is all or nothing on disk: if the commit fails, nothing
// of the group is written, every item that would have written something
// gets the failure, and the meeting is unchanged. It returns one result
// per item, after the commit has returned.
func (s *Store) CommitGroup(items []GroupItem) []GroupResult {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]GroupResult, len(items))
	cur := s.meeting.Load()
	var writes []*write
	var which []int // items[which[i]] wrote writes[i]
	for i, it := range items {
		next, refs, w, err := s.prepare(cur, it.Cmd, it.Who, it.Time)
		if err != nil || w == nil {
			out[i].Err = err
			continue
		}
		cur, out[i].Refs = next, refs
		writes, which = append(writes, w), append(which, i)
	}
	if len(writes) == 0 {
		return out
	}
	err := s.update(func(tx *bolt.Tx, p *pending) error {
		for _, w := range writes {
			if err := w.commit(tx, p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		err = s.commitFailed(err)
		for _, i := range which {
			out[i] = GroupResult{Err: err}
		}
		return out
	}
	s.meeting.Store(cur)
	return out
}
