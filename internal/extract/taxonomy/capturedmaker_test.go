package taxonomy

import "testing"

// TestScanCapturedBombMaker: troops who captured a bomb-maker, a
// financier or insurgents arrested them, as they arrest a commander they
// capture; troops who captured a hill took ground.
func TestScanCapturedBombMaker(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Troops captured a bomb-maker of the group in a forest near the border on Monday.", "captured", CueArrest},
		{"Soldiers captured two insurgents hiding in a farmhouse on Monday.", "captured", CueArrest},
		{"Troops captured a hill near the border on Monday after heavy fighting.", "captured", CueCapture},
	})
}
