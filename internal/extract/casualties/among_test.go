package casualties

import "testing"

// TestAmongThose pairs sentences where people "among those killed" are a
// share of the sentence's own toll with near sentences where they are
// the only figure of their kind, or of another kind than the toll.
func TestAmongThose(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"a share of the toll", "Three militants were killed in the shootout, and their commander was among those killed.", "militants.killed=3"},
		{"a share after adding that", "Police said six Maoists were gunned down, adding that a zonal commander was among those killed.", "militants.killed=6"},
		{"a share of people", "Nine people were killed, and a policeman was among the dead.", "civilians.killed=9"},
		{"the share alone", "A local commander was among those killed.", "militants.killed=1"},
		{"a share of the wounded is no share of the dead", "Two soldiers were killed, and a shopkeeper was among those injured.", "civilians.injured=1 security_forces.killed=2"},
	})
}
