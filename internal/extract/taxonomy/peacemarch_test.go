package taxonomy

import "testing"

// TestScanPeaceMarch: a peace march held is a protest, as a silent or a
// candlelight march is; the peace process that will "march on" is none.
func TestScanPeaceMarch(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Residents of the town held a peace march through the bazaar.", "march", CueProtest},
		{"Officials said the peace process would march on after the vote.", "march", CueNone},
	})
}
