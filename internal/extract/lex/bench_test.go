package lex

import "testing"

// BenchmarkQuantityAt tries a quantity at every token of a report's
// sentence, as the casualty reader does.
func BenchmarkQuantityAt(b *testing.B) {
	s := "At least 31 people, including five policemen and two children, were killed and over 40 more were injured " +
		"when a bomb went off in the market on Monday, the district police officer told reporters in Quetta."
	toks := Tokens(s, 0, len(s))
	b.ReportAllocs()
	for b.Loop() {
		for i := range toks {
			QuantityAt(toks, i)
		}
	}
}
