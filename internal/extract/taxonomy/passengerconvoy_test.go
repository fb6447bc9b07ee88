package taxonomy

import "testing"

// TestClassifyPassengersOfConvoy: a convoy whose dead the sentence names
// as passengers carried civilians, and gunmen who ambush it attack them;
// one that carried soldiers too, or whose dead are not named, was a
// forces' convoy.
func TestClassifyPassengersOfConvoy(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Eleven passengers were killed when militants ambushed a convoy of buses on the highway on Monday.", map[string]int{"civilians": 11}, 11, true, false, Attack},
		{"Four soldiers and two passengers were killed when militants ambushed a convoy of buses on the highway on Monday.", map[string]int{"civilians": 2, "security_forces": 4}, 6, true, true, ArmedClash},
		{"Militants ambushed a convoy of vehicles on the highway on Monday, killing four.", map[string]int{"unknown": 4}, 4, true, false, ArmedClash},
	})
}
