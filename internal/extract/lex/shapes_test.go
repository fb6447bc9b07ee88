package lex

import (
	"strings"
	"testing"
)

// TestShapes checks that the filter never turns away a word of its set and
// turns away words whose first or last letter, with their length, no word
// of the set has.
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
		{"killer", false},  // same first letter and length as "killed", but no 6-letter word ends in r
		{"kinked", true},   // first and last letters and length of "killed"
		{"bilked", false},  // last letter and length of "killed", but no word starts with b
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

// TestShapesAdd checks that merged shapes let through the words of both sets.
func TestShapesAdd(t *testing.T) {
	a := ShapesOf(map[string]bool{"killed": true})
	b := ShapesOf(map[string]bool{"bombed": true})
	if a.May("bombed") {
		t.Fatal(`ShapesOf("killed").May("bombed") = true`)
	}
	a.Add(b)
	for _, w := range []string{"killed", "bombed"} {
		if !a.May(w) {
			t.Errorf("after Add, May(%q) = false", w)
		}
	}
}
