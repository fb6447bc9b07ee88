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
