package casualties

import "testing"

// TestListAfterComplement pairs lists whose first person is completed by
// an "of" phrase ("the commander of the cell and two of his
// accomplices") with near sentences where the "of" phrase names a person
// or no list follows.
func TestListAfterComplement(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"a leader and a share of his followers", "Troops killed the commander of a banned outfit and three of his accomplices near Kohlu.", "militants.killed=1 militants.killed=3"},
		{"a title and others", "Gunmen killed the driver of the van and four passengers.", "civilians.killed=1 civilians.killed=4"},
		{"a leader and his followers", "Police killed a commander and two of his associates.", "militants.killed=1 militants.killed=2"},
		{"no list after the complement", "Militants killed the son of a landlord and fled.", "civilians.killed=1"},
		{"a person in the complement", "Gunmen killed the son of a policeman and wounded two soldiers.", "civilians.killed=1 security_forces.injured=2"},
	})
}
