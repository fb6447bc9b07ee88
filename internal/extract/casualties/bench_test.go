package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// BenchmarkFind reads the figures of a few sentences of the kinds a
// report holds: a toll with a breakdown, a relative clause, an arrest
// that recalls an earlier attack, and a sentence with no casualty word.
func BenchmarkFind(b *testing.B) {
	sentences := []string{
		"At least 31 people, including 5 policemen and 2 children, were killed and over 40 more were injured when a bomb went off in the market.",
		"A rebel, who had a bounty of INR 100,000 on his head, was killed in an exchange of fire with the police near the village.",
		"Police arrested three men for their role in an ambush on a patrol in which five soldiers and a civilian were killed last month.",
		"The provincial government announced a new development package for the district on Monday.",
	}
	toks := make([][]lex.Token, len(sentences))
	for i, s := range sentences {
		toks[i] = lex.Tokens(s, 0, len(s))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range toks {
			Find(t, nil)
		}
	}
}
