package taxonomy

import "testing"

// TestScanGatheredInViolation: people who gathered "in violation of" a
// ban on assembly protest, and their arrest is force used on a protest;
// people who gathered for a wedding are no protest.
func TestScanGatheredInViolation(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Police arrested 30 students who had gathered outside the press club in violation of Section 144.", "gathered", CueProtest},
		{"Hundreds of guests gathered outside the hall for the wedding.", "gathered", CueNone},
	})
	checkClassify(t, []classifyCase{
		{"Police arrested 30 students who had gathered outside the press club in violation of Section 144.", nil, 0, false, true, ProtestWithForce},
	})
}
