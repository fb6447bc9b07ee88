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

// TestClassifyDroneLaden: a drone packed with or laden with explosives
// that crashed into its target is a drone strike; a car packed with
// explosives driven into a gate is a suicide bomb.
func TestClassifyDroneLaden(t *testing.T) {
	sec := func(n int) map[string]int { return map[string]int{"security_forces": n} }
	checkClassify(t, []classifyCase{
		{"A drone packed with explosives crashed into a barracks near the airport on Friday, killing three soldiers.", sec(3), 3, true, true, AirDrone},
		{"An explosive-laden drone slammed into the roof of the air base on Friday, wounding two soldiers.", sec(2), 0, true, true, AirDrone},
		{"A car packed with explosives crashed into the gate of the barracks near the airport on Friday, killing three soldiers.", sec(3), 3, true, true, SuicideBomb},
	})
}
