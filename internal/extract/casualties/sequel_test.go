package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestAttackerThen pairs sentences that open with an attacker who went on
// ("The gunman then ...") and end in a participle of a killing, a deed
// beyond the toll told before, with near sentences whose participle
// tells the toll itself.
func TestAttackerThen(t *testing.T) {
	more := func(figs []Figure) bool {
		for _, f := range figs {
			if f.Kind == Killed && f.More {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name, sentence string
		more           bool
	}{
		{"then, fatally stabbing", "The attacker then ran towards the gate and tried to force it, fatally stabbing a guard.", true},
		{"he later, killing", "He later drove to the bus stand, killing two passengers.", true},
		{"no going on", "The attacker ran towards the gate, fatally stabbing a guard.", false},
		{"a toll of its own", "Gunmen stormed the school and then the hostel, killing nine pupils.", false},
		{"the forces' deed", "Police then stormed the house, killing the attacker.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			figs := Find(toks, nil)
			if len(figs) == 0 || more(figs) != tc.more {
				t.Errorf("Find(%q) = %q, more %v, want more %v", tc.sentence, summary(figs), more(figs), tc.more)
			}
		})
	}
}
