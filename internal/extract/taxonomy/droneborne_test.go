package taxonomy

import "testing"

// TestClassifyDroneBorneShell: a mortar or bomb carried by a quadcopter or
// a drone ("a quadcopter-borne mortar") strikes from the air; a mortar
// fired from the ground is shelling.
func TestClassifyDroneBorneShell(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Militants fired a quadcopter-borne mortar at a house in the village, injuring two children.", civ(2), 0, true, false, AirDrone},
		{"Militants dropped a drone-borne bomb on a market in the town, injuring two people.", civ(2), 0, true, false, AirDrone},
		{"Militants fired a mortar at a house in the village, injuring two children.", civ(2), 0, true, false, Shelling},
	})
}
