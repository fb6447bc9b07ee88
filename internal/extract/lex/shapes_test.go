package lex

import (
	"strings"
	"testing"
)

// TestShapes checks that the filter never turns away a word of its set and
// turns away words whose first letter or length no word of the set has.
func TestShapes(t *testing.T) {
	set := map[string]bool{"killed": true, "kidnapped": true, "a": true, "": true, strings.Repeat("x", 70): true}
	s := ShapesOf(set)
	for w := range set {
		if !s.May(w) {
			t.Errorf("May(%q) = false for a word of the set", w)
		}
	}
	tests := []struct {
		w    string
		want bool
	}{
		{"killer", true},   // same first letter and length as "killed"
		{"killing", false}, // no 7-letter word starts with k
		{"bombed", false},  // no word starts with b
		{"b", false},
		{"ab", false},
		{strings.Repeat("y", 80), true}, // long words are left to the map
	}
	for _, tc := range tests {
		if got := s.May(tc.w); got != tc.want {
			t.Errorf("May(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
