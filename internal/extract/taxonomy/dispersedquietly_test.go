package taxonomy

import "testing"

// TestScanDispersedWithoutIncident: a march that "dispersed without
// incident" went home; police who dispersed a march used force.
func TestScanDispersedWithoutIncident(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Nurses marched to the health ministry on Monday, handed in a memorandum and dispersed without incident.", "dispersed", CueNone},
		{"Pensioners rallied outside the treasury for two hours and dispersed without any incident.", "dispersed", CueNone},
		{"Police dispersed the nurses marching to the health ministry on Monday.", "dispersed", CueProtestForce},
	})
	checkClassify(t, []classifyCase{
		{"Nurses marched to the health ministry on Monday, handed in a memorandum and dispersed without incident.", nil, 0, false, false, PeacefulProtest},
		{"Police dispersed the nurses marching to the health ministry on Monday.", nil, 0, false, true, ProtestWithForce},
	})
}
