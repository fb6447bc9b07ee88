package taxonomy

import "testing"

// TestScanGatheringDefyingBan: people who gather or hold a jirga despite a
// ban, or hold one to demand something, protest; a jirga held to settle a
// dispute, a meeting the police held, or a crowd gathered despite the rain
// do not.
func TestScanGatheringDefyingBan(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Elders of the tribe held a jirga in the town despite a ban on gatherings.", "held", CueProtest},
		{"The movement held its grand jirga in the valley, with thousands demanding an end to the curfew.", "held", CueProtest},
		{"The tribe held a jirga in the town to settle a land dispute.", "held", CueNone},
		{"Police held a meeting with elders of the tribe, demanding their cooperation.", "held", CueNone},
		{"Hundreds of activists gathered in the square despite a ban on rallies.", "gathered", CueProtest},
		{"Hundreds of people gathered in the square despite the rain.", "gathered", CueNone},
	})
	checkClassify(t, []classifyCase{
		{"Members of the movement gathered in the town for a jirga despite a ban; no incidents were reported.", nil, 0, false, false, PeacefulProtest},
	})
}
