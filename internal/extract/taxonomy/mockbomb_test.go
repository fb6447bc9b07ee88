package taxonomy

import "testing"

// TestScanMockBombs: the "mock bombs" India's police fire to scatter a
// crowd are crowd control; a bomb beside a mock drill is still a bomb.
func TestScanMockBombs(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Police fired mock bombs and tear gas shells at the agitating villagers near the block office on Monday.", "mock", CueProtestForce},
		{"Police burst a mock bomb to scatter the crowd outside the secretariat.", "mock", CueProtestForce},
		{"A crude bomb exploded near the venue of a mock drill on Monday.", "bomb", CueExplosive},
	})
	sec := map[string]int{}
	checkClassify(t, []classifyCase{
		{"Police fired mock bombs and tear gas shells at the agitating villagers near the block office on Monday.", sec, 0, true, true, ProtestWithForce},
	})
}
