package taxonomy

import "testing"

// TestClassifyDroveOutNamedGroup: troops who drove a group with a long
// name out of a town took it back, as "drove rebels out of the town"
// did; the same troops who drove the group's envoys to a meeting took
// nothing.
func TestClassifyDroveOutNamedGroup(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"The army drove fighters of the Movement for Unity and Justice out of the border town on Sunday.", "drove", CueCapture},
		{"The army drove fighters of the Movement for Unity and Justice to the talks in the capital on Sunday.", "drove", CueNone},
	})
	checkClassify(t, []classifyCase{
		{"The army drove fighters of the Movement for Unity and Justice out of the border town on Sunday.", nil, 0, true, true, GovRegains},
	})
}

// TestClassifyCountrysArmy: "Chad's army", a country's possessive at the
// head of the sentence, is the state's army; "the Arakan Army" stays a
// rebel one.
func TestClassifyCountrysArmy(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Niger's army took control of the town of Tassara on Sunday after two days of fighting with jihadists.", nil, 0, true, true, GovRegains},
		{"The Arakan Army took control of the town of Paletwa on Sunday.", nil, 0, true, false, NSAOvertakes},
	})
}
