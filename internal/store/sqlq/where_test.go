package sqlq

import (
	"reflect"
	"testing"
)

func TestWhere(t *testing.T) {
	var w Where
	if got := w.SQL(); got != "" {
		t.Errorf("empty Where renders %q, want nothing", got)
	}
	w.Add(`a = ?`, 1)
	w.Add(`(b = ? OR c = ?)`, "x", "y")
	w.Add(`d IS NULL`)
	if got, want := w.SQL(), ` WHERE a = ? AND (b = ? OR c = ?) AND d IS NULL`; got != want {
		t.Errorf("SQL() = %q, want %q", got, want)
	}
	if want := []any{1, "x", "y"}; !reflect.DeepEqual(w.Args, want) {
		t.Errorf("Args = %v, want %v", w.Args, want)
	}
}

// TestWhereWith checks that copies made by With from one Where keep their
// own condition even when the base has spare capacity to append into.
func TestWhereWith(t *testing.T) {
	base := Where{Conds: make([]string, 0, 4), Args: make([]any, 0, 4)}
	base.Add(`a = ?`, 1)
	first := base.With(`b < ?`, 2)
	second := base.With(`b IS NULL`)
	tests := []struct {
		name     string
		w        Where
		wantSQL  string
		wantArgs []any
	}{
		{"base", base, ` WHERE a = ?`, []any{1}},
		{"first", first, ` WHERE a = ? AND b < ?`, []any{1, 2}},
		{"second", second, ` WHERE a = ? AND b IS NULL`, []any{1}},
	}
	for _, tt := range tests {
		if got := tt.w.SQL(); got != tt.wantSQL {
			t.Errorf("%s: SQL() = %q, want %q", tt.name, got, tt.wantSQL)
		}
		if !reflect.DeepEqual(tt.w.Args, tt.wantArgs) {
			t.Errorf("%s: Args = %v, want %v", tt.name, tt.w.Args, tt.wantArgs)
		}
	}
}
