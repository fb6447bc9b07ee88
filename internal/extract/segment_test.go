package extract

import (
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestPastReference checks that a trigger naming an earlier incident —
// the subject of a verdict, a condemnation, a warrant — is told apart
// from one that reports the incident itself.
func TestPastReference(t *testing.T) {
	tests := []struct {
		text    string
		trigger string
		want    bool
	}{
		{"The court sentenced two men for the market bombing.", "bombing", true},
		{"The party issued a statement condemning the attack on its office.", "attack", true},
		{"A warrant was issued against the man wanted for the shooting.", "shooting", true},
		{"Two days after five rebels were killed in an encounter, their comrades called a strike.", "encounter", true},
		{"The ministry named the group it blamed for the bombing in the bazaar last week.", "bombing", true},
		{"The strikes came in retaliation for the ambush on a convoy.", "ambush", true},
		{"Militants attacked a police post in the town on Monday.", "attacked", false},
		{"A roadside bomb exploded near a bus, killing two passengers.", "bomb", false},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		at := -1
		for i, tk := range toks {
			if tk.Lower == tc.trigger {
				at = i
				break
			}
		}
		if at < 0 {
			t.Fatalf("%q: trigger %q not among the tokens", tc.text, tc.trigger)
		}
		if got := pastReference(toks, at); got != tc.want {
			t.Errorf("pastReference(%q, %q) = %v, want %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestHypotheticalAfterTheDeed checks that a sentence reports an incident
// when the violence is told as done before a hypothetical word, and not
// when the hypothetical word governs it.
func TestHypotheticalAfterTheDeed(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text   string
		events int
	}{
		{"On 4 May 2021, rebels fired rocket shells at a dam site near Sibi, saying it would be used to build army posts.", 1},
		{"On 4 May 2021, officials warned that rebels may attack the dam site near Sibi.", 0},
	}
	for _, tc := range tests {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) != tc.events {
			t.Errorf("%q: %d events, want %d", tc.text, len(out.Events), tc.events)
		}
	}
}
