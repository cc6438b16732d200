package ui

import (
	"reflect"
	"testing"

	"charm.land/bubbles/v2/key"

	"podium/ui/i18n"
)

// bindings lists a group's bindings by field name, those of embedded
// groups too.
func bindings(v reflect.Value, prefix string, out map[string]key.Binding) {
	for i := range v.NumField() {
		f, name := v.Field(i), prefix+v.Type().Field(i).Name
		switch b := f.Interface().(type) {
		case key.Binding:
			out[name] = b
		default:
			if f.Kind() == reflect.Struct {
				bindings(f, name+".", out)
			}
		}
	}
}

// clashes reports the keys two bindings of one set share.
func clashes(t *testing.T, group string, bs map[string]key.Binding) {
	t.Helper()
	owner := map[string]string{}
	for name, b := range bs {
		for _, k := range b.Keys() {
			if o, ok := owner[k]; ok && o != name {
				t.Errorf("%s: %q is bound to both %s and %s", group, k, o, name)
			}
			owner[k] = name
		}
	}
}

// TestKeyGroupsHaveNoClashes: no two bindings of one group share a key,
// and a screen's keys do not shadow the global ones (the screen has a key
// first), except the Timeline's u, which takes back the step it points at.
func TestKeyGroupsHaveNoClashes(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		km := reflect.ValueOf(DefaultKeyMap(i18n.New(lang)))
		global := map[string]key.Binding{}
		bindings(km.FieldByName("Global"), "Global.", global)
		for i := range km.NumField() {
			name := km.Type().Field(i).Name
			group := map[string]key.Binding{}
			bindings(km.Field(i), name+".", group)
			if len(group) == 0 {
				t.Errorf("%s has no bindings", name)
			}
			clashes(t, name, group)
			switch name {
			case "Moderate", "Record", "FollowUps", "Stats", "Details", "Agenda", "Inbox", "Departments":
				for k, b := range global {
					group[k] = b
				}
				clashes(t, name+"+Global", group)
			case "Timeline":
				for k, b := range global {
					if k != "Global.Undo" {
						group[k] = b
					}
				}
				clashes(t, name+"+Global", group)
			}
		}
	}
}

// TestEveryBindingHasHelp: a key nobody is told about is a key nobody uses.
func TestEveryBindingHasHelp(t *testing.T) {
	bs := map[string]key.Binding{}
	bindings(reflect.ValueOf(DefaultKeyMap(i18n.New(i18n.VI))), "", bs)
	for name, b := range bs {
		if b.Help().Key == "" || b.Help().Desc == "" || len(b.Keys()) == 0 {
			t.Errorf("%s has no keys or no help: %+v", name, b.Help())
		}
	}
}
