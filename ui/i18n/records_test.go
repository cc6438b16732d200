package i18n_test

import (
	"testing"

	"podium/model"
	"podium/model/importcsv"
	"podium/ui/i18n"
)

// Every key the exports, the import and the clerk's labels build from a
// value (a code, a status, a field) is in the catalog.
func TestEveryBuiltKeyExists(t *testing.T) {
	var keys []string
	for _, c := range importcsv.Codes {
		keys = append(keys, "import."+string(c))
	}
	for _, e := range importcsv.Encodings {
		keys = append(keys, "import.enc."+e)
	}
	for _, f := range []importcsv.Field{importcsv.FieldAsker, importcsv.FieldRole, importcsv.FieldUnit, importcsv.FieldKind,
		importcsv.FieldTheme, importcsv.FieldText, importcsv.FieldDepartments, importcsv.FieldCode, importcsv.FieldName,
		importcsv.FieldRepresentative, importcsv.FieldRepRole} {
		keys = append(keys, "import.col."+string(f))
	}
	for _, o := range model.Outcomes {
		keys = append(keys, "outcome."+string(o), "minutes.outcome."+string(o))
	}
	for _, s := range model.FollowUpStatuses {
		keys = append(keys, "followup.status."+string(s))
	}
	for _, s := range []model.FollowUpSource{model.SourceWrittenAnswer, model.SourceCommitment, model.SourceForwarded, model.SourceConclusion} {
		keys = append(keys, "followup.source."+string(s))
	}
	for _, k := range model.Kinds {
		keys = append(keys, "minutes.kind."+string(k))
	}
	for _, c := range []string{"not_podium", "version", "invalid", "broken"} {
		keys = append(keys, "json."+c)
	}
	for _, v := range []string{"set_outcome", "set_responder", "add_conclusion", "edit_follow_up", "update_follow_up", "remove_conclusion", "import"} {
		keys = append(keys, "verb."+v)
	}
	for _, f := range []string{"what", "forwarded_to", "reply_doc", "note"} {
		keys = append(keys, "field."+f)
	}
	for _, k := range keys {
		if !i18n.Has(k) {
			t.Errorf("no message %s", k)
		}
	}
}

// The messages with arguments take as many in both languages.
func TestRecordMessagesTakeTheSameArguments(t *testing.T) {
	vi, en := i18n.New(i18n.VI), i18n.New(i18n.EN)
	for _, k := range i18n.Keys(i18n.EN) {
		if n, m := verbs(vi.T(k)), verbs(en.T(k)); n != m {
			t.Errorf("%s: %d arguments in Vietnamese, %d in English", k, n, m)
		}
	}
}

func verbs(s string) int {
	n := 0
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '%' {
			if s[i+1] == '%' {
				i++
				continue
			}
			n++
		}
	}
	return n
}
