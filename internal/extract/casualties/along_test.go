package casualties

import "testing"

// TestAlongPastPlace pairs passives whose "along with" comes after a
// short phrase of the deed's place or occasion with near sentences whose
// "along with" is set off by a comma or joins no person.
func TestAlongPastPlace(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"after the occasion", "Five insurgents were killed in the gunfight along with two Levies personnel.", "militants.killed=5 security_forces.killed=2"},
		{"after the place", "A shopkeeper was shot dead at his shop along with his son.", "civilians.killed=1 civilians.killed=1"},
		{"set off by a comma", "Three soldiers were killed in the raid, along with 11 militants.", "security_forces.killed=3"},
		{"no person joined", "A constable was injured in the blast along with the bomb.", "security_forces.injured=1"},
	})
}
