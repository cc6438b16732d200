package ui

import (
	"math/rand/v2"
	"slices"
	"testing"

	"podium/model"
	"podium/storage/hub"
	"podium/ui/i18n"
)

// The queue's rows, followed from snapshot to snapshot (the closed
// questions from the ones each commit replaced, the filter's sets from its
// last keystroke), are always what a fresh rebuild makes of the newest
// meeting: over a random walk of calls, postpones, moves, withdrawals,
// merges, answers in writing, edits and undos, with the filter and the
// order changed now and then, and the Moderate screen shown or hidden.
func TestQueueRowsFollowCommits(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	rnd := rand.New(rand.NewPCG(14, 1))
	as := hub.As(hub.RoleModerator)
	filters := []string{"", "", "ca", "cao", "cong an", "KHCN", "vien", "nghiep"}
	waiting := func() []int { return slices.Clone(r.hub.Snapshot().Meeting.Queue) }
	pick := func(ids []int) int {
		if len(ids) == 0 {
			return 1
		}
		return ids[rnd.IntN(len(ids))]
	}
	for step := range 300 {
		mt := r.hub.Snapshot().Meeting
		q := waiting()
		var err error
		switch k := rnd.IntN(12); k {
		case 0:
			err = r.hub.Do(model.CallNext{}, as)
		case 1:
			err = r.hub.Do(model.Postpone{}, as)
		case 2:
			err = r.hub.Do(model.MoveQuestion{ID: pick(q), By: rnd.IntN(9) - 4}, as)
		case 3:
			err = r.hub.Do(model.Withdraw{ID: pick(q)}, as)
		case 4:
			err = r.hub.Do(model.Merge{ID: pick(q), Into: pick(q)}, as)
		case 5:
			err = r.hub.Do(model.DeferToWriting{ID: pick(q), Department: "CA", Deadline: start.AddDate(0, 1, 0)}, as)
		case 6:
			id := rnd.IntN(len(mt.Questions)) + 1
			if e := mt.Question(id); e != nil {
				deps := []string{"KHCN", "CA", "GDDT"}[rnd.IntN(3):]
				err = r.hub.Do(model.EditQuestion{ID: id, Asker: e.Asker, Kind: e.Kind, Theme: e.Theme,
					Text: e.Text + " cao tốc", Departments: deps}, as)
			}
		case 7, 8:
			_, err = r.hub.Undo(as)
		case 9:
			r.m.moderate.queue.filter = filters[rnd.IntN(len(filters))]
			r.m.moderate.queue.rebuild(mt)
		case 10:
			r.m.moderate.queue.order = queueOrder(rnd.IntN(int(orderCount)))
			r.m.moderate.queue.rebuild(mt)
		case 11:
			r.m.switchTo([]screen{screenModerate, screenRecord}[rnd.IntN(2)])
		}
		_ = err // a refusal (nothing on the floor, a merge into itself) is a step too
		r.m.Update(snapshotMsg(r.hub.Snapshot()))
		if r.m.screen != screenModerate {
			continue
		}
		fresh := queueList{filter: r.m.moderate.queue.filter, order: r.m.moderate.queue.order}
		fresh.rebuild(r.hub.Snapshot().Meeting)
		if got := r.m.moderate.queue.rows; !slices.Equal(got, fresh.rows) {
			t.Fatalf("step %d (filter %q, order %d): rows\n%v\nwant\n%v", step, fresh.filter, fresh.order, got, fresh.rows)
		}
	}
}
