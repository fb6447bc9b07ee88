package casualties

import "testing"

// TestPersonNamedByAge checks that an age names a person whatever the
// noun after it ("a 40-year-old mechanic"), a civilian when the lexicon
// knows the noun as no side's, and that teachers and imams are civilians.
func TestPersonNamedByAge(t *testing.T) {
	sides := map[string]string{}
	tests := []sentenceWant{
		{"an age before an unknown trade", "Gunmen killed a 40-year-old mechanic in the bazaar.", "civilians.killed=1"},
		{"two of them wounded", "The blast wounded two 30-year-old tailors.", "civilians.injured=2"},
		{"a soldier keeps his side", "Gunmen killed a 25-year-old soldier near the post.", "security_forces.killed=1"},
		{"a schoolteacher", "Gunmen killed a 55-year-old schoolteacher in the town.", "civilians.killed=1"},
		{"an imam", "An imam was shot dead outside the mosque.", "civilians.killed=1"},
		{"an age of a thing", "The 40-year-old law was repealed on Monday.", ""},
		{"an age told, no one hurt", "He was a 40-year-old mechanic, police said.", ""},
	}
	checkSummaries(t, sides, tests)
}
