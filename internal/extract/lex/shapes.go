package lex

// Shapes is a filter over a set of words: a bit for the first byte and
// length of each, and one for the last byte and length. A word whose
// shapes are missing is surely not in the set, which the stages check for
// nearly every token of a text; the filter answers with two loads where a
// map lookup hashes the word. (On news copy the first byte alone lets
// about one token in eight through to a set of fifty verbs; the last byte
// too, one in twenty.)
type Shapes struct {
	first, last [256]uint64
}

// ShapesOf returns the shapes of m's keys.
func ShapesOf[V any](m map[string]V) *Shapes {
	s := new(Shapes)
	for w := range m {
		if w != "" && len(w) < 64 {
			s.first[w[0]] |= 1 << len(w)
			s.last[w[len(w)-1]] |= 1 << len(w)
		}
	}
	return s
}

// Add adds o's shapes to s, so that s lets through the words of both sets.
func (s *Shapes) Add(o *Shapes) {
	for b := range s.first {
		s.first[b] |= o.first[b]
		s.last[b] |= o.last[b]
	}
}

// May reports whether w may be in the set: false means it is not. Empty
// words and words of 64 bytes or more always may.
func (s *Shapes) May(w string) bool {
	if w == "" || len(w) >= 64 {
		return true
	}
	bit := uint64(1) << len(w)
	return s.first[w[0]]&bit != 0 && s.last[w[len(w)-1]]&bit != 0
}
