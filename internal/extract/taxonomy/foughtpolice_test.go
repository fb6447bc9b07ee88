package taxonomy

import "testing"

// TestScanCrowdFoughtPolice: activists or a crowd who "fought with police"
// riot; militants who fought with police for an hour fight a battle.
func TestScanCrowdFoughtPolice(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Party activists blocked the main road and fought with police for an hour.", "fought", CueRiot},
		{"Angry villagers fought with the police outside the station.", "fought", CueRiot},
		{"Militants fought with police for an hour before fleeing.", "fought", CueClash},
	})
	checkClassify(t, []classifyCase{
		{"Party activists blocked the main road and fought with police, who used tear gas; several policemen were injured.", nil, 0, false, true, ViolentDemo},
	})
}
