package sqlq

import (
	"slices"
	"strings"
)

// Where collects the conditions of a query, written with ? placeholders,
// and their arguments, in the same order.
type Where struct {
	Conds []string
	Args  []any
}

// Add appends a condition and its arguments.
func (w *Where) Add(cond string, args ...any) {
	w.Conds = append(w.Conds, cond)
	w.Args = append(w.Args, args...)
}

// SQL renders the conditions as a WHERE clause ANDing them, with a
// leading space; empty when there are none.
func (w *Where) SQL() string {
	if len(w.Conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.Conds, " AND ")
}

// With returns a copy of w with one more condition, leaving w as it was:
// the copy never writes into w's slices, so several copies made from one
// Where (the parts of a keyset page) do not overwrite each other.
func (w Where) With(cond string, args ...any) Where {
	return Where{Conds: append(slices.Clip(w.Conds), cond), Args: append(slices.Clip(w.Args), args...)}
}
