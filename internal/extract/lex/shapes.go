package lex

// Shapes is a filter over a set of words: a bit for the first byte and
// length of each. A word whose shape is missing is surely not in the set,
// which the stages check for nearly every token of a text; the filter
// answers with one load where a map lookup hashes the word.
type Shapes [256]uint64

// ShapesOf returns the shapes of m's keys.
func ShapesOf[V any](m map[string]V) *Shapes {
	s := new(Shapes)
	for w := range m {
		if w != "" && len(w) < 64 {
			s[w[0]] |= 1 << len(w)
		}
	}
	return s
}

// May reports whether w may be in the set: false means it is not. Empty
// words and words of 64 bytes or more always may.
func (s *Shapes) May(w string) bool {
	if w == "" || len(w) >= 64 {
		return true
	}
	return s[w[0]]&(1<<len(w)) != 0
}
