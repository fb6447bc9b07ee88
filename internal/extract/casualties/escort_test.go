package casualties

import "testing"

// TestEscortClause pairs subjects on a duty for others ("policemen
// escorting vaccinators were killed"), whose fate is theirs, with near
// sentences whose subject is the people escorted.
func TestEscortClause(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"escorting", "Three policemen escorting vaccinators were killed near Mamund.", "security_forces.killed=3"},
		{"guarding", "Two Levies men guarding a dam site were injured in the attack.", "security_forces.injured=2"},
		{"the escorted themselves", "Three vaccinators were killed near Mamund.", "civilians.killed=3"},
		{"escorted by police", "Three vaccinators escorted by policemen were killed near Mamund.", "civilians.killed=3"},
	})
}
