package lex

import "testing"

// TestOneSlip checks the four slips in both orders, and that two slips,
// equal words and words of other lengths are none.
func TestOneSlip(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"atacked", "attacked", true},   // a letter left out
		{"attacked", "attcked", true},   // the same, the other way round
		{"targetted", "targeted", true}, // a letter added
		{"attakced", "attacked", true},  // two neighbours swapped
		{"febuary", "february", true},
		{"novmber", "november", true},
		{"attacked", "attached", true}, // a letter changed: the caller checks what follows
		{"attacked", "attacked", false},
		{"atakced", "attacked", false}, // two slips
		{"stormed", "stopped", false},
		{"fired", "fire", true},
		{"fired", "f", false},
		{"", "a", true},
		{"", "", false},
	}
	for _, tc := range tests {
		if got := OneSlip(tc.a, tc.b); got != tc.want {
			t.Errorf("OneSlip(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
