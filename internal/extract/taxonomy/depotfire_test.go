package taxonomy

import "testing"

// TestScanDepotBlastByFire: explosions at a depot "set off by stubble
// burning" or "caused by lightning" are an accident; a depot blast set
// off by a drone is not.
func TestScanDepotBlastByFire(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Explosions at an ammunition depot near the capital, set off by a bush fire nearby, killed 20 people on Sunday.", "explosions", CueAccident},
		{"A blast at the army's munitions store, caused by lightning, shook the town on Sunday.", "blast", CueAccident},
		{"Explosions at an ammunition depot near the capital, set off by a drone, killed 20 people on Sunday.", "explosions", CueExplosive},
	})
}
