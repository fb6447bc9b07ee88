package casualties

import "testing"

// TestForceRanksAndLeaders checks people named by a navy's or the Levies'
// word for a serviceman and by a cell's leader, with near sentences of
// other people.
func TestForceRanksAndLeaders(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"a sailor and militants", "A sailor and three attackers were killed when militants stormed the naval base.", "perpetrators.killed=3 security_forces.killed=1"},
		{"a risaldar and his driver", "A Levies risaldar and his driver were shot dead near Khuzdar.", "civilians.killed=1 security_forces.killed=1"},
		{"a ringleader", "Police killed the ringleader of a kidnapping gang in Larkana.", "militants.killed=1"},
		{"a fisherman is no sailor", "Two fishermen were killed when a shell hit their boat.", "civilians.killed=2"},
	})
}
