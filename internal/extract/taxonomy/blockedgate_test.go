package taxonomy

import "testing"

// TestScanBlockedBorderGate: traders or labourers who block a border gate
// or crossing protest, as those who block a road do; militants who block
// it are left to other rules.
func TestScanBlockedBorderGate(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Hundreds of traders blocked the border crossing for a third day against the new rules.", "blocked", CueProtest},
		{"Labourers blocked the main gate of the border terminal on Monday.", "blocked", CueProtest},
		{"Militants blocked the border crossing for several hours on Monday.", "blocked", CueNone},
	})
}
