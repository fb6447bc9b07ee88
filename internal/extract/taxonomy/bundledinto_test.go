package taxonomy

import "testing"

// TestScanBundledIntoVehicle: men who bundled someone into a car or a van
// took him, as "was bundled into a car" tells in the passive; papers
// bundled into a folder are no one taken.
func TestScanBundledIntoVehicle(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Men in plain clothes bundled the union leader into an unmarked van outside his office on Friday.", "bundled", CueAbduct},
		{"The clerk bundled the old files into a cardboard box on Friday.", "bundled", CueNone},
	})
}
