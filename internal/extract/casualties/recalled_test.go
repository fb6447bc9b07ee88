package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestRecalledTolls checks that the toll of an earlier incident a sentence
// names (as what someone planned, was involved in or is wanted for) is
// dropped, and the sentence's own toll is kept.
func TestRecalledTolls(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"the mastermind of a killing", "Police arrested the mastermind of the killing of two traders.", ""},
		{"the masterminds of a bombing", "The masterminds of the bombing that killed 12 people were sentenced.", ""},
		{"involved in a killing", "Two rebels involved in the killing of six villagers were arrested.", ""},
		{"arrested over the killing", "Police arrested a man over the killing of three people in a blast.", ""},
		{"took part in the killing", "Four militants took part in the killing of a professor.", ""},
		{"help to the families of the dead", "The actor helped the families of 12 soldiers who were killed in the ambush.", ""},
		{"the deed itself", "Gunmen shot dead two traders in the bazaar.", "civilians.killed=2"},
		{"a fresh toll before a recalled one", "Militants killed three soldiers, a day after two policemen were killed nearby.", "security_forces.killed=3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			var got []Figure
			for _, f := range Find(toks, nil) {
				if f.Kind == Killed || f.Kind == Injured {
					got = append(got, f)
				}
			}
			if s := summary(got); s != tc.want {
				t.Errorf("Find(%q) = %q, want %q", tc.sentence, s, tc.want)
			}
		})
	}
}
