package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestEscortClause pairs subjects on a duty for others ("policemen
// escorting vaccinators were killed"), whose fate is theirs, with near
// sentences whose subject is the people escorted.
func TestEscortClause(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"escorting", "Three policemen escorting vaccinators were killed near Mamund.", "security_forces.killed=3"},
		{"guarding", "Two Levies men guarding a dam site were injured in the attack.", "security_forces.injured=2"},
		{"the escorted themselves", "Three vaccinators were killed near Mamund.", "civilians.killed=3"},
		{"escorted by police", "Three vaccinators escorted by policemen were killed near Mamund.", "civilians.killed=3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			if s := summary(Find(toks, nil)); s != tc.want {
				t.Errorf("Find(%q) = %q, want %q", tc.sentence, s, tc.want)
			}
		})
	}
}
