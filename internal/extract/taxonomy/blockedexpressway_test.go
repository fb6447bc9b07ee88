package taxonomy

import "testing"

// TestScanBlockedExpressway: people blocking an expressway, or
// communities blocking a highway, are a blockade, as a road blocked by
// villagers is; a landslide or police blocking the expressway are not.
func TestScanBlockedExpressway(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Sugarcane farmers blocked the expressway near the toll plaza for three hours on Monday over unpaid dues.", "blocked", CueProtest},
		{"Indigenous communities blocked the highway to the mine for a fourth day on Monday.", "blocked", CueProtest},
		{"A landslide blocked the expressway near the toll plaza for three hours on Monday.", "blocked", CueNone},
		{"Police blocked the expressway near the toll plaza to stop the march on Monday.", "blocked", CueNone},
	})
}
