package taxonomy

import "testing"

// TestClassifyStateTruce: a government or a junta that declares a
// unilateral ceasefire changes what it does, as a rebel group that
// declares one does, and that move is news of its own; a government that
// calls for a ceasefire has made none.
func TestClassifyStateTruce(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"The federal government declared a unilateral ceasefire in the northern region on Monday to allow the harvest.", nil, 0, false, false, GroupChange},
		{"The junta announced a unilateral ceasefire on Monday after the earthquake.", nil, 0, false, false, GroupChange},
	})
	checkStrategicMove(t, []strategicCase{
		{"The federal government declared a unilateral ceasefire in the northern region on Monday to allow the harvest.", true},
		{"The federal government called for a unilateral ceasefire in the northern region on Monday.", false},
	})
}
