package taxonomy

import "testing"

// TestScanNoClash: a fight denied ("no clash took place", "there was no
// firing") is no trigger; a clash told is one.
func TestScanNoClash(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"The militants left the town after an hour; no clash took place.", "clash", CueNone},
		{"Residents said there was no firing in the village.", "firing", CueNone},
		{"A clash took place between the militants and the police.", "clash", CueClash},
	})
}
