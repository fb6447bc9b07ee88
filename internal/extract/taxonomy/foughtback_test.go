package taxonomy

import "testing"

// TestClassifyFoughtBack: vigilantes, or anyone with guns, who "fought
// back" answered the attack, a battle; villagers who fought back with
// sticks, or no one fighting back, leave an attack on civilians.
func TestClassifyFoughtBack(t *testing.T) {
	unk := func(n int) map[string]int { return map[string]int{"unknown": n} }
	checkWordCues(t, []wordCue{
		{"Gunmen raided the hunters' camp at dawn, and the hunters fought back with their rifles.", "fought", CueRetaliation},
		{"Gunmen raided the village at dawn, and the villagers fought back with sticks.", "fought", CueNone},
		{"The widow fought back tears as she spoke to reporters on Monday.", "fought", CueNone},
	})
	checkClassify(t, []classifyCase{
		{"Bandits attacked a camp of local hunters near the village on Friday, and the hunters fought back with shotguns, leaving four dead.", unk(4), 4, true, false, ArmedClash},
		{"Gunmen attacked a checkpoint of the local vigilantes at night, and the vigilantes fought back until dawn.", nil, 0, true, false, ArmedClash},
		{"Bandits attacked farmers near the village on Friday, and the farmers fought back with sticks, leaving four dead.", unk(4), 4, true, false, Attack},
	})
}
