package taxonomy

import "testing"

// TestClassifyCrowdSetAlight: residents or villagers who set shops or
// houses alight are a mob's arson, as residents who "set fire to" them
// are; gunmen who set them alight destroyed property.
func TestClassifyCrowdSetAlight(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Residents armed with sticks drove traders out of the market and set their stalls alight on Friday.", "alight", CueMob},
		{"Gunmen drove traders out of the market and set their stalls alight on Friday.", "alight", CueDestroy},
	})
	checkClassify(t, []classifyCase{
		{"Residents armed with sticks drove traders out of the market and set their stalls alight on Friday.", nil, 0, false, false, MobViolence},
		{"Gunmen drove traders out of the market and set their stalls alight on Friday.", nil, 0, true, false, Looting},
	})
}
