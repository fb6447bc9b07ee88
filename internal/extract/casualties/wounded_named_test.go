package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestInjuredNamed pairs sentences that open by telling who the wounded
// were with near sentences that must read no wounded of a side.
func TestInjuredNamed(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"the injured included a list", "The injured included the SHO of Kanke police station, three Home Guards and a bus conductor.", "security_forces.injured=1 security_forces.injured=3"},
		{"an officer-in-charge", "The injured included the officer-in-charge of the Sadar police station and two constables.", "security_forces.injured=1 security_forces.injured=2"},
		{"among the wounded were", "Among the wounded were two CRPF jawans and a cadre.", "militants.injured=1 security_forces.injured=2"},
		{"civilians are left to the toll", "The injured included two shopkeepers and a schoolboy.", ""},
		{"a count that disagrees with its noun", "The injured included two constable of the reserve.", ""},
		{"after a toll in the sentence", "Two people were killed; among the wounded were four soldiers.", "civilians.killed=2"},
		{"the injured who included no list", "The injured included in the list were taken to Ranchi.", ""},
	})
}

// TestInjuredNamedApposition pairs sentences that open by naming the
// wounded in an apposition with near sentences whose apposition is no
// list of names.
func TestInjuredNamedApposition(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"two ranks and names", "The injured, Sub-Inspector Ramesh Oraon and Constable Bablu Munda, were shifted to Ranchi.", "security_forces.injured=1 security_forces.injured=1"},
		{"names with no rank", "The wounded, Sita Devi and Ramu Mahto, were taken to the district hospital.", "civilians.injured=1 civilians.injured=1"},
		{"no names", "The injured, most of them pilgrims, were taken to Jammu.", ""},
	})
}

// TestCountIncluded checks the opening of a sentence that tells who a
// toll was by its count alone, and the list read with the toll's kind,
// beside openings of another shape.
func TestCountIncluded(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"a count in figures", "The 14 included three jawans, a Home Guard and a contractor.", "security_forces.killed=1 security_forces.killed=3"},
		{"a count in words", "The nine included two SPOs and six villagers.", "security_forces.killed=2"},
		{"one is no toll", "The one included a bag of explosives.", ""},
		{"no count", "The dead included two SPOs.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			got := ""
			if _, j, ok := CountIncluded(toks); ok {
				got = summary(Included(toks, j, Killed, nil))
			}
			if got != tc.want {
				t.Errorf("Included(%q) = %q, want %q", tc.sentence, got, tc.want)
			}
		})
	}
}
