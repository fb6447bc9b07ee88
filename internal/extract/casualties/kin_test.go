package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestKinDiedOfWounds pairs deaths of wounds of a person named by his
// kinship to one told before ("her husband succumbed"), who leave the
// wounded, with near sentences of a death of no wounds or of a person
// told for the first time.
func TestKinDiedOfWounds(t *testing.T) {
	tests := []struct {
		name, sentence string
		wereInjured    bool
	}{
		{"her husband succumbed", "The shopkeeper died at once, while her husband succumbed to his injuries in hospital.", true},
		{"his son later died", "His son later died in hospital.", true},
		{"her husband killed outright", "Her husband was killed on the spot.", false},
		{"a man unknown before", "A labourer succumbed to his injuries in hospital.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			figs := Find(toks, nil)
			were := false
			for _, f := range figs {
				were = were || f.WereInjured
			}
			if len(figs) == 0 || were != tc.wereInjured {
				t.Errorf("Find(%q) = %q, were injured %v, want %v", tc.sentence, summary(figs), were, tc.wereInjured)
			}
		})
	}
}
