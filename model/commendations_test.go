package model_test

import (
	"testing"

	"podium/model"
)

// fxCommended: fxBase and two commendations, a group (1) and a person (2).
func fxCommended(t testing.TB) *model.Meeting {
	return build(t, fxBase(t),
		step{model.AddCommendation{Kind: model.CommendGroup, Name: "Đoàn Thanh niên xã Hồng Nam", Decision: "QĐ 512/QĐ-UBND"}, at(1)},
		step{model.AddCommendation{Kind: model.CommendIndividual, Name: "Nguyễn Thị Mai", Unit: "Giám đốc HTX, huyện Khoái Châu"}, at(2)})
}

func wantCommendations(want ...model.Commendation) func(t *testing.T, old, m *model.Meeting) {
	return func(t *testing.T, _, m *model.Meeting) {
		t.Helper()
		wantJSON(t, "commendations", m.Commendations, want)
	}
}

func addCommendationCases() []applyCase {
	return []applyCase{
		{name: "the first, cleaned", setup: fxBase, cmd: model.AddCommendation{Kind: " group", Name: "HTX\x1b[31m Tiên Lữ", Unit: "huyện Tiên Lữ\u200b"},
			refs: []model.Ref{rComm}, check: wantCommendations(model.Commendation{ID: 1, Kind: model.CommendGroup, Name: "HTX Tiên Lữ", Unit: "huyện Tiên Lữ"})},
		{name: "after the others", setup: fxCommended, cmd: model.AddCommendation{Kind: model.CommendIndividual, Name: "Trần Văn Bình"},
			refs: []model.Ref{rComm}, check: func(t *testing.T, _, m *model.Meeting) {
				if len(m.Commendations) != 3 || m.Commendations[2].ID != 3 || m.Commendation(3).Name != "Trần Văn Bình" {
					t.Errorf("commendations %+v", m.Commendations)
				}
				if len(m.CommendationsOf(model.CommendIndividual)) != 2 || len(m.CommendationsOf(model.CommendGroup)) != 1 {
					t.Errorf("by kind: %+v", m.Commendations)
				}
			}},
		{name: "no name", setup: fxBase, cmd: model.AddCommendation{Kind: model.CommendGroup, Name: "\x1b[0m"}, code: model.ErrEmptyName},
		{name: "no kind", setup: fxBase, cmd: model.AddCommendation{Name: "x"}, code: model.ErrBadCommendationKind, args: []any{""}},
		{name: "a decision too long", setup: fxBase, cmd: model.AddCommendation{Kind: model.CommendGroup, Name: "x", Decision: long10k}, code: model.ErrTooLong, args: []any{"decision", model.MaxLineLen}},
		{name: "too many", setup: func(t testing.TB) *model.Meeting {
			m := fxBase(t)
			for range model.MaxCommendations {
				m = build(t, m, step{model.AddCommendation{Kind: model.CommendGroup, Name: "x"}, at(1)})
			}
			return m
		}, cmd: model.AddCommendation{Kind: model.CommendGroup, Name: "x"}, code: model.ErrTooManyCommendations, args: []any{model.MaxCommendations}},
	}
}

func editCommendationCases() []applyCase {
	return []applyCase{
		{name: "a person's unit and decision; the place stays", setup: fxCommended,
			cmd:  model.EditCommendation{ID: 2, Kind: model.CommendIndividual, Name: "Nguyễn Thị Mai", Unit: "Giám đốc HTX Tân Dân", Decision: "QĐ 512/QĐ-UBND"},
			refs: []model.Ref{rComm},
			check: wantCommendations(
				model.Commendation{ID: 1, Kind: model.CommendGroup, Name: "Đoàn Thanh niên xã Hồng Nam", Decision: "QĐ 512/QĐ-UBND"},
				model.Commendation{ID: 2, Kind: model.CommendIndividual, Name: "Nguyễn Thị Mai", Unit: "Giám đốc HTX Tân Dân", Decision: "QĐ 512/QĐ-UBND"})},
		{name: "the same again changes nothing", setup: fxCommended,
			cmd: model.EditCommendation{ID: 1, Kind: model.CommendGroup, Name: "Đoàn Thanh niên xã Hồng Nam", Decision: "QĐ 512/QĐ-UBND"}},
		{name: "no such commendation", setup: fxCommended, cmd: model.EditCommendation{ID: 7, Kind: model.CommendGroup, Name: "x"}, code: model.ErrNoSuchCommendation, args: []any{7}},
		{name: "a bad kind", setup: fxCommended, cmd: model.EditCommendation{ID: 1, Kind: "team", Name: "x"}, code: model.ErrBadCommendationKind, args: []any{"team"}},
	}
}

func removeCommendationCases() []applyCase {
	return []applyCase{
		{name: "the first", setup: fxCommended, cmd: model.RemoveCommendation{ID: 1}, refs: []model.Ref{rComm},
			check: wantCommendations(model.Commendation{ID: 2, Kind: model.CommendIndividual, Name: "Nguyễn Thị Mai", Unit: "Giám đốc HTX, huyện Khoái Châu"})},
		{name: "the last one leaves none", setup: func(t testing.TB) *model.Meeting {
			return build(t, fxCommended(t), step{model.RemoveCommendation{ID: 1}, at(3)})
		}, cmd: model.RemoveCommendation{ID: 2}, refs: []model.Ref{rComm}, check: func(t *testing.T, _, m *model.Meeting) {
			if m.Commendations != nil {
				t.Errorf("commendations %+v", m.Commendations)
			}
		}},
		{name: "no such commendation", setup: fxCommended, cmd: model.RemoveCommendation{ID: 3}, code: model.ErrNoSuchCommendation, args: []any{3}},
	}
}
