package taxonomy

import "testing"

// TestClassifyTakenToPoliceStation: a police station the wounded were
// taken to, or came from, was no target; one fired at was.
func TestClassifyTakenToPoliceStation(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Rebels fired at the car of a forest officer near the village, wounding him. His driver took him to the police station.", civ(1), 0, true, true, Attack},
		{"Rebels fired at the police station near the village, wounding a passer-by.", civ(1), 0, true, true, ArmedClash},
	})
}
