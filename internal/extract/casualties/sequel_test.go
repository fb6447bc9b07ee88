package casualties

import (
	"fmt"
	"sort"
	"strings"
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

// TestLaterAttack pairs sentences that open by dating a new attacker's
// or device's deed after the one before ("One hour later a second bomber
// ..., killing ...") with near sentences of the same attack told again.
// A figure told as beyond the toll before is written with a "+".
func TestLaterAttack(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"an hour later a bomber, herself and a soldier", "One hour later a female suicide bomber blew herself up at the gate, killing herself and a policeman.", "perpetrators.killed=1+ security_forces.killed=1+"},
		{"minutes later a bomb", "Minutes later a second bomb went off near the ambulances, killing three rescuers.", "unknown.killed=3+"},
		{"no new attacker", "One hour later the gunmen fled into the hills, killing a shepherd on the way.", "civilians.killed=1"},
		{"the same blast", "The blast, which went off an hour later than planned, killed three rescuers.", "unknown.killed=3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			var parts []string
			for _, f := range Find(toks, nil) {
				s := fmt.Sprintf("%s.%s=%d", f.Category, f.Kind, f.Count)
				if f.More {
					s += "+"
				}
				parts = append(parts, s)
			}
			sort.Strings(parts)
			if s := strings.Join(parts, " "); s != tc.want {
				t.Errorf("Find(%q) = %q, want %q", tc.sentence, s, tc.want)
			}
		})
	}
}

// TestAttackerWentOnPassive pairs a passive toll of the place an
// attacker went on to attack, told in the sentence that says he went on,
// with near sentences of his own fate or of no going on.
func TestAttackerWentOnPassive(t *testing.T) {
	tests := []struct {
		name, sentence string
		more           bool
	}{
		{"then, he attacked, where", "Then, he stormed a bank, where three customers were killed.", true},
		{"he then, in which", "The gunman then opened fire on a bus stop in which two women were wounded.", true},
		{"his own fate", "The gunman was then shot dead by the police.", false},
		{"no going on", "He stormed a bank, where three customers were killed.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			figs := Find(toks, nil)
			more := false
			for _, f := range figs {
				more = more || f.More
			}
			if len(figs) == 0 || more != tc.more {
				t.Errorf("Find(%q) = %q, more %v, want more %v", tc.sentence, summary(figs), more, tc.more)
			}
		})
	}
}
