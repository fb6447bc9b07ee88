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

// BenchmarkSplit cuts a news article of about 5 KB into sentences and
// tokens, as every extraction starts.
func BenchmarkSplit(b *testing.B) {
	para := "QUETTA: At least 31 people, including five policemen and two children, were killed and over 40 more were injured " +
		"when a bomb went off in the crowded Kasi Road market on Monday, the district police officer told reporters. " +
		"The attack, the third this month, came a day after the provincial government’s “security review” of the city. " +
		"Officials said the 9,524-strong force would be deployed at 1,200 check-posts; Rs7.2 billion had been set aside.\n"
	text := ""
	for len(text) < 5000 {
		text += para
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
}
