package ui

import (
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

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
	waiting := func() []int { return r.hub.Snapshot().Meeting.Queue.Slice() }
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
			id := rnd.IntN(mt.Questions.Len()) + 1
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

// A commit while the Record screen shows costs the hidden screens nothing:
// the Statistics' figures stay those of the meeting they were computed
// for, the queue's rows wait to be rebuilt, and the Timeline asks for no
// log entries (only the Record screen, which shows, is given the snapshot).
func TestHiddenScreensIdleOnCommit(t *testing.T) {
	r := newRig(t, i18n.VI, 120, 35)
	r.press("5") // the Statistics compute their figures in their frame
	r.screen()
	stats := r.m.stats.mt
	if stats == nil {
		t.Fatal("the Statistics screen computed nothing while it showed")
	}
	r.press("2")
	if err := r.hub.Do(model.Withdraw{ID: 4}, hub.As(hub.RoleModerator)); err != nil {
		t.Fatal(err)
	}
	_, cmd := r.m.Update(snapshotMsg(r.hub.Snapshot()))
	r.screen()
	if r.m.stats.mt != stats {
		t.Fatal("the hidden Statistics screen computed its figures for the new snapshot")
	}
	if !r.m.moderate.queue.stale {
		t.Fatal("the hidden queue's rows were rebuilt")
	}
	for _, msg := range msgsOf(cmd) {
		if _, ok := msg.(timelineMsg); ok {
			t.Fatal("the hidden Timeline loaded the log")
		}
	}
}

// msgsOf runs cmd and the commands a batch holds, but not the wait for the
// next snapshot (tests hand snapshots over themselves), and returns their
// messages.
func msgsOf(cmd tea.Cmd) []tea.Msg {
	if cmd == nil || strings.Contains(runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name(), ".waitSnapshot.") {
		return nil
	}
	msg := cmd()
	batch, ok := msg.(tea.BatchMsg)
	if !ok {
		return []tea.Msg{msg}
	}
	var msgs []tea.Msg
	for _, c := range batch {
		msgs = append(msgs, msgsOf(c)...)
	}
	return msgs
}
