package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestRemainingWounded pairs sentences whose wounded that "remain" in
// care are counted after some of the wounded died (the dead are added
// back to the pool the tally takes them from) with near sentences whose
// wounded are counted apart from the deaths.
func TestRemainingWounded(t *testing.T) {
	injured := func(figs []Figure) int {
		n := 0
		for _, f := range figs {
			if f.Kind == Injured && !f.Negated {
				n += f.Count
			}
		}
		return n
	}
	tests := []struct {
		name, sentence string
		injured        int
	}{
		{"others remain in hospital", "Two of the injured died overnight, and 15 others remain in hospital.", 17},
		{"others remained in hospital", "One of the wounded succumbed on Monday, while nine others remained in hospital.", 10},
		{"others injured anew", "Two of the injured died overnight, and 15 others were injured in a second blast.", 15},
		{"no death of the wounded", "Four soldiers were killed and 12 others remain in hospital.", 12},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			figs := Find(toks, nil)
			if n := injured(figs); n != tc.injured {
				t.Errorf("Find(%q) = %q, injured %d, want %d", tc.sentence, summary(figs), n, tc.injured)
			}
		})
	}
}
