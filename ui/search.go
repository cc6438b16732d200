package ui

import (
	"strings"

	"podium/model"
)

// haystack is everything the queue filter searches in one question,
// folded (model.Fold: single spaces between words), after one space.
func haystack(q *model.Question) string {
	return " " + model.Fold(strings.Join([]string{
		q.Asker.Name, q.Asker.Role, q.Asker.Unit, q.Theme, q.Text,
		strings.Join(q.Departments, " "),
	}, " "))
}

// matches reports whether the folded filter occurs in hay as a phrase that
// starts a word: "cong an" finds "Công an tỉnh" but not "công nghệ ... dự án".
func matches(hay, filter string) bool {
	phrase := strings.Join(strings.Fields(filter), " ")
	return phrase == "" || strings.Contains(hay, " "+phrase)
}
