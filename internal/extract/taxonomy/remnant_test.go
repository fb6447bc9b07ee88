package taxonomy

import "testing"

// TestClassifyRemnantShellWentOff: an unexploded or old shell that went
// off where children found it is a remnant of war, coded as a landmine's
// blast; a mortar round fired that went off is shelling.
func TestClassifyRemnantShellWentOff(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Two boys were killed when an unexploded mortar shell they found in a field went off in the village.", civ(2), 2, false, false, RemoteExplosive},
		{"Two boys were killed when an old rocket they had picked up exploded near their house.", civ(2), 2, false, false, RemoteExplosive},
		{"Two boys were killed when a mortar shell fired by militants went off near their house.", civ(2), 2, true, false, Shelling},
	})
}
