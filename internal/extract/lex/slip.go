package lex

// OneSlip reports whether a and b differ by one slip of a hurried hand: a
// letter left out, added or changed, or two neighbours swapped ("atacked",
// "attcked", "attakced" for "attacked", "targetted" for "targeted",
// "Febuary" for "February"). Equal words are no slip. It compares bytes:
// the words it is meant for are ASCII.
func OneSlip(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch len(b) - len(a) {
	case 0:
		if a[i+1:] == b[i+1:] {
			return true // one letter changed
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // two swapped
	case 1:
		return a[i:] == b[i+1:] // one letter left out of a
	}
	return false
}
